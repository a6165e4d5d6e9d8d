/**
 * Cues (Japanese and English) for the ISO/IEC 27017 controls a section's
 * practice addresses. A heading cue names the topic of the whole section; a
 * body cue is a phrase that shows a specific practice wherever it is written.
 * Built from the control titles (JIS Q 27002 / 27017 wording) and the topics
 * JIP-ISMS517 disclosure sheets are organised by, not from any one document.
 */
import { retiredHeading } from './change-log.js';
import { glossaryHeading } from './defined-terms.js';
import { customerPart, formGuidance } from './form-marks.js';

export interface ControlCue {
  control: string;
  topic: string;
  heading?: RegExp;
  body?: RegExp;
  /**
   * Words that show the cue in another sense: a sentence with them shows no body cue, and a section matched by its heading
   * alone that holds them is not this topic.
   */
  otherSense?: RegExp;
}

/**
 * A check that staff are safe after a disaster (`安否確認システムにより…3時間以内に安否の報告を求めます`, `staff safety check`,
 * `roll call`): the staff report to the company, which is no notice of an incident to customers.
 */
export const staffSafety =
  /安否|(?<![A-Za-z])(?:(?:staff|employee|personnel|workforce)\s+(?:safety|welfare|well-being)\s+(?:checks?|confirmations?)|safety\s+(?:checks?|confirmations?)\s+(?:of|for)\s+(?:all\s+)?(?:staff|employees|personnel)|roll[- ]calls?)(?![A-Za-z])/iu;
/** Handling an incident (its cause found, damage limited, recurrence prevented) in a passage that names no notice or report. */
const handledNotReported = /^(?![\s\S]*(?:通知|連絡|報告|知らせ|公表|notif|report|inform))[\s\S]*(?:原因を?(?:究明|調査|特定)|被害を最小|再発(?:の)?防止)/u;
/** A drill of the continuity plan (`切替訓練`, `復旧訓練`, `DR drill`, `failover test`): a test of continuity, not training of staff. */
const continuityDrill =
  /(?:切替|切り替え|フェイルオーバー|復旧|リストア|DR|BCP|事業継続|災害(?:対策|復旧)?)\s*(?:の)?(?:訓練|演習)|(?<![A-Za-z])(?:DR|disaster recovery|failover|fail-over|business continuity|BCP|continuity)\s+(?:drills?|tests?|testing|exercises?)(?![A-Za-z])/iu;

/**
 * Under a heading of `訓練` / `drill`, a passage switching the service over (`大阪リージョンへ切り替え`, `failover`) tells of a
 * continuity drill (a DR drill report's `訓練シナリオ`), not of staff training, though it does not print `DR訓練`.
 */
const drillOrSwitchOver = new RegExp(
  String.raw`${continuityDrill.source}|切り替え|切替|フェイルオーバー|(?<![A-Za-z])(?:fail-?over|switch(?:ed|ing)?\s+over)(?![A-Za-z])`,
  'iu',
);

/**
 * A heading over where the data is kept, with any of the three verbs of keeping (`データの保管場所`, `データの保存場所`,
 * `格納場所`, `データセンターの所在国`, `Data residency`, `Where your data lives`).
 */
export const dataLocationHeading =
  /データ(?:の)?(?:保管|保存|格納)(?:場所|先|国)|(?:保管|保存|格納)場所|所在(?:国|地域)|どこに保管|データ\s*レジデンシー|data location|data residency|where (?:your )?data|where we (?:host|store|keep)|hosting locations?/iu;

/**
 * Not `認証情報`, `認証コード`, `多要素認証`, nor `セキュリティを保った認証` (ISO/IEC 27002:2022 8.5, secure authentication): those are
 * about log-in, not certification. A certificate is held to a scheme (`holds a current ISO/IEC 27001 certificate`), unless it
 * is a TLS, server or signing certificate (cryptography).
 */
// An audit log or audit trail (`監査ログ`, `audit logs`) is a record of events (logging), not a review of the vendor.
// Not a record of who did what: `audit logs`, `audit trail`, and a form's `Audit information for users`, `audit data`, `audit
// history` (what users can see of their activity), which are logging, no independent review.
const certification =
  /(?<!多要素|二要素|二段階|個人|利用者|ユーザー?|を保った)認証(?!情報|コード|方式|機能|画面|キー|基盤)|certification|(?<!(?:TLS|SSL|X\.509|server|client|digital|signing|root|CA)\s)certificates?(?![A-Za-z])|第三者(?:認証|評価)|独立した(?:レビュー|評価)|内部監査|監査(?!\s*(?:ログ|証跡|記録))|パフォーマンス評価|audit(?![\s-]*(?:logs?|logging|trails?|records?|events?|information|data|history)(?![A-Za-z]))|independent review/iu;

