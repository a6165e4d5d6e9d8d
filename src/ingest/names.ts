/**
 * Who published the document and which services it covers, read from how
 * whitepapers print them: the product name in the title block (minus words
 * such as セキュリティホワイトペーパー or 版), its fullest printed form in the
 * body (`Xサービス（以下本サービス）`), a series (`X シリーズ`) whose members
 * are listed as `X A、X B` lines, and the company name (`株式会社X`, `X株式会社`,
 * `X Co., Ltd.`, or `Xの責任` in the responsibility section). A policy's title
 * (`Security Policy — X`, `プライバシーポリシー（個人情報の取扱いについて）`) names
 * the kind of document, so the product is what is left, or failing that the
 * body's `「X」（以下「本サービス」）`.
 */
import { recipientCells } from './processing-record.js';
import { advisoryProduct } from './security-advisory.js';
import { launchedProduct, regionStartHeadline } from './region-launch.js';
import { escapeRegExp, linesOf, nameKey, type Span } from './text-span.js';
import {
  belowLetterhead,
  copyrightLine,
  coverField,
  coverLabel,
  departmentLine,
  documentControlField,
  messageHeadLine,
  postalAddress,
  subjectOf,
  type Outline,
} from './sections.js';
import { providers } from './provider-dictionary.js';
import { cellsOf, isDelimiterRow, labelledValues, spacedFieldRows } from './table-rows.js';
import { englishCompanyName, englishLegalForm } from './company-name.js';
import { certificateTitle, certifyingStatement } from './certificate-document.js';
import { accessibilityReportTitle } from './accessibility-report.js';
import { independentFirms, isFirm } from './independent-firm.js';
import { isJobPosting, postedProduct } from './job-posting.js';
import { isAssessmentTitle, assessorOf, requestedProduct, requesterOf } from './assessment-report.js';
import { resellerOf } from './reseller-page.js';
import { customerCompanies } from './meeting-minutes.js';
import { collectivelyDefined } from './collective-definition.js';

export interface NamedThing {
  name: string;
  /** The English or romanised name the document prints next to it (`株式会社クモ（Kumo Systems Inc.）`). */
  nameEn?: string;
  confidence: number;
  rule: string;
}

/**
 * Words of a title that name the kind of document, not the product, by kind of document. Each kind is one literal, so
 * the cue audit reads its wordings; together they are one pattern.
 */
