/**
 * Every wording family of every pattern in src/ingest, audited against the
 * seed sources (src/ingest/eval/cue-audit.ts). A family that matches in only
 * one seed source may stay only when it is general wording: a control title
 * of the ISO/IEC 27017 catalog, layout rather than wording, or an entry of
 * `generalWording` below with the reason it is how such documents are written
 * in general. Anything else is a phrase copied from one document and fails.
 */
import { describe, expect, it } from 'vitest';
import { auditCues, singleSourceAlternatives, topLevelAlternatives, type AuditedAlternative } from '../../src/ingest/eval/cue-audit.js';
import { referenceData } from '../../src/ingest/reference-data.js';

const generalWording: Record<string, readonly string[]> = {
  // Proper names: providers, their regions, countries, areas of Japan, time services, certification schemes and the bodies that grant them. A name is the same in every document that mentions it.
  names: [
    // Standards and schemes by name, opening a title (`ISO/IEC 27017 に基づく情報開示`): the standard, not a product.
    '^(?:#+\\s*)?(?:ISO\\s*\\/\\s*IEC|ISO|JIS\\s*Q|SOC\\s*[123]|ISMAP|CSA\\s+STAR|PCI\\s*DSS)(?![A-Za-z])',
    // ISO/IEC 27017's own numbering of its cloud controls (`CLD.6.3.1`).
    '^CLD[.．]',
    'JIP-ISMS517(?:-[\\d.]+)?',
    '情報セキュリティマネジメントシステム(?:\\s*\\(ISMS\\))?\\s*認証',
    'プライバシーマーク',
    '(?<![A-Za-z0-9])JQA-[A-Z]{2}\\d{3,6}',
    '一般財団法人\\s*情報経済社会推進協会\\s*[(（]?JIPDEC[)）]?',
    'JIPDEC',
    'IaaS',
    // The cloud service models (NIST SP 800-145), as a register's or form's hosting label names them.
    '(?<![A-Za-z])(?:IaaS|PaaS)(?![A-Za-z])',
    '財団法人',
    '協会',
    // A Japanese company's legal form before its name (`株式会社X`): how every such company is named, its brand after it.
    '株式会社\\s*([\\p{Script=Katakana}ー]{2,12})(?![\\p{Script=Katakana}ー])',
    'Google',
    '(?<![A-Za-z])AWS(?![A-Za-z])(?!\\s*Marketplace)',
    '(?<![A-Za-z])Azure(?![A-Za-z])(?!\\s*Marketplace)',
    'Google\\s*Cloud(?:\\s*Platform)?(?!\\s*Marketplace)',
    '東京\\s*リージョン',
    '東日本\\s*リージョン',
    '(?<![\\p{Script=Han}])国内',
    'Japan(?!ese)',
    'アメリカ合衆国',
    'アメリカ',
    '関東',
    // A city of an area of Japan before its data centre (`東京のデータセンター`): the city's name.
    '東京',
    '東日本',
    'NICT',
    'Google\\s*Public\\s*NTP',
    '(?:AWS|Amazon Web Services)\\s*(?:の|が提供する|provided)?\\s*(?:NTP|時刻)',
    'Azure\\s*(?:の|が提供する|provided)?\\s*(?:NTP|時刻)',
    '公的な\\s*NTP',
    'public\\s*NTP',
  ],
  // Standard vocabulary of ISO/IEC 27001/27002/27017 and of the JIP-ISMS517 disclosure topics (the terms a security sheet uses for the practice, whoever writes it).
  vocabulary: [
    // A code of practice named as guidance (`ガイドライン`, `指針`): what ISO/IEC 27017 is, whoever cites it.
    'ガイドライン',
    // The 個人情報保護法's word for a personal-data breach (漏えい等), in either spelling.
    '漏えい',
    '漏洩',
    'パフォーマンス評価',
    '統括責任者',
    '情報セキュリティ委員会',
    '共同責任',
    'タグ付け',
    '利用者アクセスの管理',
    '限られたアクセス権',
    '廃棄',
    'データ(?:の)?保全',
    'モニタリング',
    '稼働状況',
    '(?<![A-Za-z])(?:IDS|IPS|WAF)(?![A-Za-z])',
    '仮想ネットワーク',
    'セキュリティ要件',
    '承認プロセス',
    'ペネトレーションテスト',
    // The same term with the space a letter of attestation's title may print (`ペネトレーション テスト`).
    'ペネトレーション\\s*テスト',
    'セキュリティテスト',
    'サプライヤ',
    '負荷分散',
    'サービス提供時間',
    '準拠法',
    '個人情報',
    '障害(?:発生|時|の?対応|の?連絡|の?通知)',
    'クラウドサービス事業者',
    // A service-level agreement's refund when a commitment is missed.
    '(?:サービス)?クレジット',
  ],
  // Wording families written as families: synonyms and word orders for one practice (generalised from phrases a single document used, e.g. 前回ログイン → 前回/最終/直近 + ログイン/ログオン/サインイン).
  families: [
    // A disclaimer's closing verb (`…を保証するものではありません`, `保証しません`): how every Japanese contract and terms of use
    // declines a promise, whatever it declines.
    '(?:保証|約束)(?:を)?(?:しません|いたしません|するものではありません|するものではない|しない(?:ものとします)?)(?:[。.]|\\s*$)',
    '(?:情報)?セキュリティ(?:基本)?方針',
    '情報セキュリティ(?:組織|体制)',
    '管理者(?:の)?(?:登録|削除)',
    'アカウント(?:の)?管理',
    '権限(?:の)?割(?:り)?当て',
    '権限(?:の)?管理',
    '(?:ごく)?(?:一部|特定|限られた|権限を持つ|権限のある|必要最小限)の(?:者|担当者|要員|社員|従業員|スタッフ|メンバー)[^。]{0,20}(?:しか|のみ|に限)',
    'アクセス(?:可能な|できる|権を持つ|権限を持つ)(?:者|担当者|社員|従業員|(?:保守|運用|管理)?要員)[^。]{0,40}(?:のみ|限定|限ら|特定)',
    '(?:前回|最終|直近)(?:の)?(?:ログイン|ログオン|サインイン)',
    '(?:他の)?(?:ユーザー?|利用者|お客様|テナント|顧客)(?:様)?(?:と|との|間|間の)(?:の)?(?:論理的に)?分離',
    '管理者(?:用|向け)(?:の)?手順',
    '(?:サーバ|ネットワーク|システム|CPU|メモリ|ディスク|ストレージ)ー?(?:の)?(?:リソース|使用率|使用量|負荷)[^。]{0,15}(?:監視|モニタリング)',
    'リソース(?:の)?(?:監視|増減|増強)',
    '(?:本番|商用|サービス|運用)環境(?:とは|と|から)(?:は)?(?:別|分離|独立|切り離)',
    '(?:別|異なる)セグメント',
    'セグメント.{0,10}分離',
    '(?:開発者|作成者|実装者|担当者)(?:以外|とは別|と異なる)[^。]{0,20}(?:レビュー|確認|承認)',
    '(?:コード|ソースコード)レビュー',
    '(?:脆弱性|ぜい弱性)(?:検証|診断|テスト)',
    'インシデント.{0,6}(?:プロセス|体制|管理)',
    '(?:ポリシー|方針|規程|規定|規則|基準|標準)[^。]{0,30}(?:適合|遵守|順守|準拠)[^。]{0,30}(?:チェック|確認|点検|監査|レビュー)',
    '利用(?:停止|終了)後',
    '公開して(?:い)?ません',
    '(?:基盤|インフラ|プラットフォーム)として(?:利用|使用|採用)(?:する|している)',
    // "The cloud the service uses" as a relative clause, whatever the noun.
    '利用する(?:クラウド|基盤|インフラ|IaaS|データセンター|ホスティング)',
    // "If you need it, ask us": a customer who needs more than the service gives is told to ask, in any of the polite verbs.
    '(?:必要な|ご希望の|ご入用の)場合は?[^。]*(?:ご依頼|お問い合わせ|ご連絡|お申し付け|ご相談)(?:ください|下さい)',
    // "There is no guarantee / SLA": the commitment words negated in the polite forms Japanese answers use.
    '(?:保証|SLA)[^。\\n]{0,15}?(?:設けて(?:い|お)りません|ありません|ございません|して(?:い|お)りません)',
  ],
  // Everyday words for the fact itself: holding (登録され), not yet holding (目指, 検討中), keeping (所在, 保管国, 拠点), not keeping (保管しない, 保存していません), not using (利用していません), frequency (週次, 毎週), minimum (最低), measured (実績), copying (複製), 取り組み (efforts) as a title word, plans and hedges (将来, 通常, 最大), a customer's setting and its default (変更可能, 初期値, 既定), and a number's label (登録番号).
  words: [
    // Kinds of service a vendor buys in (`Email`, `SMS`, `決済`): everyday words for a function, whoever lists them.
    '^(?:e-?mail(?: delivery)?|sms|analytics|payments?|billing|hosting|monitoring|error (?:monitoring|tracking)|logging|(?:customer )?support|help ?desk|cdn|dns|search|storage|backups?|chat|messaging|push notifications?|authentication|identity|crm|marketing|video|maps?|translation|メール(?:配信)?|SMS|決済|分析|監視|ログ(?:管理)?|サポート|ストレージ|認証|チャット|翻訳)$',
    '(?:保管|保存|格納|移転|転送)(?:は|を)?(?:(?:し|され|いたし|致し)(?:ない|ません|ていません|ておりません|ておらず)|せず|されず)',
    '(?:利用|使用)(?:は|を)?(?:(?:し|され)?(?:ていない|ていません|ておりません|ておらず|ない|ません)|せず|されず)',
    // Not holding or providing a certificate or report (`SOC 2 レポートは提供しておりません`, `ISMAP には登録しておりません`): the
    // everyday negative of the verbs of holding, as 保管しない is of keeping.
    '(?:取得|提供|開示|保有|登録)し(?:て(?:い|お)り?)?ません',
    // What follows a share's value (`通信の約40％がタイムアウト`, `売上高の86.4％を占め`, `…に相当`): the particles and verbs of a
    // part of a whole, in any document that gives one.
    '^\\s*(?:が|を占め|に(?:相当|当たる|あたる|影響))',
    '登録され',
    '登録して',
    '目指',
    '検討中',
    '所在',
    '基盤',
    '検討',
    '拠点',
    '保管国',
    '週次',
    '毎週',
    '翌営業日',
    '利用停止',
    '経過',
    'レプリケーション',
    '実績',
    '最低',
    '複製',
    '(?:への|に対する|における)?取り?組み',
    // Plans and hedges (将来, 通常, 最大), a customer's setting (変更可能) and its default (初期値, 既定), a certificate's number label.
    '将来',
    '通常',
    '最大(?:で)?',
    '変更(?:可能|できます)',
    '初期(?:値|設定)',
    '既定',
    '(?:認証|登録|証明書)?番号',
    // A plain negation (`No customer data is stored outside these regions`).
    '(?<![A-Za-z])(?:no|none)(?![A-Za-z])',
    // A guarantee as opposed to a target (目標), and round-the-clock hours (24時間365日, 24時間体制, 24時間受付, 24時間対応) as opposed to a duration.
    '保証',
    '24\\s*時間\\s*(?:365\\s*日|年中無休|体制|受け?付|対応(?!し)|監視|有人)',
    // "Each" taking up a party already named (`各社`, `それぞれ`): whose certificate it is.
    'それぞれ',
  ],
  // Document structure, not wording: kinds of documents, title-block and heading shapes, table headers, company-name forms, the legal drafting convention 以下「本サービス」.
  structure: [
    // The 記書き of a Japanese formal notice: `記` opens its items and `以上` closes them, in every such notice; a letter's
    // closing word (`敬具`, `敬白`, `草々`) ends the body of every formal letter that opens with `拝啓`.
    '^(?:記|以上[。.]?|敬具|敬白|謹白|草々|不一|かしこ)$',
    // The label of a field saying where data is kept (`保存先`, `保管場所`), as every check sheet and fact sheet labels it.
    '^(?:データ(?:の)?)?(?:保存|保管|格納)(?:先|場所|国|拠点)$',
    // The label of a fact sheet's field listing certificates (`Certifications:`, `認証：`), as every such sheet prints it.
    '^(?:(?:security\\s+)?(?:certifications?|certificates?|accreditations?|attestations?)(?:\\s*(?:and|&|\\/)\\s*(?:attestations?|audits?|reports?))?|(?:取得|保有|第三者|外部)?認証(?:取得)?(?:状況)?)$',
    // A table's column headers naming the kind of each row (`Type`, `カテゴリ`), as sub-processor lists print them.
    'type',
    'カテゴリ',
    // English function words and marks a wrapped line can end on (an article, a preposition, a comma): how prose wraps.
    '(?:[,、(（—–-]|(?<![A-Za-z])(?:a|an|the|and|or|of|in|on|at|to|for|from|with|by|as|is|are|was|were|be|that|which|its|our|their|your))$',
    // Grammar, not wording: a name as the subject of its sentence is followed by a topic particle or its verb (`X は…`, `X will…`).
    '^\\s*(?:は|も|(?:is|will)(?![A-Za-z]))',
    // Papers handed to a customer are a kind of document (`セキュリティ資料`, `ご説明資料`, `…に関する資料`), whoever writes them.
    '(?:(?:に関する|についての)\\s*)?(?:開示|回答|説明|ご?紹介|参考|補足)?\\s*資料',
    // Manuals and guides are kinds of documents (`Administrator Guide`, `ユーザーマニュアル`), whoever writes them.
    '(?<![A-Za-z])(?:(?:admin(?:istrator)?|user|operations?|setup|install(?:ation)?|deployment|configuration)\\s+(?:(?:and|&)\\s+)?){0,2}(?:guide|manual|handbook)(?![A-Za-z])',
    // How a form asks (`ご記入ください`, `をお答えください`): a question header of an exported form, not a practice.
    '(?:してください|ご記入|をお答え)',
    '連絡先',
    '^(?:[\\d.]+\\s*)?(?:目次|概要|はじめに|序文|免責(?:事項)?|その他|introduction|disclaimer|table of contents)$',
    '(?:white\\s*paper|ホワイトペーパー|本書|本資料|本ドキュメント|this document)\\s*の?\\s*(?:目的|対象|purpose|audience|scope)',
    '第\\s*[\\d.]+\\s*版',
    'whitepaper',
    '運用方針',
    // The label of a title block's revision date (`最終改定日`), as every Japanese policy prints it.
    '改定',
    'logo',
    '^\\s*(?:ごと|毎|おき|置き|間隔)',
    '\\s*(?:シリーズ|series|suite|スイート)$',
    '([^\\s、。（(「」『』]{2,30})[」』]?\\s*[（(]\\s*以下[、,]?\\s*[「『]?(?:本|当)(?:サービス|製品)',
    // A product named in brackets after the word for it (`クラウドサービス「X」を提供`), as Japanese text marks a proper name.
    '(?:サービス|製品|プロダクト)\\s*[「『]([^「」『』\\n]{2,40})[」』]',
    'inc\\.',
    '目次',
    '^(?:第\\s*[0-9０-９一二三四五六七八九十]+\\s*【[^】]{2,40}】|【[^】]{2,40}】|[■□◆◇▼▶]\\s*\\S.{1,40}|第\\s*[0-9０-９一二三四五六七八九十]+\\s*[章節部]\\s*\\S.{0,40}|[(（][0-9０-９]{1,2}[)）]\\s*\\S.{1,40})$',
    '^(?:目次|contents|table of contents)$',
    '^(?:目次|contents|table of contents|agenda|アジェンダ|abstract|executive summary|要旨)$',
    '名称',
    '事業者',
    'お知らせ',
    // Terms of service as a kind of document (`X 利用規約`), not part of the product's name.
    '(?:サービス)?利用規約',
    // The 第…号 a Japanese registration number is printed in (`登録番号 第10823456(03)号`), and the copula a short answer ends
    // with (`日本国内です。`): how such text is written, whatever it says.
    '第\\s*(?=[\\s)）]|$)',
    '^[^。、,]{1,30}(?:です|でございます|である)[。．]$',
    // `以上` alone on its line: the word a Japanese letter, e-mail or formal document closes with.
    '^以上[。.]?$',
    // The legal forms of a Japanese association or foundation (`一般社団法人`), as a certification body or a publisher prints its name.
    '(?:一般|公益)(?:社団|財団)法人',
    // The same legal form followed by the body's name, as an audit report prints the certification body that wrote it.
    '(?:一般|公益)(?:財団|社団)法人\\s*[\\p{Script=Katakana}\\p{Script=Han}A-Za-z0-9ー・]+',
    // Whose management system a certificate's statement names (`株式会社Xの情報セキュリティマネジメントシステムは`): the form
    // every Japanese certificate of registration is written in.
    '^\\s*(.+?)の(?:[^\\s、。]{0,30}マネジメントシステム|ISMS)',
  ],
};