export const controlCues: readonly ControlCue[] = [
  { control: '5.1.1', topic: 'information security policy', heading: /(?:情報)?セキュリティ(?:基本)?方針|security polic(?:y|ies)/iu },
  {
    control: '6.1.1',
    topic: 'security roles and organisation',
    // The 個人情報保護法 guidelines' four kinds of 安全管理措置 (組織的・人的・物理的・技術的), as a company publishes them, are
    // the security organisation, training, physical entry and access control.
    heading: /情報セキュリティ(?:組織|体制)|セキュリティ(?:管理)?体制|組織的安全管理措置|organi[sz]ation of information security|security organi[sz]ation/iu,
    body: /統括責任者|最高情報セキュリティ責任者|CISO|情報セキュリティ委員会|security committee/u,
  },
  { control: '6.1.2', topic: 'segregation of duties', heading: /職務の分離|segregation of duties/iu },
  {
    control: 'CLD.6.3.1',
    topic: 'shared roles and responsibilities',
    heading:
      /責任分界|責任範囲|責任(?:の)?分担|役割分担|責任(?:の)?共有|共有責任|共同責任|shared responsibilit|responsibilit(?:y|ies)|の(?:役割(?:および|及び))?責任$/iu,
  },
  {
    control: '7.2.2',
    topic: 'awareness, education and training',
    heading: /教育|訓練|意識向上|人的安全管理措置|awareness|training/iu,
    // Training on the protection of personal information (a privacy policy's `個人情報保護に関する教育`) is security training too.
    body: /(?:セキュリティ|個人情報(?:の)?保護)(?:に関する)?(?:eラーニング|e-ラーニング|オンライン)?(?:教育|研修)|security (?:awareness|training)|privacy training/iu,
    otherSense: drillOrSwitchOver,
  },
  { control: '8.2.2', topic: 'labelling of information', heading: /ラベル|labell?ing|タグ付け|分類/iu },
  {
    control: '9.2.1',
    topic: 'user registration and de-registration',
    heading:
      /利用者登録|ユーザー?(?:の)?登録|登録(?:および|及び|・)?削除|管理者(?:の)?(?:登録|削除)|アカウント(?:の)?管理|利用者アクセスの管理|user (?:registration|management)|account management|provisioning/iu,
  },
  {
    control: '9.2.2',
    topic: 'user access provisioning',
    heading:
      // Not the access of people to buildings (`Physical access control`, 11.1.2's), unless logical access is named with it
      // (`Logical and Physical Access Controls`).
      /アクセス権|権限(?:の)?(?:管理|設定)|利用者アクセスの(?:管理|提供)|(?<!(?<!logical\s+(?:and|&)\s+)physical\s+)access (?:rights|control|management|provisioning)|user access|roles? and permissions/iu,
    body: /権限(?:の)?割(?:り)?当て|権限を付与|アクセス権を付与|assign(?:s|ed)? (?:roles|permissions)/iu,
  },
  {
    control: '9.2.3',
    topic: 'privileged access rights',
    heading: /特権|管理者権限|アクセス権|権限(?:の)?管理|認証情報の管理|privileged|administrator rights/iu,
  },
  { control: '9.2.4', topic: 'secret authentication information', heading: /パスワード|秘密認証情報|認証情報|password|credential/iu },
  {
    control: '9.2.6',
    topic: 'removal or adjustment of access rights',
    // Accounts and rights taken away when staff leave or change roles (`退職者のアカウントは退職日に削除`, `異動時に権限を見直し`,
    // `leavers' access is revoked on their last day`).
    body: /(?:退職|異動)(?:者|時|日)?[^。\n]{0,20}(?:アカウント|ID|権限|アクセス権)[^。\n]{0,15}(?:削除|無効|停止|変更|見直)|(?<![A-Za-z])(?:leavers?|departing (?:staff|employees)|(?:staff|employees) who leave)[^.\n]{0,40}(?:removed|revoked|disabled|deactivated)(?![A-Za-z])/iu,
  },
  {
    control: '9.4.1',
    topic: 'information access restriction',
    heading: /アクセス制限|アクセス制御|利用者アクセスの管理|第三者提供|技術的安全管理措置|access restriction|access to customer data/iu,
    // Access limited to some staff, in the usual wordings: 一部の者しか, 特定の担当者のみ, アクセスできる要員は…に限定, need-to-know.
    body: /(?:ごく)?(?:一部|特定|限られた|権限を持つ|権限のある|必要最小限)の(?:者|担当者|要員|社員|従業員|スタッフ|メンバー)[^。]{0,20}(?:しか|のみ|に限)|アクセス(?:可能な|できる|権を持つ|権限を持つ)(?:者|担当者|社員|従業員|(?:保守|運用|管理)?要員)[^。]{0,40}(?:のみ|限定|限ら|特定)|限られたアクセス権|アクセス(?:権限?)?を[^。]{0,10}(?:限定|制限)|need-to-know|least privilege|access (?:by [^.\n]{1,40} )?is (?:restricted|limited) to/iu,
  },
  {
    control: '9.4.2',
    topic: 'secure log-on',
    heading: /ログオン|ログイン(?:手順|認証)|log-?on|sign-?in/iu,
    // JIS Q 27002 9.4.2 guidance: show the previous log-on, limit failed attempts, a second factor.
    body: /(?:前回|最終|直近)(?:の)?(?:ログイン|ログオン|サインイン)|ログイン(?:試行|失敗)|アカウント(?:の)?ロック|多要素認証|二要素認証|二段階認証|multi-factor|two-factor|(?<![A-Za-z])MFA(?![A-Za-z])|(?:last|previous) (?:successful )?(?:log-?in|log-?on|sign-?in)|account lockout|failed (?:log-?in|sign-?in) attempts/iu,
  },
  {
    control: '9.4.3',
    topic: 'password management',
    heading: /パスワード(?:の)?(?:管理|配布|設定|ポリシー)|password (?:management|policy)/iu,
    body: /パスワード.{0,20}(?:文字以上|複雑|有効期限)|password.{0,40}(?:characters|complexity)/iu,
  },
  { control: '9.4.4', topic: 'privileged utility programs', heading: /ユーティリティ|utility program/iu, body: /ユーティリティプログラム|utility programs?/iu },
  {
    control: 'CLD.9.5.1',
    topic: 'segregation in virtual computing environments',
    // Also the JIS Q 27017 title (`仮想コンピューティング環境における分離`) and data kept apart per tenant (`テナントごとに…を分離`).
    heading: /テナント(?:の)?分離|マルチテナント|仮想(?:コンピューティング)?環境における分離|segregation in virtual|tenant isolation/iu,
    body: /(?:他の)?(?:ユーザー?|利用者|お客様|テナント|顧客)(?:様)?(?:と|との|間|間の)(?:の)?(?:論理的に)?分離|テナント(?:間)?(?:の)?分離|(?:テナント|顧客|利用企業)(?:ごと|毎)に[^。]{0,20}分離|tenant (?:isolation|segregation)|logically (?:separated|isolated)/iu,
  },
  {
    control: 'CLD.9.5.2',
    topic: 'virtual machine hardening',
    body: /仮想マシン.{0,20}(?:強化|ハードニング|堅牢化)|harden(?:ing|ed) (?:of )?virtual machines?/iu,
  },
  {
    control: '10.1.1',
    topic: 'use of cryptography',
    heading: /^(?!.*規制).*(?:暗号|encrypt|cryptograph)/iu,
    // Encryption named with its algorithm or protocol (SSL, TLS's older name, on older pages), or at rest and in transit (`保存時および通信時に暗号化`), under any
    // heading (`Data protection`, `安全管理措置`). `通信の暗号化` (a privacy policy's list of 安全管理措置) is encryption in transit, `通信及び保存データの暗号化` (an annual report's list of
    // measures) both.
    body: /(?:AES|TLS|SSL)[^。\n]{0,20}(?:で|により)?暗号化|暗号化[^。\n]{0,20}(?:AES|TLS|SSL)|(?:保存|保管|通信|転送|送受信)(?:時|中)[^。\n]{0,15}暗号化|通信(?:の)?暗号化|通信(?:及び|および|並びに|と|・)[^。\n、]{0,10}?の?暗号化|encrypted (?:at rest|in transit)|(?<![A-Za-z])encryption (?:at rest|in transit)(?![A-Za-z])|encrypted with (?:AES|TLS)|(?<![A-Za-z])encrypts?\s+[^.;\n]{1,40}?\s+(?:in transit|at rest)(?![A-Za-z])/iu,
  },
  {
    control: '10.1.2',
    topic: 'key management',
    heading: /暗号鍵(?:の)?管理|鍵管理|key management/iu,
    // Where the keys are held and who manages them (`keys are held in a KMS in the EU`, `暗号鍵はHSMで保管`); not a door's key.
    body: /暗号(?:化)?鍵[^。\n]{0,20}(?:管理|保管|KMS|HSM|ローテーション)|(?:encryption|cryptographic|master) keys? (?:are |is )?(?:managed|held|stored|kept|rotated|generated)|key management service|(?<![A-Za-z])(?:KMS|HSM)(?![A-Za-z])/iu,
  },
  {
    control: '11.1.2',
    topic: 'physical entry controls',
    heading: /物理的安全管理措置|物理的(?:な)?(?:セキュリティ|入退(?:室|館)管理)|physical (?:security|entry|access)/iu,
    body: /入退(?:室|館)(?:の)?(?:管理|記録|制限)|physical (?:entry|access) (?:controls?|is restricted)/iu,
  },
  {
    control: '11.2.7',
    topic: 'secure disposal or re-use of equipment',
    heading: /装置.*(?:処分|再利用)|廃棄|disposal|decommission|sanitiz/iu,
    body: /(?:装置|機器|媒体|ディスク|ストレージ|ハードウェア|devices?|media|hardware).{0,20}(?:廃棄|処分|再利用|破壊|消磁|dispos|destroy|wip)/iu,
  },
  {
    control: '12.1.1',
    topic: 'documented operating procedures',
    heading: /手順書|マニュアル|操作手順|operating procedures|documentation|user (?:guide|manual)/iu,
  },
  {
    control: 'CLD.12.1.5',
    topic: "administrator's operational security",
    heading: /手順書|マニュアル|管理者(?:用|向け)(?:の)?手順|administrator(?:'s)? (?:guide|procedures|manual)|operational procedures/iu,
  },
  {
    control: '12.1.2',
    topic: 'change management',
    heading: /変更|メンテナンス|バージョンアップ|change management|changes to the service|maintenance/iu,
    body: /(?:変更|メンテナンス|バージョンアップ).{0,40}(?:事前|告知|通知|お知らせ|ご案内|ご連絡)|(?:notice|notify).{0,40}(?:changes|maintenance)/iu,
    // Notice of a change of sub-processors (`再委託先を追加または変更する場合は…30日前までにお知らせします`) is a change of
    // suppliers (15.1.3), not of the service. Nor is a change of the region a customer's data is kept in
    // (`ご契約後にリージョンを変更することはできません`, `Can I change my region later?`), a choice the customer made at sign-up,
    // nor a customer's change of plan (`プランの変更はできますか？`, `downgrade`), a matter of billing.
    otherSense:
      /再委託先|委託先|サブプロセッサ|sub-?processors?|subcontractors?|リージョン(?:を|の)?(?:変更|移行)|(?<![A-Za-z])(?:chang(?:e|ing)|mov(?:e|ing)|switch(?:ing)?)\s+(?:your\s+|the\s+|my\s+|a\s+|its\s+)?(?:data\s+)?region(?![A-Za-z])|(?:プラン|契約プラン|料金プラン)(?:の)?変更|ダウングレード|アップグレード|(?<![A-Za-z])(?:upgrade|downgrade|change (?:your |the |my )?(?:plan|subscription)s?)(?![A-Za-z])/iu,
  },
  {
    control: '12.1.3',
    topic: 'capacity management',
    heading: /容量|キャパシティ|capacity|リソース(?:の)?管理/iu,
    body: /(?:サーバ|ネットワーク|システム|CPU|メモリ|ディスク|ストレージ)ー?(?:の)?(?:リソース|使用率|使用量|負荷)[^。]{0,15}(?:監視|モニタリング)|リソース(?:の)?(?:監視|増減|増強)|capacity (?:planning|monitoring)|resource (?:usage )?monitoring/iu,
  },
  {
    control: '12.1.4',
    topic: 'separation of development, testing and operational environments',
    heading: /環境の分離|開発環境|separation of (?:development|environments)/iu,
    // Development or test work kept apart from production, whichever environment the sentence names first, also with what
    // keeps them apart between (`本番環境と、ステージング環境・検証環境とはAWSアカウントを分離`).
    body: /(?:本番|商用|サービス|運用)環境(?:とは|と|から)(?:は)?(?:別|分離|独立|切り離)|(?:開発|テスト|検証|ステージング)(?:用)?環境[^。]{0,40}(?:本番|商用|サービス|運用)環境[^。]{0,15}(?:別|分離|分け|独立)|(?:本番|商用)環境(?:と|とは)[、,]?[^。]{0,40}?(?:開発|テスト|検証|ステージング)(?:用)?環境[^。]{0,20}?(?:別|分離|分け|独立)|separated? from (?:the )?production|separate (?:development|test|staging) environments?/iu,
  },
  {
    control: '12.2.1',
    topic: 'controls against malware',
    heading: /マルウェア|ウイルス|ウィルス|malware|anti-?virus/iu,
    body: /マルウェア対策|ウイルス対策|ウィルス対策|anti-?malware|anti-?virus/iu,
  },
  {
    control: '12.3.1',
    topic: 'information backup',
    heading: /バックアップ|backup|データ(?:の)?保全/iu,
    // Point-in-time recovery keeps the database's change log for a window it can be restored into: a backup by another name.
    body: /(?:日次|毎日|週次|毎週|定期的に|自動)(?:で|の)?バックアップ|バックアップ(?:を|は)?(?:取得|保持)|backups? (?:are|is) (?:taken|kept|retained)|daily backups?|point[- ]in[- ]time (?:recovery|restore)|(?<![A-Za-z])PITR(?![A-Za-z])|ポイント・?イン・?タイム・?(?:リカバリ|リストア)/iu,
  },
  {
    control: '12.4.1',
    topic: 'event logging',
    heading: /^(?!.*(?:クロック|時刻|clock)).*(?:ログ(?!イン)|イベント記録|logging|event logs?|audit logs?)/iu,
    body: /ログ(?!イン).{0,20}(?:取得|収集|保管され|保存し|保持)|logs? (?:are )?(?:collected|recorded|kept|retained)/iu,
  },
  {
    control: '12.4.2',
    topic: 'protection of log information',
    heading: /ログ(?:の)?保護|protection of log|第三者提供/iu,
    body: /ログ[\s\S]{0,60}(?:改ざん|保護)|logs? (?:are )?protected|tamper/iu,
  },
  {
    control: '12.4.3',
    topic: 'administrator and operator logs',
    heading: /管理者(?:及び|および)運用者(?:の)?ログ|operator logs?/iu,
    // Logs of what staff did (作業ログ, 操作履歴, 管理者の操作記録), not the service's own event log.
    // 操作ログ alone is usually the customer's own audit log (12.4.1), so only staff work or a logged operation by staff counts.
    body: /作業(?:ログ(?!イン)|履歴|記録)|操作(?:ログ|履歴|記録)(?:を|は)?(?:取得|記録)|(?:管理者|運用者|オペレーター?|特権(?:ユーザー?|ID)?)[^。]{0,10}(?:操作|作業|アクセス)(?:の)?(?:ログ(?!イン)|履歴|記録)|(?:administrator|operator|privileged)(?: user)? (?:activity |access )?logs?|(?:access|actions?) (?:by|of) (?:our )?(?:[a-z]+ )?(?:staff|employees|engineers|personnel|operators|administrators)[^.\n]{0,60}(?:logged|recorded)/iu,
  },
  {
    control: '12.4.4',
    topic: 'clock synchronisation',
    heading: /クロック|時刻|clock|time sync/iu,
    body: /時刻.{0,30}同期|同期.{0,10}時刻|time sync|(?<![A-Za-z])NTP(?![A-Za-z])|clock synchron/iu,
  },
  {
    control: 'CLD.12.4.5',
    topic: 'monitoring of cloud services',
    heading: /監視|モニタリング|稼働状況|monitoring|service status/iu,
    body: /サービス(?:の)?(?:稼働状況|監視)|稼働状況.{0,10}(?:公開|確認)|ステータス(?:ページ|サイト)|status page/iu,
  },
  {
    control: '12.6.1',
    topic: 'management of technical vulnerabilities',
    heading: /脆弱性|ぜい弱性|vulnerab|パッチ|patch/iu,
    // Also scans for them (`Vulnerability scans of internet-facing systems run weekly`, `脆弱性スキャンを毎週実施`).
    body: /(?:脆弱性|ぜい弱性)(?:情報)?(?:を|の)?(?:収集|対応|管理)|(?:セキュリティ)?パッチ.{0,10}適用|vulnerabilit(?:y|ies) (?:management|information|are|scan(?:s|ning)?)|(?:脆弱性|ぜい弱性)\s*スキャン/iu,
  },
  {
    control: '13.1.1',
    topic: 'network controls',
    heading: /ネットワーク|network/iu,
    body: /(?<![A-Za-z])(?:IDS|IPS|WAF)(?![A-Za-z])|ファイアウォール|firewall/iu,
  },
  {
    control: '13.1.3',
    topic: 'segregation in networks',
    heading: /ネットワーク(?:の)?分離|segregation in networks/iu,
    body: /(?:別|異なる)セグメント|セグメント.{0,10}分離|network segmentation|segregated networks?/iu,
  },
  {
    control: 'CLD.13.1.4',
    topic: 'alignment of virtual and physical network security',
    body: /仮想ネットワーク|virtual (?:private )?network|(?<![A-Za-z])(?:VPC|VNet)(?![A-Za-z])/u,
  },
  { control: '14.1.1', topic: 'security requirements analysis', body: /セキュリティ要件|非機能要件|security requirements/iu },
  { control: '14.1.2', topic: 'securing application services on public networks', heading: /公衆ネットワーク|public networks?/iu },
  {
    control: '14.2.1',
    topic: 'secure development policy',
    heading: /開発|development|SDLC|secure coding/iu,
    body: /セキュア(?:な)?(?:開発|コーディング)|secure (?:development|coding)/iu,
  },
  {
    control: '14.2.2',
    topic: 'system change control procedures',
    // A change reviewed or approved by someone other than its author (four eyes), in the usual wordings.
    body: /(?:開発者|作成者|実装者|担当者)(?:以外|とは別|と異なる)[^。]{0,20}(?:レビュー|確認|承認)|(?:別の|他の|第三者|独立した)(?:担当者|者|開発者|レビュアー)?[^。]{0,10}(?:コード)?レビュー|(?:コード|ソースコード)レビュー|承認プロセス|change control|code reviews?|peer review|four-eyes/iu,
  },
  {
    control: '14.2.8',
    topic: 'system security testing',
    body: /ペネトレーションテスト|侵入テスト|(?:脆弱性|ぜい弱性)(?:検証|診断|テスト)|セキュリティテスト|penetration test|security test/iu,
  },
  { control: '15.1.1', topic: 'supplier relationships policy', heading: /サプライチェーン|サプライヤ|供給者|supply chain|supplier/iu },
  { control: '15.1.2', topic: 'security in supplier agreements', heading: /サプライチェーン|サプライヤ|供給者|supply chain|supplier/iu },
  {
    control: '15.1.3',
    topic: 'ICT supply chain',
    heading:
      /サプライチェーン|サプライヤ|供給者|外部(?:の)?(?:クラウド)?サービス|委託先|再委託|サブプロセッサ|supply chain|supplier|sub-?processors?|third[- ]party services/iu,
  },
  {
    control: '15.2.1',
    topic: 'monitoring of supplier services',
    // Not a supplier's product used as a tool (`…事業者が提供するお問い合わせ管理ツールで管理しています`): what is managed
    // there is the vendor's own work, not the supplier.
    body: /(?:サプライヤー?|供給者|委託先|外部(?:の)?サービス|(?:クラウド)?(?:サービス)?事業者)(?!が(?:提供|運営|開発|販売)する)[^。]{0,20}(?:モニタリング|監視|評価し|管理し|管理します)|monitor(?:ing)? (?:of )?(?:our |the )?(?:suppliers|providers|sub-?processors)/iu,
  },
  {
    control: '16.1.1',
    topic: 'incident management responsibilities and procedures',
    heading: /インシデント.{0,6}(?:プロセス|体制|管理)|incident management/iu,
  },
  {
    control: '16.1.2',
    topic: 'reporting information security events',
    heading: /インシデント|incident|事故|障害(?:発生|時|の?対応|の?連絡|の?通知)/iu,
    // An outage is reported the same way (`障害発生時には検知から1時間以内に第一報をお知らせ`): the notice is the practice.
    // A leak of personal data (`漏えい等の事案`, the 個人情報保護法's word for a breach) is an incident reported the same way.
    body: /インシデント.{0,60}(?:通知|連絡|報告)|漏えい等(?:の事案)?.{0,40}(?:通知|連絡|報告)|(?:personal )?data breach.{0,40}(?:notif|report)|障害(?:発生)?(?:時|の際|が発生した場合).{0,40}(?:第一報|通知|連絡|報告|お知らせ)|notif(?:y|ication).{0,40}incident|incident.{0,60}notif|(?<![A-Za-z])(?:(?:incident|breach)\s+notices?|notice\s+of\s+(?:an?\s+|any\s+)?(?:security\s+)?(?:incidents?|breach(?:es)?))(?![A-Za-z])/iu,
    // Staff reporting that they are safe (`安否の報告`) is no report of an incident. Nor is a policy's promise to handle one
    // (`事故が発生した場合には、速やかに原因を究明し…再発防止に努めます`) in a passage that never says who is told: a response,
    // not a report.
    otherSense: new RegExp(`${staffSafety.source}|${handledNotReported.source}`, 'iu'),
  },
  {
    control: '16.1.5',
    topic: 'response to information security incidents',
    body: /インシデント[\s\S]{0,300}(?:復旧|対処|封じ込め|対応を実施)|respond(?:ing)? to (?:security )?incidents|contain(?:ment)? and recover/iu,
  },
  { control: '16.1.7', topic: 'collection of evidence', heading: /証拠|evidence|フォレンジック|forensic/iu },
  { control: '17.1.1', topic: 'information security continuity', heading: /事業継続|business continuity|災害|disaster/iu },
  // Continuity drills verify the plan (JIS Q 27002 17.1.3: 情報セキュリティ継続の検証、レビュー及び評価).
  { control: '17.1.3', topic: 'verification, review and evaluation of information security continuity', heading: continuityDrill, body: continuityDrill },
  {
    control: '17.2.1',
    topic: 'availability of information processing facilities',
    heading: /冗長|可用性|負荷分散|サービス提供時間|稼働率|availability|redundan|(?<![A-Za-z])SLA(?![A-Za-z])|uptime/iu,
    body: /冗長化|冗長構成|redundan|可用性|稼働率|uptime/iu,
    // The triad that defines information security (`機密性、完全性及び可用性の観点から管理`, `confidentiality, integrity and
    // availability`), as a policy names it, says nothing of how the service is kept available.
    otherSense: /機密性[、,・\s]*完全性[、,・\s]*(?:及び|および|並びに|と)?[、,・\s]*可用性|confidentiality,?\s+integrity,?\s+(?:and\s+)?availability/iu,
  },
  {
    control: '18.1.1',
    topic: 'applicable legislation and contractual requirements',
    // `外的環境の把握`: the 個人情報保護法 guidelines' knowing the laws of each country where personal data is kept.
    heading: new RegExp(`適用法令|準拠法|法令|契約上の要求|外的環境の把握|所在|applicable law|governing law|${dataLocationHeading.source}`, 'iu'),
    body: /日本法|準拠法|governed by the laws|裁判所|court order/iu,
  },
  { control: '18.1.3', topic: 'protection of records', heading: /記録の保護|protection of records/iu },
  {
    control: '18.1.4',
    topic: 'privacy and protection of personal information',
    heading: /個人情報|プライバシー(?!マーク)|privacy(?! ?mark)|personal (?:data|information)/iu,
  },
  { control: '18.1.5', topic: 'regulation of cryptographic controls', heading: /暗号.{0,8}規制|輸出規制|export control|cryptographic.{0,20}regulat/iu },
  { control: '18.2.1', topic: 'independent review of information security', heading: certification },
  {
    control: '18.2.2',
    topic: 'compliance with security policies and standards',
    // JIS Q 27002 18.2.2: whether practice conforms to the policies is checked, in the usual wordings.
    body: /(?:ポリシー|方針|規程|規定|規則|基準|標準)[^。]{0,30}(?:適合|遵守|順守|準拠)[^。]{0,30}(?:チェック|確認|点検|監査|レビュー)|(?:適合|遵守|順守)(?:状況|性)(?:の|を)?(?:チェック|確認|点検|監査)|compliance with (?:our )?(?:security )?(?:polic|standard)/iu,
  },
  {
    control: 'CLD.8.1.5',
    topic: 'removal of cloud service customer assets',
    heading:
      /データ(?:の)?(?:削除|消去|返却|返還|提供について)|利用(?:停止|終了)後|契約(?:の)?終了|解約|削除(?:する)?(?:タイミング|条件|対象)|data (?:deletion|removal|return)|(?<![A-Za-z])deletion(?![A-Za-z])|termination|end of (?:the )?(?:contract|subscription)/iu,
  },
];

/**
 * A change to the terms or the agreement themselves (`本規約の変更`, `変更後の本規約`, `本合意書の内容を年1回見直し`, `Changes to these Terms`): how the
 * document is amended, and the notice of it, not a change to the service or its maintenance.
 */
export const amendsDocument =
  /(?:規約|約款|利用条件|契約条件|本書|本ポリシー|合意書|契約書|本契約)(?:等)?(?:の|を)(?:変更|改定|改訂|改正)|(?:本合意書|本契約書?|本規約|本書)の内容を[^。、]{0,10}?(?:見直|変更|改定|改訂)|(?:変更|改定|改訂)後の(?:本|この)?(?:利用)?(?:規約|約款|利用条件|契約条件)|(?<![A-Za-z])(?:changes?|amendments?|modifications?|updates?|revisions?)\s+(?:to|of)\s+(?:these|this|the)\s+(?:terms|agreement|conditions|policy)(?![A-Za-z])|(?<![A-Za-z])(?:these|the)\s+terms\s+(?:are|were|will\s+be|may\s+be)\s+(?:changed|amended|updated|modified|revised)(?![A-Za-z])/iu;

/**
 * The company's profile: its block (`【会社概要】`, `About us`), or one item of it as a disclosure sheet lists them row by
 * row (`事業者名`, `設立年`, `事業所所在地`, `資本金`, `従業員数`, `売上高`, `主要株主`; `Headquarters`, `Founded`,
 * `Employees`, `Revenue`). Where its offices are, when it was founded and what it earns say nothing of the service: an
 * office address is no data location, a growth rate or a shareholding no availability.
 */
export const companyProfileHeading =
  /^【?(?:会社概要|会社情報|企業情報|会社案内|運営会社)】?$|^about (?:us|the company)$|^(?:[\d.]+\s*)?(?:事業者名|会社名|商号|代表者(?:名)?|設立(?:年月日|年月|年|日)?|創業(?:年)?|(?:本社|本店|事業所|営業所|支社|支店|オフィス)(?:の)?(?:所在地|住所)?|資本金|従業員数?|社員数|売上高?|(?:経常|営業)?利益(?:率)?|自己資本比率|財務(?:状況|情報|指標)|(?:主要)?株主(?:構成)?|(?:主要)?取引(?:金融機関|銀行)|company name|(?:year )?founded|established|headquarters|head office|registered office|(?:number of )?employees|headcount|share capital|(?:annual )?revenue|shareholders)$/iu;

/** An item of a profile table that is about the company too: its address, representative, business and contact lines. */
const companyItemLabel = /^(?:所在地|住所|代表(?:者|取締役)?|事業内容|(?:電話|FAX)(?:番号)?|TEL|URL|ホームページ|(?:registered )?address|CEO|website)$/iu;

/**
 * A row of a company's profile table that states a fact of the service, not of the company: a company page's `会社概要`
 * table often lists the service's cloud, data location, certificates and backups (`バックアップ⇥毎日取得し、14日間保管`)
 * beside `商号` and `資本金`. A two-cell row whose label is no item of the company's profile is read as any other row; the
 * profile's own rows (address, founding date, capital, headcount) stay unread.
 */
export function serviceRowOfProfile(text: string): boolean {
  const cells = text.split('\t');
  const label = cells[0]!.trim();
  return cells.length === 2 && !companyProfileHeading.test(label) && !companyItemLabel.test(label);
}

/**
 * An example a page shows for illustration (`Example: a typical customer setup`, `Sample configuration`, `構成例`, `設定例：…`):
 * one customer's systems or a made-up setting, not the service as it is run for everyone. Nothing under it is a fact of the
 * service: no practice, and no hosting, data location, clock or certificate either.
 */
// A note may follow in brackets (`【記入例】（この欄は記入不要です）`).
export const exampleHeading =
  /^(?:[\d.]+\s*|【)?(?:(?:an?\s+)?(?:example|sample|illustrative)(?:\s+(?:customer\s+)?(?:configuration|setup|set-up|deployment|architecture|scenario|use case))?s?\s*(?:[:：—–]\s*.*)?|(?:構成|設定|利用|導入|記入|運用)(?:の)?例(?:\s*[:：]\s*.*)?)】?(?:\s*[（(][^（）()\n]{1,40}[）)])?$/iu;

/** Sections that are about the document, not a practice. */
/**
 * Controls a report expects of others: of the customers (complementary user entity controls) and of a subservice
 * organisation left out under the carve-out method (complementary subservice organisation controls). What such a section
 * says is held or done (`is expected to … hold its own ISO/IEC 27001 certification`) is theirs, not the provider's.
 */
export const othersControlsHeading =
  /^(?:(?:section|part)\s+\d+[:.]?\s*)?(?:complementary\s+(?:user\s+entity|subservice\s+organi[sz]ation)\s+controls|user\s+entity\s+(?:controls|responsibilities)|(?:補完的(?:な)?)?(?:ユーザー?|利用者|委託会社|再委託先)(?:側)?(?:の|が実施すべき)?(?:補完的(?:な)?)?(?:内部)?統制)(?:\s*[(（]?(?:CUECs?|CSOCs?)[)）]?)?$/iu;

/** A heading of plans and outlook (`■今後の展開`, `7. 下期の計画`, `Roadmap`): what is to be, not what is. */
export const plansHeading =
  /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:今後の(?:展開|予定|展望|計画|取り?組み|方針)|(?:下期|来期|次期|次年度|来年度|翌年度|翌期)(?:の)?(?:計画|予定|取り?組み|施策|重点施策|方針)|plans? for (?:the )?(?:next|coming|second) (?:half|quarter|year|period)|将来(?:の)?(?:計画|構想)|ロードマップ|roadmap|future plans?|next steps|what'?s next|looking ahead|outlook)】?$/iu;

/** A heading of a board report's business (`8. 承認事項`, `6. 予算`, `Decisions requested`): what is to be approved or spent. */
export const decisionsHeading =
  /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:(?:ご)?(?:承認|審議|決議|付議|決裁)(?:事項|をお願いしたい事項|いただきたい事項)|予算(?:案|要求)?|(?:(?:proposed|requested)\s+)?budget(?:\s+request)?|decisions?\s+(?:requested|sought|for the board)|matters?\s+for\s+(?:approval|decision|resolution)|approvals?\s+requested)】?$/iu;