const documentKinds: readonly RegExp[] = [
  // Security disclosures: whitepapers, overviews, FAQs, check sheets and their answers, trust centres, measures, specifications,
  // and the papers handed to a customer (`セキュリティ資料`, `説明資料`, `…に関する資料`).
  /(?:クラウド)?(?:情報)?セキュリティ(?:情報|概要)?|よくある(?:ご)?質問|(?:に関する|についての)(?:ご)?質問(?:事項)?(?:への(?:ご)?回答(?:書)?)?|開示シート|(?:チェック|確認|調査)\s*シート(?:\s*[（(]?\s*回答(?:書)?\s*[)）]?)?|確認票|(?<![A-Za-z])(?:FAQ|Q&A)(?![A-Za-z])|ホワイト\s*ペーパー|white\s*paper|whitepaper|運用方針|(?:サービス)?概要書|サービス\s*概要|(?:サービス)?説明書|トラスト\s*センター|セキュリティ\s*センター|(?<![A-Za-z])(?:trust|security) (?:center|centre|portal)(?![A-Za-z])|(?:サービス)?仕様書?|について|(?:への|に対する|における)?取り?組み|(?:セキュリティ)?対策|管理策|(?:(?:に関する|についての)\s*)?(?:開示|回答|説明|ご?紹介|参考|補足)?\s*資料|チェックリスト(?:\s*[（(]?\s*回答(?:書)?\s*[)）]?)?|(?<![A-Za-z])(?:questionnaire|questions|checklist|fact sheet|datasheet|data sheet)(?: answers?| responses?)?(?![A-Za-z])|(?<=\s)クラウド\s*サービス(?:\s*(?:利用|導入|調達|評価|選定))?(?=\s|チェック|確認|質問|調査)/iu,
  // Disclosures made to a published form: the ASP・SaaS / IaaS・PaaS 安全・信頼性に係る情報開示 (its guideline's name, which
  // a vendor's sheet takes as its title), a 情報開示書, an information disclosure sheet. So is IPA's 非機能要求グレード, the
  // list of non-functional requirements a customer sends its vendors, and the vendor's answer to it (`… 回答書`).
  /(?:システム基盤の)?非機能要求(?:\s*グレード)?(?:\s*(?:19|20)\d\d)?(?:\s*(?:回答(?:書|票|シート)?|対応表|一覧))?|(?<![A-Za-z])non-functional requirements?(?: grade)?(?: (?:answers?|responses?))?(?![A-Za-z])/iu,
  /(?:ASP\s*[・･/]\s*SaaS|IaaS\s*[・･/]\s*PaaS|SaaS|IaaS|PaaS|クラウドサービス)\s*の\s*安全\s*[・･]\s*信頼性に係る\s*情報開示(?:指針)?|情報開示(?:書|シート|資料)?|(?<![A-Za-z])(?:(?:information )?disclosure (?:sheet|statement|document)s?)(?![A-Za-z])/iu,
  // Editions and versions (`第3版`, `Version 2.1`, `v4`).
  /[（(]?\s*第?\s*\d+(?:\.\d+)*\s*版\s*[)）]?|(?<![A-Za-z])(?:security overview|security|overview|version|ver\.?)(?![A-Za-z])\s*[\d.]*|(?<![A-Za-z])v\d+(?:\.\d+)*(?![A-Za-z0-9])/iu,
  // Compliance, privacy and data residency pages and policies. A cookie policy (`Cookie Policy | X`, `Cookieポリシー`) is
  // a privacy policy about the site's cookies: `Cookie` names its subject, not the product.
  /(?<![A-Za-z])cookies?(?=\s*(?:polic(?:y|ies)|notice|statement|ポリシー)(?![A-Za-z]))|クッキー(?=\s*ポリシー)/iu,
  // A form the reader signs (`個人情報の取扱いに関する同意書`, `Consent Form`): its subject, not a product.
  /(?:に(?:関する|ついての))?(?:同意|承諾)書|(?<![A-Za-z])consent form(?![A-Za-z])/iu,
  /コンプライアンス|(?<![A-Za-z])compliance(?![A-Za-z])|データ\s*レジデンシー|データ(?:の)?保管場所|(?<![A-Za-z])data (?:residency|locations?)(?![A-Za-z])|プライバシー(?!マーク)|(?<![A-Za-z])privacy(?:\s+(?:notice|statement))?(?![A-Za-z])|ポリシー|(?:基本)?方針|(?<![A-Za-z])polic(?:y|ies)(?![A-Za-z])|個人情報(?:の)?(?:取扱い|取り扱い|保護)/iu,
  // What a data protection law has a company publish (`個人情報の取扱いに関する公表事項`, the amended 個人情報保護法's
  // `保有個人データに関する事項の公表`) and the GDPR pages on transfers abroad (`International Data Transfers`, a `Transfer
  // Impact Assessment`, `越境移転`), and its notice of data provided abroad (`外国にある第三者への個人データの提供について`): the
  // law's headings, not a product.
  /(?:に関する|に基づく)?\s*(?:公表事項|事項の公表)|外国にある第三者への\s*(?:個人データの)?\s*提供|(?:越境|海外)\s*(?:データ)?\s*移転|(?<![A-Za-z])(?:(?:international|cross-border) (?:data )?transfers?|data transfers?|transfer impact assessments?|TIA)(?![A-Za-z])/iu,
  // Contracts and their parts: a contract named by its kind (`業務委託契約書`, `ソフトウェア使用許諾契約書`, an EULA,
  // `個人情報の取扱いに関する覚書`), a HIPAA Business Associate Agreement (`Standard Business Associate Agreement for X`: X is
  // the product), a DPA and its annexes (`Technical and Organisational Measures`, GDPR Art. 32's), a security addendum and the line naming the agreement it is
  // attached to (`to the Master Subscription Agreement for X`: X is the product), terms of service, service-level
  // agreements, a list of sub-processors (`再委託先一覧`, `委託先リスト`) and a notice of changes to it (`Notice of changes to
  // our sub-processors`).
  /(?<![A-Za-z])(?:data processing (?:addendum|agreement|terms)|(?:(?:information\s+)?(?:security|privacy|data protection)\s+)?addend(?:um|a)(?:\s+responses?)?|(?:to\s+(?:the|our|this)\s+)?(?:master\s+)?(?:subscription|services?|customer|license|licence)\s+agreement(?:\s+(?:for|of))?|(?:(?:standard|HIPAA)\s+){0,2}business\s+associate\s+(?:agreement|addendum|contract)(?:\s+(?:for|of))?|DPA|BAA|(?:(?:information\s+)?(?:security|privacy|data protection)|technical\s+and\s+organi[sz]ational)\s+(?:requirements|obligations|measures)|(?:annex(?:es)?|appendix|appendices|schedules?|exhibits?|attachments?)(?:\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})(?![A-Za-z0-9]))?|(?:(?:notice|notification|summary|overview) of )?(?:changes?|updates?|amendments?) to (?:our|the))(?![A-Za-z])|(?:再)?委託先(?:の)?(?:一覧|リスト)|(?:データ処理|個人データ(?:の)?取扱い)(?:に関する)?(?:契約|覚書|補足契約)|(?:(?:ソフトウェア|サービス)?\s*(?:使用|利用)?許諾|業務委託|秘密保持|サービス利用|利用|保守|ライセンス)?契約書|(?<![A-Za-z])(?:end[- ]user\s+)?licen[cs]e\s+agreement(?![A-Za-z])|(?<![A-Za-z])EULA(?![A-Za-z])|(?:個人情報|個人データ)?(?:の)?(?:取扱い|取り扱い)?(?:に関する)?覚書|別紙|(?:サービス)?利用規約|重要事項(?:の)?説明書?|(?:サービス)?(?:利用)?約款|(?<![A-Za-z])(?:terms of (?:service|use)|terms and conditions|(?:list of )?sub-?processors?(?: list)?)(?![A-Za-z])|サービス\s*レベル\s*(?:合意書|契約書?|アグリーメント|目標)|サービス品質保証(?:制度|規定)?/iu,
  // A message asking or answering questions (`【ご質問】…に関する追加確認`, `ご質問への回答`, `Follow-up questions`, a bare
  // `【ご質問】` label), or its written answer (`…ご質問への回答書`): what the message is, not what the product is called.
  /(?:(?:追加|再)(?:の)?)?(?:ご)?(?:質問|問い合わせ)(?:事項)?(?:への|に対する)(?:ご)?回答(?:書|票)?|(?:追加|再)(?:の)?(?:ご)?(?:質問|確認|問い合わせ)(?:事項)?|確認事項|照会事項|^(?:ご|お)?(?:質問|問い合わせ|回答|確認依頼)$|(?<![A-Za-z])(?:(?:additional|follow-?up|further) (?:questions?|queries|inquir(?:y|ies)|enquir(?:y|ies))|(?:answers?|responses?) to (?:your |the )?questions?)(?![A-Za-z])/iu,
  // A questionnaire a customer sends its suppliers (`取引先 情報セキュリティ調査票`, `委託先アンケート`, `Vendor Security
  // Questionnaire`, `Third-Party Risk Assessment`): who is asked is the kind of form, not a product's name.
  /(?:(?:取引先|委託先|外部委託先|再委託先|仕入先|サプライヤー|ベンダー)\s*(?:向け)?\s*)?(?:情報)?(?:セキュリティ)?\s*(?:調査票|アンケート)|(?<![A-Za-z])(?:vendor|supplier|third[- ]party)\s+(?:(?:information\s+)?security\s+|risk\s+)?(?:questionnaire|assessment|due diligence(?:\s+questionnaire)?)(?![A-Za-z])/iu,
  // Continuity plans and responsibility models (`事業継続計画（BCP）の概要`, `Shared Responsibility Model`, `責任分界表`): what the
  // page sets out, not the product it is about.
  /事業継続計画(?:\s*[（(]\s*BCP\s*[)）])?|(?<![A-Za-z])(?:BCP|(?:business continuity|disaster recovery)(?: plan)?|(?:shared )?responsibility (?:model|matrix))(?![A-Za-z])|責任(?:共有|分界)(?:モデル|表|マトリクス|マトリックス)?/iu,
  // Manuals and guides (`管理者ガイド`, `操作マニュアル`, `Administrator Guide`, `Installation and Operations Guide`: two kinds
  // joined by `and` are one guide).
  /(?:管理者|利用者|ユーザー?|操作|導入|設定)?\s*(?:ガイド|マニュアル|手引き?|取扱説明書)(?:\s*[（(]\s*抜粋\s*[)）])?|(?<![A-Za-z])(?:(?:admin(?:istrator)?|user|operations?|setup|install(?:ation)?|deployment|configuration)\s+(?:(?:and|&)\s+)?){0,2}(?:guide|manual|handbook)(?![A-Za-z])/iu,
  // A help centre's article (`ヘルプセンター`, `Help Center`, `Knowledge Base`) and what it helps with: choosing where data is
  // kept (`Choosing your data region`, `データ保存リージョンの選択`, `Select a hosting location`). The article's subject, not
  // the product; the site's name keeps the brand (`X Help Center` → X). A developer documentation site (`X Developer Docs`,
  // `X API reference`) is one too.
  /ヘルプ\s*(?:センター|ページ)|サポート\s*サイト|(?<![A-Za-z])(?:help\s*(?:center|centre|desk article)|knowledge\s*base|support\s*(?:center|centre|article)|(?:developer|api)\s+(?:docs|documentation|portal|hub|reference))(?![A-Za-z])|開発者\s*(?:向け)?\s*(?:ドキュメント|サイト|ポータル)|(?:データ(?:の)?(?:保存|保管)?\s*)?(?:リージョン|保存先|保管場所)\s*(?:の)?(?:選択|選び方|指定)|(?<![A-Za-z])(?:choos(?:e|ing)|select(?:ing)?|pick(?:ing)?)\s+(?:your|a|the)\s+(?:data\s+|hosting\s+)?(?:regions?|locations?)(?![A-Za-z])/iu,
  // A sales proposal or deck (`ご提案資料`, `製品紹介資料`, `Sales deck`): what the document is, not the product it sells. So is a
  // deck for investors (`Company Overview — Investor Presentation`, `会社説明資料`, `決算説明資料`): it presents the company.
  // So is a datasheet (`製品データシート`, `Product Datasheet`, `Fact sheet`): the sheet, the product named before it.
  /(?:ご)?提案(?:資料|書)|営業資料|(?:製品|サービス)(?:紹介|説明)(?:資料)?|(?<![A-Za-z])(?:sales|pitch)\s+deck(?![A-Za-z])|(?:製品|サービス)?\s*データ\s*シート|(?<![A-Za-z])(?:(?:product|service|solution)\s+)?(?:data\s*sheet|fact\s*sheet)(?![A-Za-z])/iu,
  // A page on how the product meets a law or public scheme (`電子帳簿保存法への対応`, `インボイス制度対応`, `改正個人情報保護法への対応について`):
  // the law is its subject, the product named beside it.
  /[\p{Script=Han}\p{Script=Katakana}ー・]{1,20}(?:法|法令|制度|規制|ガイドライン)(?:への|に(?:関する|係る|基づく))?\s*(?:対応|準拠)(?:状況)?(?:について)?/iu,
  // The period such a deck reports on (`2026年3月期 第2四半期`, `通期`, `上期`, `FY2025 Q2`, `1H FY2026`) dates it, and its results
  // slides (`連結業績ハイライト`, `決算概要`, `Financial highlights`, `Earnings presentation`) report on the company: no product.
  /(?:会社|事業|決算|投資家向け)説明(?:会)?資料|(?:連結)?(?:業績|決算)(?:ハイライト|概要|サマリー|の概要)|(?<![A-Za-z])(?:investor\s+(?:presentation|deck|update)|company\s+overview|corporate\s+presentation|(?:financial|results|earnings)\s+(?:highlights|presentation|results|summary))(?![A-Za-z])|(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月期|第\s*[1-4一二三四]\s*四半期|(?:通|上|下|中間)期)(?:\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月期|第\s*[1-4一二三四]\s*四半期|(?:通|上|下)期)|\s*(?:累計|連結|決算))*|(?<![A-Za-z0-9])(?:(?:FY\s*'?\d{2,4}|[1-4]Q|Q[1-4]|[12]H|H[12])(?:\s+|\s*[/-]\s*)?)+(?![A-Za-z0-9])/iu,
  // Press and news releases; a list of notices (`お知らせ一覧`, `新着情報`), which the site's products share.
  /(?:プレス|ニュース)\s*リリース|報道発表(?:資料)?|(?<![A-Za-z])(?:press|news|media) release(?![A-Za-z])|(?:お知らせ|ニュース)\s*一覧|新着情報(?:\s*一覧)?/iu,
  // A post-incident review (`Post-incident review: degraded API in …`, `Postmortem: …`): the line after its kind describes
  // the incident, not the product, so the kind takes the whole line.
  /^(?:post-?incident\s+(?:review|report)|post-?mortem|incident\s+(?:review|report)|root cause analysis)(?![A-Za-z]).*$/iu,
  // Industry questionnaires (`CAIQ`, `SIG Lite`, `HECVAT`), with the edition's year or version (`SIG Lite 2025`).
  /(?<![A-Za-z])(?:Consensus Assessments? Initiative(?: Questionnaire)?|Standardi[sz]ed Information Gathering(?: Questionnaire)?(?:\s*\(SIG\))?(?: Lite| Core)?|CAIQ(?:[- ]Lite)?|HECVAT(?: Lite| Full)?|SIG(?: Lite| Core)?)(?![A-Za-z])(?:\s+(?:v\d+(?:\.\d+)*|(?:19|20)\d\d))?/iu,
  // Service levels and change logs (`SLA`, `Release Notes`, `更新情報`), and a monthly digest of product updates with its
  // issue (`アップデート情報 2025年10月号`, `リリース情報 Vol. 12`): the issue dates the post, it names no product.
  /(?<![A-Za-z])(?:service[- ]level (?:agreement|objectives?)|SLA|SLO|release notes?|change ?log|product updates|what['’]s new)(?![A-Za-z])|リリース\s*ノート|(?:製品|サービス|機能)?(?:アップデート|リリース)(?:情報|のお知らせ)|更新情報|変更履歴|(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月号|(?<![A-Za-z])vol(?:ume|\.)?\s*\d+(?![0-9])/iu,
  // Case studies and testimonials (`導入事例`, `Customer story`): the company they name is the customer, not the product.
  /(?:導入|活用|ユーザー|お客様)事例|お客様の声|(?<![A-Za-z])(?:case stud(?:y|ies)|customer stor(?:y|ies)|success stor(?:y|ies))(?![A-Za-z])/iu,
  // Design documents shared with customers (`運用設計書`, `基本設計書`, `Operations Design`): what the document is.
  /(?:運用|基本|詳細|システム|方式|構成)?設計書|(?<![A-Za-z])(?:operations?|system|technical)\s+design(?:\s+document)?(?![A-Za-z])/iu,
  // An accessibility conformance report (`X Accessibility Conformance Report`, a VPAT®; accessibility-report.ts): what the
  // document is, the product named before it.
  accessibilityReportTitle,
  // A company's report on its environmental, social and governance record (`サステナビリティレポート2025`, `統合報告書`,
  // `CSRレポート`, `ESG Report`, `Impact Report`): it reports on the company, the product named only in its text.
  /サステナビリティ|(?:統合|環境|CSR|ESG)\s*(?:報告書|レポート|データブック)|(?<![A-Za-z])(?:sustainability|(?:CSR|ESG|impact|environmental,? social,? (?:and|&) governance)\s+(?:report|data\s*book))(?![A-Za-z])/iu,
  // A plan for leaving the service (`Exit and Termination Assistance Plan`, `Offboarding Guide`, `解約時のデータ返却・削除について`'s
  // `契約終了時の移行支援計画`): what the document is, the product named beside it.
  /(?<![A-Za-z])(?:(?:exit|termination|off-?boarding|transition|data return)(?:\s+(?:and|&)\s+(?:exit|termination|transition|off-?boarding))?\s+(?:assistance\s+)?(?:plan|policy|guide|procedures?)|exit strategy)(?![A-Za-z])|(?:解約|契約終了|退会|サービス終了)時?の?(?:データ)?(?:移行|返却|退出)?(?:支援)?(?:計画書?|ガイド|手順書?)/iu,
  // Reports (`情報セキュリティ報告書`, `Annual Report`), also to a board or management (`取締役会への情報セキュリティ報告`,
  // `Security report to the Board`): they report on the company, the product named only in their text.
  /(?:取締役会|経営会議|理事会|監査役会|経営陣|経営層)(?:へ|に)(?:の|対する)|報告(?=\s*(?:$|[（(]))|(?<![A-Za-z])(?:report|briefing)\s+to\s+the\s+(?:board|management|directors)(?![A-Za-z])|(?:年次)?(?:報告書|レポート)|(?<![A-Za-z])(?:annual |transparency |sustainability )?reports?(?![A-Za-z])/iu,
  // An auditor's attestation report: its kind (`SOC 3`, `SOC 2 Type II`, `ISAE 3402`, `SSAE 18`), the management's letter
  // bridging the time since its period (`SOC 2 Bridge Letter`, `gap letter`) and the criteria the system is
  // examined against (`… System Relevant to Security and Availability`), which are no part of the system's name.
  /(?<![A-Za-z])(?:SOC\s*[123](?:\s*(?:®|\(R\)))?(?:\s+Type\s+(?:II|I|1|2))?|ISAE\s*3402|SSAE\s*1[68])(?![A-Za-z0-9])|(?<![A-Za-z])(?:bridge|gap)\s+letter(?![A-Za-z])|(?:\s+system)?\s+relevant\s+to\s+(?:the\s+)?(?:(?:security|availability|processing integrity|confidentiality|privacy)(?:,?\s*(?:and\s+)?)?)+$/iu,
  // A certificate (`Certificate of Registration`) and the statement of which controls apply (`適用宣言書`, `Statement of
  // Applicability`): the ISMS's documents, not the product.
  // The management system the statement is of (`情報セキュリティマネジメントシステム 適用宣言書`, `ISMS Statement of
  // Applicability`) is the company's way of working, not a product either.
  new RegExp(
    String.raw`${certificateTitle.source}|適用宣言書|(?<![A-Za-z])statement of applicability(?![A-Za-z])|(?:情報\s*セキュリティ\s*)?マネジメント\s*システム|(?<![A-Za-z])(?:ISMS|information security management system)(?![A-Za-z])`,
    'iu',
  ),
  // A vendor's response to an audit's findings (`Response to Security Audit Findings`, `Corrective Action Plan`, `Remediation
  // Plan`, `指摘事項への回答`, `是正処置報告書`): what the document is, the product named beside the company.
  /(?<![A-Za-z])(?:(?:management\s+)?responses?\s+to\s+(?:the\s+)?(?:(?:security|supplier|vendor|customer|internal|external|third[- ]party)\s+)*(?:audit|assessment|review)\s+(?:findings|observations|report)|(?:audit\s+)?findings\s+(?:response|remediation)(?:\s+plan)?|corrective\s+(?:and\s+preventive\s+)?action\s+plan|CAPA|remediation\s+plan)(?![A-Za-z])|(?:監査)?指摘事項(?:へ|に対する|への)(?:の)?(?:回答|対応)(?:書)?|是正(?:処置|措置)(?:報告書|計画書)/iu,
  // A letter or summary by an independent firm attesting a test of the product (`Letter of Attestation: Penetration Test of X`,
  // `Security Assessment Summary`, `脆弱性診断 実施証明書`): what the letter is, not the product it is about.
  /(?<![A-Za-z])(?:letter of (?:attestation|assurance|confirmation)|(?:attestation|assurance|confirmation) letter|(?:(?:external|independent|third[- ]party|application|web application|network|cloud)\s+)?(?:penetration|pen|vulnerability|security)\s+(?:test(?:ing)?|assessment)(?:\s+(?:summary|results?|letter|attestation))?(?:\s+(?:of|for))?)(?![A-Za-z])|(?:脆弱性|セキュリティ)診断(?:結果)?(?:報告書|証明書|実施証明書?)?|ペネトレーション\s*テスト|侵入テスト/iu,
  // A registry's entry for the product (`クラウドサービスリスト 登録詳細`, `登録情報`, `Registry entry`, `Listing details`): the
  // register's page, the product named in its `クラウドサービス名` / `Service name` field.
  /クラウド\s*サービス\s*(?:リスト|一覧)|(?:登録|掲載)\s*(?:詳細|情報|内容)|登録簿|(?<![A-Za-z])(?:(?:registry|register) (?:entry|listing|record)|(?:listing|registration) details)(?![A-Za-z])/iu,
  // A pricing or plan page (`料金プラン`, `料金・プラン比較`, `Compare plans`, `Plans & Pricing`): what the page sets out, not the
  // product whose plans it compares.
  /ご利用料金|料金(?:\s*[・･/]?\s*(?:プラン|体系|表|一覧))+|(?:価格|プラン)\s*(?:一覧|比較(?:表)?|表)|機能比較(?:表)?|(?<![A-Za-z])(?:compare (?:our )?(?:plans|pricing|editions|tiers)|plans?\s*(?:and|&)\s*pricing|pricing(?:\s*(?:and|&)\s*plans?|\s+plans?)?|plan comparison)(?![A-Za-z])/iu,
  // An engineering post's framing (`How we run X`, `Inside X`, `X の裏側`, `X のアーキテクチャ`).
  /^(?:how|why) (?:we|I) (?:[a-z]+ )?(?:run|build|built|operate|scale|scaled|host|deploy|ship|keep|moved|migrated|rebuilt|designed)(?![A-Za-z])|^(?:inside|behind the scenes (?:of|at)|under the hood (?:of|at)|the architecture (?:of|behind))(?![A-Za-z])|(?<![A-Za-z])(?:architecture|under the hood|at scale|in production)$|を支える(?:技術|インフラ|基盤|仕組み)|の(?:裏側|舞台裏)|(?:の)?(?:システム|インフラ)?アーキテクチャ/iu,
  // A vendor's response to a customer's addendum or questionnaire (`Security Addendum Response`): what the document is, the
  // product named in its `Service:` field.
  /(?<![A-Za-z])(?:addendum|questionnaire|RFP|RFI)\s+responses?(?![A-Za-z])/iu,
  // A policy inviting researchers to report vulnerabilities (`Vulnerability Disclosure Policy`, `Bug Bounty Program`,
  // `脆弱性開示ポリシー`, `脆弱性報奨金制度`): how to report, not the product in scope.
  /(?<![A-Za-z])(?:(?:coordinated|responsible)\s+)?(?:vulnerability|security)\s+(?:disclosure|reporting)(?:\s+(?:program(?:me)?|policy))?(?![A-Za-z])|(?<![A-Za-z])(?:coordinated|responsible)\s+disclosure(?:\s+(?:program(?:me)?|policy))?(?![A-Za-z])|(?<![A-Za-z])bug\s+bount(?:y|ies)(?:\s+program(?:me)?)?(?![A-Za-z])|脆弱性(?:の)?(?:開示|報告|届出|受付)(?:ポリシー|窓口|制度|プログラム)?|脆弱性報奨金(?:制度|プログラム)?|バグ\s*バウンティ(?:\s*プログラム)?/iu,
  // A company's profile page (`会社概要`, `企業情報`, `Company profile`, `About us`), often with its security page
  // (`会社概要・セキュリティへの取り組み`): the company's page, the product named in its `提供サービス` row or body.
  /会社(?:概要|情報|案内)|企業(?:概要|情報)|(?<![A-Za-z])(?:company (?:profile|overview|information)|about us)(?![A-Za-z])/iu,
  // An architecture decision record (`ADR-017: Host X production in Google Cloud europe-west2`, decision-record.ts) is titled
  // by its decision: its number and the verb the decision opens with, and the environment it places, are no part of the
  // product's name (the cloud after `in` is dropped as any title's platform is).
  /(?<![A-Za-z])(?:ADR[- ]?\d{1,4}(?![0-9])\s*[:：.—–-]?|architecture decision record\s*[:：—–-]?)\s*(?:(?:host|run|move|migrate|deploy|keep|store|operate)\s+(?=[A-Z]))?|(?<=\S)\s+(?:production|prod)(?:\s+(?:environment|workloads?|data))?(?=\s+(?:in|on|to)\s)/iu,
  // The record of an exercise (`DR訓練実施報告書`, `災害復旧訓練 結果報告`, `Disaster Recovery Drill Report`): the kind of drill,
  // not the product it exercised, which the body names.
  /(?:DR|災害対策|災害復旧|障害|復旧|切替|切り替え|フェイルオーバー|BCP|事業継続)?\s*(?:訓練|演習)(?:の)?(?:実施)?(?:結果)?|(?<![A-Za-z])(?:(?:DR|disaster[- ]recovery|failover|BCP|business continuity)\s+(?:drill|exercise|test)|drill|exercise)(?:\s+results?)?(?![A-Za-z])/iu,
  // A quotation (`御見積書`, `お見積書`, `見積書`, `Quotation`, `Price quote`): the offer, the product named in its subject or items.
  /(?:御|お|ご)?見積(?:り)?(?:書|依頼書)?|(?<![A-Za-z])(?:quotation|(?:price|sales)\s+quote|estimate)(?![A-Za-z])/iu,
  // The minutes of a meeting (`議事録`, `打合せ記録`, `Minutes of meeting`) and the meeting a subject names (`X 導入に係る確認会議`,
  // `X 定例会`, `X review meeting`): the record and the occasion, the product named before them. Not a room or place for meetings
  // (`会議室予約`, `会議所`): part of a product's name.
  /議事録|会議録|議事(?:メモ|要旨)|打(?:ち)?合(?:わ)?せ(?:記録|メモ|議事録)?|(?:(?:導入|採用|利用|選定|契約)(?:検討)?\s*(?:に係る|に関する|に向けた|についての)\s*(?:(?:情報)?セキュリティ\s*)?)?(?:(?:確認|定例|検討|説明|審査|評価|レビュー)?(?:会議|ミーティング)(?![室所場])|定例会)|(?<![A-Za-z])(?:minutes(?: of (?:the )?meeting)?|meeting (?:minutes|notes)|(?:(?:security|vendor|design|architecture) )?review meeting)(?![A-Za-z])/iu,
];
const titleWords = new RegExp(documentKinds.map((kind) => kind.source).join('|'), 'giu');
/**
 * The cloud a title says the product runs on (`How we run X on Google Cloud`, `X on Kubernetes`): where it runs, not part
 * of its name.
 */
function withoutPlatform(name: string): string {
  const m = /\s+(?:on|in|with|at)\s+(.{2,30})$/iu.exec(name);
  const platform = m?.[1];
  if (!m || !platform) return name;
  const isPlatform = providers.some((p) => p.pattern.test(platform)) || /^(?:Kubernetes|GKE|EKS|AKS|serverless)$/iu.test(platform);
  return isPlatform ? name.slice(0, m.index) : name;
}

/**
 * Also a labelled date (`制定日：2023年4月1日`, `Last updated: 2025-06-16`, `Date completed: 19 August 2025`): a full date names no
 * product. Nor does a company profile's section label (`会社概要`, `事業内容`, `沿革`, `Company profile`) over its fields, nor a
 * listed company's market and securities code (`東証グロース：5899`, `証券コード：5899`, `NASDAQ: ABCD`) on its deck's cover.
 */
const notAName =
  /^(?:(?:東証|東京証券取引所|名証|福証|札証)\s*(?:プライム|スタンダード|グロース|マザーズ|JASDAQ|(?:市場)?第?[一二1２2]部)?(?:市場)?\s*[:：]?\s*(?:証券コード\s*[:：]?\s*)?\d{4}[A-Z0-9]?|証券コード\s*[:：]?\s*\d{4}[A-Z0-9]?|(?:TSE|NYSE|NASDAQ|LSE|ASX)\s*[:：]\s*[A-Z0-9.]{1,6}|[\d\s./年月日-]+|.*\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}.*|.*(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}).*|.*(?:logo|ロゴ|https?:|www\.).*|目次|contents|会社概要|企業概要|事業内容|事業概要|(?:会社)?沿革|(?:企業|経営)理念|代表(?:者)?挨拶|ごあいさつ|役員(?:一覧|紹介)|主要取引(?:先|銀行)|拠点一覧|組織図|company (?:overview|profile)|about us|our history)$/iu;
/**
 * A headline announcing a certificate (`ISMSクラウドセキュリティ認証（ISO/IEC 27017）取得のお知らせ`, `Acme achieves SOC 2 Type II
 * attestation`): it names the scheme, not the product, which the body names (`サービス「X」において…認証を取得`).
 */
const certificateNews =
  /(?:認証|認定|マーク|登録)[^「」『』\n]{0,30}?(?:の|を)?(?:取得|更新|拡大|登録)(?:いたしました|しました)?(?:の|に関する)?(?:お知らせ|について)|(?<![A-Za-z])(?:achieves?|obtains?|earns?|receives?|completes?)\s[^\n]{0,40}?(?:certification|attestation|SOC\s*[123])(?![A-Za-z])/iu;
/** An author's greeting naming the team they are on, after the product it builds (Japanese, or English capitalised words). */
const authorsTeam =
  /(?:こんにちは|こんばんは|はじめまして)[。、,！!]\s*([^、。\s「」]{2,30}?)\s*の\s*[^、。\s]{0,20}?(?:チーム|部|グループ)\s*の|(?<![A-Za-z])I['’]m\s+[A-Z][a-z]+(?:,\s+[^,.\n]{2,40},)?\s+(?:from|on)\s+the\s+((?:[A-Z][\w'-]*\s+){1,3})team(?![A-Za-z])/u;