/** No word of its own: markup, punctuation or a number shape. */
function isLayout(alternative: string): boolean {
  const literal = alternative
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\(\?<?[=!:]/g, ' ');
  return !/[A-Za-z]{2,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(literal);
}

/** Matches the wording of a control title or clause of the catalog (JIS Q 27002 / 27017). */
function isCatalogWording(alternative: string, flags: string): boolean {
  const re = new RegExp(alternative, flags);
  return referenceData().controls.some((c) => [c.title, c.titleEn, c.clause].some((t) => t && re.test(t)));
}

describe('cue audit', () => {
  it('splits a pattern at its top-level alternatives only', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|\\|e')).toEqual(['a(?:b|c)', '[|]d', '\\|e']);
  });

  it('keeps a wording family found in only one seed source only when it is general wording', async () => {
    const justified = new Set(Object.values(generalWording).flat());
    const unjustified = singleSourceAlternatives(await auditCues()).filter(
      (a: AuditedAlternative) => !isLayout(a.alternative) && !isCatalogWording(a.alternative, 'iu') && !justified.has(a.alternative),
    );
    expect(unjustified.map((a) => `${a.where} ${a.alternative} (${a.seedSources.join()})`)).toEqual([]);
  });

  it('lists no justification that no longer matches a single-source family (keeps the list honest)', async () => {
    const single = new Set(singleSourceAlternatives(await auditCues()).map((a) => a.alternative));
    const stale = Object.values(generalWording)
      .flat()
      .filter((a) => !single.has(a));
    expect(stale).toEqual([]);
  });
});