export const skippedHeadings: ReadonlyArray<{ pattern: RegExp; because: string }> = [
  {
    // An invitation to an event (`Webinar: Planning your data residency`, `Upcoming events`, `ウェビナーのご案内`), as a
    // newsletter or a blog prints one: the topic of a talk, its date and length, no practice of the service.
    pattern:
      /^(?:upcoming\s+|join\s+(?:us|our)\s+)?(?:(?:webinars?|webcasts?|events?|live\s+sessions?|workshops?|meetups?)(?:\s*[:：—–|-]|$)|(?:ウェビナー|セミナー|イベント)(?:の?ご案内|開催|のお知らせ|[:：]))/iu,
    because: 'An invitation to a webinar or event: the topic of a talk, not a practice of the service.',
  },
  // A filled-in form's guidance (`INSTRUCTIONS: tick all that apply …`) and the part its issuer keeps for itself (`FOR X USE
  // ONLY`, `For office use only`, `事務局記入欄`): how to answer and the issuer's own minimums and review, no practice of the vendor.
  {
    pattern: formGuidance,
    because: 'The form’s instructions for filling it in, not a practice of the vendor.',
  },
  {
    pattern:
      /(?<![A-Za-z])for\s+(?:[\p{L}&.'’-]+\s+){0,3}(?:use|office use|internal use)\s+only(?![A-Za-z])|(?:事務局|当社|弊社|発注者|受付)(?:使用|記入|確認)欄|記入不要/iu,
    because: 'The part of the form its issuer fills in (its own requirements and review), not the vendor’s answer.',
  },
  // A transfer description's items (the EU Standard Contractual Clauses' Annex I.B, a 越境移転 record): who and what is
  // transferred, why, how often and to whom, as the parties describe the transfer. What the data is says no practice; the
  // `Location of processing` and `Retention period` rows are still read.
  {
    pattern:
      /^(?:categories\s+of\s+(?:data\s+subjects|personal\s+data)|(?:sensitive|special\s+categor(?:y|ies)\s+of)\s+(?:personal\s+)?data|purposes?\s+of\s+(?:the\s+)?(?:data\s+)?(?:transfer|processing)|nature\s+of\s+(?:the\s+)?processing|frequency\s+of\s+(?:the\s+)?transfer|(?:sub-?processor|onward)\s+transfers?)(?![A-Za-z])/iu,
    because: 'Describes the data transferred and why (a transfer description), not a practice of the vendor.',
  },
  { pattern: customerPart, because: 'The part of an application form the customer fills in about itself, not the service’s practice.' },
  {
    pattern: retiredHeading,
    because: 'Lists what was removed or is being retired (a change log), not a current practice.',
  },
  {
    pattern: /改訂履歴|改定履歴|変更履歴|更新履歴|revision history|change history|document history/iu,
    because: 'Revision history of the document, not a security practice.',
  },
  // A complaints desk (`苦情・相談窓口`, as a privacy policy closes) is an address and a phone number too.
  {
    pattern: /お?問い?合わ?せ|連絡先|contact|(?:苦情|相談)(?:[・及び]{1,2}(?:苦情|相談))?(?:受付)?窓口/iu,
    because: 'Contact details, not a security practice.',
  },
  {
    // Also a contract's article of that kind (`第13条（免責）`, `第6条（保証の否認）`, `第2条（定義）`): a disclaimer limits what is committed and a
    // definition says what a word means; neither states a practice. An English `Overview` is not among them: a wiki page or
    // security page opens its facts under it (`Overview` → `runs on AWS…, encrypted at rest…, MFA`), not a preface.
    pattern:
      /^(?:[\d.]+\s*)?(?:目次|概要|はじめに|序文|免責(?:事項)?|その他|introduction|disclaimer|table of contents)$|^第[0-9０-９一二三四五六七八九十]{1,3}条\s*[（(](?:免責(?:事項)?|責任の制限|保証の(?:否認|排除|制限)|非保証|定義|用語の定義)[)）]$|^(?:[\d.]+\s*)?(?:definitions|limitation of liability|disclaimer of warranties|warranty disclaimer)$/iu,
    because: 'Introductory or closing text, not a security practice.',
  },
  { pattern: amendsDocument, because: 'How the terms themselves are amended, not a practice of the service.' },
  {
    // An SLA's exclusions (`第11条（適用除外）`, `8. 適用除外`, `Exclusions`): the stoppages it leaves out of the measure, no
    // practice. Where they reveal the cloud the service runs on is still read as hosting.
    pattern: /^(?:[\d.]+\s*|第[0-9０-９一二三四五六七八九十]{1,3}条\s*[（(])?(?:適用除外|除外事項|(?:SLA\s+)?exclusions)[)）]?$/iu,
    because: 'What the service level leaves out of its measure, not a practice.',
  },
  {
    pattern: /(?:white\s*paper|ホワイトペーパー|本書|本資料|本ドキュメント|this document)\s*の?\s*(?:目的|対象|purpose|audience|scope)/iu,
    because: 'Describes the document itself, not a security practice.',
  },
  {
    pattern: companyProfileHeading,
    because: "The company's profile (address, founding date, capital), not a security practice.",
  },
  {
    // A press release's or notice's outlook (`■今後の展開`, `今後の予定`, `Roadmap`): what the vendor plans, not what it does.
    // A report's plan for the next period (`7. 下期の計画`, `次年度の取り組み`, `Plan for the next half`) likewise.
    pattern: plansHeading,
    because: 'Plans and outlook, not a current practice.',
  },
  {
    // A dated log entry marked as to come (`2025-11-20 — Upcoming: new backup region`, `Planned: …`, `予定：…`): a change
    // announced, not yet in effect; the entry saying it took effect comes later.
    pattern: /^(?:#+\s*)?(?:\d{4}-\d{2}-\d{2}\s*[—–-]\s*)?(?:upcoming|planned|scheduled|coming)(?:\s+changes?)?\s*[:：—–-]\s*\S/iu,
    because: 'Plans and outlook, not a current practice.',
  },
  {
    // A report to a board or management asks for decisions and money (`8. 承認事項`, `付議事項`, `6. 予算`, `Budget`,
    // `Decisions requested`): what is proposed to be approved or spent, not what the service does.
    pattern: decisionsHeading,
    because: 'Decisions asked of a board or the budget: what is proposed to be approved or spent, not a current practice.',
  },
  {
    // A report's list of what is attached (`9. 添付資料`, `添付書類一覧`, `Attachments`): the titles of other papers
    // (`別紙1 脆弱性対応の内訳`), not what the service does.
    pattern: /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:添付(?:資料|書類)(?:一覧)?|(?:list of\s+)?(?:attachments|enclosures))】?$/iu,
    because: 'A list of the papers attached: their titles, not a practice.',
  },
  {
    // A post-incident review's account of one incident and what is to follow it (`Timeline (UTC)`, `What went well`, `Action
    // items`, `経緯`, `再発防止策`), or a periodic report's incidents of the period (`4. 上期のインシデント`): what happened
    // once and what is planned, not a standing practice (how many incidents occurred measures no control). Its `Our commitments`
    // section states the practice.
    pattern:
      /^(?:[\d.]+\s*|【)?(?:(?:incident\s+)?timeline(?:\s*[(（][^)）]{1,12}[)）])?|what went (?:well|wrong|badly)|where we got lucky|lessons? learned|(?:action|follow-?up|corrective|remediation)\s+(?:items|actions|plan)|経緯|時系列|タイムライン|再発防止策|今後の対策|(?:(?:上期|下期|当期|今期|前期|期中|四半期|年度|期間中)(?:の)?|(?:20\d\d|令和\d{1,2})年度?(?:上期|下期)?の?)(?:発生)?(?:インシデント|セキュリティ(?:事故|事象)|事故|障害)(?:の)?(?:発生)?(?:状況|一覧|報告)?|incidents?\s+(?:of|in|during)\s+the\s+(?:period|quarter|half|year))】?$/iu,
    because: 'The account of one incident or its planned follow-up, not a standing practice.',
  },
  {
    // A person's remark quoted in a press release (`代表取締役社長 X のコメント`, `Quote from our CEO`), an annual report's
    // `1. トップメッセージ`, or a blog author's bio (`About the author`, `著者紹介`): opinion, aims and career, not practice.
    pattern:
      /(?:の)?コメント】?$|^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:代表(?:者|取締役)?|社長|トップ|CEO|CTO|CISO)?\s*(?:メッセージ|ごあいさつ|ご挨拶)】?$|^(?:quotes?|comments?|testimonials?)$|^(?:[\d.]+\s*)?(?:quote|message|comment|a word|letter) from\s|^(?:[\d.]+\s*)?(?:CEO|president)['’]?s? (?:message|letter)$|^(?:about the authors?|author bio(?:graphy)?|(?:著者|執筆者|筆者)(?:紹介|について|プロフィール))$/iu,
    because: "A person's quoted remark, not a disclosure of practice.",
  },
  {
    // A case study's account of its customer: the customer's problem before and its gains after (`課題`, `導入効果`,
    // `The challenge`, `Results`), not a practice of the vendor.
    pattern:
      /^(?:[\d.]+\s*|【)?(?:導入(?:の)?(?:背景|前の課題|効果|成果)|(?:導入前の)?課題|(?:the\s+)?(?:challenges?|results?|outcomes?|benefits)(?:\s+(?:and|&)\s+(?:results?|benefits|outcomes?))?)】?$/iu,
    because: "The customer's situation or results in a case study, not a practice of the vendor.",
  },
  {
    // A move notice's sections on the one-off move itself: its day and downtime (`移行当日のサービス停止について`, `On the day of
    // the migration`), its work (`移行作業中`) and its date's questions (`Q. 移行日は変更になる可能性がありますか？`). What the
    // vendor does that day (progress updates every hour, a possible postponement) is no standing practice.
    pattern:
      /(?:移行|移転|移設|切り?替え?)(?:作業)?(?:当日|日(?:時|程)?|予定日|作業中?|中)(?:の|に|は|について|を|が)|(?<![A-Za-z])(?:(?:on\s+)?the\s+day\s+of\s+the|during\s+the)\s+(?:move|migration|relocation|cut-?over)(?![A-Za-z])|(?<![A-Za-z])(?:move|migration|relocation|cut-?over)\s+(?:day|date|window|downtime)(?![A-Za-z])/iu,
    because: 'The arrangements of a one-off move (its day, work and downtime), not a standing practice.',
  },
  { pattern: exampleHeading, because: 'An example shown for illustration (one customer’s setup or a sample setting), not the service’s practice.' },
  { pattern: glossaryHeading, because: 'A glossary: what words mean, with examples, not a fact of the service.' },
  {
    pattern: /^(?:[\d.]+\s*)?(?:お客様|お客さま|利用者様?|ユーザー?様?|顧客|customer|user)(?:の|'s)?\s*(?:役割(?:および|及び))?(?:責任|responsibilit)/iu,
    because: "Describes the customer's own responsibilities, not a practice of the provider.",
  },
  {
    // A support or service specification's list of the work it does not cover (`対象外の作業`, `サポート対象外`, `Out of scope`,
    // `Not covered`): the customer's own environment and tasks, whose values (its own backups) are nobody's commitment.
    pattern:
      /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:(?:サポート|保守|サービス)?(?:の)?(?:対象外|範囲外)(?:と(?:なる|する))?(?:の)?(?:作業|事項|業務|内容|項目|範囲)?|(?:out[- ]of[- ]scope|not\s+(?:covered|included))(?:\s+(?:work|services|activities|items|tasks))?|what(?:['’]s|\s+is)\s+not\s+(?:covered|included))】?[:：]?$/iu,
    because: 'Lists work the service or its support does not cover (the customer’s own environment and tasks), not a practice of the provider.',
  },
  {
    // A notice's list of what its readers must do (`What you need to do`, `Action required`, `お客様にご対応いただくこと`,
    // `お客様へのお願い`): the customer's steps (update an allowlist, export data), not a practice of the provider.
    pattern:
      /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:what (?:you|customers?) (?:need|have|must|should) (?:to )?do|action(?:s)? (?:required|needed|items?)|(?:required|recommended) actions?|(?:お客様|利用者|ご利用者)(?:様)?(?:へのお願い|にご対応いただ(?:くこと|く事項|きたいこと)|(?:の|に)(?:ご)?対応(?:が必要な(?:こと|事項)|事項|内容)?))】?[:：]?$/iu,
    because: 'Lists what the customer must do, not a practice of the provider.',
  },
  {
    // A change notice's account of what the change means for its readers (`お客様への影響`, `Impact on customers`, `What this
    // means for you`): their settings, their steps, the old copies' fate; the change itself is stated in its own section.
    pattern:
      /^(?:[\d.]+\s*|[■□◆◇▼▶]\s*|【)?(?:(?:お客様|利用者|ご利用者)(?:様)?(?:へ|に)の(?:ご)?影響|(?:impact|effects?)\s+(?:on|for|to)\s+(?:you|customers?|users?)|what (?:this|the change) means for (?:you|customers?|users?))】?[:：]?$/iu,
    because: 'What an announced change means for the customers (their settings and steps), not a practice of the provider.',
  },
  {
    // The parts of an auditor's report and of management's assertion (a SOC 2 or SOC 3 report, ISAE 3402, 保証報告書): what was
    // examined, who answers for what and what the auditor concludes.
    pattern:
      /^(?:(?:section|part)\s+\d+[:.]?\s*)?(?:(?:independent\s+)?(?:service\s+)?auditor['’]?s?\s+(?:(?:assurance\s+)?report|opinion|responsibilit(?:y|ies))|service organi[sz]ation['’]s\s+responsibilit(?:y|ies)|management['’]s\s+(?:assertion|responsibilit(?:y|ies)|statement)|inherent limitations|opinion|basis for (?:qualified )?opinion|restricted use|(?:独立)?(?:監査人|受託会社監査人|保証業務実施者)の(?:保証)?(?:報告書|意見|責任)|経営者(?:の)?(?:確認書|アサーション|責任)|受託会社の責任|固有の限界)$/iu,
    because: "Part of an auditor's report or of management's assertion: what was examined and concluded, not a practice.",
  },
  {
    // Controls a report expects of others: of the customers (complementary user entity controls) and of a subservice
    // organisation left out under the carve-out method (complementary subservice organisation controls).
    pattern: othersControlsHeading,
    because: 'Controls the report expects of customers or of a subservice organisation, not the provider’s own practice.',
  },
];