/**
 * A vendor's letter to one customer confirming facts (`データ保管場所に関する確認書`, `…についての証明書`): titled by its kind
 * (document-meta.ts), the facts in its `記 … 以上` items, the product its `対象サービス` item. A certificate of erasure
 * issued to one customer after its contract ends (`データ消去証明書`, `媒体廃棄証明書`) is such a letter: it states what was done
 * for that customer, and its title names the act, not a product.
 */
export const confirmationLetter = /(?:(?:に関する|についての|の)(?:ご)?(?:確認書|証明書)|(?:消去|削除|廃棄|抹消)(?:証明書|確認書))$/u;

/** A Japanese headline closed by a verb's polite or plain past form (`…を導入しました`, `…しています`, `…してみた`). */
const headlineSentence = /(?:しました|いたしました|しています|ております|なりました|ました|てみた|てみました)[!！]?$/u;
/** A line opening with a standard's or scheme's name (`ISO/IEC 27017`, `JIS Q 27001`, `SOC 2`, `ISMAP`). */
const standardFirst = /^(?:#+\s*)?(?:ISO\s*\/\s*IEC|ISO|JIS\s*Q|SOC\s*[123]|ISMAP|CSA\s+STAR|PCI\s*DSS)(?![A-Za-z])/iu;
/**
 * A title opening with the law it answers questions on (`個人情報保護法に関するよくあるご質問`, `GDPR FAQ`, `The Data Protection
 * Act and X`): the law is no product, and the product is named in the body.
 */
const lawFirst =
  /^(?:#+\s*)?(?:[\p{Script=Han}\p{Script=Katakana}ー・]{1,20}(?<![方手文用])法(?:律)?(?=に関する|について|への|における|対応|[\s　]*(?:Q\s*&\s*A|FAQ|よくある))|(?:GDPR|UK\s+GDPR|CCPA|CPRA|HIPAA|LGPD|PIPEDA)(?![A-Za-z]))/u;
/**
 * A contract's attachment titled by its number (`Schedule 3 – Hosting and Support`, `Annex 2: Security Measures`, `別紙1
 * サービス仕様`): what follows the number is the attachment's topic, no product; the agreement defines the product in the body.
 */
const attachmentFirst =
  /^(?:#+\s*)?(?:(?:Schedule|Annex|Appendix|Exhibit|Attachment)\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})(?![A-Za-z0-9])\s*[—–:.-]|別紙\s*[0-9０-９]{0,2}[\s　]*[:：―－-])/u;
/** The name before a colon when the subtitle after it opens with a standard (`X: SOC 2 Status and Security Overview`). */
function standardSubtitle(line: string): string | undefined {
  const m = /^((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s*:\s+(.+)$/u.exec(line);
  return m && standardFirst.test(m[2]!) ? m[1] : undefined;
}
const seriesSuffix = /\s*(?:シリーズ|series|suite|スイート)$/iu;
/** Hiragana only where the name starts a line or follows punctuation (`つばめ通信株式会社`), so particles (`お客様と…`) rarely join it. */
/**
 * A legal form directly followed by more of a name (`…を製造する株式会社X`) opens that name (`株式会社X`): the words before
 * it are no company. A date run on after it (a title block folded into one line: `株式会社X2026年9月1日`) is no part of it.
 */
const jaCompany =
  /(?:株式会社|有限会社|合同会社)(?:(?!\d{4}年)[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・＆&])+|(?<=^|[\s、。「『（(：:/|])[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・＆&]+(?:株式会社|有限会社|合同会社)(?![\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・＆&])|[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・＆&]+(?:株式会社|有限会社|合同会社)/gmu;
const enCompany = new RegExp(englishCompanyName, 'gu');
/** A company's name as the owner of what follows it (`Acme, Inc.'s`). */
const possessiveCompany = new RegExp(String.raw`${enCompany.source}['’]s\s+`, 'u');
/**
 * A line naming a company (Japanese or English legal form), or where its shares are listed (`東証プライム上場`, `証券コード：1234`,
 * `TSE Prime: 1234`, `NASDAQ: ACME`): no product, no title.
 */
export const companyLine = new RegExp(
  String.raw`株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|(?<![A-Za-z])${englishLegalForm}|(?:東証|東京証券取引所|名証|福証|札証)[^。\n]{0,16}上場|証券コード|(?<![A-Za-z])(?:TSE|NYSE|NASDAQ|LSE)(?: Prime| Standard| Growth)?\s*[:：]\s*[A-Z0-9]{1,5}(?![A-Za-z0-9])|(?<![A-Za-z])listed on the`,
  'iu',
);
/** Bodies that appear in whitepapers but never publish them: accreditation and certification bodies, providers. */
const notVendor = /財団法人|協会|認定センター|JIPDEC|ISMS-AC|Amazon|Google|Oracle|日本品質保証機構/u;
const customerWords = /^(?:お客様|お客さま|利用者|ユーザー?|ユーザ|顧客|customer|user|client)/iu;

function listItems(text: string): string[] {
  return text
    .split(/\s*(?:、|，|,|\/|／|及び|および|並びに|ならびに|&|\band\b)\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * What a title puts after the product name before the document kind: `X に関する`,
 * `X について`, `X における`, `X 向け`, `X の` (セキュリティホワイトペーパー), and
 * `for X` before it. They are part of the title, not of the name.
 */
// `用` (for) only as a suffix of its own: not the end of `利用`, `使用`, `採用` or `運用`.
const titleParticles =
  /[\s\u3000]*(?:に関する|に関して|についての|について|における|に於ける|に係る|に関わる|向け|(?<![利使採運活併適共専])用|のための|での|の)[\s\u3000]*$/u;
const leadingFor = /^(?:for|about|on|at)\s+/iu;
/**
 * The generic word a title puts between the product and the document's kind (`X クラウドサービス運用方針`, `X　SaaS セキュリティ
 * 概要`): left alone after a space once the kind is gone, it says what X is, not part of its name.
 */
const trailingKindOfOffering = /(?<=\S)[\s\u3000]+(?:クラウドサービス|クラウド・サービス|SaaS)$/u;

export function withoutTitleParticles(name: string): string {
  let out = name.trim();
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(titleParticles, '').replace(leadingFor, '').replace(trailingKindOfOffering, '').trim();
  }
  return out;
}

/**
 * The label of a field naming the product: `Product name`, `Service name`, `サービス名称`, `製品名`, `クラウドサービス名`; also the
 * service a check sheet is answered for (`対象サービス`, `対象製品名`, `In-scope service`).
 */
/** Words for an offering in general, not a product's name: `クラウドサービス`, `クラウドサービス利用`, `SaaS`, `cloud services`. */
const genericOffering = /^(?:(?:クラウド|Web|ウェブ)\s*)?(?:サービス|システム)?(?:の)?(?:ご?利用)?$|^(?:cloud\s+|online\s+)?(?:services?|SaaS|software)$/iu;

const productLabel =
  /^(?:(?:cloud\s+)?(?:product|service|solution|system|application)\s+name|(?:in-scope|target|assessed)\s+(?:product|service|system)(?:\s+name)?|(?:product|service|system)\s+(?:assessed|in\s+scope|under\s+(?:assessment|review))|(?:クラウド\s*)?(?:サービス|製品|システム|ソリューション|商品)\s*名(?:称)?|(?:回答)?対象(?:クラウド\s*)?(?:サービス|製品|システム)(?:\s*名(?:称)?)?)$/iu;

/**
 * The product a message's subject names as the reader's: capitalised words between `your` and what the reader has in it
 * (`your Acme Ledger data`, `Your Acme Notes account`, `your Acme workspace`), or what a maintenance notice works on (`moving
 * the Acme Forms database to …`).
 */
const readersProduct =
  /(?<![A-Za-z])(?:your|[Tt]he)\s+((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s+(?:data|account|accounts|workspace|workspaces|subscription|instance|tenant|environment|organi[sz]ation|site|files|service|database|databases)(?![A-Za-z])/u;

/**
 * A Japanese headline announcing work on the service's systems in generic words only (`【重要】データベース移行に伴うメンテナンスの
 * お知らせ`, `定期メンテナンスのお知らせ`, `サーバー増強作業のご案内`, `データ保管先移行完了のお知らせ`): it names no product, the body does. Not one that names the
 * product before the work (`X メンテナンスのお知らせ`).
 */
const workNoticeHeadline =
  /^(?:【[^】]{1,12}】\s*)?(?:(?:定期|計画|緊急|臨時|システム|サーバー?|データベース|DB|基盤|インフラ|ネットワーク|データセンター|リージョン|データ|保管先|保管場所)(?:の)?)*(?:(?:移行|移設|移転|更新|増強|切替|切り替え)(?:作業)?(?:の)?(?:完了|開始|終了)?(?:に伴う(?:定期|計画|緊急|臨時)?(?:メンテナンス|保守作業|作業|サービス停止))?|(?:定期|計画|緊急|臨時)?(?:メンテナンス|保守作業|作業|サービス停止))(?:の)?(?:実施|完了)?(?:に関する|について(?:の)?)?(?:お知らせ|ご案内|ご連絡)$/u;

/**
 * What a company engages its sub-processors to provide: `… that X GmbH engages to provide Acme Forms`, `we use to deliver
 * Acme Forms`, `The Processor engages the following Sub-processors to provide the Acme Desk service`.
 */
const servedBySubprocessors =
  /(?<![A-Za-z])(?:engages?|engaged|uses?|rel(?:y|ies) on)\s+(?:(?:the\s+)?(?:following\s+)?(?:[Ss]ub-?processors|[Tt]hird[- ]parties|(?:[Ss]ervice\s+)?[Pp]roviders)\s+)?to\s+(?:provide|deliver|operate|run|support)\s+(?:the\s+(?=(?:[A-Z][\w&'-]*\s+){1,4}(?:service|platform|application)(?![\w&'-])))?((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)(?![\w&'-])/u;

/**
 * The subject of a question a title asks (`Where does X store my data?`, `How is X backed up?`, `Does X support SSO?`): its
 * capitalised words (one to four) between the question's verb and a lower-case word; `the service`, `my data` are no name.
 */
const articleQuestion =
  /^(?:(?:[Ww]here|[Hh]ow|[Ww]hen|[Ww]hat|[Ww]hich|[Ww]hy|[Ww]ho)\s+(?:does|do|is|are|can|will|did|has)|[Dd]oes|[Ii]s|[Cc]an|[Ww]ill|[Hh]as)\s+((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s+[a-z][^?]*\?/u;

/**
 * Where a title's parts meet (`Trust Center — X`, `X / Security Overview`, a Japanese title's horizontal bar `回答書 ― X`), also a
 * breadcrumb's crumbs (`X › Account › …`) and a Japanese page title's full-width bar (`電子帳簿保存法への対応 ｜ X`). Not the
 * slash inside a name (`ISO/IEC`, `ASP/SaaS`), between letters.
 */
const breadcrumbOrParts = /\s*(?:[|｜—–―›»]|(?<![A-Za-z])\/|\/(?![A-Za-z]))\s*|\s\/\s|\s+-\s+|\s+>\s+/u;
const breadcrumb = /\s[›»>]\s/u;
/** One of the title words (not global, so `test` keeps no state). */
const titleWord = new RegExp(titleWords.source, 'iu');

/** A Japanese notice's thanks for using the product, with the product: `いつもXをご利用いただき`, `平素は「X」をご愛顧賜り`. */
const readersThanks =
  /^(?:いつも|平素(?:は|より))[^。、「」『』]{0,12}?[「『]?([^「」『』、。\s]{2,30}?)[」』]?\s*を\s*(?:ご利用|ご愛顧|お使い|ご契約)(?:いただ|頂|賜)/u;

/** The part of a two-part byline that is no company, when the other is one (`**X** · Y Ltd.`, `**Y Ltd** — X`). */
function bylineProduct(text: string, separator: RegExp): string | undefined {
  const parts = text
    .replace(/^#+\s*/u, '')
    .split(separator)
    .map((p) => p.replace(/^(\*\*|__)(.+)\1$/u, '$2').trim());
  return parts.length === 2 && parts.filter((p) => companyLine.test(p)).length === 1 ? parts.find((p) => !companyLine.test(p)) : undefined;
}

/** A byline's part that can be a product's name: letters, short, no document kind, no provider. */
function namesProduct(part: string): boolean {
  return /\p{L}/u.test(part) && part.length <= 40 && !notAName.test(part) && !titleWord.test(part) && !providers.some((p) => p.pattern.test(part));
}

/** Product-name candidates from the title block. */
function titleCandidates(input: string, preamble: Span): string[] {
  const found: string[] = [];
  // A field of the title block naming the product (`対象サービス：X`, `Service: X`) says so outright: it comes before what a
  // title line is read to name (`クラウドサービスに関する情報開示` over `対象サービス：X` names none).
  const fields: string[] = [];
  const lines = linesOf(input, preamble);
  // A filing's cover (`【表紙】` over `【提出書類】　有価証券報告書`, `【会社名】…`) is fields: none names the product.
  const cover = lines.some((l) => coverLabel.test(l.text.trim()));
  const spacedFields = new Set(spacedFieldRows(lines.map((l) => l.text)).map((i) => lines[i]!.start));
  // A letter's letterhead (the sender's name and tagline) names the sender, not the product.
  for (const asPrinted of belowLetterhead(lines, (l) => l.text)) {
    if ((cover && coverField.test(asPrinted.text.trim())) || departmentLine.test(asPrinted.text.trim())) continue;
    // Nor does a document-control field (`文書番号：…`, `機密区分：社外秘`): how the document is filed. Nor a row of a field
    // table set out with spaces (a company profile's `設立　　　2014年4月`): a record, not a name.
    if (documentControlField.test(asPrinted.text.trim()) || spacedFields.has(asPrinted.start)) continue;
    // An e-mail is titled by its subject; its address fields and greeting name no product. A table row (a
    // questionnaire's `Question | Answer` header) is no title.
    const cells = cellsOf(asPrinted.text);
    // A cover sheet's field written as two cells (`Product⇥X`, `サービス名⇥X`), as a workbook's row reads: its value.
    const [fieldLabel, value] = cells?.length === 2 ? cells.map((c) => c.trim()) : [];
    if (fieldLabel && value && (productLabel.test(fieldLabel) || /^(?:product|service)$/iu.test(fieldLabel)) && !companyLine.test(value)) {
      if (!providers.some((p) => p.pattern.test(value))) found.push(value);
      continue;
    }
    // A notice's opening thanks its readers for using the product (`いつもXをご利用いただき、誠にありがとうございます。`): the
    // sentence is a greeting, and what it names is the product.
    const thanked = readersThanks.exec(asPrinted.text.trim())?.[1];
    if (thanked) {
      if (!providers.some((p) => p.pattern.test(thanked)) && !companyLine.test(thanked) && !notAName.test(thanked)) found.push(thanked);
      continue;
    }
    if (messageHeadLine.test(asPrinted.text.trim()) || cells) continue;
    // A field of the title block naming the product (`**Service:** X (webhook delivery API)`, `サービス名：X`): its value, the
    // label's emphasis and a closing remark no part of it.
    const field = /^(?:\*\*|__)?([^:：*_\n]{2,30})[:：](?:\*\*|__)?\s*(\S.*)$/u.exec(asPrinted.text.trim());
    // In the title block a bare `Service:` or `Product:` is such a field too (not in a table's header further down).
    if (field && (productLabel.test(field[1]!.trim()) || /^(?:affected\s+)?(?:product|service)$/iu.test(field[1]!.trim()))) {
      const value = field[2]!.replace(/(?<=\S)\s*[（(][^()（）]{1,40}[)）]$/u, '').trim();
      if (value && !companyLine.test(value) && !providers.some((p) => p.pattern.test(value))) {
        fields.push(value);
        continue;
      }
    }
    // A line of links only (`[Subscribe to updates](…) · [RSS feed](…)`) is a page's furniture: it names no product.
    if (/^(?:[\s·•|/]*\[[^\]\n]{1,60}\]\([^)\s]+\))+[\s·•|/]*$/u.test(asPrinted.text)) continue;
    // A Markdown link names its text; its address is no part of a title (a help centre's breadcrumb `[X Help Center](https://…)`).
    // A line set in bold as a whole (`**X**`, the product under a Markdown title) names its words, the emphasis no part of them.
    const printed = {
      ...asPrinted,
      text: asPrinted.text.replace(/\[([^\]\n]{1,80})\]\([^)\s]*\)/gu, '$1').replace(/^(\s*)(\*\*|__)([^*_\n]+)\2\s*$/u, '$1$3'),
    };
    // A report on a company's system (`Report on Acme, Inc.'s Acme Ledger System …`) names the company only as the system's
    // owner: the line is no company line once the possessive is dropped.
    const subject = subjectOf(printed.text);
    const line = { ...printed, text: (subject ?? printed.text).replace(possessiveCompany, '') };
    // A notice to customers names the product as theirs (`Action required: your X data is moving …`, `Your X account`).
    const yours = subject ? readersProduct.exec(subject)?.[1] : undefined;
    if (yours && !providers.some((p) => p.pattern.test(yours))) {
      found.push(yours);
      continue;
    }
    // A title that puts a name in brackets (`「X」セキュリティホワイトペーパー`, `仕様書（クラウドサービス「X」）`) names the product there.
    // Not the short label a definition gives (`株式会社X（以下「当社」）`): that is what the text calls the company or the service.
    const bracketed = /(?<!以下[、,]?\s*)[「『]([^「」『』]{2,40})[」』]/u.exec(line.text)?.[1]?.trim();
    if (bracketed && /[\p{L}]/u.test(bracketed) && !notAName.test(bracketed) && !companyLine.test(bracketed)) {
      found.push(withoutTitleParticles(bracketed));
      continue;
    }
    // A byline of the product and its maker set apart by a middle dot (`**X** · Y Ltd.`, `X ・ 株式会社Y`): the part that is no
    // company names the product.
    const dotted = bylineProduct(line.text, /\s+[·•・]\s+/u);
    if (dotted !== undefined) {
      if (namesProduct(dotted)) found.push(dotted);
      continue;
    }
    // So does one set apart by a dash (`**X Ltd** — Y`, a response's cover line naming who answers for which product), when the
    // other part is a name and no kind of document (`X Ltd — Security Whitepaper` is read as a title below).
    const dashed = bylineProduct(line.text, /\s+[—–]\s+/u);
    if (dashed !== undefined && namesProduct(dashed)) {
      found.push(dashed);
      continue;
    }
    if (notAName.test(line.text) || companyLine.test(line.text) || certificateNews.test(line.text) || postalAddress.test(line.text)) continue;
    // Nor the tail of a sentence wrapped onto its own line (`added.`): it opens in lower case and ends with the stop.
    if (/^\s*\p{Ll}[^.]*\.\s*$/u.test(line.text)) continue;
    // A title opening with the standard it answers to (`ISO/IEC 27017 に基づく情報開示`, `SOC 2 overview`) names the standard: the
    // product is on another line.
    if (standardFirst.test(line.text)) continue;
    // Unless the line names the product beside it (`電子帳簿保存法への対応 ｜ X`), read as any title below.
    if ((lawFirst.test(line.text) && !/[｜|]|\s[—–-]\s/u.test(line.text)) || attachmentFirst.test(line.text)) continue;
    // A region launch names the product before the place it now runs in, or (in Japanese) only the region.
    if (regionStartHeadline.test(line.text) || workNoticeHeadline.test(line.text.trim())) continue;
    const launched = launchedProduct(line.text);
    if (launched && !providers.some((p) => p.pattern.test(launched)) && !companyLine.test(launched)) {
      found.push(launched);
      continue;
    }
    // A help-centre article titled by the question it answers (`Where does X store my data?`, `How does X back up …?`, `Is X
    // available in …?`) names the product as the question's subject: the capitalised words after the question word and its verb.
    const asked = articleQuestion.exec(line.text.replace(/^#+\s*/u, ''))?.[1];
    if (asked && !providers.some((p) => p.pattern.test(asked)) && !companyLine.test(asked)) {
      found.push(asked);
      continue;
    }
    // A headline written as a sentence closed by a polite verb (`大阪リージョンへのDR構成を本番導入しました`, `…を試してみた`), as a
    // blog post is titled, reports what was done: the product is the subject of its text, not the headline.
    // Nor is the author's greeting under it (`こんにちは、Xの SRE チームの佐々木です。`) a title: it names the product as its team's.
    if (headlineSentence.test(line.text.replace(/^#+\s*/u, '').trim()) || authorsTeam.test(line.text)) continue;
    // A name over a subtitle in lower case (`X: where your data lives`, `X: what changes on 1 May`), as a message's subject
    // or a post's title puts it: the name is before the colon. So it is over a subtitle opening with the standard the note is
    // about (`X: SOC 2 Status and Security Overview`, `X: ISO 27001 FAQ`): the standard is no part of the name.
    const subtitledLine = line.text.replace(/^#+\s*/u, '');
    const subtitled = /^((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s*:\s+[a-z]/u.exec(subtitledLine)?.[1] ?? standardSubtitle(subtitledLine);
    if (
      subtitled &&
      !titleWords.test(subtitled) &&
      !notAName.test(subtitled) &&
      !providers.some((p) => p.pattern.test(subtitled)) &&
      !companyLine.test(subtitled)
    ) {
      found.push(subtitled);
      continue;
    }
    // A bracketed label opening a title (`【お知らせ】X の…について`) says what kind of notice it is: the name is after it,
    // unless nothing but the document kind follows (`【X】セキュリティホワイトペーパー`), when the label is the name.
    const label = /^(?:#+\s*)?【([^】]{1,40})】\s*(.*)$/u.exec(line.text);
    const title = label && label[2]!.replace(titleWords, ' ').trim() ? label[2]! : (label?.[1] ?? line.text);
    // The first non-empty part of a title such as `Trust Center — X` or `X / Security Overview`.
    const part = title
      .replace(/^#+\s*/u, '')
      // An emoji decorating a heading (`# 🛡️ Security Policy — X`, a repository's SECURITY.md) is no part of a name.
      .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ' ')
      .replace(titleWords, ' ')
      .replace(/[（(]\s*[)）]/gu, ' ')
      // A breadcrumb's crumbs (`X Help Center › Account › Data residency`) are parts as a title's are.
      .split(breadcrumbOrParts)
      // A part left with only the word that joined two removed kinds (`Vulnerability Disclosure and Bug Bounty — X`) is none,
      // nor is a question naming no product (`Where is my data stored? – X Help Center`): the article's, the site names it.
      .find((p) => p.trim() && !/^\s*(?:and|or|&|＆|および|及び|・)\s*$/iu.test(p) && !/[?？]\s*$/u.test(p));
    // What joined the name to removed title words (`X セキュリティ・コンプライアンス`, `X Security & Compliance`, `Letter of
    // Attestation: X`) goes with them.
    const stripped = (part ?? '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s・&＆、,:：]+|[\s・&＆、,:：]+$/gu, '')
      .trim();
    // A bracketed remark closing a title (`X (vendor assessment 2025)`, `X（2025年度）`) says what the document is for, not
    // what the product is called.
    const name = withoutPlatform(withoutTitleParticles(stripped.replace(/(?<=\S)\s*[（(][^()（）]{1,40}[)）]$/u, '')));
    // Nor a remark left alone once the title words are gone (`適用宣言書（抜粋）` → `（抜粋）`): it qualifies the document.
    const remarkOnly = /^[（(][^()（）]*[)）]$/u.test(name);
    // But a title of kind words only, the product in brackets after them (`セキュリティに関するご質問（X）`, a message's subject),
    // names it there when the body prints it too: a remark (`抜粋`, `第2報`, `2025年度`) is printed nowhere else.
    const closing = /[（(]([^()（）]{2,30})[)）]\s*$/u.exec(stripped)?.[1]?.trim();
    // (A numbered remark, `第2版`, `2025年度`, is left out by its digits.)
    const remarkWords = /抜粋|回答|記入|改訂|改定|最終|参考|要約|別紙|控え|写し|(?<![A-Za-z])(?:draft|excerpt|summary|copy|extract)(?![A-Za-z])/iu;
    if ((!name || remarkOnly) && closing && !remarkWords.test(closing) && !notAName.test(closing) && !companyLine.test(closing) && !/\d/u.test(closing)) {
      const elsewhere = input.split(closing).length - 1 > input.split(line.text).length - 1;
      if (elsewhere && !providers.some((p) => p.pattern.test(closing))) {
        found.push(closing);
        continue;
      }
    }
    // A breadcrumb is navigation: its first crumb names the site, a product's only when it is the product's help centre or
    // the like (`X Help Center › …` → X); a shop's (`AWS Marketplace › …`) sells the product and is not it.
    const siteCrumb = title.replace(/^#+\s*/u, '').split(breadcrumbOrParts)[0] ?? '';
    // A site crumb of kind words alone (`Trust Portal › What changed`) names no product either: the page's heading does.
    const navigation = breadcrumb.test(title) && (!titleWord.test(siteCrumb) || !siteCrumb.replace(titleWords, ' ').trim());
    // A headline announcing a change of owner (`X is now part of Y`, `Y acquires X`, `XはYグループの一員に`) tells who owns the
    // company, not what the product is called: the body names the product.
    if (ownerChange.test(name)) continue;
    // Nor does a title that says whom the page is for (`Data residency for EU-hosted accounts`, `… for enterprise customers`):
    // what is left once the title words go is a group of the product's customers in lower case, no name.
    if (audienceOnly.test(name)) continue;
    // Nor what is left of a message's subject about the reader's or the writer's company (`貴社情報セキュリティ調査票ご提出の件`
    // → `貴社 …`): a company's honorific, no product.
    const companyWord = /^(?:貴社|御社|弊社|当社)/u.test(name);
    if (name && !remarkOnly && !navigation && !companyWord && name.length <= 40 && /[\p{L}]/u.test(name) && !/^(?:white|paper|security)$/iu.test(name))
      found.push(name);
  }
  return [...fields, ...found];
}

/**
 * Words in lower case ending in a group of customers or their accounts (`EU-hosted accounts`, `enterprise customers`, `new
 * users`): whom a page is for. A product's name is capitalised (`Acme Teams`).
 */
const audienceOnly =
  /^(?:[\p{L}\p{N}-]+\s+){0,3}(?:accounts|customers|clients|users|tenants|workspaces|organi[sz]ations|admins|administrators|developers|partners|teams)$/u;

/** An acquisition's wording: `is now part of`, `has joined`, `joins`, `acquires`, `acquired by`, `の一員に`, `グループに参画`, `を買収`. */
export const ownerChange =
  /(?<![A-Za-z])(?:is now (?:part|a member) of|(?:has )?joined|joins|(?:has )?acquired|acquires|(?:was|is) acquired by)(?![A-Za-z])|の一員(?:に|と)|グループ(?:に|へ)(?:参画|加わ|入)|を(?:買収|子会社化)/iu;

/** The fullest form of a product name as the body prints it: `Xサービス（以下本サービス）`, or a frequent longer form `Acme X`. */
function fullestForm(input: string, name: string): string {
  const escaped = escapeRegExp(name);
  const defined = new RegExp(
    `([A-Za-z0-9\\p{Script=Katakana}ー]*${escaped}[^\\s（(、。「」『』]{0,12})[」』]?\\s*[（(]\\s*以下[、,]?\\s*[「『]?(?:本|当)(?:サービス|製品)`,
    'u',
  ).exec(input);
  if (defined) return defined[1]!;
  const counts = new Map<string, number>();
  // A longer English form starts with a capital or digit (`Acme X`): a lowercase word before the name (`of X`, `its X`) is prose.
  for (const m of input.matchAll(
    new RegExp(`(?<![A-Za-z0-9])(?:[A-Z0-9][A-Za-z0-9]*[ ]?|[a-z][A-Za-z0-9]*(?=[A-Z0-9]))${escaped}|[\\p{Script=Katakana}ー]+${escaped}`, 'gu'),
  ))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const own = input.split(name).length - 1;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 && best[1] * 2 >= own ? best[0] : name;
}

/**
 * A title set in capitals (`NORTHWIND PAYROLL`) names the product as the text writes it (`Northwind Payroll`): in the body,
 * or in the title block's lead under it (`Northwind Payroll Pty Ltd provides …`), where the caps may be the company's name.
 */
function asPrintedInBody(input: string, name: string): string {
  if (!/[A-Z]/.test(name) || name !== name.toUpperCase()) return name;
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+');
  return [...input.matchAll(new RegExp(escaped, 'giu'))].map((m) => m[0]).find((m) => m !== m.toUpperCase()) ?? name;
}

/** Members of a series: list lines made only of names that start with the series word (`X Gate、X Flow`). */
function seriesMembers(input: string, series: string): string[] {
  const members: string[] = [];
  for (const line of linesOf(input, { start: 0, end: input.length, text: input })) {
    if (/[。.]$/u.test(line.text) || line.text.length > 200) continue;
    const items = listItems(line.text.replace(/^[【\[「]|[】\]」]$|[:：]$/gu, ''));
    // A member name is a name, not a phrase: no particles (hiragana) and not the series itself.
    const isMember = (i: string) =>
      i.startsWith(series) && i.length <= 40 && i.length > series.length + 1 && !/\p{Script=Hiragana}/u.test(i) && !seriesSuffix.test(i);
    if (items.length === 0 || !items.every(isMember)) continue;
    for (const i of items) if (!members.includes(i)) members.push(i);
  }
  return members;
}

/**
 * A title that goes on after the product name (`X のデータ保管リージョン移行について`, a notice) is cut to the name
 * when the document prints that name in brackets (`サービス「X」`) and the title follows it with a particle.
 */
function bracketedHead(input: string, candidate: string): string {
  const heads = [...input.matchAll(/[「『]([^「」『』\n]{2,40})[」』]/gu)]
    .map((m) => m[1]!.trim())
    .filter((b) => candidate.startsWith(b) && /^[\s\u3000]*(?:の|に|を|が|は|へ|で|と|、)/u.test(candidate.slice(b.length)));
  return heads.sort((a, b) => b.length - a.length)[0] ?? candidate;
}

/**
 * A title that names the company's brand rather than a product (`Security & Privacy at Acme`, the company being `Acme
 * Software Inc.`): the product is the brand and one more capitalised word as the body prints it at least twice
 * (`Acme Notes`), or the only such name it prints, other than the company's own name.
 */
function productOfBrand(input: string, name: string): string {
  const companies = [...input.matchAll(enCompany)].map((m) => m[0]);
  // The company's name may set its legal form off with a comma (`Acme, Inc.`), as US names often do.
  const ofBrand = (c: string) => c.startsWith(`${name} `) || c.startsWith(`${name}, `);
  if (!companies.some(ofBrand)) return name;
  const escaped = escapeRegExp(name);
  const counts = new Map<string, number>();
  // Not the brand's sites and teams (`X Help Center`, `X Trust Portal`, `X Support`): where the page is, not a product.
  const siteWord = / (?:Help|Support|Trust|Security|Status|Docs|Documentation|Developers?|Community|Blog|Knowledge|Privacy|Legal|Team|Academy|Learn)$/u;
  for (const m of input.matchAll(new RegExp(`(?<![A-Za-z])${escaped} [A-Z][A-Za-z0-9]+(?![A-Za-z0-9])`, 'gu')))
    if (!companies.some((c) => c.startsWith(m[0])) && !siteWord.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  // Printed twice, or the only such name the body prints (`Acme HR is hosted on …` under `Security at Acme`).
  if (best && (best[1] >= 2 || counts.size === 1)) return best[0];
  // The title is the company's name itself (`Orbit Analytics — Security overview` by `Orbit Analytics Inc.`): the product
  // is what the company is said to provide (`Orbit Analytics Inc. provides Orbit Insights, a …`, also with its registration
  // number in brackets after the name, `… Pty Ltd (ABN …) provides …`), when the body says so.
  const company = companies.find(ofBrand);
  const offered = company
    ? new RegExp(
        String.raw`${escapeRegExp(company)}\s+(?:\([^()\n]{1,60}\)\s+)?(?:provides|offers|operates|develops|builds|makes)\s+((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,3})(?![\w'-])`,
        'u',
      ).exec(input)?.[1]
    : undefined;
  return offered && !companies.some((c) => c.startsWith(offered)) && !/^(?:The|Our|A|An|Its)$/u.test(offered) ? offered : name;
}

/**
 * A field naming the product a page is about (`導入サービス：X`, `ご利用製品：X`, `Product used: X`), as a case study prints it
 * beside its customer's name: the title there names the customer, so the field wins. Never a provider (`利用サービス：AWS`
 * says where something runs).
 */
// A case study names the product its customer uses (`導入サービス：X`, `Products used: X`); a bid or tender response the one it
// offers, in a field of its cover (`Service offered | X`, `Proposed solution: X`), whatever the document's title; a vendor
// onboarding form the one the vendor supplies (`Product / service supplied:  X`).
const productField =
  /(?:導入|利用|ご利用|採用|ご導入|提案)(?:した|中の|いただいた|いただいている)?(?:サービス|製品|ソリューション|プロダクト)\s*[:：]\s*([^\s\u3000、。,;；|｜]{2,40})|(?<![A-Za-z])(?:(?:products?|solutions?|services?)(?:\s*[/／]\s*(?:products?|solutions?|services?))?\s+(?:used|offered|proposed|supplied|provided)|(?:proposed|offered)\s+(?:products?|solutions?|services?))\s*(?:[:：]|\s\|\s|\t)\s*([^,;|\t\n]{2,40}?)(?=\s*(?:[,;|\t\n]|$))/imu;

const providedOffering =
  /(?<![A-Za-z])(?:provision|operation|delivery|supply|hosting|development) of the ((?:[A-Z][A-Za-z0-9'-]*)(?: [A-Z][A-Za-z0-9'-]*){0,3}) (?:cloud |SaaS |online |web )?(?:service|platform|application|software)(?![A-Za-z])|(?:サービス|システム|プラットフォーム|アプリケーション)\s*「([^」\n]{2,40})」\s*(?:の|に係る|に関する)\s*(?:設計|開発|運用|提供|保守|運営)/u;

/** A contract's definition of the service it covers: `the Acme Ledger service (the "Service")`, `the X platform (the “Services”)`. */
const contractService =
  /(?<![A-Za-z])the ((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*) (?:cloud |SaaS |online )?(?:service|services|platform|application|software|solution)\s*\(\s*(?:the\s+)?["“](?:Service|Services|Platform|Solution)["”]\s*\)|(?<![A-Za-z])(?:service|platform|application|solution)\s+((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s*\(\s*(?:the\s+)?["“](?:Service|Platform|Solution)["”]\s*\)/u;

/** `within the X system`, `controls relevant to … of the X System`: the system an auditor examines, its capitalised name. */
const attestedSystem = /(?<![A-Za-z])(?:within|of|for)\s+(?:the|[Ii]ts)\s+((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+[Ss]ystem(?![A-Za-z])/u;
/** The header of a table's first column that lists the vendor's products, one per row (a by-product compliance matrix). */
const productColumn = /^(?:products?|services?|product name|service name|製品(?:名|名称)?|サービス(?:名|名称)?|製品・サービス(?:名)?)$/iu;

/**
 * A page that sets several products of one vendor side by side (`| Product | ISO/IEC 27001 | … |`, `| 製品名 | ISMAP | … |`)
 * covers each of them: the first cells of such a table are the services. They share the vendor's brand (a common leading
 * part), which tells them from a table of plans, features or providers.
 */
function productColumnMembers(input: string): string[] {
  const lines = input.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const head = cellsOf(lines[k]!);
    if (!head || head.length < 2 || !productColumn.test(head[0]!)) continue;
    const names: string[] = [];
    for (let j = k + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim() || isDelimiterRow(line)) continue;
      const cells = cellsOf(line);
      if (!cells || cells.length !== head.length) break;
      names.push(cells[0]!);
    }
    const distinct = [...new Set(names)];
    if (distinct.length !== names.length) continue;
    if (shareABrand(distinct)) return distinct;
  }
  return [];
}

/** Two or more names of one vendor's products: short names sharing a brand, a common leading part, each with more after it. */
function shareABrand(distinct: readonly string[]): boolean {
  if (distinct.length < 2) return false;
  if (distinct.some((n) => n.length > 40 || n.length < 2 || /\p{Script=Hiragana}|[。.]$/u.test(n))) return false;
  let prefix = distinct[0]!;
  for (const n of distinct) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // The brand is a word of its own (`Acme CRM`, `Acme Desk`) or the leading characters of a Japanese name (`ホオズキ会計`).
  const brand = /[A-Za-z]/u.test(prefix) ? prefix.replace(/\S*$/u, '').trim() : prefix;
  return brand.length >= 2 && distinct.every((n) => n.length > brand.length + 1);
}

/**
 * A part of its own headed `# <name>` over a table: how read-spreadsheet.ts writes each sheet after a workbook's first. A
 * sheet of the answerer's notes or of the workbook's history is no product, whatever its table.
 */
const tableHeadedPart = /^# ([^\n]+)\n\n?[^\n]*\t/gmu;
const notesPart =
  /^(?:回答上の注意|注意事項|留意事項|備考|変更履歴|改訂履歴|更新履歴|改版履歴|(?:change|revision|version|document)\s+(?:log|history)|changelog|notes?|read\s*me)$/iu;

/**
 * One check sheet answered per product as one workbook, a sheet per product (`表紙`, `X会計`, `X給与`): the sheets are the
 * services when their names share the vendor's brand, or when a line lists exactly them (the cover's `対象サービス：X会計、X給与`,
 * `Services covered: X Books, X Payroll`). Each sheet's rows are then that product's (scopes.ts, `partOf`).
 */
function sheetProducts(input: string): string[] {
  const parts = [...input.matchAll(tableHeadedPart)].map((m) => m[1]!.trim()).filter((n) => !notesPart.test(n));
  if (parts.length < 2 || new Set(parts.map(nameKey)).size !== parts.length) return [];
  if (shareABrand(parts)) return parts;
  const keys = new Set(parts.map(nameKey));
  const listed = input.split('\n').some((line) => {
    const items = listItems(/[:：]\s*(.+)$/u.exec(line)?.[1] ?? '');
    return items.length === keys.size && items.every((i) => keys.has(nameKey(i)));
  });
  return listed ? parts : [];
}

/** The header of a help desk's or knowledge base's category column: `カテゴリ`, `分類`, `Category`, `Section`. */
const categoryColumn = /^(?:カテゴリー?|分類|category|categories|section|topic)$/iu;
/** A category path: `Product > Topic`, `Product / Topic`, `Product › Topic`. */
export const categoryPath = /\s[›»>/]\s/u;

/**
 * A help desk's FAQ or article export files each row under a category path whose first part is the product
 * (`X経費 > セキュリティ`, `X人事 > データ管理`): when the rows' first parts are products of one brand, each is a service, the
 * one most rows are filed under first, so that a row filed under another product is read as that product's, not the
 * main one's. A path whose first parts are topics (`セキュリティ > バックアップ`) shares no brand and names nothing.
 */
function categoryPathProducts(input: string): string[] {
  const lines = input.split('\n');
  const k = lines.findIndex((l) => (cellsOf(l) ?? []).some((c) => categoryColumn.test(c)));
  if (k < 0) return [];
  const at = cellsOf(lines[k]!)!.findIndex((c) => categoryColumn.test(c));
  const counts = new Map<string, number>();
  for (const line of lines.slice(k + 1)) {
    const cell = cellsOf(line)?.[at];
    if (!cell) continue;
    if (!categoryPath.test(cell)) return [];
    const first = cell.split(categoryPath)[0]!.trim();
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return shareABrand(ranked) ? ranked : [];
}

export function serviceNames(input: string, doc: Outline): NamedThing[] {
  const field = productField.exec(input);
  const used = (field?.[1] ?? field?.[2])?.trim();
  if (used && !providers.some((p) => p.pattern.test(used)) && !companyLine.test(used) && !notAName.test(used))
    return [{ name: used, confidence: 0.6, rule: 'names.product-field' }];
  // A certificate of registration is titled by what it is and lists its fields (`Certificate number: …`) where a title block
  // would name the product: the product is what its scope says is provided (`the provision of the X cloud service`, `the
  // operation of the X platform`), capitalised words before the kind of offering. Never a provider's own cloud.
  const offering = certifyingStatement(input) ? providedOffering.exec(input) : undefined;
  const provided = offering?.[1] ?? offering?.[2];
  if (provided && !providers.some((p) => p.pattern.test(provided)) && !companyLine.test(provided))
    return [{ name: provided, confidence: 0.5, rule: 'names.certified-scope' }];
  // A security advisory names the product in its title (security-advisory.ts), among editions and versions in its body.
  const advised = advisoryProduct(doc.preamble.text, input);
  if (advised && !providers.some((p) => p.pattern.test(advised)) && !companyLine.test(advised))
    return [{ name: advised, confidence: 0.5, rule: 'names.advisory-title' }];
  const matrix = productColumnMembers(input);
  if (matrix.length > 0) return matrix.map((name) => ({ name, confidence: 0.6, rule: 'names.product-column' }));
  const sheets = sheetProducts(input);
  if (sheets.length > 0) return sheets.map((name) => ({ name, confidence: 0.6, rule: 'names.sheet-products' }));
  const filed = categoryPathProducts(input);
  if (filed.length > 0) return filed.map((name) => ({ name, confidence: 0.5, rule: 'names.category-path' }));
  // One document for several services defines them together (`「A」および「B」（以下総称して「本サービス」）`): each is a service
  // of the document, whatever its title names.
  const together = collectivelyDefined(input);
  if (together.length >= 2) return together.map((name) => ({ name, confidence: 0.6, rule: 'names.collective-definition' }));
  // A customer's assessment of its vendor is titled by its kind (`委託先監査報告書`, `Third-Party Risk Assessment — X Ltd (X
  // Payroll)`): the product assessed is its labelled field (`対象サービス：X`) or the bracket after the vendor in the title.
  const assessed = doc.preamble.text.split('\n').find(isAssessmentTitle);
  if (assessed) {
    // The field may gloss the product after a comma (`Service assessed | X, the hosted staff scheduling service`): the name only.
    const labelled = [...new Set(labelledValues(input, productLabel).map((v) => v.replace(/,\s+(?:the|a|an|our|its)\s.*$/iu, '').trim()))];
    if (labelled.length === 1) return [{ name: labelled[0]!, confidence: 0.6, rule: 'names.labelled-product' }];
    // A certification body's audit report names it in the certified scope, as a certificate does (`サービス「X」の開発、運用`).
    const scoped = providedOffering.exec(input);
    const audited = scoped?.[1] ?? scoped?.[2];
    if (audited && !providers.some((p) => p.pattern.test(audited)) && !companyLine.test(audited))
      return [{ name: audited, confidence: 0.5, rule: 'names.certified-scope' }];
    // A request for approval names it in brackets in its subject (`件名：…「X」導入の件`).
    const requested = requestedProduct(doc.preamble.text);
    if (requested && !companyLine.test(requested)) return [{ name: requested, confidence: 0.6, rule: 'names.requested-product' }];
    const bracket = /[—–:]\s*[^()\n]+?\s[（(]([^()（）\n]{2,40})[)）]\s*$/u.exec(assessed.replace(/^#+\s*/u, '').trim())?.[1];
    if (bracket && !companyLine.test(bracket)) return [{ name: bracket, confidence: 0.6, rule: 'names.assessed-product' }];
  }
  // A letter confirming facts to one customer (`データ保管場所に関する確認書`) is titled by its kind, over its signatory and the
  // addressee: the product is its numbered item `対象サービス`, whose value is the item's first line (a contract number in
  // brackets after it is the customer's).
  if (doc.preamble.text.split('\n').some((l) => confirmationLetter.test(l.trim()))) {
    const item = doc.sections.find((s) => productLabel.test(s.heading.replace(/^[\s\d０-９.．、]+/u, '').trim()));
    const value = item
      ? input
          .slice(item.body.start, item.body.end)
          .split('\n')
          .map((l) => l.trim())
          .find(Boolean)
      : undefined;
    const name = value?.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim();
    if (name && !companyLine.test(name) && !providers.some((p) => p.pattern.test(name))) return [{ name, confidence: 0.6, rule: 'names.confirmed-product' }];
  }
  const candidates = titleCandidates(input, doc.preamble);
  // A job posting's title names the role; the product is what the role works on (job-posting.ts).
  const titleLine = doc.preamble.text.split('\n').find((l) => l.trim());
  const posted = isJobPosting(doc) && titleLine ? postedProduct(titleLine) : undefined;
  if (posted && !providers.some((p) => p.pattern.test(posted)) && !companyLine.test(posted))
    return [{ name: productOfBrand(input, fullestForm(input, asPrintedInBody(input, posted))), confidence: 0.6, rule: 'names.posted-product' }];
  for (const candidate of candidates) {
    if (seriesSuffix.test(candidate)) {
      const members = seriesMembers(input, candidate.replace(seriesSuffix, ''));
      if (members.length > 0) return members.map((name) => ({ name, confidence: 0.7, rule: 'names.series-member' }));
    }
  }
  // A title's words that only say what kind of thing is used (`クラウドサービス利用に関する確認シート` → `クラウドサービス利用`) name
  // no product: a labelled field may.
  const first = candidates.find((c) => !seriesSuffix.test(c) && !genericOffering.test(c));
  // A newsletter's title names the issue, no product: its stories name the products, each by the company's brand.
  if (first && periodicalTitle.test(first)) {
    const products = brandProductsInBody(input).filter((n) => !first.includes(n));
    if (products.length > 0) return products.map((name) => ({ name, confidence: 0.5, rule: 'names.newsletter-products' }));
  }
  // An interview's headline quotes the interviewee (`「止まらない経費精算」を支える技術選択　X社 CTO Y氏インタビュー`): a phrase
  // in brackets the body never repeats is a quotation; the product is the bracketed name the body repeats most.
  const quoted = first && titleLine && interviewTitle.test(titleLine) ? interviewProduct(input, titleLine) : undefined;
  if (quoted) return [{ name: quoted, confidence: 0.5, rule: 'names.interview-product' }];
  if (first)
    return [
      {
        name: productOfBrand(input, fullestForm(input, asPrintedInBody(input, bracketedHead(input, first)))),
        confidence: 0.6,
        rule: 'names.title-product',
      },
    ];
  // A form or sheet that names it in a field (`Product name | X`, `サービス名称：X`), when it names one.
  const labelled = [...new Set(labelledValues(input, productLabel))];
  if (labelled.length === 1) return [{ name: labelled[0]!, confidence: 0.6, rule: 'names.labelled-product' }];
  // `X（以下「本サービス」という。）`, also with X in brackets: `クラウドサービス「X」（以下…）`.
  const defined = /([^\s、。（(「」『』]{2,30})[」』]?\s*[（(]\s*以下[、,]?\s*[「『]?(?:本|当)(?:サービス|製品)/u.exec(input);
  if (defined) return [{ name: defined[1]!, confidence: 0.5, rule: 'names.defined-as-this-service' }];
  // A contract's defined term for what it is about (`for the Acme Ledger service (the "Service")`): the capitalised words before
  // the kind of offering are the product's name.
  // Also with the name after the kind (`the Supplier's hosted service Acme Ledger (the "Service")`).
  const termMatch = contractService.exec(input);
  const term = termMatch?.[1] ?? termMatch?.[2];
  if (term && !providers.some((p) => p.pattern.test(term)) && !companyLine.test(term)) return [{ name: term, confidence: 0.5, rule: 'names.defined-service' }];
  // An attestation's term for what was examined (`the controls … within the X system`, `the X System`), as SOC reports and
  // the bridge letters that refer to them name it: capitalised words before `system`.
  const examined = attestedSystem.exec(input)?.[1];
  if (examined && !providers.some((p) => p.pattern.test(examined)) && !companyLine.test(examined))
    return [{ name: examined, confidence: 0.5, rule: 'names.attested-system' }];
  // A title that names no product (`情報セキュリティ報告書 2025`, an annual report): the service the body names in brackets
  // (`クラウドサービス「X」を提供`, `our service “X”`).
  const named = /(?:サービス|製品|プロダクト)\s*[「『]([^「」『』\n]{2,40})[」』]|(?<![A-Za-z])(?:service|product)\s+[“"]([^”"\n]{2,40})[”"]/u.exec(input);
  // Also the product a notice thanks its readers for using, where its opening sits under the addressee (`お客様各位` over
  // `平素は「X」をご利用いただき`) rather than in the title block.
  const name =
    named?.[1] ??
    named?.[2] ??
    input
      .split('\n')
      .map((l) => readersThanks.exec(l.trim())?.[1])
      .find(Boolean);
  if (name && !notAName.test(name) && !companyLine.test(name)) return [{ name: name.trim(), confidence: 0.4, rule: 'names.bracketed-service' }];
  // A notice about sub-processors names the product they serve: `the sub-processors that X GmbH engages to provide Acme Forms`,
  // `the third parties we use to deliver Acme Forms`. Capitalised words, not `the Services`.
  const served = servedBySubprocessors.exec(input)?.[1];
  if (served && !/^(?:the|our)\s|^Services?$/u.test(served) && !providers.some((p) => p.pattern.test(served)) && !companyLine.test(served))
    return [{ name: served, confidence: 0.4, rule: 'names.served-by-sub-processors' }];
  // A blog post's author introduces themselves as of the product's team (`こんにちは、Xの SRE チームの佐々木です`, `I'm Sam from
  // the X team`): the team is named after what it builds.
  const team = authorsTeam.exec(input);
  const teamOf = (team?.[1] ?? team?.[2])?.trim();
  if (teamOf && !notAName.test(teamOf) && !companyLine.test(teamOf) && !providers.some((p) => p.pattern.test(teamOf)))
    return [{ name: teamOf, confidence: 0.4, rule: 'names.authors-team' }];
  // A text with no title that names a product (a chat transcript, a reply): the one name it prints of the company's brand
  // and one more capitalised word (`Quillfen Ledger is hosted on …` by `Quillfen Software Ltd.`), other than the company's.
  const byBrand = brandProductInBody(input, doc.preamble.text);
  if (byBrand) return [{ name: byBrand, confidence: 0.4, rule: 'names.brand-product-in-body' }];
  return [];
}

/**
 * A newsletter's or digest's title (`The Acme Update — November 2025`, `Acme Newsletter`, `Product News | Issue 12`): the
 * name of the mailing and its issue, not of a product.
 */
const periodicalTitle =
  /(?<![A-Za-z])(?:newsletter|update|digest|bulletin|round-?up|product news|what['’]s new)(?![A-Za-z])[^\n]{0,10}?(?:[—–|:-]\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|issue\s+\d+|(?:Q[1-4]|spring|summer|autumn|fall|winter)\s+\d{4}))?\s*$/iu;

/** Every `Brand Word` the text prints whose brand is the first word of the one English company name it prints, in order. */
function brandProductsInBody(input: string): string[] {
  const companies = [...new Set([...input.matchAll(enCompany)].map((m) => m[0].trim()))];
  const brands = [...new Set(companies.map((c) => /^[A-Z][A-Za-z0-9]{2,}(?= )/u.exec(c)?.[0]).filter((b): b is string => Boolean(b)))];
  if (brands.length !== 1) return [];
  return [
    ...new Set(
      [...input.matchAll(new RegExp(`(?<![A-Za-z])${escapeRegExp(brands[0]!)} [A-Z][A-Za-z0-9]+(?![A-Za-z0-9])`, 'gu'))]
        .map((m) => m[0])
        .filter((n) => !companies.some((c) => c.startsWith(n))),
    ),
  ];
}

/** The only `Brand Word` the text prints whose brand is the first word of the one English company name it prints. */
function brandProductInBody(input: string, head = ''): string | undefined {
  const companies = [...new Set([...input.matchAll(enCompany)].map((m) => m[0].trim()))];
  const brands = [...new Set(companies.map((c) => /^[A-Z][A-Za-z0-9]{2,}(?= )/u.exec(c)?.[0]).filter((b): b is string => Boolean(b)))];
  // With other companies named further down (sub-processors, partners), the brand is the one company's the title block prints.
  const headed = brands.filter((b) => new RegExp(`(?<![A-Za-z])${escapeRegExp(b)}(?![A-Za-z])`, 'u').test(head));
  const brand = brands.length === 1 ? brands[0] : headed.length === 1 ? headed[0] : undefined;
  if (!brand) return japaneseBrandProduct(input, head);
  const names = new Set(
    [...input.matchAll(new RegExp(`(?<![A-Za-z])${escapeRegExp(brand)} [A-Z][A-Za-z0-9]+(?![A-Za-z0-9])`, 'gu'))]
      .map((m) => m[0])
      .filter((n) => !companies.some((c) => c.startsWith(n))),
  );
  return names.size === 1 ? [...names][0] : japaneseBrandProduct(input, head);
}

/**
 * The same in Japanese script: the company the title block prints (`株式会社ヨツバネ`, `ヨツバネ株式会社`) gives its brand, and the
 * one name the body prints that runs on from the brand in katakana or kanji (`ヨツバネ契約クラウドは…`, up to the particle) is
 * the product, as a deck or report titled only by its kind names it in its text.
 */
function japaneseBrandProduct(input: string, head: string): string | undefined {
  const companies = [
    ...new Set(
      [...head.matchAll(/株式会社\s*([\p{Script=Katakana}ー]{2,12})(?![\p{Script=Katakana}ー])|([\p{Script=Katakana}ー]{2,12})株式会社/gu)].map(
        (m) => m[1] ?? m[2],
      ),
    ),
  ];
  if (companies.length !== 1) return undefined;
  const brand = companies[0]!;
  const names = new Set(
    [...input.matchAll(new RegExp(`(?<![\\p{Script=Katakana}ー])${escapeRegExp(brand)}[\\p{Script=Katakana}\\p{Script=Han}ー]{2,16}`, 'gu'))]
      .map((m) => m[0])
      .filter((n) => !/株式会社|(?:社|会社|グループ|ホールディングス)$/u.test(n)),
  );
  // A short form of the one name (`ヨツバネ契約` beside `ヨツバネ契約クラウド`) is the same product: its fullest form.
  const fullest = [...names].sort((a, b) => b.length - a.length)[0];
  return fullest && [...names].every((n) => fullest.startsWith(n)) ? fullest : undefined;
}

/** The label of the field naming the company that provides the service: `事業者名`, `クラウドサービス事業者`, `Vendor name`. */
const providerLabel = /^(?:(?:クラウド\s*サービス)?(?:提供)?事業者(?:名|名称)?|(?:vendor|(?:service|cloud service) provider)(?:\s+name)?)$/iu;

export function vendorName(input: string, doc: Outline): NamedThing | undefined {
  // A certificate of registration names the organisation it certifies in its certifying statement; the certification body
  // that issues and signs it is printed more often (letterhead, signature, address, accreditation) but publishes nothing of
  // its own about the service.
  const certified = certifyingStatement(input)?.organisation;
  if (certified && companyLine.test(certified)) return { name: certified, confidence: 0.8, rule: 'names.certified-organisation' };
  const score = new Map<string, number>();
  // The independent firm that wrote the document about the vendor (a tester's letterhead) is not the vendor.
  const firms = independentFirms(input);
  // Nor is the customer that wrote an assessment of it (`Prepared by: X plc`, `監査人：X株式会社`).
  const assessor = doc.preamble.text.split('\n').some(isAssessmentTitle) ? (assessorOf(input) ?? requesterOf(doc.preamble.text)) : undefined;
  if (assessor) firms.push(assessor);
  // Nor is a reseller whose page introduces the maker's product (reseller-page.ts).
  const reseller = resellerOf(input);
  if (reseller) firms.push(reseller);
  // A company honoured with `様`, `御中` or `殿` (`株式会社X様`, a customer in a case study, an addressee) is someone the
  // publisher speaks to or about, never the publisher itself: not where it is printed without the honorific either (the
  // customer's company profile).
  // The honorific may stand after a space, as an addressee's line prints it (`株式会社X　御中`).
  const honoured = new Set(
    [...input.matchAll(jaCompany)].flatMap((m) => {
      const n = m[0].trim();
      if (/(?:様|御中|殿)$/u.test(n)) return [n.replace(/(?:様|御中|殿)$/u, '')];
      return /^[ \t\u3000]+(?:様|御中|殿)(?![\p{Script=Han}\p{Script=Katakana}])/u.test(input.slice(m.index + m[0].length)) ? [n] : [];
    }),
  );
  // Except the company that calls itself `当社` (`株式会社X（以下「当社」といいます。）`): a form it prints for the customer to
  // sign and return (a consent form, an application) is addressed to it (`株式会社X 御中`), yet it is the publisher.
  for (const m of input.matchAll(jaCompany)) {
    const n = m[0].trim();
    if (/^\s*[（(]\s*以下[、,]?\s*[「『]?(?:当社|弊社)/u.test(input.slice(m.index + m[0].length))) honoured.delete(n.replace(/(?:様|御中|殿)$/u, ''));
  }
  // Likewise the company the form's own provider field names (`提供事業者：株式会社X`): an application form (申込書) the
  // customer returns is addressed to the provider (`株式会社X 御中`), which fills in that field about itself.
  for (const value of labelledValues(input, providerLabel)) for (const m of value.matchAll(jaCompany)) honoured.delete(m[0].trim());
  // The customer's side of a meeting's minutes (`お客様（株式会社Y）` in the attendee list) is the vendor's counterpart, though
  // the minutes are its own record and print its name most (meeting-minutes.ts).
  for (const company of customerCompanies(input)) for (const re of [jaCompany, enCompany]) for (const m of company.matchAll(re)) honoured.add(m[0].trim());
  // A firm a sheet's recipients column names (a record of processing's `Recipients`: the support desk's provider, the
  // payroll bureau) receives the data: it is not the one who keeps the record (processing-record.ts).
  const recipients = recipientCells(input);
  const add = (name: string, weight: number) => {
    if (/(?:様|御中|殿)$/u.test(name) || honoured.has(name) || isFirm(name, firms) || recipients.some((c) => c.includes(name))) return;
    if (!notVendor.test(name) && !providers.some((p) => p.pattern.test(name))) score.set(name, (score.get(name) ?? 0) + weight);
  };
  const preamble = [...new Set(doc.preamble.text.split('\n').map((l) => l.trim()))].join('\n');
  // A line repeated word for word is page furniture (`Copyright © 2025 X Inc. All Rights Reserved.` under every slide or
  // page): it names the company once, not once per page, so it cannot outweigh the name the title block and body print.
  // A copyright line names who owns the page's text: usually the publisher, but on a page a platform hosts, the
  // platform, and often in English where the body names the company in Japanese. It decides only where nothing else
  // names a company (a web page whose footer alone prints the name).
  const distinctLines = [...new Set(input.split('\n').map((l) => l.trim()))];
  const owners: string[] = [];
  for (const re of [jaCompany, enCompany]) {
    for (const line of distinctLines)
      for (const m of line.matchAll(re)) {
        if (copyrightLine.test(line)) owners.push(m[0].trim());
        else add(m[0].trim(), 1);
      }
    for (const m of preamble.matchAll(re)) add(m[0].trim(), 3);
  }
  // A form's or register's field for the company that provides the service (`事業者名 | X株式会社`, `Vendor name: X Inc.`)
  // names it as such: more than a company the page mentions in passing (another entry in a register's news box).
  for (const value of labelledValues(input, providerLabel)) for (const re of [jaCompany, enCompany]) for (const m of value.matchAll(re)) add(m[0].trim(), 2);
  if (score.size === 0) for (const owner of owners) add(owner, 1);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (best) {
    const inTitleBlock = [...preamble.matchAll(enCompany)].map((m) => m[0].trim()).filter((n) => score.has(n));
    // Else the English name of the copyright line (`© 2025 X Soft Inc.` in the footer of a page that names the company in
    // Japanese): the owner of the text, printed in the form an id can be made of.
    const ownersEn = [...new Set(owners.filter((o) => /^[A-Za-z]/u.test(o)))];
    const nameEn = /[A-Za-z]/.test(best[0]) ? undefined : englishNameOf(input, best[0], inTitleBlock.length > 0 ? inTitleBlock : ownersEn);
    return { name: best[0], ...(nameEn ? { nameEn } : {}), confidence: best[1] >= 3 ? 0.8 : 0.6, rule: 'names.company-name' };
  }
  for (const section of doc.sections) {
    const m = /^(?:[\d.]+\s*)?(.+?)(?:[（(][^)）]*[)）])?の(?:役割(?:および|及び))?責任$/u.exec(section.heading);
    if (m && !customerWords.test(m[1]!) && !/^(?:当社|弊社|事業者|提供者)$/u.test(m[1]!))
      return { name: m[1]!, confidence: 0.5, rule: 'names.responsibility-heading' };
  }
  return undefined;
}

/** A headline of an interview article. */
const interviewTitle = /インタビュー|に聞く|対談|(?<![A-Za-z])interview(?![A-Za-z])/iu;

/** The bracketed name (`「X」`) an interview's body repeats most, when the headline's own bracket is not repeated. */
function interviewProduct(input: string, titleLine: string): string | undefined {
  const count = (name: string) => input.split(name).length - 1;
  const head = /「([^「」\n]{2,30})」/u.exec(titleLine)?.[1];
  if (head && count(head) > 1) return undefined;
  const names = [...new Set([...input.matchAll(/「([^「」\n\s]{2,20})」/gu)].map((m) => m[1]!))].filter((n) => n !== head);
  const best = names.map((n) => [n, count(n)] as const).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : undefined;
}

/**
 * The English or romanised form of a Japanese company name: written in
 * brackets right after it (`株式会社クモシステムズ（Kumo Systems Inc.）`,
 * `(Kumo Systems)`), else the one English company name (`… Co., Ltd.`, `Inc.`)
 * the title block prints (a sub-processor's name further down is not it).
 */
function englishNameOf(input: string, name: string, companies: readonly string[]): string | undefined {
  const escaped = escapeRegExp(name);
  const bracketed = new RegExp(`${escaped}\\s*[（(]\\s*([A-Za-z][A-Za-z0-9&.,' -]{1,60}?)\\s*[)）]`, 'u').exec(input);
  if (bracketed) return bracketed[1]!.trim();
  const english = [...new Set(companies)];
  if (english.length !== 1) return undefined;
  // A footer that names another Japanese company just before the English owner (`運営：株式会社X出版` over `© 2025 X
  // Publishing Inc.`, a media site's footer under an interview with the vendor) prints that company's name, not the vendor's.
  const at = input.lastIndexOf(english[0]!);
  // The footer: the two lines over the owner's line, each a company after a label (`運営：`, `発行：`) or alone on its line.
  const footer = at < 0 ? [] : input.slice(0, at).split('\n').slice(-3, -1);
  const others = footer
    .flatMap((line) => [
      ...line.matchAll(
        /^(?:[^\s：:]{1,8}[：:]\s*)?((?:株式会社|有限会社|合同会社)[^\s、。，．「」（）()]{1,20}|[^\s、。，．「」（）()：:]{1,20}(?:株式会社|有限会社|合同会社))/gu,
      ),
    ])
    .map((m) => m[1]!);
  if (others.some((o) => o !== name && !name.includes(o) && !o.includes(name))) return undefined;
  return english[0];
}

/** An id from a printed name: its Latin letters and digits, lowercased and hyphenated. Empty when the name has none. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export { listItems };
