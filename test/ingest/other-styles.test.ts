/**
 * Documents in styles the seed does not use, by fictional companies: a
 * questionnaire table (質問/回答), an English plain-text disclosure, Markdown
 * tables, a ■/・ bullet specification, an HTML section excerpt, an HTML page of
 * definition lists, a bilingual (Japanese/English) notice, a formal Japanese
 * document numbered 第１章/１．/（１）/① with full-width and kanji numbers and
 * era dates, an English Security & Privacy page of bold-labelled bullets, an English Trust
 * Center page of tables and an accordion FAQ, a Q&A PDF and a Japanese whitepaper PDF with
 * mid-sentence line wraps, running headers, page footers and a table of contents, a Japanese slide deck saved as
 * text, an English Data Processing Addendum's annexes, a Japanese HTML specification of tables with merged cells
 * and footnotes, an English e-mail answering a questionnaire under the customer's quoted message, a repository's
 * SECURITY.md (emoji headings, badges, HTML comments, an example configuration) and a Japanese privacy policy with an
 * 外部送信 table of analytics and advertising tags, an English whitepaper numbered 1 / 1.1 / 2.3.1 with hedged and
 * customer-configurable values, and a Japanese checklist answered ○ / × / △ / － (tab-separated, as copied from a
 * spreadsheet), a Japanese press release announcing a certificate (報道関係者各位, headline, 今後の展開, a quoted
 * comment, 【会社概要】), a CAIQ-style questionnaire exported to Markdown (Question ID | Question | Answer | Notes),
 * an English product change log (dated `## 2025-06-17 — v5.3` entries over Added / Changed / Removed /
 * Deprecated lists), a Japanese サービスレベル合意書 (稼働率, 返金 tiers, 障害通知, 受付時間 and 適用除外 tables), a Japanese
 * 利用規約 of 第N条（…） articles with 項 and 号 and a 附則, an English sub-processor list page (a sub-processor table, an
 * affiliates table, a change-notification section and a hosting paragraph), an English engineering blog post (`How we run X
 * on …`: an architecture diagram, inline code, a fenced job definition, a staging environment, a load test, a benchmark,
 * `What's next`, the author's bio and readers' comments) and a Japanese 情報セキュリティ報告書 of a listed company
 * (トップメッセージ, 推進体制, a 主要指標 table, 第三者認証 with a group company's mark, クラウドサービスの運用, 今後の取り組み), a Japanese
 * ASP・SaaS 情報開示 sheet (No. | 分類 | 開示項目 | 開示内容, with the company's profile and finances) and an English SOC 3 report
 * (auditor's report, management's assertion, system description, carved-out subservice organisation, CUECs), an English
 * ISO/IEC 27001 certificate of registration (certifying statement, labelled fields, multi-site appendix, the body's
 * accreditation) and a Japanese 適用宣言書 (Statement of Applicability: 管理策 | 適用/除外 | 実施状況・除外理由), an English RFP / tender response and a Japanese
 * よくあるご質問 page (accordion answers, a sidebar of other products), an English customer e-mail announcing a region move and
 * a Japanese 重要事項説明書 for a SaaS contract, a Japanese 事業継続計画（BCP）の概要 (RTO/RPO targets, a disaster scenario, DR
 * drills, staff safety checks), an English Shared Responsibility Model page (a Customer / Vendor / Cloud provider matrix)
 * a Japanese 認証登録証 (a letter-spaced title, labelled fields, a statement closing 証明します), an English overview
 * hard-wrapped at 70 columns, a Japanese whitepaper wrapped every 35 full-width characters with page furniture, an English
 * penetration-test letter of attestation by an independent firm, a Japanese cloud-service register's entry, an English
 * notice of changes to the sub-processors, a Japanese 再委託先一覧 with its 変更履歴, a Japanese
 * 外国にある第三者への個人データの提供について notice, an English privacy notice's International data transfers section, an
 * English help-center article on choosing a data region, a Japanese HTML help page データ保存リージョンの選択, an English
 * `Compare plans` page, a Japanese 料金プラン page (a plan per column: one plan's value for review only), an English SIG
 * Lite questionnaire exported to CSV, a Japanese セキュリティチェックシート saved as Shift_JIS CSV, a Japanese 情報セキュリティ基本方針 with
 * its 個人情報保護方針, an English Exhibit C (Information Security Requirements) of a Master Services Agreement, a Japanese
 * サービス仕様書 attached to a contract (別紙, 別表, 目標 | 保証) and an English architecture and data flow overview in Markdown, a
 * Japanese HTML お知らせ一覧 of dated notices, an English post-incident review, an English SOC 2 bridge letter from
 * management, a Japanese news item announcing a certificate (認証概要 as a <dl>), a Japanese データセンター設備概要 and an
 * English colocation hosting FAQ, an English trust page comparing a vendor's products and a Japanese 製品別 対応状況一覧
 * (a product per row: each product's facts its own), an English third-party risk assessment written by a customer about its
 * vendor, a Japanese 委託先監査報告書 (facts at second hand; findings and the customer's own requirements no facts), an
 * English cookie policy, a Japanese 個人情報の取扱いに関する同意書, an English post announcing a new region and a Japanese
 * 提供開始のお知らせ with a later 追記 (a start after the document's date a plan until an entry says it began), a Japanese
 * 有価証券報告書's 事業等のリスク (cover fields, a subsidiary's and a planned system no facts) and a Japanese 障害報告書 (a provider
 * said not to be used, a share of requests no availability), a Japanese 非機能要求グレード answer sheet (the customer's 要求レベル
 * no value) and an English knowledge-base article with YAML front matter (an example customer setup no fact), a Japanese
 * サービスレベル合意書 of 第N条（…） articles with 別表 of 保証値 and credits, and an English maintenance notice of a database move
 * between regions (a window in UTC and JST, the customer's steps, a FAQ), an English Security Addendum (a quoted definition
 * no fact) and a Japanese トラストセンター FAQ (a certificate 申請中 or denied not held), an English overview exported by
 * `pdftotext -layout` (space-aligned tables, form feeds, a running header and a footer) and a Japanese 会社概要・セキュリティ page
 * (a <th>/<td> profile table with the service's rows among the company's), a Japanese 運用設計書 excerpt (document-control
 * fields, 表/図 captions, a staging environment's row, a （将来対応） row) and an English monthly service report (measured
 * uptimes a record, the committed 99.9 % the value), a Japanese 技術提案書 answering a tender (評価項目 with the buyer's
 * 【要求事項】 over the bidder's 【提案内容】) and an English vendor onboarding form filled in as text (check boxes, radio
 * buttons, N/A fields), a Japanese help desk FAQ exported to CSV (公開状態 drafts not read, a row per category's product) and
 * an English investor deck (growth figures no metrics), an English DPA's annexes laid out as the EU Standard Contractual
 * Clauses (the exporter's address no location, `Location of processing` the hosting) and a Japanese アップデート情報 post (beta
 * and planned features no facts, a 変更前 column history), a formal Japanese customer letter (拝啓…敬具, 記…以上, 変更前/変更後
 * pairs) and a wiki page exported to HTML (comments, page tree, a section marked as a draft plan), a Japanese サービス利用申込書
 * with ■/□ marks (a 記入例, the customer's parts) and an English trust page of badge cards (In progress, Not applicable), a
 * Japanese サステナビリティレポート (ESG figures, a provider's renewable-energy claim, 2030 targets) and an English app store
 * listing with its privacy label (rating and size lines, a `Data Not Collected` list, the Information block), an English
 * whitepaper in reStructuredText and a Japanese one in AsciiDoc (read as Markdown; code and listing blocks not read), a
 * Japanese landing page with plan tab panels (one plan's values, a region the customer may choose) and a GRC tool's CSV
 * export (the assessor's rating, comment and evidence columns never the vendor's answer), a Japanese corporate page of about
 * 2008 laid out with nested tables (<font>, <br> lines, a navigation column, a <marquee>) and an English vulnerability
 * disclosure policy (out-of-scope assets' hosts and researchers' targets no facts), a Japanese 議事録 of a vendor
 * security review (only the vendor side's turns read; decisions, tasks and the next meeting no facts) and an English
 * architecture decision record (the decision read, never the context or a rejected option), an English support chat
 * export (only the vendor's agent read; a correction replaces the value) and a Japanese 調達仕様書 (a buyer's requirements:
 * nothing proposed), a Japanese reseller's page (the maker's facts at second hand, the reseller's own certificates not the
 * maker's) and a Japanese 稟議書 (a customer's approval request: comparisons, costs and its own measures no facts), an English
 * SOC 2 Type II report's section 4 (the auditor's tests, samples and exception rows no values; carved-out and CUEC parts not
 * the vendor's) and an English HTML newsletter (each story's facts its own product's; a partner's hosting none), an English
 * ISO/IEC 27017 control mapping (Customer and Cloud provider rows not the vendor's) and a Japanese 業務委託契約書 (乙's
 * obligations the vendor's commitments, 甲's not), an English job posting (the stack the vendor's words at lower confidence,
 * the candidate's requirements and the benefits no facts) and a review site's product page (the vendor-supplied profile at
 * second hand, user reviews and alternatives none), a Japanese DR訓練実施報告書 (measured results a record, the DR region used)
 * and a Japanese 御見積書 (an optional item's value not the standard one; the hosting in an item's name), a certification
 * body's Japanese 審査報告書 (facts at second hand; findings, advice and the next audit none) and English developer docs on
 * data residency (the regional endpoints' regions; code samples, upcoming regions and rate limits none), a Japanese | English
 * parallel table (each fact once, a mistranslated value flagged) and an English CVE security advisory (the customer's steps
 * none, dated by publication), an English forwarded e-mail chain (the forwarder's note none, the vendor's forwarded reply
 * read) and a Markdown redline of changed terms (struck text none, values taking effect later for review), a Japanese
 * 障害のお知らせ accumulating its 第1報…第3報 (the latest 報 supersedes) and an English FAQ after an acquisition (the
 * acquirer's platform and certificates not the product's), a Japanese software licence agreement (disclaimers and the
 * licensee's duties none) and an English conference talk transcript (slide markers as headings, the audience's turns none),
 * a Japanese media interview with a CTO (the interviewer's questions and a former employer none) and an English webinar
 * Q&A (attendees and a partner cloud's architect none), a Japanese 取締役会への情報セキュリティ報告 (plans, budget and approvals
 * none; KPI targets no commitment) and an English Exit and Termination Assistance Plan (a sub-processor's own retention none),
 * a SOC 2 report's system description (what it does not cover, CUECs and subservice organisations none) and a GDPR record of
 * processing activities exported as CSV (the vendor's own controller rows none), a Japanese データ保管場所に関する確認書 (the
 * signatory no title, the 対象サービス item the product) and a trust portal's `What changed` log (a retired region left, an
 * `Upcoming` entry no fact), a help desk's canned replies exported as CSV (staff-only notes and retired macros none) and a
 * Japanese 落札者決定の公告 (a buyer's award notice: no facts of the service), a Japanese company page 「X」における情報
 * セキュリティへの取り組み (the data location's evidence from its own section, not a DR copy), an English install guide of
 * a product with a managed and a self-hosted edition (the customer's own cloud account, backups and NTP none) and a Japanese
 * お知らせメール of a planned data-centre move (what stays the same stated, the target INFERRED, the footer none), a
 * Japanese FISC安全対策基準 対応状況一覧 (×, －, △ and 検討中 rows none, the customer's 責任範囲 none) and a Japanese 入札
 * 質問回答書 (the buyer's answers to bidders: no facts), an English whitepaper titled by its company in capitals (the
 * product its lead says the company provides), a Japanese 導入事例 with unquoted interview paragraphs (the customer's own
 * systems none), a Japanese ISO/IEC 27017 disclosure as one `管理策 | 当社の実施内容` table (each row under the control its
 * title names), an English DPA Annex II of technical and organisational measures (the hosting provider's facilities,
 * hedged measures and the controller's duties none) and a Japanese サービス紹介資料 exported from slides (the roadmap, case
 * study, superlatives and a measured 稼働率 no commitment), a Japanese specification for two services set side by side as
 * the columns of its tables and an English product comparison sheet of the same layout (each column its service's), a
 * Japanese SaaS vendor's 適用宣言書 (tab-separated ○/× rows: excluded, status-only and planned 実施状況 none) and an English
 * response to an audit's findings (observations and open corrective actions none, closed ones the practice), an English
 * Accessibility Conformance Report (VPAT: criteria rows none) and an English environmental statement (regions compared by
 * carbon intensity, planned moves and emissions none), a Japanese datasheet of a SaaS for local governments with an
 * LGWAN-ASP edition (LGWAN no provider, each edition's site its own) and a Japanese 電子帳簿保存法 page (JIIMA no certificate,
 * a trusted timestamp no time source), an English HIPAA Business Associate Agreement (the law's outer limit and a
 * subcontractor's report to the vendor no notice value) and a Japanese データ消去証明書 to one customer (its dates no
 * deletion period), an English G-Cloud service definition (`Label: value` fields: the scheme's own fields its record,
 * Cyber Essentials and staff clearances none) and a Japanese 決算説明資料 (the fiscal period and the listing line no product;
 * financial KPIs, plans and the disclaimer none), an English mobile app whitepaper on Firebase (a multi-region on a
 * continent in no country, the provider's certificates none) and an English Azure overview with geo-redundant storage (the
 * paired region unnamed), a Japanese 3省2ガイドライン 対応状況一覧 (a status column grading each row; 対象外 and the 医療機関's
 * duties none), an English note on a SOC 2 Type I report held and a Type II under way (the type its edition, the Type II
 * none) and a Japanese 保守・サポートサービス仕様書 (first-response targets no incident notice, work not covered none), a
 * Japanese whitepaper as PDF text with running headers and footers (a sentence read whole across the page break) and an
 * English residency table by data type (the vendor's own logs abroad a data location, sub-processors' storage none), a
 * Japanese 個人情報保護法 FAQ on the クラウド例外 (countries where no data is kept none) and an English MSA hosting schedule
 * (service credit bands no availability, a possible relocation no region). Each
 * test says what must be proposed and what must not (a certificate in
 * preparation or planned, an undisclosed data centre, a provider that holds
 * its own certificate, Amazon the shop, a value the text does not state).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../../src/seed/seed-schema.js';
import { readDocument, readDocumentBytes } from '../../src/ingest/read-document.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { csvToText } from '../../src/ingest/read-spreadsheet.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { minimalPdf } from './support/minimal-pdf.js';
import { japanesePdf, wrapJapanese, type PageLines } from './support/japanese-pdf.js';
import {
  certificatesOf,
  controlsOf,
  ingestFixture,
  metricsOf,
  regionsOf,
  asLoadedWithReference,
  quotesOf,
  expectValidDraft,
} from './support/ingest-fixture.js';

const fixtures = [
  'qa-checklist.txt',
  'english-disclosure.txt',
  'markdown-table.md',
  'bullet-points.txt',
  'section-excerpt.html',
  'trust-center.md',
  'checklist-answers.html',
  'definition-list.html',
  'bilingual-notice.txt',
  'formal-numbering.txt',
  'security-privacy.md',
  'trust-center-tables.html',
  'slide-deck.txt',
  'dpa-annex.txt',
  'merged-cells.html',
  'questionnaire-email.txt',
  'security-policy.md',
  'privacy-policy.txt',
  'numbered-whitepaper.txt',
  'mark-checklist.txt',
  'plain-headings.txt',
  'title-over-date.txt',
  'fact-sheet.md',
  'fullwidth-legacy.txt',
  'yes-no-faq.html',
  'data-residency.md',
  'incident-report.txt',
  'press-release.txt',
  'caiq-export.md',
  'release-notes.md',
  'service-level-agreement.txt',
  'terms-of-service.txt',
  'sub-processor-list.html',
  'engineering-blog.md',
  'security-report.txt',
  'aspic-disclosure.txt',
  'soc3-report.txt',
  'marketplace-listing.html',
  'case-study.html',
  'published-matters.txt',
  'transfer-assessment.md',
  'status-page.html',
  'reply-email.txt',
  'admin-guide.md',
  'iso-certificate.txt',
  'statement-of-applicability.md',
  'rfp-response.md',
  'faq-page.html',
  'migration-notice.txt',
  'important-matters.txt',
  'iso-certificate-ja.txt',
  'bcp-summary.txt',
  'shared-responsibility.html',
  'hard-wrapped.txt',
  'hard-wrapped-ja.txt',
  'pentest-letter.txt',
  'cloud-registry-entry.html',
  'subprocessor-change.txt',
  'subprocessor-history.md',
  'foreign-transfer-notice.txt',
  'international-transfers.md',
  'data-region-choice.md',
  'region-selection.html',
  'plan-comparison.html',
  'pricing-page.md',
  'sig-lite-export.csv',
  'check-sheet-sjis.csv',
  'security-basic-policy.txt',
  'security-exhibit.md',
  'service-specification.txt',
  'data-flow-overview.md',
  'news-list.html',
  'postmortem.md',
  'soc2-bridge-letter.txt',
  'certification-news-ja.html',
  'datacenter-facility-ja.txt',
  'colocation-faq.md',
  'product-matrix.html',
  'product-compliance-ja.md',
  'vendor-assessment.md',
  'itaku-audit-report.txt',
  'cookie-policy.html',
  'consent-form-ja.txt',
  'region-launch.md',
  'region-start-ja.txt',
  'securities-report-risks-ja.txt',
  'incident-report-ja.txt',
  'hikino-grade-answer.md',
  'kb-article-architecture.md',
  'sla-ja.txt',
  'maintenance-notice-en.txt',
  'security-addendum-en.txt',
  'trust-faq-ja.md',
  'layout-text-export.txt',
  'vendor-profile-ja.html',
  'operations-design-ja.txt',
  'monthly-uptime-report.md',
  'technical-proposal-ja.txt',
  'onboarding-form-checkboxes.txt',
  'helpdesk-faq-export.csv',
  'investor-deck-en.txt',
  'dpa-transfer-annex.md',
  'release-announcement-ja.md',
  'customer-letter-ja.txt',
  'wiki-export.html',
  'application-form-ja.txt',
  'trust-badges.html',
  'sustainability-report-ja.txt',
  'app-privacy-label.txt',
  'whitepaper-rst.txt',
  'whitepaper-asciidoc.txt',
  'service-lp-tabs-ja.html',
  'grc-export.csv',
  'legacy-layout-ja.html',
  'vulnerability-disclosure-policy.md',
  'review-minutes-ja.txt',
  'adr-hosting.md',
  'support-chat-export.txt',
  'procurement-spec-ja.txt',
  'reseller-page-ja.html',
  'ringi-sho-ja.txt',
  'soc2-section4-excerpt.txt',
  'vendor-newsletter.html',
  'iso27017-control-mapping.md',
  'gyomu-itaku-keiyaku-ja.txt',
  'job-posting-sre.md',
  'review-site-profile.html',
  'dr-drill-report-ja.txt',
  'price-quote-ja.txt',
  'isms-audit-report-ja.txt',
  'api-docs-data-residency.md',
  'bilingual-columns.html',
  'security-advisory-cve.md',
  'forwarded-email-chain.txt',
  'terms-update-redline.md',
  'outage-notice-series-ja.txt',
  'acquisition-faq.md',
  'eula-license-ja.txt',
  'conference-talk-transcript.md',
  'cto-interview-ja.txt',
  'webinar-qa-transcript.md',
  'board-security-report-ja.txt',
  'cloud-exit-plan.md',
  'soc2-section3-system-description.md',
  'ropa-export.csv',
  'data-residency-attestation-ja.txt',
  'trust-portal-changelog.md',
  'helpdesk-macros.csv',
  'rakusatsu-kokoku-ja.txt',
  'security-efforts-page-ja.txt',
  'self-hosted-install-guide.md',
  'customer-mail-dc-migration-ja.txt',
  'fisc-compliance-sheet-ja.md',
  'tender-qa-answers-ja.txt',
  'security-whitepaper-caps-title.txt',
  'customer-case-study-ja.txt',
  'iso27017-disclosure-table-ja.txt',
  'toms-annex-gdpr.md',
  'sales-deck-ja.txt',
  'two-services-spec-ja.md',
  'product-comparison-sheet.md',
  'tekiyou-sengensho-ja.txt',
  'audit-findings-response.md',
  'vpat-accessibility-report.md',
  'sustainability-statement-en.md',
  'lgwan-asp-datasheet-ja.txt',
  'denchoho-jiima-ja.txt',
  'hipaa-baa.md',
  'data-erasure-certificate-ja.txt',
  'gcloud-service-definition.md',
  'kessan-setsumei-ja.txt',
  'mobile-app-firebase-whitepaper.md',
  'azure-grs-architecture.md',
  'medical-guideline-checklist-ja.md',
  'soc2-type1-readiness.md',
  'support-spec-ja.txt',
  'paged-whitepaper-ja.txt',
  'residency-matrix-by-data-type.md',
  'kojinjoho-cloud-exception-ja.md',
  'hosting-schedule-msa.md',
];

/** Facts that would come from the sentences every fixture plants as traps. */
function expectNoTrapFacts(draft: SeedFile): void {
  const quotes = [...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
  expect(quotes.filter((q) => /非公開|not disclosed|購入|ordered from|買える/u.test(q))).toEqual([]);
  const certificateQuotes = draft.certifiedBy.map((c) => c.evidence.quote);
  expect(certificateQuotes.filter((q) => /予定|準備|preparing|plan to|検討|目指/u.test(q))).toEqual([]);
  expect(certificateQuotes.filter((q) => /(?:^|\t)(?:Google Cloud|Amazon Web Services|AWS|OCI|Azure)\s/u.test(q))).toEqual([]);
}

describe('documents in other styles', () => {
  it.each(fixtures)('%s: a valid draft, every quote verbatim, every metric inside its quote, nothing from the traps', async (name) => {
    const { text, draft } = await ingestFixture(name);
    expect(quoteProblems(draft, text)).toEqual([]);
    for (const d of draft.disclosures) for (const m of d.metrics) expect(d.evidence.quote).toContain(m.raw);
    expectNoTrapFacts(draft);
    expect(() => validateSeed(asLoadedWithReference(name, text, draft))).not.toThrow();
  });

  it('a questionnaire table: one section per question, the answers read, the planned certificate and the provider’s own left out', async () => {
    const { draft } = await ingestFixture('qa-checklist.txt');
    expect(draft.sections).toHaveLength(12);
    expect(draft.sections[0]!.heading).toBe('データを保管するデータセンターの所在国はどこですか。');
    expect(draft.services.map((s) => s.name)).toEqual(['Mizuho Timecard']);
    expect(draft.vendors[0]).toMatchObject({ id: 'mizuho-works-co-ltd', name: '株式会社ミズホワークス', nameEn: 'Mizuho Works Co., Ltd.' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-01');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 612345']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days', 'dataDeletionDays=60 days']);
    // "速やかに報告" states the practice but no value: the control without a metric.
    const incident = draft.disclosures.find((d) => d.control === 'iso27017:16.1.2')!;
    expect(incident.metrics).toEqual([]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:12.3.1', 'iso27017:12.4.4', 'iso27017:CLD.8.1.5']));
  });

  it('an English plain-text disclosure: capitals title, English date, a snapshot copy in a secondary region', async () => {
    const { draft } = await ingestFixture('english-disclosure.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['Northwind Payroll']);
    expect(draft.vendors[0]).toMatchObject({ id: 'northwind-labs-ltd', name: 'Northwind Labs Ltd.' });
    expect(draft.documents[0]).toMatchObject({ version: 'Revision 2.1', publishedOn: '2025-02-14' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(draft.certifiedBy).toMatchObject([{ certification: 'iso27001', registrationNumber: 'IS 701234', issuer: 'BSI' }]);
    expect(metricsOf(draft)).toEqual(['backupInterval=12 hours', 'backupRetentionDays=35 days', 'dataDeletionDays=30 days']);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:16.1.2')?.metrics).toEqual([]);
  });

  it('Markdown tables: values from label/value rows, sub-processors from a table, only the certificate held', async () => {
    const { draft } = await ingestFixture('markdown-table.md');
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Hinata Booking']);
    expect(draft.vendors[0]).toMatchObject({ id: 'markdown-table-vendor', reviewNote: expect.stringMatching(/no Latin letters/) });
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['mailjet: メール配信', 'datadog: 稼働監視']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 654321']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.5 percent',
      'backupGenerations=5 generations',
      'backupInterval=1 days',
      'dataDeletionDays=1 months',
      'incidentNotificationHours=2 hours',
      'logRetentionDays=18 months',
      'maintenanceNoticeDays=14 days',
    ]);
    // Wordings no seed document uses for environment separation, code review and operator logs.
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:12.1.4', 'iso27017:14.2.2', 'iso27017:12.4.3']));
  });

  it('a ■/・ bullet specification: headings followed directly by their list, the provider’s registration not the vendor’s', async () => {
    const { draft } = await ingestFixture('bullet-points.txt');
    expect(draft.sections.map((s) => s.heading)).toEqual(['■ 稼働環境', '■ データの取扱い', '■ 障害時の対応', '■ 時刻', '■ 認証・外部評価', '■ その他']);
    expect(draft.services.map((s) => s.name)).toEqual(['Sakura Survey']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-06-01');
    expect(regionsOf(draft)).toEqual(['oci:ap-osaka-1']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(certificatesOf(draft)).toEqual(['privacymark 21000777(01)']);
    expect(metricsOf(draft)).toEqual(['backupGenerations=4 generations', 'backupInterval=3 days', 'dataDeletionDays=90 days', 'logRetentionDays=6 months']);
    // "期限は定めていません": an incident practice without a value.
    expect(draft.disclosures.filter((d) => d.control === 'iso27017:16.1.2').flatMap((d) => d.metrics)).toEqual([]);
  });

  it('an HTML section excerpt without page, vendor or service: placeholders, regions in the provider’s own naming', async () => {
    const { draft } = await ingestFixture('section-excerpt.html');
    expect(draft.vendors[0]).toMatchObject({ id: 'section-excerpt-vendor', reviewNote: expect.stringMatching(/placeholder/) });
    expect(draft.services[0]).toMatchObject({ id: 'section-excerpt', reviewNote: expect.stringMatching(/placeholder/) });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(metricsOf(draft)).toEqual(['backupInterval=15 minutes']);
    expect(draft.certifiedBy).toEqual([]);
  });
});

describe('an HTML checklist answer sheet', () => {
  it('names the product from a title that ends in クラウドサービス … チェックシート回答, and quotes no header row', async () => {
    const { draft } = await ingestFixture('checklist-answers.html');
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['kagerou-sign', 'Kagerou Sign']]);
    expect(draft.vendors[0]).toMatchObject({ name: 'カゲロウ電子契約株式会社', nameEn: 'Kagerou E-Contract Co., Ltd.' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(certificatesOf(draft)).toEqual(['ismap C26-0099-1', 'soc2 -']);
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
    ]);
    // `No.\t確認項目\t回答` heads every table: it is no evidence of anything.
    expect(draft.disclosures.map((d) => d.evidence.quote).filter((q) => !/。/u.test(q))).toEqual([]);
    expect(draft.sections?.map((s) => s.heading) ?? []).not.toContain('Kagerou Sign クラウドサービス セキュリティチェックシート回答');
  });
});

describe('an English trust-center page', () => {
  it('names the product after the page kind, reads two regions from one sentence and numbers after "no."', async () => {
    const { draft } = await ingestFixture('trust-center.md');
    expect(draft.services.map((s) => s.name)).toEqual(['Lumen Forms']);
    expect(draft.vendors[0]).toMatchObject({ id: 'lumen-apps-k-k', name: 'Lumen Apps K.K.' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-01-09');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not the SOC 2 audit "in progress", not the provider's ISMAP registration.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 745612', 'iso27017 CLOUD 745613']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:CLD.8.1.5', 'iso27017:10.1.1', 'iso27017:16.1.2', 'iso27017:17.2.1']));
  });
});

describe('an HTML compliance page written as definition lists', () => {
  it('reads each <dt> as the heading of its <dd>: a bare value under its label, the values of nested lists, no label as a quote', async () => {
    const { draft } = await ingestFixture('definition-list.html');
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['harunire-expense', 'Harunire Expense']]);
    expect(draft.vendors[0]).toMatchObject({ id: 'harunire-data-inc', nameEn: 'Harunire Data Inc.' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-07-15');
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['稼働基盤', 'データの保管国', 'インシデント発生時の通知', '時刻同期']));
    // `<dt>稼働基盤</dt><dd>Azure 東日本リージョン（Japan East）</dd>`: no verb, the label says what it is.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.usesInfra.find((u) => u.region === 'azure:japaneast')!.evidence).toEqual({
      section: '稼働基盤',
      quote: 'Azure 東日本リージョン（Japan East）',
    });
    // Not the United States: "海外のリージョンは利用していません", and the competitor's us-east-1 in the FAQ.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    // Not ISMAP (planned, and the provider's own), not ISO/IEC 27018 (followed only).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 802345', 'iso27017 CLOUD 802346']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=13 months',
      'maintenanceNoticeDays=7 days',
      'passwordMinLength=12 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.1.2', 'iso27017:12.4.4', 'iso27017:16.1.2', 'iso27017:17.2.1']));
    // A term is a heading, never the evidence; a section that only plans a certificate shows no independent review.
    expect(draft.disclosures.map((d) => d.evidence.quote)).not.toEqual(expect.arrayContaining(['取得済みの認証', '多要素認証']));
    expect(draft.disclosures.filter((d) => d.evidence.section === '取得予定の認証')).toEqual([]);
  });
});

describe('a bilingual notice of a region move and a new certificate', () => {
  it('names the product after the 【お知らせ】 label, reads the lead, leaves the region it moves from and a competitor’s', async () => {
    const { draft } = await ingestFixture('bilingual-notice.txt');
    const title = '【お知らせ】Kestrel Notes のデータ保管リージョン移行および ISO/IEC 27017 認証取得について';
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['kestrel-notes', 'Kestrel Notes']]);
    expect(draft.vendors[0]).toMatchObject({ id: 'kestrel-software-co-ltd', nameEn: 'Kestrel Software Co., Ltd.' });
    expect(draft.documents[0]).toMatchObject({ title, publishedOn: '2025-10-01' });
    // The lead paragraph under the title: Tokyo, not Singapore (`シンガポールリージョン（asia-southeast1）から…へ移行`).
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.usesInfra.find((u) => u.region === 'gcp:asia-northeast1')!.evidence.section).toBe(title);
    // Dated a month before the move (`2025年11月1日に…へ移行することをお知らせします`): Tokyo is where it is to run, for review only.
    expect(draft.usesInfra.find((u) => u.region === 'gcp:asia-northeast1')).toMatchObject({ basis: 'INFERRED', rule: 'infrastructure.announced-move-target' });
    expect(draft.sections[0]).toEqual({ heading: title });
    // What the section `移行後のデータの保管場所 / Data location after the move` says is the state after that move: the Osaka
    // backups and the data in Japan are for review as the Tokyo target is, not stated facts of today.
    expect(draft.storesDataIn.map((s) => `${s.country} ${s.basis} ${s.rule}`)).toEqual(['JP INFERRED data-location.after-announced-move']);
    expect(draft.usesInfra.find((u) => u.region === 'gcp:asia-northeast2')).toMatchObject({ basis: 'INFERRED', rule: 'infrastructure.after-announced-move' });
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // Each certificate once although both languages state it; ISMAP "申請中" is not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 690122', 'iso27017 CLOUD 690123']);
    // Audit logs kept a year under "バックアップとログ" are logs, not backups; 30 days after the move is no deletion after the contract.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=1 years',
    ]);
  });
});

describe('a formal Japanese document: 第１章 / １． / （１） / ① headings, full-width and kanji numbers, era dates', () => {
  it('reads the stacked headings, the era date, and values in every number shape; not a fiscal year as a period', async () => {
    const { draft } = await ingestFixture('formal-numbering.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['ハクロ電子申請']);
    expect(draft.vendors[0]).toMatchObject({ name: 'ハクロ情報システム株式会社' });
    // 令和６年４月１日, and the date line is not taken for the product line of the title.
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2024-04-01', title: 'クラウドサービス「ハクロ電子申請」における情報セキュリティ対策について' });
    // `１．目的`, `（１）主たる基盤` and `① 通知の期限` head sections although no blank line sets them apart; `① 取得間隔：…` is a list item.
    expect(draft.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining([
        '第２章\u3000サービス基盤',
        '１．稼働環境',
        '（１）主たる基盤',
        '（３）データの保管場所',
        '２．契約終了時のデータの消去',
        '（２）ログの保管期間',
        '① 通知の期限',
      ]),
    );
    expect(draft.sections.map((s) => s.heading).filter((h) => /取得間隔|保管世代/u.test(h))).toEqual([]);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    // Not the United States of `米国その他の国外のリージョンには保管しない`.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not ISO/IEC 27017 (予定), not the provider's ISMAP listing, and no independent review read from the latter.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 705521']);
    expect(draft.disclosures.filter((d) => d.evidence.section === '３．基盤事業者の認証')).toEqual([]);
    // 七世代, 九十日, 一年間, 二十四時間 (kanji); ２４時間, ３０日間, ７日前, ９９．９％, １２文字 (full-width); not 6 years from 令和６年度.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=7 generations',
      'backupInterval=24 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
      'passwordMinLength=12 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.4.1', 'iso27017:18.1.1', 'iso27017:CLD.8.1.5']));
  });
});

describe('an English Security & Privacy page of bold-labelled bullets, on two clouds', () => {
  it('names the product after the brand, quotes labels whole, leaves the sub-processor’s cloud and the places data is not kept', async () => {
    const { draft } = await ingestFixture('security-privacy.md');
    // `Security & Privacy at Quillmark` names the company's brand; the body names the product `Quillmark Notes`.
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['quillmark-notes', 'Quillmark Notes']]);
    expect(draft.vendors[0]).toMatchObject({ id: 'quillmark-software-inc', name: 'Quillmark Software Inc.' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-03-03');
    // A line that starts with a word in Q is no question.
    expect(draft.sections.map((s) => s.heading)).toEqual(['Where your data lives', 'Sub-processors', 'Backups and logs', 'Compliance', 'Operations']);
    // Not the sub-processor's AWS Frankfurt, not Iowa (left in 2024).
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.usesInfra[0]!.evidence.quote).toBe(
      '**Hosting:** The Quillmark Notes application and its database run on Google Cloud in the Tokyo region (asia-northeast1).',
    );
    // Not the United States or the EU: `We do not store customer content in …`, the head office, the contract clauses.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // SOC 2 Type II held; ISO/IEC 27017 "in progress" and Google Cloud's audits are not.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 731905', 'soc2 -']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=6 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=1 years',
    ]);
  });
});

describe('a PDF in another style', () => {
  it('ingests a Q&A written to a PDF by the test, with its traps', async () => {
    const pdf = minimalPdf([
      [
        'Osprey Tickets - Security FAQ',
        'Osprey Systems Inc. | Version 4 | March 3, 2025',
        '',
        'Q1. Where do you host the service?',
        '',
        'A. Osprey Tickets runs on Google Cloud in us-central1. Customer data is stored in the United States.',
        '',
        'Q2. Where is your disaster recovery site?',
        '',
        'A. The location of our disaster recovery data center is not disclosed.',
        '',
      ],
      [
        'Q3. Which certifications do you hold?',
        '',
        'A. Osprey Systems Inc. holds ISO/IEC 27001 certification (certificate number IS 880011).',
        'We plan to obtain ISMAP registration next year.',
        'Google Cloud is certified to ISO/IEC 27017.',
        '',
        'Q4. How fast do you notify incidents?',
        '',
        'A. Within 24 hours of confirming a security incident.',
        '',
        'Q5. Do you buy from Amazon?',
        '',
        'A. Our office buys supplies from Amazon.',
      ],
    ]);
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-pdf-'));
    const file = path.join(dir, 'osprey.pdf');
    await writeFile(file, pdf);
    const text = await readDocument(file);
    const draft = ingestText(text, { fileName: file });
    expect(quoteProblems(draft, text)).toEqual([]);
    expect(draft.sections.map((s) => s.heading)).toHaveLength(5);
    expect(draft.services.map((s) => s.name)).toEqual(['Osprey Tickets']);
    expect(draft.vendors[0]).toMatchObject({ id: 'osprey-systems-inc' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-03-03');
    expect(regionsOf(draft)).toEqual(['gcp:us-central1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 880011']);
    expect(metricsOf(draft)).toEqual(['incidentNotificationHours=24 hours']);
    expectNoTrapFacts(draft);
  });
});

describe('an English Trust Center page of tables', () => {
  it('reads certificates by status, regions by purpose, sub-processors as dependencies, the accordion as questions', async () => {
    const { draft } = await ingestFixture('trust-center-tables.html');
    expect(draft.services[0]!.name).toBe('Tessellate Payroll');
    expect(draft.vendors[0]).toMatchObject({ id: 'tessellate-works-inc' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-06-02');
    // Not Oregon (`Not used (retired …)`), not Singapore (`Retired`), not the e-mail sub-processor's us-central1.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    // Not Singapore (retired), not Germany (an accordion's question, answered `No`).
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Certified rows only: SOC 2 `In progress`, ISMAP `Planned 2026` and the hosting provider's ISO/IEC 27018 are not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 -', 'iso27017 -']);
    // The scope is the `Scope` column, not the last one (`Last audit`).
    expect(draft.certifiedBy.map((c) => c.scope)).toEqual(['Tessellate Payroll and its corporate IT', 'Tessellate Payroll']);
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['brightwave-mail-inc', 'Transactional email'],
      ['helpdock-ltd', 'Customer support tickets'],
    ]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(draft.sections.map((s) => s.heading)).toContain('How long do you keep logs?');
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=6 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=400 days',
    ]);
    // A header row names columns: it is no disclosure's quote.
    const quotes = draft.disclosures.map((d) => d.evidence.quote);
    expect(quotes.filter((q) => /^(?:Standard|Region|Sub-processor)\t/u.test(q))).toEqual([]);
    expect(quotes.filter((q) => /hosting provider/u.test(q))).toEqual([]);
  });
});

/**
 * A whitepaper as a word processor prints it: a cover, a table of contents with dotted leaders, body paragraphs wrapped
 * every 35 characters whatever the sentence, flowing over pages of 20 lines, each page under a running header and over
 * footers (`- 3 -`, `3 / 6`, `社外秘`).
 */
function whitepaperPdf(): Uint8Array {
  const header = '株式会社カスミソウ技研 クラウドセキュリティ白書 2025';
  const p = (...paragraphs: string[]) => paragraphs.flatMap((x) => (x.startsWith('#') ? ['', x.slice(1), ''] : wrapJapanese(x)));
  const cover = ['', 'カスミソウ請求クラウド', 'クラウドセキュリティ白書', '', '第 2.0 版', '2025年4月1日', '株式会社カスミソウ技研', 'Kasumiso Giken Inc.'];
  const contents = [
    '目次',
    '',
    '１．はじめに………………………………… 3',
    '２．サービスの稼働環境…………………… 3',
    '３．バックアップ…………………………… 3',
    '４．ログの管理……………………………… 4',
    '５．時刻同期………………………………… 4',
    '６．インシデント対応……………………… 4',
    '７．契約終了時のデータの削除…………… 5',
    '８．サービスレベル………………………… 5',
    '９．第三者認証……………………………… 5',
  ];
  const flow = p(
    '#１．はじめに',
    '本書は、株式会社カスミソウ技研（以下「当社」）が提供するクラウドサービス「カスミソウ請求クラウド」（以下「本サービス」）における情報セキュリティ対策を、ISO/IEC 27017 に基づいて利用者に説明するものです。',
    '#２．サービスの稼働環境',
    '本サービスは、Azure の東日本リージョン（Japan East）上で稼働しています。災害対策として、バックアップデータを西日本リージョン（Japan West）に複製して保管しています。',
    '利用者データは日本国内のデータセンターにのみ保管し、米国など国外のリージョンは利用していません。なお、2023年まで検証環境として利用していた AWS の東京リージョン（ap-northeast-1）は利用を終了しており、現在は利用していません。',
    '#３．バックアップ',
    '本サービスのデータベースは、毎日午前２時に自動でバックアップを取得しており、直近の14世代を保持しています。取得したバックアップデータは30日間保管した後、自動的に削除されます。',
    '#４．ログの管理',
    '利用者の操作ログ、管理者の操作ログおよびシステムへのアクセスログを取得しており、これらのログは改ざんを防止した領域に1年間保管しています。',
    '#５．時刻同期',
    '本サービスを構成するすべてのサーバーの時刻は、情報通信研究機構（NICT）が公開する NTP サーバーと同期しています。',
    '#６．インシデント対応',
    '当社は、本サービスに影響を及ぼす情報セキュリティインシデントを確認した場合、確認した時点から48時間以内に、利用者の管理者へ電子メールで通知します。',
    '#７．契約終了時のデータの削除',
    '本サービスの利用契約が終了した場合、当社は契約終了日から60日以内に、バックアップを含むすべての利用者データを復元できない方法で削除します。',
    '#８．サービスレベル',
    '本サービスの月間稼働率は99.95％以上を目標としています。計画メンテナンスを実施する場合は、実施日の10日前までに管理画面でお知らせします。',
    '#９．第三者認証',
    '当社は、ISO/IEC 27001 の認証を取得しています（登録番号：IS 723456）。また、本サービスを対象として ISO/IEC 27017 の認証も取得しています（登録番号：CLOUD 723457）。',
    'ISMAP については、2026年度中の登録申請を予定しています。なお、基盤として利用している Azure は ISMAP のクラウドサービスリストに登録されています。',
  );
  const bodies = [cover, contents];
  for (let at = 0; at < flow.length; at += 20) bodies.push(flow.slice(at, at + 20));
  const pages: PageLines[] = bodies.map((lines, i) => ({
    lines: i === 0 ? lines : [header, '', ...lines],
    footer: [...(i === 0 ? [] : [`- ${i + 1} -`]), `${i + 1} / ${bodies.length}`, '社外秘'],
  }));
  return japanesePdf(pages);
}

describe('a Japanese whitepaper PDF', () => {
  it('joins lines wrapped mid-sentence, drops running headers, footers and the contents, and keeps the traps out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-pdf-'));
    const file = path.join(dir, 'kasumiso.pdf');
    await writeFile(file, whitepaperPdf());
    const text = await readDocument(file);
    // The page furniture is gone; a sentence wrapped over lines (and over a page: `取得して` | `おり、`) is one line.
    expect(text).not.toMatch(/クラウドセキュリティ白書 2025|社外秘|^- \d -$|^\d \/ \d$/mu);
    expect(text).toContain('本サービスのデータベースは、毎日午前２時に自動でバックアップを取得しており、直近の14世代を保持しています。');
    expect(text).toContain('情報通信研究機構（NICT）が公開する NTP サーバーと同期しています。');
    const draft = ingestText(text, { fileName: file });
    expect(quoteProblems(draft, text)).toEqual([]);
    // One section per heading: the contents' entries (`３．バックアップ……… 3`) head none.
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '１．はじめに',
      '２．サービスの稼働環境',
      '３．バックアップ',
      '４．ログの管理',
      '５．時刻同期',
      '６．インシデント対応',
      '７．契約終了時のデータの削除',
      '８．サービスレベル',
      '９．第三者認証',
    ]);
    expect(draft.services.map((s) => s.name)).toEqual(['カスミソウ請求クラウド']);
    expect(draft.vendors[0]).toMatchObject({ id: 'kasumiso-giken-inc', name: '株式会社カスミソウ技研' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-04-01');
    // Not the AWS Tokyo region `利用を終了しており、現在は利用していません`; not the United States `国外のリージョンは利用していません`.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.usesInfra[0]!.evidence.quote).toBe('本サービスは、Azure の東日本リージョン（Japan East）上で稼働しています。');
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Both numbers, each printed on the line after its scheme; not ISMAP (`予定`) nor Azure's own.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 723456', 'iso27017 CLOUD 723457']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=10 days',
    ]);
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /\n|白書|社外秘|……/u.test(q))).toEqual([]);
    expectNoTrapFacts(draft);
  });
});

describe('a Japanese slide deck saved as text', () => {
  it('heads a section with each slide title, leaves footers and slide numbers out, and not the comparison or the roadmap', async () => {
    const { draft } = await ingestFixture('slide-deck.txt');
    // A slide title has its bullets right under it; the agenda (目次) and the contact slide head no section of facts.
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'サービス基盤',
      'データ保護',
      '運用と監視',
      '認証・第三者評価',
      '一般的なオンプレミス構成との比較',
      '今後の予定',
    ]);
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['tsubame-sign', 'Tsubame Sign']]);
    // The footer under every slide prints the English name nine times: it does not outweigh the Japanese one.
    expect(draft.vendors[0]).toMatchObject({ id: 'tsubame-cloud-inc', name: '株式会社ツバメクラウド', nameEn: 'Tsubame Cloud Inc.' });
    expect(draft.documents[0]).toMatchObject({ title: 'Tsubame Sign セキュリティ概要', publishedOn: '2025-10-01' });
    // `データセンター：AWS 東京リージョン`: the label says what the value is. Not Singapore (`展開を検討中`).
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.usesInfra.map((u) => u.evidence.quote)).toEqual(['データセンター：AWS 東京リージョン', 'DR サイト：AWS 大阪リージョン']);
    // Not the United States or Singapore of the generic on-premises set-up.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not ISMAP (`今後の予定: … 登録申請`) nor SOC 2 (`2026年度予定`).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 765432', 'iso27017 CLOUD 765433', 'privacymark -']);
    // Not the on-premises set-up's `3世代程度` nor its `72時間以内`.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith].map((f) => f.evidence.quote);
    // No quote runs over a slide's footer or number, none is the comparison's generic set-up, none keeps its `▶` marker.
    expect(quotes.filter((q) => /\n|Copyright|Rights Reserved|^\d+$|一般的な|^▶/u.test(q))).toEqual([]);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:16.1.2')!.evidence.quote).toBe('障害発生時：24時間以内に通知');
  });
});

describe('an English Data Processing Addendum: annexes of measures and sub-processors', () => {
  it('heads sections with the annexes, reads sub-processor records as dependencies, not their hosting, nor the certificate intended', async () => {
    const { draft } = await ingestFixture('dpa-annex.txt');
    // `DATA PROCESSING ADDENDUM – ANNEXES` names the document kind; the product is the next title line.
    expect(draft.services.filter((s) => !s.description).map((s) => [s.id, s.name])).toEqual([['lumenfold-ledger', 'Lumenfold Ledger']]);
    expect(draft.vendors[0]).toMatchObject({ id: 'lumenfold-analytics-ltd', name: 'Lumenfold Analytics Ltd.' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-07-01');
    // The annexes open parts of their own; a numbered sub-processor with its fields indented under it is a record, no heading.
    const headings = draft.sections.map((s) => s.heading);
    expect(headings).toContain('Annex II – Technical and Organisational Measures');
    expect(headings.at(-1)).toBe('Annex III – List of Sub-processors');
    expect(headings.filter((h) => /Inc\.|Ltd\.|Limited/u.test(h))).toEqual([]);
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['google-cloud-emea-limited', 'Hosting of the Service infrastructure'],
      ['parcelbird-messaging-inc', 'Delivery of transactional emails'],
      ['kestrel-helpdesk-ltd', 'Customer support ticketing'],
    ]);
    expect(draft.dependsOn[1]!.evidence.quote).toContain('Purpose: Delivery of transactional emails');
    // Not the e-mail sub-processor's us-east-1; not its United States, nor the help desk's Ireland.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3', 'gcp:europe-west4']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // Not SOC 2 (`intends to obtain`), not the provider's own ISO/IEC 27018.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781204', 'iso27017 CLOUD 781205']);
    // Not a maintenance notice from `changes concerning … Sub-processors at least 30 days in advance`.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
    ]);
    // Clause numbers (`1.1`, `(a)`) are no part of a quote.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /^(?:\d|\([a-z]\))/u.test(q))).toEqual([]);
  });
});

describe('a Japanese specification page of tables with merged cells and footnotes', () => {
  it('repeats a rowspan item on each row it covers, keeps optional values out, and reads no status as a scope', async () => {
    const { text, draft } = await ingestFixture('merged-cells.html');
    expect(draft.services[0]!.name).toBe('ハナミズキ勤怠');
    expect(draft.vendors[0]).toMatchObject({ id: 'hanamizuki-soft-inc' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-08-01');
    // `<th rowspan="2">ログ</th>` heads `保存期間` too: the retention is the logs', not the backups'.
    expect(text).toContain('ログ\t保存期間\t1年間');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // Not ISMAP (`申請予定`), not the provider's ISO/IEC 27018; the status column `取得済み` is no scope.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781234', 'iso27017 CLOUD 781235']);
    expect(draft.certifiedBy.map((c) => c.scope)).toEqual([undefined, undefined]);
    // Not the hourly backup of `※1 オプション契約時`, the five years of the long-term option, nor the premium plan's 99.99 %.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
  });
});

describe('an English e-mail answering a security questionnaire', () => {
  it('reads the answers, titles it by its subject, and leaves the quoted customer message, signature and footer', async () => {
    const { draft } = await ingestFixture('questionnaire-email.txt');
    expect(draft.documents[0]!.title).toBe('Security questionnaire for Lanternfish Notes (vendor assessment 2025)');
    expect(draft.documents[0]!.publishedOn).toBe('2025-05-12');
    expect(draft.vendors.map((v) => v.id)).toEqual(['lanternfish-labs-ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Lanternfish Notes', 'Mailrook Inc.']);
    // Not the customer's `AWS us-east-1` nor its Azure archive, quoted with `> `.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3', 'gcp:europe-west4']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    // Google's NTP, not the customer's NIST.
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // Numbers printed after `certificate no.`; not the customer's certificate, not the SOC 2 audit planned.
    expect(certificatesOf(draft)).toEqual(['iso27001 GB 452210', 'iso27017 GB 452211']);
    // The sub-processor named in an answer, not the answer's label `A8` nor the signature's `Tel:`.
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([['mailrook-inc', 'send transactional e-mail']]);
    // Not the customer's own daily backups kept 90 days.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=45 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=13 months',
    ]);
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.syncsTimeWith, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /^>|CONFIDENTIALITY|Harbour Row|Tel:/u.test(q))).toEqual([]);
  });
});

describe("a repository's SECURITY.md", () => {
  it('reads the policy, not its badges, comments, example configuration or vulnerability-report handling', async () => {
    const { text, draft } = await ingestFixture('security-policy.md');
    // Comments, badge rows and fenced code are not prose the reader sees.
    expect(text).not.toMatch(/<!--|img\.shields|us-east-1|time\.nist\.gov/u);
    expect(draft.documents[0]).toMatchObject({ title: 'Security Policy — Ferngate Desk', publishedOn: '2025-06-16' });
    expect(draft.services.map((s) => s.name)).toEqual(['Ferngate Desk']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['ferngate-systems-inc']);
    // Not the example's us-east-1 nor the command's eu-west-1.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['public-ntp']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 804417', 'soc2 -']);
    // Not the 72-hour acknowledgement of a vulnerability report, the 14-day fix, or the example's 7 days and 90d.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=400 days',
    ]);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    const quotes = [...draft.disclosures, ...draft.syncsTimeWith].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /shields|ntp_server|\[!\[/u.test(q))).toEqual([]);
  });
});

describe('a Japanese privacy policy with an external transmission (外部送信) table', () => {
  it("keeps the service's own storage and leaves the analytics and advertising tags' countries", async () => {
    const { draft } = await ingestFixture('privacy-policy.txt');
    // The title names the kind of document; the product is the body's 「X」（以下「本サービス」）, not 「当社」 nor a date line.
    expect(draft.services.map((s) => s.name)).toEqual(['ツバメ日報']);
    expect(draft.vendors[0]).toMatchObject({ id: 'tsubamenote-inc', name: '株式会社ツバメノート' });
    // Dated as last revised (最終改定日), not as first enacted (制定日).
    expect(draft.documents[0]!.publishedOn).toBe('2025-07-01');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    // Not 米国 nor アイルランド, where the tags send browsing data.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['privacymark 17009876(02)']);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=90 days']);
    // 第4条's numbered measures: access limited to staff who need it, encryption, yearly training.
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:7.2.2', 'iso27017:9.4.1', 'iso27017:10.1.1']));
  });
});

describe('an English whitepaper numbered 1 / 1.1 / 2.3.1, with hedged and customer-configurable statements', () => {
  it('reads the vendor’s commitments and the default, not a possible future region, a customer’s choice or a hedge', async () => {
    const { draft } = await ingestFixture('numbered-whitepaper.txt');
    expect(draft.sections?.map((s) => s.heading)).toContain('2.3.2 Backup retention');
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([['kestrelbay-archive', 'Kestrelbay Archive']]);
    // Not Singapore (`We may use additional regions … in the future`), nor Osaka (`Customers can choose to enable …`).
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 730115', 'iso27017 CLOUD 730116']);
    // The default 30 days, not the 90 a customer may set; not `up to 35 days`; not `typically restored within 4 hours`.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=13 months',
    ]);
  });
});

describe('a Japanese checklist answered ○ / × / △ / － (項番 | 確認項目 | 回答 | 補足, tab-separated)', () => {
  it('reads the ○ rows and their notes, and nothing from a row answered × or －', async () => {
    const { draft } = await ingestFixture('mark-checklist.txt');
    // The title `X クラウドサービス利用チェックリスト（回答）` names the product before the document kind.
    expect(draft.services.map((s) => s.name)).toEqual(['ミヤマ経費']);
    expect(draft.vendors[0]).toMatchObject({ id: 'miyama-solutions-inc', name: '株式会社ミヤマソリューションズ' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-16');
    // Osaka from `別リージョンにバックアップを取得` (taking a backup, no certificate); not Singapore nor the US (answered ×).
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not ISMAP nor SOC 2 (×), not ISO/IEC 27017 (△ 取得予定); the note `登録番号：…` is no scope.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 765432']);
    expect(draft.certifiedBy[0]!.scope).toBeUndefined();
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    // `解約後30日以内` is exact: the 約 of 解約 is no "approximately".
    const deletion = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))!;
    expect(deletion.reviewNote ?? '').not.toMatch(/approximate/u);
    // Row 12 is answered △ (`管理者の操作ログのみ1年間保管`): its facts are flagged, the ○ rows' facts are not.
    const flagged = [...draft.disclosures, ...draft.usesInfra, ...draft.certifiedBy, ...draft.syncsTimeWith]
      .filter((f) => /answered only in part/u.test(f.reviewNote ?? ''))
      .map((f) => f.evidence.section);
    expect([...new Set(flagged)]).toEqual(['操作ログを保管しているか']);
    const quotes = [...draft.disclosures, ...draft.certifiedBy, ...draft.usesInfra].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /\t(?:×|－)(?:\t|$)/u.test(q))).toEqual([]);
  });
});

describe('plain English text whose headings sit directly over their paragraphs, from a company with an Australian legal form', () => {
  it('finds every section, the product, the vendor, the date and version, and nothing planned', async () => {
    const { draft } = await ingestFixture('plain-headings.txt');
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Hosting',
      'Backups',
      'Certifications',
      'Incident response',
      'Data deletion',
      'Time synchronisation',
    ]);
    expect(draft.services.map((s) => s.id)).toEqual(['osprey-rostering']);
    expect(draft.vendors.map((v) => `${v.id} ${v.name}`)).toEqual(['osprey-works-pty-ltd Osprey Works Pty Ltd']);
    expect(draft.documents[0]).toMatchObject({ title: 'Osprey Rostering — Security Overview', publishedOn: '2025-03-09', version: 'Version 3.2' });
    expect(regionsOf(draft)).toEqual(['aws:ap-southeast-2', 'aws:ap-southeast-4']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['AU']);
    // `working towards ISO/IEC 27017` is not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 991122']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=14 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
    ]);
    // Each fact cites the section it sits under, not one section holding the whole document.
    expect(new Set(draft.disclosures.map((d) => d.evidence.section)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('a Japanese page whose unmarked title line stands over its date and company lines', () => {
  it('takes the line as the title, not a section, so the product and the date come from the title block', async () => {
    const { draft } = await ingestFixture('title-over-date.txt');
    expect(draft.sections.map((s) => s.heading)).not.toContain('ヒバリ在庫管理 セキュリティについて');
    expect(draft.sections).toHaveLength(6);
    expect(draft.services.map((s) => s.name)).toEqual(['ヒバリ在庫管理']);
    expect(draft.documents[0]).toMatchObject({ title: 'ヒバリ在庫管理 セキュリティについて', publishedOn: '2025-05-20' });
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    // `ISMAP への登録を目指しています` is not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 123987']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=7 days', 'dataDeletionDays=30 days', 'incidentNotificationHours=3 hours']);
  });
});

describe('a Japanese text printed with full-width Latin letters and digits and half-width katakana', () => {
  it('reads every fact as NFKC text and quotes the printed characters', async () => {
    const { text, draft } = await ingestFixture('fullwidth-legacy.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['KomorebiDocs']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2024-10-01' });
    // `ａｐ－ｎｏｒｔｈｅａｓｔ－１` is used; `ａｐ－ｎｏｒｔｈｅａｓｔ－３…は利用していません` is not.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.usesInfra[0]!.evidence.quote).toBe('本ｻｰﾋﾞｽは、ＡＷＳ\u3000東京リージョン（ａｐ－ｎｏｒｔｈｅａｓｔ－１）で稼働します。');
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // ISO/IEC 27017 `取得を予定` is not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 555123']);
    expect(draft.certifiedBy[0]!.evidence.quote).toContain('ＩＳＯ／ＩＥＣ\u3000２７００１');
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.9 percent', 'backupGenerations=14 generations', 'backupInterval=1 days']);
    const raws = draft.disclosures.flatMap((d) => d.metrics.map((m) => m.raw));
    expect(raws).toEqual(expect.arrayContaining(['１４世代', '９９．９％']));
    // Headings and quotes are the printed text, half-width katakana included.
    expect(draft.sections.map((s) => s.heading)).toContain('４．ﾊﾞｯｸｱｯﾌﾟ');
    for (const fact of [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith, ...draft.disclosures])
      expect(text).toContain(fact.evidence.quote);
  });
});

describe('an English FAQ page whose answers open with a bare Yes. or No.', () => {
  it('reads the answers, not the questions: no country of a No. question, no planned registration, a sub-processor named in prose', async () => {
    const { draft } = await ingestFixture('yes-no-faq.html');
    expect(draft.services.map((s) => s.name)).toEqual(['Larkspur Notes', 'Pellucid Post Ltd.']);
    // Not the Osaka region of `Do you use the Osaka region (asia-northeast2)? No.`.
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    // Not the United States or Singapore of the question, nor of `customers in the United States and Singapore`.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // ISMAP: `No, but we plan to apply in 2026.`
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 782210']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([['pellucid-post-ltd', 'email delivery']]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days', 'incidentNotificationHours=48 hours']);
  });
});

describe('an English fact sheet: one `Topic | Our practice` table under an H1', () => {
  it('reads each row as a section, holds the certified scheme, not the one planned in the same cell, and the NTP of the Time row', async () => {
    const { draft } = await ingestFixture('fact-sheet.md');
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Hosting',
      'Data residency',
      'Backups',
      'Certifications',
      'Incident notification',
      'Offboarding',
      'Time',
    ]);
    expect(draft.services.map((s) => s.id)).toEqual(['wrenfield-tasks']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['wrenfield-labs-gmbh']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-02-03' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    // `ISO/IEC 27001 certified (…); SOC 2 Type II report planned for 2026`: the first is held, the second not.
    expect(certificatesOf(draft)).toEqual(['iso27001 DE-27001-4471']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=12 hours',
      'backupRetentionDays=21 days',
      'dataDeletionDays=45 days',
      'incidentNotificationHours=36 hours',
    ]);
  });
});

describe('an English data-residency page: one row per geography, the hosting and the backup copy in columns', () => {
  it('reads each row by its column headers, places each region in its country, and keeps denied regions and support staff out', async () => {
    const { draft } = await ingestFixture('data-residency.md');
    expect(draft.documents[0]).toMatchObject({ title: 'Data Residency at Corvane', publishedOn: '2025-03-12' });
    expect(draft.vendors.map((v) => v.id)).toEqual(['corvane-analytics-ltd']);
    // No row says `hosted` or `stored`: the `Primary hosting` and `Backup copy` headers do. Not eu-west-1, which
    // `Our EU workspaces are not hosted in`.
    expect(regionsOf(draft)).toEqual(['aws:ap-southeast-2', 'aws:ap-southeast-4', 'aws:eu-central-1', 'aws:us-east-2', 'aws:us-west-2', 'gcp:europe-west4']);
    expect(Object.fromEntries(draft.regions.map((r) => [r.id, r.country]))).toEqual({
      'aws:ap-southeast-2': 'AU',
      'aws:ap-southeast-4': 'AU',
      'aws:eu-central-1': 'DE',
      'aws:us-east-2': 'US',
      'aws:us-west-2': 'US',
      'gcp:europe-west4': 'NL',
    });
    // Not Canada, where the support team that may access the data works.
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['AU', 'DE', 'NL', 'US']);
    expect(draft.countries.map((c) => c.code).sort()).toEqual(['AU', 'DE', 'NL']);
    // The table's header and delimiter rows are no quote.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /Geography|---/u.test(q))).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours', 'backupRetentionDays=35 days']);
  });
});

describe('a Japanese incident report (障害報告書): a timeline of one outage, its causes and plans, then standing practice', () => {
  it('reads the hosting the cause names and the standing practices, not the timeline entries nor the plans', async () => {
    const { draft } = await ingestFixture('incident-report.txt');
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-08-22' });
    expect(draft.services.map((s) => s.name)).toEqual(['ハルカゼ']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['ハルカゼワークス株式会社']);
    // Not Osaka (`構築を予定`) nor Singapore (`検討しましたが…採用しておりません`).
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 778812']);
    // `検知から1時間以内に…第一報をお知らせ` is the notice time; not the outage's `約3時間9分`, nor the drill's `30分以内`.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days', 'incidentNotificationHours=1 hours']);
    // `10:15　ステータスページにて第一報を掲載` happened once: a timeline entry is no practice's quote.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /^\d{1,2}:\d{2}/u.test(q))).toEqual([]);
  });
});

describe('a Japanese press release announcing a certificate (報道関係者各位 … 【会社概要】)', () => {
  it('titles it by the headline and reads the practices, not the plans, the partner’s mark, the quote’s aim or the boilerplate', async () => {
    const { draft } = await ingestFixture('press-release.txt');
    // `報道関係者各位` greets the readers and `プレスリリース` labels the kind: the headline is the title, its 「X」 the product.
    expect(draft.documents[0]).toMatchObject({
      title: 'シグレテック、クラウド請求書管理サービス「Shigure Ledger」で ISO/IEC 27017 認証を取得',
      publishedOn: '2025-11-10',
    });
    expect(draft.services.map((s) => s.name)).toEqual(['Shigure Ledger']);
    expect(draft.vendors[0]).toMatchObject({ id: 'shigure-tech-inc', name: '株式会社シグレテック' });
    // Not the Osaka region of `2026年春には…開始する予定`.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    // Not Singapore, a sales office of the 【会社概要】.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not the payment partner's Privacy Mark, nor ISMAP (`目指す`) or ISO/IEC 27018 (`予定`).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771203', 'iso27017 CLOUD 771204']);
    // Granted `2025年10月24日付で`, read in the lead, which is headed by the headline, not by `報道関係者各位`; `2021年に` is no date.
    const cloud = draft.certifiedBy.find((c) => c.certification === 'iso27017')!;
    expect(cloud).toMatchObject({ edition: 'ISO/IEC 27017:2015', validFrom: '2025-10-24' });
    expect(cloud.evidence.section).toBe(draft.documents[0]!.title);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')!.validFrom).toBeUndefined();
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not `2026年春` read as 2026 years, not the CEO's `今後は稼働率99.99%を目標に`, not customer counts or 資本金.
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=30 generations',
      'backupInterval=1 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.4', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']),
    );
    // The outlook and the executive's remark are no disclosure of practice.
    expect(draft.disclosures.filter((d) => /今後の展開|コメント/u.test(d.evidence.section))).toEqual([]);
    // The closing 【会社概要】 heads its own block, read for no practice: its address, 設立 and 資本金 are the company's.
    expect(draft.sections.find((s) => s.heading === '【会社概要】')?.skippedBecause).toMatch(/profile/u);
    expect(draft.dependsOn).toEqual([]);
  });
});

describe('a CAIQ-style questionnaire exported to Markdown (Question ID | Question | Answer | Notes / Comments)', () => {
  it('reads the answers and notes of rows answered Yes, not a question’s wording, a No or NA row, or the customer’s part', async () => {
    const { draft } = await ingestFixture('caiq-export.md');
    expect(draft.documents[0]).toMatchObject({
      title: 'Consensus Assessments Initiative Questionnaire (CAIQ) v4 — Hollowmere Pulse',
      publishedOn: '2025-08-19',
    });
    // The product after the questionnaire's own name and version, not the `Date completed:` line.
    expect(draft.services.map((s) => s.name)).toEqual(['Hollowmere Pulse', 'Tidewright Mail Inc.']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['hollowmere-analytics-ltd']);
    // Not `AWS us-east-1` of a question answered No.
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1', 'aws:eu-west-2']);
    // Not Singapore nor the United States, named only by questions answered No.
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['GB', 'IE']);
    // Not SOC 2 (No, planned) nor ISO/IEC 27018 (No, followed).
    expect(certificatesOf(draft)).toEqual(['iso27001 GB 640118']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([['tidewright-mail-inc', 'deliver survey invitations by e-mail']]);
    // Not the 90 days or 99.99 % of questions answered No, nor the 400 days of a row answered NA (customer responsibility).
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=6 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=12 months',
    ]);
    // No question is quoted as the vendor's statement; MFA (answered NA, the customer's) is no disclosure.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.dependsOn].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /\?/u.test(q))).toEqual([]);
    expect(controlsOf(draft)).not.toContain('iso27017:9.4.2');
    expect(draft.disclosures.filter((d) => /Customer responsibility/u.test(d.evidence.quote))).toEqual([]);
    // An audit log is a log, not an independent review: only the certificate row shows one.
    expect(draft.disclosures.filter((d) => d.control === 'iso27017:18.2.1').map((d) => d.evidence.section)).toEqual([
      'Are independent audit and assurance assessments conducted according to relevant standards at least annually?',
    ]);
    // Control ids (`BCR-08.1`, `LOG-04.1`) are no values.
    expect(draft.disclosures.flatMap((d) => d.metrics.map((m) => m.raw)).filter((r) => /[A-Z]-\d/u.test(r))).toEqual([]);
  });
});

describe('an English change log: dated version entries over Added / Changed / Removed / Deprecated lists', () => {
  it('proposes the current state only: the newest value of each metric, not a removed region, a deprecated practice or a preview', async () => {
    const { draft } = await ingestFixture('release-notes.md');
    // `Release Notes` is the kind of document, not part of the product's name; the version is the newest entry's.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Quaybridge Ledger']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['marrowfield-systems-ltd']);
    expect(draft.documents[0]).toMatchObject({ version: 'v5.3', publishedOn: '2025-06-17' });
    // Singapore was removed and migrated away from (its older `now hosted in` entry is superseded); Frankfurt is `coming soon`.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // ISO/IEC 27017 `coming soon` is not held; the held one carries its issue date and the scope it covers.
    expect(draft.certifiedBy).toMatchObject([
      {
        certification: 'iso27001',
        registrationNumber: 'ISC 804417',
        issuer: 'Intertek',
        edition: 'ISO/IEC 27001:2022',
        validFrom: '2025-01-20',
        scope: 'development and operation of Quaybridge Ledger',
      },
    ]);
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['mailgun-technologies-inc: Transactional e-mail']);
    // Not the 14 days of `from 14 days to 30 days` or of the older entry, nor `(previously 6 months)`, `(was 90 days)`, the
    // older 72 hours, the deprecated weekly tape export, a status page that `refreshes every 5 minutes`, a version or a date.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=13 months',
      'maintenanceNoticeDays=7 days',
    ]);
    // Two entries each have a `Changed` list: the disclosures of one are not merged into the other's.
    const changed = draft.disclosures.filter((d) => d.evidence.section === 'Changed' && d.control === 'iso27017:16.1.2');
    expect(changed.map((d) => d.evidence.quote)).toEqual(['Customers affected by a security incident are now notified within 24 hours of its confirmation.']);
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /beta|flag|coming soon|deprecated|Singapore|Frankfurt/iu.test(q))).toEqual([]);
    expect(draft.disclosures.filter((d) => d.evidence.section === 'Deprecated' || d.evidence.section === 'Removed')).toEqual([]);
  });
});

describe('a Japanese service-level agreement: 稼働率, 返金, 障害通知, 受付時間 and 適用除外 under 1. / 1.1 numbering', () => {
  it('proposes the guaranteed availability, the notice times and the provider the exclusions reveal, not tiers, targets or desk hours', async () => {
    const { draft } = await ingestFixture('service-level-agreement.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['ミネハル経費']);
    expect(draft.vendors[0]).toMatchObject({ id: 'minehal-inc', name: '株式会社ミネハル' });
    expect(draft.documents[0]).toMatchObject({ version: '第3.0版', publishedOn: '2025-07-01' });
    // `3.1 月間稼働率と返金率` is a heading: 月間 after a space is "monthly", not a period of months.
    expect(draft.sections.map((s) => s.heading)).toContain('3.1 月間稼働率と返金率');
    // The exclusion names AWS as the cloud the service uses, but no region: the placeholder, not an invented region, and no
    // second, unnamed operator for the data centre in Japan.
    expect(regionsOf(draft)).toEqual(['aws:jp']);
    expect(draft.usesInfra[0]!.reviewNote).toMatch(/no region/);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // ISMAP `申請中` and ISO/IEC 27017 `準拠` are not held; scope and expiry are read from the sentence.
    expect(draft.certifiedBy).toMatchObject([
      { certification: 'iso27001', registrationNumber: 'IA-25-0712', scope: 'ミネハル経費の開発及び運用', validUntil: '2027-03-14' },
    ]);
    // Not the 目標 99.95 % / 99.5 %, the credit bands and refunds (99.0, 95.0, 10, 25, 50 %), the report 5 business days after
    // recovery, the `24時間365日` form, RTO 4 hours or RPO 24 hours, the 30 days to claim a refund or the 4-hour window.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=2 hours',
      'incidentNotificationHours=30 minutes',
      'maintenanceNoticeDays=7 days',
    ]);
    expect(draft.certifiedBy.map((c) => c.certification)).not.toContain('ismap');
  });
});

describe('Japanese terms of service: 第N条（見出し） articles with 項 and 号, 免責, 準拠法 and a 附則', () => {
  it('proposes what the provider does, not the customer’s duties, the provider’s mere rights, the court or the amendment notice', async () => {
    const { draft } = await ingestFixture('terms-of-service.txt');
    // `利用規約` is the kind of document, not part of the product's name.
    expect(draft.services.map((s) => s.name)).toEqual(['ユキアカリ棚卸']);
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ユキアカリ' });
    // Dated by the 附則's revision (改定), not the day it first took effect (施行).
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-01');
    expect(draft.sections.map((s) => s.heading)).toContain('附則');
    // Not Singapore, where the provider `may` move the data (`移転することができる`), nor the Tokyo of the court.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy).toMatchObject([{ certification: 'iso27001', registrationNumber: 'IS 835120', edition: 'ISO/IEC 27001:2022' }]);
    // Not the customer's 3 days to report misuse or its weekly export, the 30 days' notice of a change to the terms, the
    // 12-month liability cap or the 4-hour maintenance window.
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining([
        'iso27017:10.1.1',
        'iso27017:12.1.2',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:16.1.2',
        'iso27017:18.1.1',
        'iso27017:CLD.8.1.5',
      ]),
    );
    // A customer's duty (`お客様は…ものとします`) and a right the provider keeps (`当社は…することができます`) are never the quote.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /お客様は|ことができ|ことがあり/u.test(q))).toEqual([]);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:18.1.1' && d.evidence.section === '第３条（データの保管場所）')?.evidence.quote).toMatch(
      /東日本リージョンに保管/u,
    );
    // 東京地方裁判所 and 日本法 are no region and no data location; the amendment article is no change management.
    expect(quotes.filter((q) => /裁判所|シンガポール/u.test(q))).toEqual([]);
    expect(draft.storesDataIn.filter((s) => /日本法/u.test(s.evidence.quote))).toEqual([]);
    expect(draft.disclosures.filter((d) => d.evidence.section === '第１１条（本規約の変更）')).toEqual([]);
  });
});

describe('an English sub-processor list page: sub-processors, affiliates, change notification and hosting', () => {
  it('reads the cloud provider’s row as the hosting and its region, not other parties’ locations, certificates or notice', async () => {
    const { draft } = await ingestFixture('sub-processor-list.html');
    // `Sub-processors` in the title is the kind of page, not part of the product's name.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Fernmoor Desk']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['fernmoor-software-ltd']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-11-03');
    // The provider's row gives the region (`Japan (Tokyo)` under `Processing location`); the hosting paragraph the backups'.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.usesInfra.find((u) => u.region === 'aws:ap-northeast-1')!.evidence.quote).toMatch(/^Amazon Web Services, Inc\.\t/u);
    // Not the processing locations of the other sub-processors (US, DE, SG, IE), their entity locations, nor the affiliates'
    // countries (US, IN, GB).
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // The sub-processors' own ISO/IEC 27001 certificates and SOC 2 reports are not the vendor's.
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toEqual(
      expect.arrayContaining(['postwyn-messaging-inc', 'quillfern-analytics-gmbh', 'harborline-support-pte-ltd']),
    );
    expect(draft.dependsOn.filter((d) => /^Fernmoor/u.test(d.evidence.quote))).toEqual([]);
    // The 30 days' notice of a new sub-processor and the 14 days to object are no maintenance or incident notice.
    expect(metricsOf(draft)).toEqual(['backupInterval=4 hours', 'backupRetentionDays=35 days']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:12.3.1', 'iso27017:18.1.1']));
    expect(controlsOf(draft)).not.toContain('iso27017:16.1.2');
  });
});

describe('an English engineering blog post: how the service runs, in narrative paragraphs', () => {
  it('proposes production hosting, the backup copy, PITR and the clock source, not staging, a load test, a benchmark, plans, the bio or comments', async () => {
    const { draft } = await ingestFixture('engineering-blog.md');
    // `How we run X on Google Cloud`: the product is X; where it runs is no part of its name.
    expect(draft.services.map((s) => s.name)).toEqual(['Larkspan Rota']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['larkspan-works-ltd']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-03-12' });
    // `served from a … cluster in asia-northeast1`, a nightly export `to a … bucket in asia-northeast2` `even if` Tokyo fails.
    // Not the staging environment (us-central1), the load test (us-east1), the competitor's AWS region, the fenced job's
    // `location`, the `evaluating … asia-southeast1` of What's next or a commenter's `ap-northeast-1`.
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    // Not the United States (US colleagues, the CI service's machines), Singapore (the author's former bank) or Germany (a comment).
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // `take their time from Google's internal NTP servers`.
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    // ISO/IEC 27017 `working towards … in 2026` is not held; the CI service is no sub-processor of customer data.
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    // Point-in-time recovery `within the last 7 days` is how long the copies reach back; `nightly` the export's interval.
    // Not p99 120 ms, 3 nodes, 42 minutes to restore, the fenced job's `400d`, the 35-day wish of What's next or a
    // commenter's 90 days.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=7 days']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.4']));
    // Readers' comments and the author's bio are no evidence.
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.syncsTimeWith].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /Frankfurt|Singapore|staging|load test|benchmark|competitor|dev_tanaka|90 days/iu.test(q))).toEqual([]);
    expect(draft.disclosures.filter((d) => /About the author|Comments/u.test(d.evidence.section))).toEqual([]);
  });
});

describe('a Japanese annual information-security report of a listed company', () => {
  it('proposes the service’s hosting, values and the company’s certificates, not the top message’s aims, indicators, a group company or plans', async () => {
    const { draft } = await ingestFixture('security-report.txt');
    // The title names the kind of report and its year; the product is the service the body names in brackets.
    expect(draft.services.map((s) => s.name)).toEqual(['カザミ受発注クラウド']);
    expect(draft.vendors[0]).toMatchObject({ id: 'kazami-tech-inc', name: '株式会社カザミテック' });
    // The listing line (`東証スタンダード市場上場`) is no part of the title; the fiscal year 2024年度 is no date.
    expect(draft.documents[0]).toMatchObject({ title: '情報セキュリティ報告書 2025', publishedOn: '2025-06-30' });
    // `3. 2024年度の主な取り組み` is a heading, so its practices are not filed under 2. 推進体制.
    expect(draft.sections.map((s) => s.heading)).toContain('3. 2024年度の主な取り組み');
    expect(draft.disclosures.find((d) => d.control === 'iso27017:9.4.2')?.evidence.section).toBe('3. 2024年度の主な取り組み');
    // Not AWS Osaka, planned in 7. 今後の取り組み.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    // The scope runs over the `、` of its own list; the date before a scheme glossed in brackets is the date it was granted.
    // Not the group company's Privacy Mark, nor ISMAP (planned).
    expect(draft.certifiedBy).toMatchObject([
      { certification: 'iso27001', registrationNumber: 'IS 738251', scope: 'カザミ受発注クラウドの開発、運用及び保守' },
      { certification: 'iso27017', validFrom: '2024-11-15' },
    ]);
    // Not the top message's 稼働率99.99% aim, the 99.95% target of 今後, the training and phishing percentages, 0件, 年2回,
    // 年4回 or the committee's 四半期に1回.
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
    ]);
    // A row of the indicators table is a row of values, not a header: the vulnerability-test row shows 14.2.8.
    expect(draft.disclosures.filter((d) => d.evidence.section === '5. 主要指標' && d.control === 'iso27017:14.2.8').map((d) => d.evidence.quote)).toEqual([
      '脆弱性診断の実施回数\t年2回\t年2回',
    ]);
    expect(draft.disclosures.filter((d) => d.evidence.section === '1. トップメッセージ')).toEqual([]);
  });
});

describe('a Japanese ASP・SaaS 情報開示 sheet: No. | 分類 | 開示項目 | 開示内容, tab-separated as copied from a spreadsheet', () => {
  it('reads each disclosed item from its 開示内容 cell, not the company profile, the finances, the desk hours or a plan', async () => {
    const { draft } = await ingestFixture('aspic-disclosure.txt');
    // The form's name (`ASP・SaaSの安全・信頼性に係る情報開示`) and `情報開示書` name the kind of document, not the product.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ミズカゲ請求書クラウド']);
    expect(draft.vendors[0]).toMatchObject({ id: 'mizukage-information-inc', name: '株式会社ミズカゲ情報' });
    // Dated by the title block, not the 設立年 (2009年4月), the 提供開始時期 or the `時点` of the lead.
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-01');
    // Each row is a section headed by its 開示項目, read from its 開示内容 cell on.
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['事業所所在地', 'サービス稼働率', 'データの消去']));
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    // `国内（東日本）` under `データセンターの所在国・地域`; not the office in 東京都千代田区 under `事業所所在地`.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.storesDataIn[0]!.evidence.section).toBe('データセンターの所在国・地域');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    // The プライバシーマーク row names its scheme in the item cell and its status and number in the answer. Not ISMAP
    // (`登録申請中`), nor Azure's ISMAP listing.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790321', 'iso27017 CLOUD 790322', 'privacymark 10823456(03)']);
    expect(draft.certifiedBy.filter((c) => c.certification === 'privacymark').map((c) => c.scope)).toEqual([undefined]);
    // Not 資本金, 従業員数, the 売上高 growth `前年比112.3%`, 経常利益率 or 自己資本比率, the 出資比率100%, UPS 10分間, the
    // generator's 72時間, the desk's `24時間受け付けます`, nor the 30 days to download data (a return, not a deletion).
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=2 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
      'passwordMinLength=12 characters',
    ]);
    // The 再委託先 sentence names who does what: `…業務を株式会社Xに委託`.
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['請求書の郵送代行業務']);
    expect(draft.services.find((s) => s.id === draft.dependsOn[0]?.dependsOn)?.name).toBe('株式会社ハヤテ配信');
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.4', 'iso27017:16.1.2', 'iso27017:17.2.1', 'iso27017:CLD.8.1.5']),
    );
    // The company's profile and finances are no practice; an item's question is never the quote.
    const profile = ['事業者名', '設立年', '事業所所在地', '資本金', '従業員数', '売上高', '経常利益率', '自己資本比率', '主要株主', '受付時間'];
    const facts = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.dependsOn];
    expect(facts.filter((f) => profile.includes(f.evidence.section))).toEqual([]);
    expect(facts.filter((f) => /千代田区|免震|UPS|無停止/u.test(f.evidence.quote) && !('control' in f && f.control === 'iso27017:17.2.1'))).toEqual([]);
    expect(draft.usesInfra.filter((u) => u.region.startsWith('undisclosed'))).toEqual([]);
  });
});

describe('an English SOC 3 report: auditor’s report, management’s assertion and the description of the system', () => {
  it('proposes the system’s hosting, values and the attestation, not the auditor, the period, AWS’s certificates or the customers’ controls', async () => {
    const { draft } = await ingestFixture('soc3-report.txt');
    // `Report on X, Inc.'s Y System Relevant to Security and Availability`: the system is Y; `SOC 3 Report` is the kind.
    expect(draft.services.map((s) => s.name)).toEqual(['Quorvane Ledger']);
    // The auditor that signs the report is not the vendor.
    expect(draft.vendors.map((v) => v.id)).toEqual(['quorvane-systems-inc']);
    // Dated by the auditor's signature, not the period it covers (January 1 to September 30, 2025).
    expect(draft.documents[0]).toMatchObject({ title: 'SOC 3 Report', publishedOn: '2025-11-14' });
    expect(regionsOf(draft)).toEqual(['aws:us-east-1', 'aws:us-west-2']);
    // Not Denver, Colorado (the auditor's office), nor Austin, Texas (the headquarters).
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // The opinion attests the system against the Trust Services Criteria: the SOC 2 scheme, issued by the signing firm.
    // Not AWS's SOC 2 and ISO 27001.
    expect(draft.certifiedBy).toMatchObject([{ certification: 'soc2', issuer: 'Hollis & Marwick LLP', edition: 'SOC 3' }]);
    expect(draft.certifiedBy[0]?.evidence.quote).toMatch(/^In our opinion/u);
    expect(draft.certifiedBy.map((c) => c.validFrom)).toEqual([undefined]);
    // AWS is the hosting, carved out, not a sub-processor of its own.
    expect(draft.dependsOn).toEqual([]);
    // Not the customers' 24 hours to report an incident or 7 years of kept reports, the 210 people, the founding year, or the
    // `retained for 1 year` of logs as a notice time.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=6 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=1 years',
      'passwordMinLength=14 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.4', 'iso27017:16.1.2']));
    // The auditor's report, management's assertion and the controls expected of customers or of AWS are no practice.
    const notPractice = /Auditor|Responsibilities|Assertion|Inherent|Complementary/u;
    expect(draft.disclosures.filter((d) => notPractice.test(d.evidence.section))).toEqual([]);
    const quotes = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(quotes.filter((q) => /Denver|Austin|user entit|24 hours|7 years|fire suppression/iu.test(q))).toEqual([]);
  });
});

describe('an English cloud-marketplace listing of a SaaS product (Sold by, Highlights, Product details, Pricing, Support, reviews)', () => {
  it('proposes the hosting regions abroad and at home, the certificates and values, not the marketplace, buyer regions, prices, support times or reviews', async () => {
    const { draft } = await ingestFixture('marketplace-listing.html');
    // `AWS Marketplace` in the page title and breadcrumb is the shop, not part of the product's name nor its hosting.
    expect(draft.services.map((s) => s.name)).toEqual(['Brackwater Tally']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['brackwater-labs-inc']);
    expect(draft.documents[0]).toMatchObject({ title: 'Brackwater Tally', publishedOn: '2025-10-21' });
    // `Asia Pacific (Tokyo) or Europe (Frankfurt)` and `region: Tokyo or Frankfurt`, on AWS: a place abroad maps to the
    // named provider's region there. Not Azure or Google Cloud (their marketplaces, a reviewer's ERP and receipts).
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:eu-central-1']);
    // Not the `Available in` buyer countries (US, CA, GB, IE, FR, SG, AU): where the listing is sold, not where data lives.
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'JP']);
    expect([...draft.usesInfra, ...draft.storesDataIn].filter((f) => /United States|Marketplace|ERP|receipts/u.test(f.evidence.quote))).toEqual([]);
    // The SOC 2 Type II report handed out under NDA is an attestation held; a reviewer's own ISO/IEC 27017 is not the vendor's.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 784512', 'soc2 -']);
    // `99.9% monthly uptime` read whole, not as `9%` after a list number; the 72-hour breach notice. Not the support
    // desk's first response to a Severity 1 ticket (4 hours, 1 business day), the 30-day trial, prices, contract terms,
    // the refund window or a reviewer's `notified within 2 hours`.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=72 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:18.1.1']));
    // Customers' reviews are their words: no fact cites them, and each review is skipped as such.
    const reviews = ['Customer reviews', 'Finally retired our spreadsheets', 'Good support'];
    const facts = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy];
    expect(facts.filter((f) => reviews.includes(f.evidence.section) || f.evidence.section === 'Support')).toEqual([]);
    expect(draft.sections.filter((s) => reviews.includes(s.heading)).map((s) => s.skippedBecause)).toEqual(
      reviews.map(() => expect.stringMatching(/review/iu)),
    );
  });
});

describe('a Japanese case study (導入事例) published by the vendor: the customer interviewed in 「」', () => {
  it('names the vendor and its product, not the customer; proposes the customer’s words about the service for review, nothing of the customer itself', async () => {
    const { draft } = await ingestFixture('case-study.html');
    // The customer, honoured with 様 in the title and breadcrumb and printed bare in its 会社概要, is not the publisher; the
    // product is the `導入サービス：` field, not the title's customer nor the tagline.
    expect(draft.vendors[0]).toMatchObject({ id: 'tsugumi-lab-inc', name: '株式会社ツグミラボ', nameEn: 'Tsugumi Lab Inc.' });
    expect(draft.services.map((s) => s.name)).toEqual(['ツグミ日報']);
    // Dated by 掲載日, not the customer's 設立 (1962年4月1日), 従業員数's `2025年3月31日現在` or the interview's month.
    expect(draft.documents[0]).toMatchObject({ title: '導入事例：株式会社オオマキ精工様', publishedOn: '2025-09-18' });
    // The customer's words about the service (`ツグミ日報はAWS東京リージョンで運用され、ISMSとISMSクラウドセキュリティ認証を取得`):
    // proposed, at a low confidence, each with a note that a customer said it. The provider named in the clause before is
    // no holder of the certificates. Not the customer's own Azure (`同社では…`, `当社の基幹システムは…`).
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(certificatesOf(draft)).toEqual(['iso27001 -', 'iso27017 -']);
    for (const fact of [...draft.usesInfra, ...draft.certifiedBy]) {
      expect(fact.confidence).toBeLessThanOrEqual(0.4);
      expect(fact.reviewNote).toMatch(/outside the vendor/u);
    }
    // Not the customer's own Privacy Mark (`当社自身もプライバシーマークを取得`), nor its requirement `データを国内で保管できること
    // を必須条件に` as a location of the service's data.
    expect(draft.storesDataIn).toEqual([]);
    // 導入効果 are the customer's gains (`50%削減`, `月40時間`, `提出率は98%`, `設備稼働率も5%向上`), and `24時間以内` the
    // customer's own reporting: no values, no availability.
    expect(metricsOf(draft)).toEqual([]);
    expect(controlsOf(draft)).not.toContain('iso27017:17.2.1');
    expect(draft.sections.find((s) => s.heading === '導入効果')?.skippedBecause).toMatch(/case study/u);
  });
});

describe('a Japanese 個人情報の取扱いに関する公表事項 (what the amended 個人情報保護法 has a company publish)', () => {
  it('proposes the hosting abroad, the four kinds of 安全管理措置 and the recipient abroad, not the address, fee, response time, desk hours or the recipient’s country', async () => {
    const { draft } = await ingestFixture('published-matters.txt');
    // `個人情報の取扱いに関する公表事項` is the law's heading, not a product: the product is `「X」（以下「本サービス」）`.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ユズリハ請求書']);
    expect(draft.vendors[0]).toMatchObject({ id: 'yuzuriha-accounting-inc', name: '株式会社ユズリハ会計' });
    expect(draft.documents[0]).toMatchObject({ title: '個人情報の取扱いに関する公表事項', publishedOn: '2025-08-20' });
    // 外的環境の把握: `日本国内のほか、シンガポールに所在するクラウド事業者のサーバにおいて保管` is where the data is kept.
    expect(regionsOf(draft)).toEqual(['gcp:asia-southeast1']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['JP', 'SG']);
    expect(controlsOf(draft)).toContain('iso27017:18.1.1');
    // The e-mail sender abroad is a dependency (`…業務を、米国に所在する X Inc. に委託`); its country (米国, アメリカ合衆国) is no
    // location of the service's data, nor the 外国の制度 line naming the 個人情報保護委員会.
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['本サービスのメール配信業務']);
    expect(draft.services.find((s) => s.id === draft.dependsOn[0]?.dependsOn)?.name).toBe('Brisklane Mail, Inc.');
    // 組織的・人的・物理的・技術的安全管理措置: organisation, a reported leak, training, entry control, access restriction, encryption.
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:6.1.1', 'iso27017:16.1.2', 'iso27017:7.2.2', 'iso27017:11.1.2', 'iso27017:9.4.1', 'iso27017:10.1.1']),
    );
    // Not the request fee (1,000円) or the two weeks to answer a request, nor 受付時間 平日10時〜17時: no values at all.
    expect(metricsOf(draft)).toEqual([]);
    expect(draft.certifiedBy).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /名古屋|愛知|1,000円|2週間|受付時間|個人情報保護委員会|外国の制度|アメリカ合衆国|OECD/u.test(q))).toEqual([]);
    const notPractice = ['1. 事業者の名称・住所・代表者', '2. 利用目的', '5. 保有個人データの開示等の請求手続', '6. お問い合わせ窓口'];
    expect([...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn].filter((f) => notPractice.includes(f.evidence.section))).toEqual([]);
  });
});

describe('an English GDPR international-transfers page (a Transfer Impact Assessment summary)', () => {
  it('proposes the EU hosting, the sub-processors and the supplementary measures, not their US location, Japan’s adequacy, article numbers or request counts', async () => {
    const { draft } = await ingestFixture('transfer-assessment.md');
    // `International Data Transfers at X`: the page kind and the brand; the product is the brand's name as the body prints it.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Ferrowyn Desk']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['ferrowyn-software-gmbh']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-03-03' });
    // The regions place the data in Ireland and Germany; `the EEA` and `the EU` are no country and give no fact.
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'IE']);
    // A table headed `Sub-processor | … | Transfer mechanism` lists dependencies under any heading; their `United States`
    // is where they are, not where the service keeps data.
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual([
      'trellisend-inc: Transactional email delivery',
      'kivotel-support-llc: Follow-the-sun support tooling',
    ]);
    // Supplementary measures: encryption, keys held in the EU, access restricted to named staff and logged, backups.
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.1', 'iso27017:10.1.1', 'iso27017:10.1.2', 'iso27017:12.3.1', 'iso27017:12.4.3']));
    // Not Art. 46, Art. 28(3), Decision 2021/914, `0 requests in 2024` or `2 requests in 2023`: only the backup values.
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours', 'backupRetentionDays=30 days']);
    // The EU–US Data Privacy Framework certifies the sub-processors, not the vendor.
    expect(draft.certifiedBy).toEqual([]);
    const places = [...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(places.filter((q) => /United States|Japan|adequacy|Berlin|EEA/u.test(q))).toEqual([]);
    const notPractice = ['Government access requests', 'Data Protection Officer'];
    expect(draft.disclosures.filter((d) => notPractice.includes(d.evidence.section))).toEqual([]);
  });
});

describe('an English public status page: components, 90-day uptime, scheduled maintenance, incident history', () => {
  it('proposes the regions the components run in and the maintenance notice; a measured uptime only as a record for review', async () => {
    const { draft } = await ingestFixture('status-page.html');
    // `System status` under the product is what the page is; the company is the `©` line, not the status-page host.
    expect(draft.services.map((s) => s.name)).toEqual(['Tidewicket Books']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['tidewicket-software-inc']);
    // The page prints no date of its own: not an incident's day nor the maintenance window's.
    expect(draft.documents[0]).toMatchObject({ title: 'Tidewicket Books', reviewNote: expect.stringMatching(/prints no date/u) });
    expect(['2025-11-20', '2025-11-12', '2025-11-04']).not.toContain(draft.documents[0]!.publishedOn);
    // Each component's region; the incident's `upstream provider AWS … in ap-northeast-1` names the same one. Where a
    // component runs is no statement of where data is stored.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:eu-central-1']);
    expect(draft.storesDataIn).toEqual([]);
    expect(draft.certifiedBy).toEqual([]);
    // `Powered by Signalbough` hosts the status page, and SMS/Slack/Teams/webhook/RSS carry its notices: none handles the
    // service's data, so none is a dependency.
    expect(draft.dependsOn).toEqual([]);
    // `Uptime over the past 90 days: 99.97%` is measured, not committed: each value only for review, with a note saying so
    // and no `days` cut from the label as its subject. `at least 7 days in advance` is the maintenance notice; an
    // incident's times, its duration, `within 30 minutes` of the next update and `20 minutes` read-only are no values.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=100 percent',
      'availabilityPercent=99.82 percent',
      'availabilityPercent=99.95 percent',
      'availabilityPercent=99.97 percent',
      'maintenanceNoticeDays=7 days',
    ]);
    const uptime = draft.disclosures.find((d) => d.control === 'iso27017:17.2.1')!;
    expect(uptime.reviewNote).toMatch(/measured over a past period/u);
    expect(uptime.confidence).toBeLessThanOrEqual(0.5);
    expect(uptime.metrics.filter((m) => m.subject)).toEqual([]);
    const facts = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn];
    expect(facts.filter((f) => /JST$|CET$|Investigating|Resolved|Duration|Subscribe|Powered/u.test(f.evidence.quote))).toEqual([]);
  });
});

describe('a Japanese e-mail answering a customer’s additional security questions, over the customer’s quoted message', () => {
  it('reads the numbered answers of the vendor; not the customer, its quoted environment, the signature or an answer deferred', async () => {
    const { draft } = await ingestFixture('reply-email.txt');
    // The product is the one the reply names (`弊社サービス「X」`); the subject `Re: 【ご質問】…に関する追加確認` says what the
    // message is, and the greeting and `以下のとおり回答いたします。` are sentences, neither a name nor the title.
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマガラ経費']);
    expect(draft.documents[0]).toMatchObject({ title: '【ご質問】セキュリティに関する追加確認', publishedOn: '2025-11-10' });
    // The customer honoured with 様 is not the vendor.
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヤマガラソフト']);
    // Not the customer's own `AWSの大阪リージョン（ap-northeast-3）`, nor the Osaka of the signature's address.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // ISMAP is only to be considered (`今後検討いたします`); the customer's Privacy Mark is its own.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 778812', 'iso27017 CLOUD 778813']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    // Not the customer's weekly backups kept 90 days or its logs kept 5 years.
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.4.4', 'iso27017:CLD.8.1.5', 'iso27017:18.1.1']));
    // `確認のうえ改めてご連絡いたします` answers nothing yet: no log disclosure, nor one quoting the closing courtesy line.
    expect(controlsOf(draft)).not.toContain('iso27017:12.4.1');
    expect(quotesOf(draft).filter((q) => /改めて|検討|ご不明|大阪府|TEL|シラカシ|弊社では|^>/u.test(q))).toEqual([]);
  });
});

describe('a Japanese administrator guide: settings explained as numbered UI steps', () => {
  it('reads the default the vendor sets, not the range the administrator chooses from nor the times a step takes', async () => {
    const { draft } = await ingestFixture('admin-guide.md');
    // `管理者ガイド（抜粋）` is the kind of document, not part of the product's name.
    expect(draft.services.map((s) => s.name)).toEqual(['ソラマメ台帳']);
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    // `既定で30日` is the vendor's; `7日から90日の範囲で選択` is the administrator's choice (and a range, not a change from 7
    // to 90); `10分以内に反映` and `24時間以内に削除` are deadlines, no backup interval.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'dataDeletionDays=60 days']);
    // Nor the support desk's hours or a help article's reading time.
    expect(quotesOf(draft).filter((q) => /窓口|3分|\n/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key, iso-certificate.txt (a certificate of registration issued by a certification body, saved as text):
 * - vendor Quorrell Data Ltd (the organisation the certifying statement names), not Brightmoor Certification Services Ltd
 *   (the body that issues, signs and is accredited); service Quorrell Roster (the scope's `provision of the X cloud service`).
 * - document: title `CERTIFICATE OF REGISTRATION`, dated by `Current issue date: 3 April 2025`; no version (the
 *   `Statement of Applicability version 3.1` in the scope is another document's).
 * - certifiedBy iso27001, number ISC 704512, edition ISO/IEC 27001:2022, issuer the body, the scope paragraph, validFrom
 *   2025-04-03 and validUntil 2028-03-13. validFrom is the current issue, not the `Original certification date` (14 March
 *   2019): that dates the first certificate of the registration, and the `Valid until` beside it closes the current
 *   three-year cycle, so 2019–2028 would be a validity no single certificate had.
 * - `and the guidance of ISO/IEC 27017:2015`: ISO/IEC 27017 is a code of practice, not certified on its own; the body
 *   assessed its cloud controls as an extension of this certificate. A careful reviewer records iso27017 under the same
 *   number, at a lower confidence, with a note to confirm the extension in the body's register.
 * - usesInfra aws:eu-west-2 (`hosted on Amazon Web Services in the Europe (London) region (eu-west-2)`); no storesDataIn:
 *   hosting is no statement of where data is kept, and the appendix's Manchester, Dublin and Pune are offices.
 * - NOT: a certificate from `Accredited by … accreditation no. 0123` or `holds ISO/IEC 17021-1 accreditation for ISO/IEC
 *   27001 certification` (the body's), the superseded ISC 588031, validFrom 2019-03-14, validUntil from `Surveillance audit
 *   due: March 2026`, GB/IE/IN as data locations, any disclosure (a certificate states no practice).
 */
describe('an English ISO/IEC 27001 certificate of registration, saved as text', () => {
  it('proposes the certified organisation, its certificate as printed and the hosting of its scope, not the certification body, its accreditation, the superseded number or the offices', async () => {
    const { draft } = await ingestFixture('iso-certificate.txt');
    // The certifying statement names the holder; the body is printed five times (letterhead, signature, address,
    // accreditation, property clause) but is no vendor.
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quorrell Data Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Quorrell Roster']);
    // Dated by its current issue, not the original certification, the SoA's date or the surveillance audit.
    expect(draft.documents[0]).toMatchObject({ title: 'CERTIFICATE OF REGISTRATION', publishedOn: '2025-04-03', version: 'not printed' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    // The appendix's sites are offices: no data location, and no country of the body's address.
    expect(draft.storesDataIn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 ISC 704512', 'iso27017 ISC 704512']);
    const [isms, cloud] = draft.certifiedBy;
    expect(isms).toMatchObject({
      vendor: 'quorrell-data-ltd',
      edition: 'ISO/IEC 27001:2022',
      issuer: 'Brightmoor Certification Services Ltd',
      validFrom: '2025-04-03',
      validUntil: '2028-03-13',
      scope: expect.stringMatching(/^The provision of the Quorrell Roster cloud service, .* \(eu-west-2\), in accordance with Statement of Applicability/u),
    });
    expect(isms!.confidence).toBeGreaterThan(cloud!.confidence!);
    // 27017 as guidance assessed with it: an extension under the same number, for review.
    expect(cloud).toMatchObject({ edition: 'ISO/IEC 27017:2015', validFrom: '2025-04-03', reviewNote: expect.stringMatching(/extension/u) });
    expect(cloud!.confidence).toBeLessThanOrEqual(0.6);
    // Not the body's accreditation, the superseded certificate, the original date or the audit schedule.
    expect(draft.certifiedBy.filter((c) => /accredit|supersede/iu.test(c.evidence.quote))).toEqual([]);
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/588031|0123|2019-03-14|2026-03/u);
    expect(draft.disclosures).toEqual([]);
  });
});

/*
 * Answer key, statement-of-applicability.md (an ISMS 適用宣言書 excerpt: 管理策番号 | 管理策 | 適用/除外 | 実施状況・除外理由):
 * - vendor 株式会社ハマナス計算, service ハマナス勤怠 (`「X」（以下「本サービス」）`; `適用宣言書（抜粋）` is the document).
 * - document: version 5 and date 2025-06-20 (改訂日 and the newest 改訂履歴 row); not 制定日 2019-02-01, the approval on
 *   2025-06-18, 文書番号 ISMS-SOA-002 as a version, nor an older row of the history.
 * - 適用 rows with a practice become disclosures with their values: backup daily kept 14 days, incidents notified within 24
 *   hours, logs kept 1 year, passwords of 12 characters, deletion within 30 days after the contract ends; MFA, encryption,
 *   Amazon Time Sync (aws-ntp), environments apart, reviewed changes, yearly training, supplier review, the shared
 *   responsibility model (CLD.6.3.1), per-tenant separation (CLD.9.5.1), customers' log view (CLD.12.4.5).
 * - usesInfra aws:ap-northeast-1 from the 5.23 row. No storesDataIn (running in a region is no statement of where data is
 *   kept), no certificate (the SoA follows ISO/IEC 27001 Annex A: it says nothing of a certificate held).
 * - 適用 rows that say only `規程に基づき実施` name no practice a reviewer could check: nothing proposed from them (5.1,
 *   5.30 business continuity, 8.7 malware, CLD.9.5.2, CLD.12.1.5).
 * - 除外 rows are no practice of the vendor: not the provider's physical security, its entry records kept 90 days, media
 *   disposal to NIST SP 800-88, nor CLD.13.1.4. The 7.5 row names the Osaka region (ap-northeast-3) only in its reason for
 *   excluding the control (`…の設備はAWSの責任範囲のため除外`): it says who secures the buildings, and the SoA's own
 *   hosting row (5.23) names Tokyo only, so a reviewer would not take a backup region from an exclusion's aside without
 *   another statement. Not proposed.
 * - The 改訂履歴's `7日から10日`, `10日から14日` are past changes, no values.
 */
describe('a Japanese 適用宣言書 (ISMS Statement of Applicability) excerpt: 管理策 | 適用/除外 | 実施状況・除外理由', () => {
  it('proposes the practices of the applied controls, not the excluded ones, the rule-only rows, the approval block or the revision history', async () => {
    const { draft } = await ingestFixture('statement-of-applicability.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハマナス計算']);
    expect(draft.services.map((s) => s.name)).toEqual(['ハマナス勤怠']);
    // 版数 and 改訂日 as the newest row of the Markdown 改訂履歴 prints them; not 制定日 or the approval's date.
    expect(draft.documents[0]).toMatchObject({ title: '情報セキュリティ 適用宣言書（抜粋）', version: '5', publishedOn: '2025-06-20' });
    // Tokyo from the applied 5.23 row; not the Osaka region named only in an exclusion's reason.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn).toEqual([]);
    // Following Annex A is no certificate.
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not the provider's 90-day entry records (an excluded row) nor the history's 7 and 10 days.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'passwordMinLength=12 characters',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining([
        'iso27017:7.2.2',
        'iso27017:9.4.2',
        'iso27017:10.1.1',
        'iso27017:12.1.4',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:12.4.4',
        'iso27017:14.2.2',
        'iso27017:16.1.2',
        'iso27017:CLD.6.3.1',
        'iso27017:CLD.8.1.5',
        'iso27017:CLD.9.5.1',
        'iso27017:CLD.12.4.5',
      ]),
    );
    // `セキュリティを保った認証` (2022 8.5, secure authentication) is log-in, not an independent review.
    expect(controlsOf(draft)).not.toContain('iso27017:18.2.1');
    // Excluded controls (physical security, media disposal, CLD.13.1.4) and rule-only rows (business continuity, malware).
    for (const control of ['iso27017:11.1.1', 'iso27017:11.1.2', 'iso27017:11.2.7', 'iso27017:CLD.13.1.4', 'iso27017:17.1.1', 'iso27017:12.2.1'])
      expect(controlsOf(draft)).not.toContain(control);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /除外|規程に基づき|90日|NIST|大阪|ap-northeast-3|改訂|第\d版|山根|ISMS-SOA/u.test(q))).toEqual([]);
  });
});

describe('an English RFP / tender response: the buyer’s numbered requirements, each answered with a compliance level', () => {
  /*
   * Answer key (what a careful reviewer accepts from rfp-response.md, and what must not be proposed):
   * - Service `Quenbrook Casework` (the cover's `Service offered`), vendor Quenbrook Systems GmbH (the bidder, never the
   *   Contracting Authority); title `Response to Invitation to Tender`, dated 2025-03-10 (the submission date, not the
   *   response deadline of 14 March, the signature or the contract start of 1 July).
   * - AWS eu-central-1 (Frankfurt) and eu-west-3 (Paris, the backup copies); data in DE and FR (`No customer data is stored
   *   outside these two regions`). Not eu-west-1 / IE: Dublin and Cork are where the Authority is, REQ-HOST-002 (`hosted in
   *   Ireland`) is answered Non-compliant, and the EEA is no country.
   * - ISO/IEC 27001 DE-ISMS-48213 (TÜV Rheinland, until 2027-06-18). Not ISO/IEC 27017 (Roadmap: audit scheduled for Q3
   *   2026) nor ISO/IEC 27018 (Non-compliant).
   * - Time source: Amazon Time Sync Service. Dependency: Thistlecomb Mail Ltd. for e-mail notifications; not Fenwold
   *   Consulting Ltd. (the training partner of the pricing table: no data processing is said of it).
   * - Values of the responses only: backups every 6 hours kept 30 days (Partially compliant: the 35 of the requirement is
   *   the buyer's), notice within 12 hours (not the 24 required), 99.9 % (not 99.95 %), maintenance notice 5 days, deletion
   *   within 30 days (not 90), audit logs 13 months (not 7 years). Not the RPO/RTO of 1 and 4 hours (Roadmap), the 90-day
   *   bid validity, 30 days after award, Priority 1 tickets acknowledged within 1 hour (support, no incident notice), 36
   *   months or any price.
   * - Controls: backup and restore tests (12.3.1), incident notice (16.1.2), availability (17.2.1), maintenance (12.1.2),
   *   deletion (CLD.8.1.5), logs (12.4.1), clocks (12.4.4), encryption (10.1.1), training (7.2.2), the certificate
   *   (18.2.1). Not key management (10.1.2: customer-managed keys are Roadmap), nor supplier relationships (15.1.x: `The
   *   supplier shall …` addresses the bidder itself). Partially compliant answers are read and flagged for review.
   */
  it('proposes what each response states, not the requirement’s wording and values, and nothing from a Roadmap or Non-compliant answer', async () => {
    const { draft } = await ingestFixture('rfp-response.md');
    // The cover's `Service offered` names the product; the title says what the document is.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Quenbrook Casework']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['quenbrook-systems-gmbh']);
    expect(draft.documents[0]).toMatchObject({ title: 'Response to Invitation to Tender', publishedOn: '2025-03-10' });
    // The Authority's Dublin and Cork are its own address and data centre, and `hosted in Ireland` is a requirement answered
    // Non-compliant: no eu-west-1, no IE. `outside these two regions` keeps the data in the two regions named before it.
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-3']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'FR']);
    // ISO/IEC 27017 is on the roadmap and ISO/IEC 27018 not held: only the certificate with its number.
    expect(certificatesOf(draft)).toEqual(['iso27001 DE-ISMS-48213']);
    expect(draft.certifiedBy[0]).toMatchObject({ issuer: 'TÜV Rheinland', validUntil: '2027-06-18' });
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // `Response: E-mail notifications are sent through X Ltd.`: the answer's label is no part of the function. The
    // training partner of the pricing table processes no data the response names.
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['thistlecomb-mail-ltd: E-mail notifications']);
    // The responses' values; none of the requirements' (35 days, 24 hours, 99.95%, 90 days, 7 years), of the Roadmap
    // answer (1 and 4 hours), the bid's validity, the support desk's first answer (`incident response` is the vendor's
    // process, not a support reply) or the prices.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=12 hours',
      'logRetentionDays=13 months',
      'maintenanceNoticeDays=5 days',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining([
        'iso27017:7.2.2',
        'iso27017:10.1.1',
        'iso27017:12.1.2',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:12.4.4',
        'iso27017:16.1.2',
        'iso27017:17.2.1',
        'iso27017:18.2.1',
        'iso27017:CLD.8.1.5',
      ]),
    );
    // Customer-managed keys are Roadmap; `The supplier shall …` is the bidder addressed, not its suppliers.
    expect(controlsOf(draft).filter((c) => /10\.1\.2|15\.1\./u.test(c))).toEqual([]);
    // A Partially compliant answer is read, and its facts flagged.
    const backup = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'))!;
    expect(backup.reviewNote).toMatch(/only in part/u);
    // No requirement's wording, compliance label, Roadmap or Non-compliant answer, price, validity or cover field is quoted.
    const quotes = quotesOf(draft);
    expect(
      quotes.filter((q) => /REQ-|shall|Compliance:|Q3 2026|do not currently|Irish|Dublin|Cork|Carrowmore|Fenwold|€|valid for|Priority 1|EEA/u.test(q)),
    ).toEqual([]);
  });
});

describe('a Japanese よくあるご質問 page: breadcrumbs, accordion answers by category, a sidebar of other products, a feedback widget', () => {
  /*
   * Answer key (faq-page.html):
   * - Service コマドリ受付 of 株式会社コマドリシステムズ (the English name is printed only in the footer: its company line is page
   *   chrome, and its copyright line names the vendor only where nothing else does, so the id stays a placeholder with a
   *   note, harmless). Title よくあるご質問, dated 2025-06-12 (最終更新日).
   * - Azure japaneast, data in JP. Not azure:japanwest: `オプション契約で西日本リージョンへのバックアップ保管も可能（別途費用）` is an
   *   option the customer may buy, not the service as delivered (a reviewer adds it, if at all, as an option).
   * - ISO/IEC 27001 IS 795512 and ISO/IEC 27017 CLOUD 795513; not ISMAP (`現在対応しておりません`), nor a region abroad.
   * - Daily backups kept 14 days, deletion within 90 days of cancellation, incident notice within 72 hours.
   * - Not the log retention (`プランにより異なります。詳細は個別にお問い合わせください。` defers: no 12.4.1), not the sidebar's
   *   コマドリ会議室予約 on Google Cloud with backups kept 30 days, not the desk's hours (9:00〜18:00) nor the form's reply
   *   within 2 business days (no incident notice), nor the breadcrumbs, related articles or the はい / いいえ widget.
   */
  it('proposes the answers’ facts; not a paid option, a deferred answer, a `現在対応しておりません`, the sidebar’s product or the desk hours', async () => {
    const { draft } = await ingestFixture('faq-page.html');
    expect(draft.services.map((s) => s.name)).toEqual(['コマドリ受付']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社コマドリシステムズ']);
    expect(draft.documents[0]).toMatchObject({ title: 'よくあるご質問', publishedOn: '2025-06-12' });
    // The page's sidebar (an `<aside>` outside `<main>`) is another product's; the 西日本 copy is an option paid for apart.
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 795512', 'iso27017 CLOUD 795513']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=72 hours',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:18.2.1', 'iso27017:CLD.8.1.5']),
    );
    // The log retention is left to the plan and to an enquiry: no logging disclosure.
    expect(controlsOf(draft)).not.toContain('iso27017:12.4.1');
    expect(quotesOf(draft).filter((q) => /会議室|Google|西日本|オプション|個別|異なります|受付時間|営業日|ISMAP|海外|現在対応|役に立ち/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key, written before the document was ingested: an English customer e-mail announcing a region move.
 * Accept: the product `Quernstone Ledger` (from the subject's `your X data`), titled by the subject, dated 3 February
 * 2026 (`Date:`), the publisher Quernstone Software Ltd; the hosting today, AWS ap-southeast-1, and Singapore as where
 * the data is stored; ISO/IEC 27001 IS 738214 (BSI); encryption at rest and in transit (10.1.1); backups every 4 hours
 * kept 35 days (12.3.1); incident notice within 48 hours (16.1.2); deletion within 60 days of a subscription's end
 * (CLD.8.1.5).
 * Not STATED: AWS ap-northeast-1 (Tokyo), where the service is to run from 14 March 2026. It is proposed only as INFERRED,
 * at low confidence, with a note to accept it once the move is done: the reviewer may read the notice after the move (as
 * the bilingual notice's Tokyo is proposed), but when it was written the service ran in Singapore. Japan is no data
 * location (`Quernstone Ledger for Japan` is the market, and the move is to come).
 * Not proposed: the backups kept in Singapore `for 30 days after the move` (a one-off transition, not the retention);
 * the maintenance window, the 40 minutes read-only, the DNS TTL of 300 seconds, the 2-hour rollback, status updates every
 * 30 minutes, the one business day of support; the customer's allowlist steps (`WHAT YOU NEED TO DO`); the London address
 * of the footer (no data location).
 */
describe('an English customer notice of a region move, sent before the move', () => {
  it('proposes where the service runs today, the target only for review, and the standing practices; not the transition, timeline or footer', async () => {
    const { draft } = await ingestFixture('migration-notice.txt');
    const subject = 'Action required: your Quernstone Ledger data is moving to AWS Tokyo on 14 March 2026';
    // The subject names the product as the reader's (`your X data`) and titles the message, without its field name.
    expect(draft.services.map((s) => s.name)).toEqual(['Quernstone Ledger']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['quernstone-software-ltd']);
    expect(draft.documents[0]).toMatchObject({ title: subject, publishedOn: '2026-02-03' });
    expect(draft.sections[0]).toEqual({ heading: subject });
    // Singapore today; Tokyo only as the announced target, inferred, low, with a note.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-southeast-1']);
    const today = draft.usesInfra.find((u) => u.region === 'aws:ap-southeast-1')!;
    expect(today).toMatchObject({ basis: 'STATED' });
    expect(today.evidence.quote).toMatch(/^Today/u);
    const target = draft.usesInfra.find((u) => u.region === 'aws:ap-northeast-1')!;
    expect(target).toMatchObject({ basis: 'INFERRED', rule: 'infrastructure.announced-move-target' });
    expect(target.confidence).toBeLessThanOrEqual(0.4);
    expect(target.reviewNote).toMatch(/announced move/u);
    // Not Japan (`for Japan` is the market; the move is to come), nor the United Kingdom of the footer's address.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['SG']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 738214']);
    // Not the 30 days the old backups stay after the move, the 40 read-only minutes, the 300-second TTL, the 2-hour
    // rollback, the 30-minute status updates or the one business day of support.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']));
    // The customer's steps (update the allowlists) are theirs: the section is skipped, its firewall no network control.
    expect(draft.sections.find((s) => s.heading === 'WHAT YOU NEED TO DO')?.skippedBecause).toMatch(/customer must do/u);
    expect(controlsOf(draft)).not.toContain('iso27017:13.1.1');
    const facts = [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy];
    expect(facts.filter((f) => /30 days after|40 minutes|TTL|roll back|allowlist|Finsbury|Unsubscribe|business day/u.test(f.evidence.quote))).toEqual([]);
  });
});

/*
 * Answer key, written before the document was ingested: a Japanese 重要事項説明書 for a SaaS contract.
 * Accept: the product ハシバミ勤怠 (`重要事項説明書` is the kind of document), dated 2025年12月1日, the vendor 株式会社
 * ハシバミクラウド; AWS ap-northeast-1 (保管場所) and ap-northeast-3 (the backups' copy), data in Japan; ISO/IEC 27001 IS
 * 795530; backups 1日1回 kept 14日間 (12.3.1); encryption at rest and in transit (10.1.1); deletion within 60 days of the
 * contract's end (CLD.8.1.5); first notice of a failure within 2 hours (16.1.2); 7 days' notice of planned maintenance
 * (12.1.2); staff training (7.2.2); 稼働率99.5% only as a target, for review.
 * The customer's own backup (`お客様ご自身で…バックアップを取得してください`) is a request to the customer: no practice and
 * no quote; it does not undo the vendor's own backups, whose values stand.
 * Not proposed: the 30日前 notice of cancellation (no deletion, no notice of maintenance), 最低利用期間12か月, the 1か月前
 * renewal notice, prices and 消費税10%, the 12か月 liability cap, the desk's 受付時間 and 5営業日 answer; 福岡 (the company's
 * 所在地) as a data centre or location; the 免責 clauses (天災地変, the cloud operator's outage) as practice.
 */
describe('a Japanese 重要事項説明書 for a SaaS contract', () => {
  it('proposes the data handling, failure notice and certificate; not the contract terms, prices, desk hours, address or disclaimers', async () => {
    const { draft } = await ingestFixture('important-matters.txt');
    // `重要事項説明書` names the kind of document: the product is the bracketed name under it.
    expect(draft.services.map((s) => s.name)).toEqual(['ハシバミ勤怠']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハシバミクラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '重要事項説明書', publishedOn: '2025-12-01' });
    // Not an undisclosed data centre in Kyushu from the company's 所在地 in 福岡県.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 795530']);
    // The vendor's backups stand beside the customer's own; the 99.5% 目標 is a target, for review.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.5 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=2 hours',
      'maintenanceNoticeDays=7 days',
    ]);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:17.2.1')?.reviewNote).toMatch(/target/u);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:7.2.2', 'iso27017:10.1.1', 'iso27017:12.1.2', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']),
    );
    // A `。` inside brackets does not cut the deletion sentence short.
    expect(draft.disclosures.find((d) => d.control === 'iso27017:CLD.8.1.5')?.evidence.quote).toMatch(/消去します。$/u);
    // How to cancel (`30日前までに…行ってください`) and the fee for leaving early are the customer's: no deletion practice there.
    const notPractice = ['1. 提供事業者', '4. 料金', '5. 契約期間', '6. 解約', '9. 免責事項', '11. 苦情・相談窓口'];
    expect(draft.disclosures.filter((d) => notPractice.includes(d.evidence.section))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /ご自身で|してください|30日前|12か月|受付時間|5営業日|天災地変|福岡|円/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key, iso-certificate-ja.txt (a Japanese 認証登録証, the form Japanese certification bodies issue: the body's name
 * over a letter-spaced title, labelled fields, a statement closing `…に適合していることを証明します。`):
 * - vendor 株式会社ミズナギ会計 (`組織名：`), not the body 一般社団法人 サザナミ審査登録センター, which publishes the document and
 *   issues the certificate; service ミズナギ経費 (the scope's `サービス「X」の開発、運用及び保守`).
 * - document titled 認証登録証 (printed `認 証 登 録 証`), dated by 発行日 2025-07-01; not 初回登録日 2020-07-01, the
 *   expiry, the next surveillance audit or a row of the 改訂履歴.
 * - iso27001 SZR-IS-20417 (JIS Q 27001:2023, the ISO/IEC 27001:2022 in brackets the same standard), issuer the body,
 *   validFrom 2025-07-01, validUntil 2028-06-30; iso27017 under the same number at a lower confidence with a note
 *   (`ISO/IEC 27017:2015 に基づく…管理策を含む`: an extension, not a certificate of its own).
 * - usesInfra azure:japaneast from the scope's `（Azure の東日本リージョンにて提供）`. No storesDataIn: the annex's 大阪,
 *   福岡 and シンガポール are offices (`顧客データを保管していません`).
 * - NOT: the superseded SZR-IS-18655, the body's JAB accreditation RM099, a disclosure (a certificate states no practice).
 */
describe('a Japanese 認証登録証 (certificate of registration) saved as text', () => {
  it('proposes the certified organisation, its certificate from the labelled fields and the hosting of its scope; the body publishes it', async () => {
    const { draft } = await ingestFixture('iso-certificate-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ミズナギ会計']);
    expect(draft.services.map((s) => s.name)).toEqual(['ミズナギ経費']);
    // A letter-spaced title reads as its word; dated by its current issue, published by the body that issues it.
    expect(draft.documents[0]).toMatchObject({ title: '認証登録証', publishedOn: '2025-07-01', publisher: '一般社団法人 サザナミ審査登録センター' });
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 SZR-IS-20417', 'iso27017 SZR-IS-20417']);
    const [isms, cloud] = draft.certifiedBy;
    expect(isms).toMatchObject({ issuer: '一般社団法人 サザナミ審査登録センター', validFrom: '2025-07-01', validUntil: '2028-06-30' });
    expect(isms!.scope).toMatch(/^クラウド型経費精算サービス「ミズナギ経費」/u);
    expect(cloud).toMatchObject({ edition: 'ISO/IEC 27017:2015', reviewNote: expect.stringMatching(/extension/u) });
    expect(cloud!.confidence).toBeLessThan(isms!.confidence!);
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/18655|RM099|2020-07-01/u);
    expect(draft.disclosures).toEqual([]);
  });
});

/*
 * Answer key for bcp-summary.txt (a Japanese 事業継続計画（BCP）の概要 for customers), as a careful reviewer reads it:
 * - product ハコベラ勤怠 of 株式会社ハコベラシステムズ; title 「ハコベラ勤怠」事業継続計画（BCP）の概要, 第2.1版, 2025-10-01.
 * - usesInfra aws:ap-northeast-1 (primary) and aws:ap-northeast-3 (the DR site in use); storesDataIn JP.
 * - ISO/IEC 27001 IS 803317 held.
 * - backupInterval 1 day (1日1回), backupGenerations 14; backups kept in Osaka (12.3.1); incidentNotificationHours 1.
 * - continuity (17.1.1), redundancy (17.2.1), drills of the DR switch-over (17.1.3).
 * Not to be proposed: RTO/RPO (targets, `保証するものではありません`; the tool has no metric for them and reads none as a
 * backup interval), a drill date (訓練実施日) or a drill's 復旧所要時間 as the publication date or a value, Singapore
 * (検討中), ISO 22301 (目指して準備), Tokyo as anything but the primary region (the 首都直下地震 scenario), the staff safety
 * check's `3時間以内に安否の報告` as a notice to customers, the customer's own monthly CSV export (advice to the customer),
 * the 福岡オフィス / 千代田区 offices as locations, the desk's hours, a DR drill as staff awareness training (7.2.2).
 */
describe('a Japanese 事業継続計画（BCP）の概要 for customers: regions, RTO/RPO targets, backups, notice and drills', () => {
  it('proposes the primary and DR regions, the backups and the notice; not targets, drills, a region under consideration or staff safety checks', async () => {
    const { draft } = await ingestFixture('bcp-summary.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['ハコベラ勤怠']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハコベラシステムズ']);
    // Dated by the document, not by a 訓練実施日 (2024-09-20, 2025-03-14, 2025-07-04).
    expect(draft.documents[0]).toMatchObject({ title: '「ハコベラ勤怠」事業継続計画（BCP）の概要', version: '第2.1版', publishedOn: '2025-10-01' });
    // Tokyo stays the primary region whatever the 首都直下地震 scenario says; Osaka is the DR site in use; Singapore is 検討中.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // ISO 22301 is only aimed at (`取得を目指して準備`).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 803317']);
    // RTO/RPO are targets with no metric of their own: `RPO 1時間` / `15分` are no backup interval, `RTO 24時間` no notice time.
    // The staff's `3時間以内に安否の報告` is no notice to customers; a drill's 復旧所要時間 is no value.
    expect(metricsOf(draft)).toEqual(['backupGenerations=14 generations', 'backupInterval=1 days', 'incidentNotificationHours=1 hours']);
    // A drill of the switch-over verifies continuity (17.1.3); it is no awareness training of staff (7.2.2).
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:17.1.1', 'iso27017:17.1.3', 'iso27017:17.2.1']));
    expect(controlsOf(draft)).not.toContain('iso27017:7.2.2');
    // The safety check of staff and the advice to export data monthly are no practice of the service: nothing quotes them.
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /安否|お勧め|RTO|RPO|訓練実施日|シンガポール|22301|福岡|千代田区|受付時間/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key for shared-responsibility.html (an English Shared Responsibility Model page):
 * - product Quennick Forms (the page's <title>, the H1 being the page kind) of Quennick Labs, Inc.; title Shared
 *   Responsibility Model; 2025-08-12.
 * - usesInfra aws:us-east-1 and aws:us-west-2 (backups); storesDataIn US.
 * - The vendor column: SOC 2 Type II report (held); passwordMinLength 12 and lock-out (9.4.2, 9.4.3); encryption at rest
 *   with KMS (10.1.1, 10.1.2); network controls (13.1.1); snapshots every 6 hours kept 30 days; breach notice within 48
 *   hours; audit logs kept 1 year; the responsibility matrix itself (CLD.6.3.1).
 * Not to be proposed: the customer's column (report within 24 hours, weekly exports, SIEM retention up to 7 years), the
 * cloud provider's column (ISO/IEC 27001, SOC 1/2/3, PCI DSS of AWS; physical security), regions from the AWS link or
 * `regions worldwide, including Europe and Asia Pacific`, a row assigned only to another party as a quote, the footer.
 */
describe('an English Shared Responsibility Model page: a Customer / Vendor / Cloud provider matrix', () => {
  it('reads the vendor’s column only; the customer’s duties and the cloud provider’s certificates are theirs', async () => {
    const { draft } = await ingestFixture('shared-responsibility.html');
    // `Shared Responsibility Model` is what the page is; the product is in the page's <title> beside it.
    expect(draft.services.map((s) => s.name)).toEqual(['Quennick Forms']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['quennick-labs-inc']);
    expect(draft.documents[0]).toMatchObject({ title: 'Shared Responsibility Model', publishedOn: '2025-08-12' });
    // The link to the AWS model and `regions worldwide, including Europe and Asia Pacific` add no region.
    expect(regionsOf(draft)).toEqual(['aws:us-east-1', 'aws:us-west-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    // The vendor's SOC 2 Type II report is held; AWS's ISO/IEC 27001, SOC 1/2/3 and PCI DSS are the cloud provider's.
    expect(certificatesOf(draft)).toEqual(['soc2 -']);
    // Not the customer's `within 24 hours`, `export your data weekly` or `configurable up to 7 years`.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
      'passwordMinLength=12 characters',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:CLD.6.3.1', 'iso27017:9.4.2', 'iso27017:9.4.3', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']),
    );
    // A row the table gives wholly to the customer or the cloud provider is no quote of the vendor's practice.
    expect(quotesOf(draft).filter((q) => /^(?:Data classification|Physical security)\t|©|shared-responsibility-model/u.test(q))).toEqual([]);
    expect(controlsOf(draft).filter((c) => /^iso27017:11\./u.test(c))).toEqual([]);
  });
});

/*
 * Answer key for `hard-wrapped.txt` (an English security overview as a text e-mail or RFC-style document, hard-wrapped at
 * 70 columns, indented body, numbered headings `2.1  Hosting`), as a careful reviewer would accept it:
 * - vendor Pellbrook Systems, Inc.; service Pellbrook Rota; title `Pellbrook Rota Security Overview`, Version 3.0, 2025-11-12.
 * - hosting: AWS Asia Pacific (Tokyo) ap-northeast-1 (`hosted on Amazon Web Services` ends a line, the region is on the
 *   next); snapshots copied to Asia Pacific (Osaka) ap-northeast-3 (`the Asia` / `Pacific (Osaka)` across the break).
 * - data stored in Japan (`stored in` / `Japan.`).
 * - ISO/IEC 27001:2022 IS 742913 by BSI, issued 2025-05-15, valid until 2028-05-14 (dated by the next sentence);
 *   ISO/IEC 27017:2015 CLOUD 742914 (`ISO/IEC` / `27017:2015`).
 * - time: Amazon Time Sync Service (`Amazon Time` / `Sync Service`).
 * - metrics: daily backups kept 35 days, snapshots every 24 hours, incident notice within 72 hours (`72` / `hours`),
 *   99.95 % monthly availability, maintenance announced 7 days in advance, deletion within 30 days, audit logs one year.
 * Not to be proposed: an in-country `aws:jp` placeholder from the line `… hosted on Amazon Web Services` read alone;
 * `In future, customers could choose … the Europe (Frankfurt) region`; the `United States` of `our offices in the United
 * States hold no customer data`; the planned SOC 2 Type II; AWS's own SOC 2 report, the AWS regions page and the ISO/IEC
 * 27017 standard of the `[1]`–`[3]` reference list; the author's address block (Portland, Oregon, United States, phone).
 */
describe('an English security overview hard-wrapped at 70 columns, as a text e-mail or an RFC-style document', () => {
  it('reads each sentence across its line breaks: the region after the provider, the values after their numbers; not the references or the address', async () => {
    const { draft } = await ingestFixture('hard-wrapped.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['Pellbrook Rota']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['pellbrook-systems-inc']);
    // The unnumbered `Abstract` heading under the title block is no part of the title.
    expect(draft.documents[0]).toMatchObject({ title: 'Pellbrook Rota Security Overview', version: 'Version 3.0', publishedOn: '2025-11-12' });
    // The region on the line after `hosted on Amazon Web Services`: a named region, no in-country placeholder. Not the
    // Frankfurt customers `could choose` `In future`, nor the Oregon of the author's address.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.usesInfra.every((u) => u.basis === 'STATED' && !u.reviewNote)).toBe(true);
    // `is stored in` / `Japan.`; the offices in the United States hold no data.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Both schemes, their numbers split from the scheme by a line break; the 27001 dated by the sentence after it. Not the
    // planned SOC 2 nor AWS's own SOC 2 report in the references.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 742913', 'iso27017 CLOUD 742914']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')).toMatchObject({ validFrom: '2025-05-15', validUntil: '2028-05-14' });
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // `within 72` / `hours` and `within 30 days` on the second line of its paragraph are read.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupInterval=1 days',
      'backupInterval=24 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:10.1.2', 'iso27017:12.4.4', 'iso27017:16.1.2', 'iso27017:18.1.1']),
    );
    // Quotes keep the printed line breaks and indentation (verbatim), and none comes from the contents, the references or
    // the address block.
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Frankfurt|United States|Oregon|Portland|Phone|https?:|Artifact|SOC 2|\.{5}/u.test(q))).toEqual([]);
    expect(quotes.some((q) => q.includes('Amazon Web Services\n   in its Asia Pacific (Tokyo) region'))).toBe(true);
  });
});

/*
 * Answer key for `hard-wrapped-ja.txt` (a Japanese whitepaper as plain text wrapped every 35 full-width characters, no
 * space at the break, `- 1 -` page numbers and a `社外秘` header at each page break, a dotted-leader contents list):
 * - vendor 株式会社ヒメシャラ製作所 (`株式` / `会社…` across the break); service ヒメシャラ勤怠; title `ヒメシャラ勤怠　セキュリティ
 *   ホワイトペーパー`, 第2.0版, 2025-10-01.
 * - hosting: AWS アジアパシフィック（東京） ap-northeast-1 (`（東` / `京）リージョン`); backups copied to 大阪リージョン ap-northeast-3.
 * - data stored in Japan.
 * - ISO/IEC 27001 IS 815204; ISO/IEC 27017 CLOUD 815205 (`CLOUD` / `815205`), granted 2024-03-01.
 * - time: Amazon Time Sync Service.
 * - metrics: daily backups, 14 generations; incident notice within 72 hours (`72時間` / `以内`); deletion within 90 days;
 *   99.9 % availability as a target (for review).
 * Not to be proposed: the Singapore region whose backup copies start in FY2026 (`…開始する予` / `定です。`), ISMAP (検討),
 * `社外秘` as the title or product, the head office in Tokyo as a data location, page numbers or contents lines as quotes.
 */
describe('a Japanese whitepaper wrapped every 35 full-width characters, with a 社外秘 header and - N - page numbers', () => {
  it('joins the lines without a space, so cut words are read whole; leaves the page furniture and the planned region out', async () => {
    const { draft } = await ingestFixture('hard-wrapped-ja.txt');
    // `社外秘` over the title block is the running header of every page, no title and no product.
    expect(draft.services.map((s) => s.name)).toEqual(['ヒメシャラ勤怠']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヒメシャラ製作所']);
    expect(draft.documents[0]).toMatchObject({ title: 'ヒメシャラ勤怠　セキュリティホワイトペーパー', version: '第2.0版', publishedOn: '2025-10-01' });
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '１．はじめに',
      '２．サービスの提供基盤',
      '３．データの保管場所',
      '４．第三者認証',
      '５．運用上のセキュリティ対策',
      '（１）バックアップ',
      '（２）暗号化',
      '（３）時刻同期',
      '（４）インシデント発生時の通知',
      '（５）サービス稼働率',
      '（６）契約終了時のデータ削除',
      '６．今後の予定',
    ]);
    // `アジアパシフィック（東` / `京）リージョン` is Tokyo; the Singapore copy `…開始する予` / `定です。` is a plan.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // `CLOUD` / `815205`: the whole number. ISMAP is only considered (検討).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 815204', 'iso27017 CLOUD 815205']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27017')?.validFrom).toBe('2024-03-01');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'backupInterval=1 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=72 hours',
    ]);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:17.2.1')?.reviewNote).toMatch(/target/u);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:10.1.1', 'iso27017:10.1.2', 'iso27017:12.4.4', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']),
    );
    // No quote holds the page furniture, a contents line, the plan or the head office.
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /社外秘|- \d -|……|シンガポール|ISMAP|本社/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === '６．今後の予定')?.skippedBecause).toMatch(/Plans/u);
  });
});

/*
 * Answer key of pentest-letter.txt (an independent firm's letter attesting a penetration test of a vendor's product).
 * Accept: vendor Obelin Software, Inc.; service Obelin Roster; title `Letter of Attestation: Penetration Test of Obelin
 * Roster`, dated 14 November 2025 (the letter's date), published by the testing firm; hosting aws:ap-northeast-1 (the
 * scope's `hosted on Amazon Web Services in the Asia Pacific (Tokyo) region`); the vendor's ISO/IEC 27001 IS 731905 only
 * as restated by the firm (`Obelin has informed Vantrell that it maintains …`, unverified): low confidence and a note; the
 * test itself as system security testing (14.2.8).
 * Reject: the firm as vendor or product (letterhead, tagline, signature); the firm's own ISO/IEC 27001 IS 655120, its
 * CREST accreditation and the testers' OSCP / CREST / CISSP / OSCE3; OWASP ASVS, WSTG and PTES (methods, not
 * certificates); the test window (22 September – 10 October 2025) and retest dates as the letter's date; the firm's 90-day
 * evidence retention, `reported … within 24 hours of discovery`, the 12-hour session timeout, the letter's twelve-month
 * validity and the finding counts as values; Leeds and the United Kingdom as locations; the customers' identity providers
 * as dependencies.
 */
describe('an English letter of attestation of a penetration test, written by an independent testing firm', () => {
  it('names the tested vendor and product, not the firm; the vendor’s certificate only as restated, nothing of the firm itself', async () => {
    const { draft } = await ingestFixture('pentest-letter.txt');
    // The letterhead (`VANTRELL SECURITY PARTNERS LLP`, `Independent Security Assessment Services`) names the sender: the
    // firm introduces itself as `an independent security testing firm`, so it is neither the vendor nor the product.
    expect(draft.vendors.map((v) => v.id)).toEqual(['obelin-software-inc']);
    expect(draft.services.map((s) => s.name)).toEqual(['Obelin Roster']);
    // The subject line under `To whom it may concern,` is the title; the letter's date, not the test window or the retest.
    expect(draft.documents[0]).toMatchObject({
      title: 'Letter of Attestation: Penetration Test of Obelin Roster',
      publishedOn: '2025-11-14',
      publisher: 'Vantrell Security Partners LLP',
      reviewNote: expect.stringMatching(/independent firm/u),
    });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    // The scope says where the tested service runs, not where its data is kept; Leeds is where the testers sat.
    expect(draft.storesDataIn).toEqual([]);
    // The vendor's certificate as the firm passes it on (`has informed Vantrell that it maintains …`; `has not verified`):
    // proposed for review at a low confidence. Not the firm's own IS 655120, nor the testers' personal certifications.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 731905']);
    expect(draft.certifiedBy[0]!.confidence).toBeLessThanOrEqual(0.4);
    expect(draft.certifiedBy[0]!.reviewNote).toMatch(/passes on what it was told/u);
    expect(quotesOf(draft).filter((q) => /655120|OSCP|CREST|CISSP|OSCE/u.test(q))).toEqual([]);
    // The firm's evidence kept 90 days, its 24-hour reporting of findings to the vendor, the open 12-hour session timeout,
    // the letter's validity and the finding counts: no values of the service.
    expect(metricsOf(draft)).toEqual([]);
    expect(controlsOf(draft)).toContain('iso27017:14.2.8');
    // What the firm says of itself (`About Vantrell`, `Vantrell itself holds …`, `Vantrell retains …`) is no fact.
    expect(quotesOf(draft).filter((q) => /^Vantrell|90 days|24 hours|12 hours|twelve months|Leeds/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === '6. About Vantrell')?.skippedBecause).toMatch(/independent firm/u);
    expect(draft.dependsOn).toEqual([]);
    expect(draft.syncsTimeWith).toEqual([]);
  });
});

/*
 * Answer key of cloud-registry-entry.html (a government cloud-service register's entry, in the style of the ISMAP
 * クラウドサービスリスト). Accept: vendor ツユクサテクノロジー株式会社 (Tsuyukusa Technology Inc.) from 事業者名; service
 * ツユクサ受付クラウド from クラウドサービス名; title `クラウドサービスリスト 登録詳細` dated 最終更新日 2025-12-01; hosting
 * aws:ap-northeast-1 and aws:ap-northeast-3 (the IaaS/PaaS row); data in JP; ISMAP C24-0187-1 registered 2024-06-20, valid
 * until 2026-09-30 (the scheme from the register's lead, the record naming none).
 * Reject: the register (ISMAPポータル) and its operator (the footer's ISMAP運営委員会) as vendor or service; the news box's
 * other services (ハコベラ会議 for Gov, シロツメ文書管理), their companies, dates, registration number C25-0231-1, the
 * ISMAP-LIU application and the Azure 東日本リージョン of another service; AWS's own ISMAP number C21-0001-1; the audit
 * period (2024-04-01 – 2025-03-31) as validity; the 監査機関 as a sub-processor or issuer; the 法人番号 as a number of
 * anything; the history's 2025-04-10 as the page's date.
 */
describe('a Japanese government cloud-service register’s entry (登録番号 / クラウドサービス名 / 事業者名 / 登録日 / 有効期限 rows)', () => {
  it('proposes the entry’s registration with its dates, the hosting and data location; nothing of the register or other entries', async () => {
    const { draft } = await ingestFixture('cloud-registry-entry.html');
    // The site banner (ISMAPポータル and its tagline) is chrome; the product is the `クラウドサービス名` field, the vendor the
    // `事業者名` field, not the companies the news box names nor the copyright holder.
    expect(draft.services.map((s) => s.name)).toEqual(['ツユクサ受付クラウド']);
    expect(draft.vendors[0]).toMatchObject({ id: 'tsuyukusa-technology-inc', name: 'ツユクサテクノロジー株式会社', nameEn: 'Tsuyukusa Technology Inc.' });
    // Dated by 最終更新日, not the 登録日, the history's 2025-04-10 or a news item's date.
    expect(draft.documents[0]).toMatchObject({ title: 'クラウドサービスリスト 登録詳細', publishedOn: '2025-12-01' });
    // The row labelled as the IaaS/PaaS the service is provided on is the hosting, though it glosses AWS with its own ISMAP
    // number; not another service's `Azureの東日本リージョン` in the news box.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // The entry's rows read as one record: its number, 登録日 and 有効期限; the scheme from the register's lead. Not AWS's
    // C21-0001-1, another entry's C25-0231-1 or the ISMAP-LIU application; the audit period is no validity.
    expect(certificatesOf(draft)).toEqual(['ismap C24-0187-1']);
    expect(draft.certifiedBy[0]).toMatchObject({ validFrom: '2024-06-20', validUntil: '2026-09-30' });
    expect(draft.certifiedBy[0]!.issuer).toBeUndefined();
    expect(draft.certifiedBy[0]!.reviewNote).toMatch(/registered to/u);
    // The 監査機関 audits the service; it processes none of its data.
    expect(draft.dependsOn).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /ハコベラ|シロツメ|Azure|C25-0231-1|LIU|ヒイラギ|監査対象期間|運営委員会/u.test(q))).toEqual([]);
    // AWS's number is quoted only with the hosting it glosses, never as a certificate.
    expect(draft.certifiedBy.filter((c) => /C21-0001-1|Amazon/u.test(c.evidence.quote))).toEqual([]);
    expect(draft.vendors.map((v) => v.name).join()).not.toMatch(/ISMAP|ハコベラ|シロツメ/u);
  });
});

/*
 * Answer key of subprocessor-change.txt (an English e-mail `Notice of changes to our sub-processors`), written before it was
 * ingested. Accept: vendor Orrisdale Software GmbH; product Orrisdale Forms (`the sub-processors that … engages to provide
 * Orrisdale Forms`), not the subject's `Notice of changes to our`; title the subject, dated 4 November 2025; hosting
 * aws:eu-central-1 and data in DE (`remains on AWS in eu-central-1`, `continues to be stored in Germany`); backups every
 * 4 hours kept 35 days (12.3.1); Harrowgate Helpdesk Ltd. a current dependency (`continues to provide our customer support
 * ticketing system`). Sendvale Mail Inc. and Lumricht Translate GmbH start on 4 December 2025, after the notice: only for
 * review, at low confidence with a note (as a move announced is, in migration-notice.txt).
 * Reject: Pallmere Analytics Inc. (`We will no longer use … as of 30 November 2025`) as a dependency, and its 30 days to
 * delete the data it holds for us as the service's data deletion; the 30 days' notice and the 30 days to object as any
 * metric; the United States (Harrowgate's old location), Ireland, the added parties' countries as data locations; the
 * signature's Berlin address and the unsubscribe footer.
 */
describe('an English e-mail notice of changes to the sub-processors: added, removed, relocated', () => {
  it('proposes the current parties and hosting; the added ones only for review; not the removed one, the old location or the windows', async () => {
    const { draft } = await ingestFixture('subprocessor-change.txt');
    // The subject names the kind of notice; the product is what the sub-processors are engaged to provide.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Orrisdale Forms']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['orrisdale-software-gmbh']);
    expect(draft.documents[0]).toMatchObject({ title: 'Notice of changes to our sub-processors', publishedOn: '2025-11-04' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    // Not the US Harrowgate leaves, nor Ireland, nor the added parties' United States and Germany rows (DE is the hosting's).
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(draft.storesDataIn[0]!.evidence.quote).toMatch(/eu-central-1/u);
    expect(certificatesOf(draft)).toEqual([]);
    // Harrowgate's hard-wrapped `Harrowgate Helpdesk Ltd.` / `continues to provide our …` is one sentence.
    const current = draft.dependsOn.find((d) => d.dependsOn === 'harrowgate-helpdesk-ltd')!;
    expect(current).toMatchObject({ function: 'customer support ticketing system' });
    expect(current.confidence).toBeGreaterThan(0.4);
    // Added from 4 December 2025, after the notice: for review only, their indented fields each a line of their own.
    const added = draft.dependsOn.filter((d) => ['sendvale-mail-inc', 'lumricht-translate-gmbh'].includes(d.dependsOn));
    expect(added.map((d) => d.function)).toEqual([
      'Delivery of transactional e-mail (submission receipts, password resets)',
      'Machine translation of form labels, on request of the form owner',
    ]);
    for (const d of added) {
      expect(d.confidence).toBeLessThanOrEqual(0.4);
      expect(d.reviewNote).toMatch(/starts later/u);
    }
    // The removed party is no dependency.
    expect(draft.dependsOn.map((d) => d.dependsOn).sort()).toEqual(['harrowgate-helpdesk-ltd', 'lumricht-translate-gmbh', 'sendvale-mail-inc']);
    // Pallmere's 30 days to delete what it holds for us, the 30 days' notice and the 30 days to object: no metric.
    expect(metricsOf(draft)).toEqual(['backupInterval=4 hours', 'backupRetentionDays=35 days']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:12.3.1', 'iso27017:15.1.3']));
    expect(controlsOf(draft)).not.toContain('iso27017:CLD.8.1.5');
    expect(controlsOf(draft)).not.toContain('iso27017:12.1.2');
    expect(controlsOf(draft)).not.toContain('iso27017:16.1.2');
    expect(quotesOf(draft).filter((q) => /no longer use|object within|Berlin|Unsubscribe|Holtz/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of subprocessor-history.md (a Japanese 再委託先一覧 with a 変更履歴 table), written before it was ingested.
 * Accept: vendor 株式会社ヤマブキソフト; product ヤマブキ経費精算 (`「ヤマブキ経費精算」（以下「本サービス」）`), not the title
 * 再委託先一覧; dated 最終更新日 2025-10-15; hosting aws:ap-northeast-1 (the AWS row's 東京リージョン) and ap-northeast-3 (the
 * backups in 大阪); data in JP; backups 1日1回 kept 14日間 (12.3.1); the current table's parties as dependencies with their
 * 委託内容 (AWS's row too, as the sub-processor list page reads a provider's row); supplier selection (15.1.3).
 * Reject: 株式会社ヒワ印刷 (only in the history, 削除), 株式会社ホオジロ分析 (`2026年1月に…追加予定`) and its シンガポール;
 * Fellbrook's old 米国; Quorlane's 英国 as a data location; an 追加日 or a history date as the page's date; the 30日前 notice of a
 * change of sub-processors as change management of the service (12.1.2) or a maintenance notice.
 */
describe('a Japanese 再委託先一覧: a table of current sub-processors and a 変更履歴 of additions, removals and moves', () => {
  it('proposes the current table’s parties; not a party only removed or planned in the history, an old country or an 追加日', async () => {
    const { draft } = await ingestFixture('subprocessor-history.md');
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ヤマブキ経費精算']);
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ヤマブキソフト' });
    expect(draft.documents[0]).toMatchObject({ title: '再委託先一覧', publishedOn: '2025-10-15' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    // Not the 米国 Fellbrook left, Quorlane's 英国 or the planned party's シンガポール.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual([]);
    // The `委託先 | 委託内容 | 所在国 | 追加日` table: each row a party, its 委託内容 the function.
    const parties = draft.dependsOn.map((d) => [draft.services.find((s) => s.id === d.dependsOn)!.name, d.function]);
    expect(parties).toEqual([
      ['Amazon Web Services, Inc.', '本サービスを稼働させるクラウド基盤の提供(東京リージョン)'],
      ['株式会社シジュウカラメール', '通知メールの配信'],
      ['Fellbrook Support Inc.', '問い合わせ管理システムの提供'],
      ['Quorlane Payments Ltd.', 'クレジットカード決済の処理'],
    ]);
    // Removed (ヒワ印刷) or planned (ホオジロ分析) only in the history: no party, no quote.
    expect(quotesOf(draft).filter((q) => /ヒワ|ホオジロ|米国から|追加予定/u.test(q))).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:12.3.1', 'iso27017:15.1.3', 'iso27017:18.1.1']));
    // The 30日前 notice of a change of sub-processors is a change of suppliers, not of the service.
    expect(controlsOf(draft)).not.toContain('iso27017:12.1.2');
  });
});

/*
 * Answer key of foreign-transfer-notice.txt (a Japanese 外国にある第三者への個人データの提供について, labelled items per recipient
 * as the amended 個人情報保護法 has them published). Accept: vendor 株式会社カヤツリ情報システム; service カヤツリ工数 (from
 * `「X」（以下「本サービス」）`, not the law's heading); dated 改定日 2025-11-10; hosting aws:ap-northeast-1 and the backup copy in
 * aws:ap-southeast-1; data in JP and SG (the vendor's own statement); daily backups kept 35 days; notice of a leak within 72
 * hours; encryption, access limited to named staff; ISO/IEC 27001 IS 790413 and プライバシーマーク 17004215(05); the e-mail
 * sender Quellbright Mail, Inc. as a dependency; the support tool of Tessaloom Support Ltd. as a dependency.
 * Reject: アメリカ合衆国, アイルランド and ドイツ as data locations (the recipients' countries and the 制度 descriptions); the
 * recipient's ISO/IEC 27001 as the vendor's; Wendlefort GmbH (利用を終了); anything from the applicants' category (提供は行って
 * いません); 法第28条 / 第26条 / 施行規則第17条 and 個人情報保護委員会 as certificates; the two weeks to answer a request, 受付時間
 * and the Osaka address.
 */
describe('a Japanese notice of personal data provided to third parties abroad (外国の名称 / 当該外国における…制度 / 第三者が講ずる措置)', () => {
  it('proposes the vendor’s own hosting and storage, not the recipients’ countries or their regimes; a leak (漏えい等) notice is an incident notice', async () => {
    const { draft } = await ingestFixture('foreign-transfer-notice.txt');
    // `外国にある第三者への個人データの提供について` is the law's heading, not a product.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['カヤツリ工数']);
    expect(draft.vendors[0]).toMatchObject({ id: 'kayatsuri-information-systems-co-ltd', name: '株式会社カヤツリ情報システム' });
    expect(draft.documents[0]).toMatchObject({ title: '外国にある第三者への個人データの提供について', publishedOn: '2025-11-10' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-southeast-1']);
    // Where the vendor keeps data: Tokyo and the Singapore backup; the recipients' アメリカ合衆国 / アイルランド / ドイツ are theirs.
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['JP', 'SG']);
    // The vendor's own certificates; the recipient's `同社はISO/IEC 27001認証を取得` is not the vendor's.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790413', 'privacymark 17004215(05)']);
    // `漏えい等が発生した場合は…72時間以内に通知`: a leak is an incident. Not the two weeks to answer a request.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=35 days', 'incidentNotificationHours=72 hours']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.1', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    // `(1) メール配信業務の委託` sits under `2. 外国にある第三者への提供の状況`: its entrusted company is a dependency, and so is
    // the company whose tool `(2)` uses (`お問い合わせの管理に、X Ltd. が提供する…ツールを利用`). Not the webinar service
    // `利用していましたが、現在は利用を終了`.
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual([
      'quellbright-mail-inc: 本サービスからの通知メールの配信業務',
      'tessaloom-support-ltd: お問い合わせの管理',
    ]);
    // `お問い合わせの管理に、…を利用しており、…。` is a sentence, not the contact section's heading.
    expect(draft.sections.map((s) => s.heading)).toContain('(2) カスタマーサポートツールの利用');
    expect(draft.sections.filter((s) => /。$/u.test(s.heading))).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /アメリカ合衆国|アイルランド|ドイツ|Wendlefort|採用応募者|第28条|施行規則|2週間|受付時間|大阪府/u.test(q))).toEqual([]);
    expect(draft.certifiedBy.filter((c) => /個人情報保護委員会|同社/u.test(c.evidence.quote))).toEqual([]);
  });
});

/*
 * Answer key of international-transfers.md (section 9 of an EU/UK privacy notice: adequacy, SCCs, the UK IDTA, a `Recipient |
 * Purpose | Country | Safeguard` table, support access from India). Accept: vendor Larchmere Analytics B.V.; service
 * Larchmere Forms (not `Privacy Notice`); dated 2025-10-01; hosting gcp:europe-west3 (Frankfurt) with backups in
 * gcp:europe-west4 kept 30 days; data in DE and NL; the three recipients as dependencies (the Indian affiliate's support
 * by remote access is a processing party); access limited to the ticket's workspace, logged, logs kept 12 months;
 * encryption and keys in the EU; ISO/IEC 27001 ISMS-NL 604218 valid until 2027-05-14; SOC 2 (report under NDA).
 * Reject: Japan, the United Kingdom, Switzerland, Canada (adequacy), the United States and India as data locations (India
 * is access, `They do not store Customer Content in India`); the EU-U.S. Data Privacy Framework (the recipient's
 * self-certification, no scheme of the reference data); Module 2/3, Article 45/46(2)(c)/12(3), Decision 2021/914 and
 * section 119A as certificates or values; `expires after 72 hours` and `every 24 months` and `one month` as metrics;
 * Brannock Cloud Storage (no longer used).
 */
describe('an English privacy notice’s International data transfers section (adequacy, SCCs, UK IDTA, a recipients table)', () => {
  it('proposes the EU hosting and the recipients, not the adequacy countries, the recipients’ countries, India’s remote access or the DPF', async () => {
    const { draft } = await ingestFixture('international-transfers.md');
    // `Privacy Notice — X`: the notice's kind, the product after it.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Larchmere Forms']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['larchmere-analytics-b-v']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3', 'gcp:europe-west4']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'NL']);
    // A `Recipient | Purpose | Country | Safeguard` table lists the parties data goes to; the one no longer used is not listed.
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual([
      'pellmark-messaging-inc: Transactional email delivery',
      'orvane-helpdesk-ltd: Customer support ticketing',
      'larchmere-technologies-india-pvt-ltd: Second-line technical support (remote access)',
    ]);
    // The DPF is the recipient's self-certification and no scheme of the reference data; SCC modules are no certificates.
    expect(certificatesOf(draft)).toEqual(['iso27001 ISMS-NL 604218', 'soc2 -']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')?.validUntil).toBe('2027-05-14');
    // Not 72 hours of access, every 24 months, one month to answer, Module 2/3, Article 45 or 2021/914.
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=30 days', 'logRetentionDays=12 months']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.1', 'iso27017:10.1.1', 'iso27017:10.1.2', 'iso27017:12.3.1', 'iso27017:12.4.1']));
    // Adequacy countries, the recipients' countries and India (remote access, stored nowhere there) are no data locations.
    const places = [...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(places.filter((q) => /Japan|United Kingdom|Switzerland|Canada|United States|India|adequacy/u.test(q))).toEqual([]);
    // The recipients' row may quote its safeguard as the dependency's evidence; no other fact rests on these words.
    const facts = [...draft.certifiedBy, ...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(facts.filter((q) => /Data Privacy Framework|Brannock|2021\/914|Article 4[56]|119A/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of data-region-choice.md (an English help-center article, `Choosing your data region`, under a breadcrumb
 * `[X Help Center](…) › … › Data residency`). Accept: vendor Brindlewick Labs, Inc.; service Brindlewick Board (the brand of
 * the help centre, as the body prints it; not the article's title); dated 2025-10-14; the three regions offered at sign-up,
 * which the vendor runs (`operates a complete, separate copy of the service in each of the following regions`): aws:us-east-1
 * (US East (N. Virginia)), aws:eu-central-1 (Europe (Frankfurt)), aws:ap-northeast-1 (Asia Pacific (Tokyo)), each quoted by
 * its own list item; data in US, DE and JP from those items; backups hourly (1 hours) kept 35 days (12.3.1); encryption
 * (10.1.1); MFA for engineers (9.4.2).
 * Reject: the Australia region on Asia Pacific (Sydney) `coming in 2026` and AU; the United States of the support help desk,
 * the payment processor or the analytics warehouse as the evidence of a data location; `contact sales to discuss moving
 * it` and `cannot be changed afterwards` as change management (12.1.2); the customer's `responsible for deciding` as a
 * practice; the in-country placeholder aws:jp once regions are named.
 */
describe('an English help-center article on choosing a data region at sign-up', () => {
  it('proposes each region offered as one the service runs in, not the region coming in 2026 or the United States of support and billing', async () => {
    const { draft } = await ingestFixture('data-region-choice.md');
    // `Choosing your data region` is what the article helps with; the product is the help centre's brand as the body prints it.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Brindlewick Board']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['brindlewick-labs-inc']);
    expect(draft.documents[0]).toMatchObject({ title: 'Choosing your data region', publishedOn: '2025-10-14' });
    // The regions a customer chooses among are where the vendor runs the service: each one a region in use.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:eu-central-1', 'aws:us-east-1']);
    expect(draft.usesInfra.map((u) => u.evidence.quote)).toEqual([
      '**United States** — AWS US East (N. Virginia)',
      '**European Union** — AWS Europe (Frankfurt)',
      '**Japan** — AWS Asia Pacific (Tokyo)',
    ]);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'JP', 'US']);
    // The United States of the help desk, the payment processor and the analytics warehouse is no evidence of a location.
    expect(draft.storesDataIn.filter((s) => /support|help desk|payment|billing|analytics/iu.test(s.evidence.quote))).toEqual([]);
    // `Backups are taken hourly and kept for 35 days.`
    expect(metricsOf(draft)).toEqual(['backupInterval=1 hours', 'backupRetentionDays=35 days']);
    expect(controlsOf(draft)).toEqual(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:9.4.2']);
    expect(certificatesOf(draft)).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(quotesOf(draft).filter((q) => /Sydney|Australia|coming in|contact sales|responsible for deciding|cannot be changed/iu.test(q))).toEqual([]);
  });
});

/*
 * Answer key of region-selection.html (a Japanese help page データ保存リージョンの選択, its <title> `… | X ヘルプセンター`).
 * Accept: vendor 株式会社ハマボウ情報; service ハマボウ請求 (`「ハマボウ請求」（以下「本サービス」）`, the help centre's name; not the
 * title); dated 最終更新日 2025-09-30; the regions to choose from: azure:japaneast and azure:japanwest (the table's rows), and
 * gcp:asia-northeast1, on which the vendor also provides the service for one plan (`…東京リージョン（asia-northeast1）でも本サー
 * ビスを提供しています`); data in JP; 毎時 backups kept 14日間 (backupInterval 1 hours, 12.3.1); 操作ログ 1年間 (12.4.1).
 * Reject: the Azure 東南アジア (シンガポール) region `提供を予定` and SG; the 米国 of the support tool's company (no location, and
 * the tool no monitoring of suppliers, 15.2.1); the 決済代行会社; `リージョンを変更することはできません` and `営業担当までご相談`
 * as change management (12.1.2); the customer's `お客様は…選択してください` and `お客様の責任で` backups as practices.
 */
describe('a Japanese HTML help page on choosing the data region (データ保存リージョンの選択)', () => {
  it('proposes the regions offered, 毎時 backups and the product from the body, not the planned region, the US support tool or the customer’s duties', async () => {
    const { draft } = await ingestFixture('region-selection.html');
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ハマボウ請求']);
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ハマボウ情報' });
    expect(draft.documents[0]).toMatchObject({ title: 'データ保存リージョンの選択', publishedOn: '2025-09-30' });
    // Each region offered, also the one offered on another cloud to one plan's customers: the vendor provides the service there.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest', 'gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // `データベースは毎時バックアップを取得し、14日間保存します。`
    expect(metricsOf(draft)).toEqual(['backupInterval=1 hours', 'backupRetentionDays=14 days', 'logRetentionDays=1 years']);
    // Not change management (a region cannot be changed), nor monitoring of suppliers (a supplier's tool).
    expect(controlsOf(draft)).toEqual(['iso27017:12.3.1', 'iso27017:12.4.1']);
    expect(certificatesOf(draft)).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(quotesOf(draft).filter((q) => /シンガポール|東南アジア|米国|決済代行|営業担当|お客様は|お客様の責任|変更することはできません/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of plan-comparison.html (an English "Compare plans" page: a plan-per-column feature table, footnotes, an FAQ).
 * Accept: vendor Orrindale Systems Ltd.; product Orrindale Signbook (not `Compare plans`); dated 2025-10-14; hosting
 * azure:uksouth (`UK South (London)`) with backups in azure:ukwest (`UK West (Cardiff)`), both from the every-plan paragraph;
 * data in GB; backups kept 30 days (every plan's column says so); encryption at rest and two-factor authentication (every
 * plan ✓); ISO/IEC 27001 IS 771204; notice of a breach within 48 hours (`On every plan`).
 * Reject: the Enterprise-only Amsterdam (Azure West Europe) and Toronto (Azure Canada Central) as regions, NL or CA as data
 * locations; the per-plan backup frequency, audit-log retention and uptime SLA as the service's values (each only for review,
 * its plan named); SOC 2 (`expected`); customer-managed keys (`Coming soon`); prices, seats, the 14-day trial, the 30 days to
 * pick a plan, the 30% and 15% discounts; support response times as an incident notice.
 */
describe('an English plan comparison page (Feature | Starter | Business | Enterprise, footnotes, an FAQ)', () => {
  it('proposes what every plan shares; a value of one plan’s column only for review with its plan named; no region of one plan', async () => {
    const { draft } = await ingestFixture('plan-comparison.html');
    // `Compare plans — X`: the page's kind, the product after it.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Orrindale Signbook']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['orrindale-systems-ltd']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-14' });
    // Azure's display name over its city (`UK South (London)`, `UK West (Cardiff)`); not the Enterprise-only Amsterdam or Toronto.
    expect(regionsOf(draft)).toEqual(['azure:uksouth', 'azure:ukwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    const places = [...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(places.filter((q) => /Amsterdam|Toronto|Data residency/u.test(q))).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    // Every plan keeps backups 30 days: the standard value. The frequencies, log retentions and SLAs of single plans are for
    // review, each with its plan named.
    const backup = draft.disclosures.find((d) => d.control === 'iso27017:12.3.1')!;
    expect(backup.reviewNote).toMatch(/Daily: The document gives this value in the Starter column/u);
    expect(backup.reviewNote).toMatch(/6 hours: The document gives this value in the Business column/u);
    expect(backup.reviewNote).not.toMatch(/30 days:/u);
    const logs = draft.disclosures.find((d) => d.control === 'iso27017:12.4.1')!;
    expect(logs.reviewNote).toMatch(/365 days: The document gives this value in the Enterprise column/u);
    const sla = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(sla.reviewNote).toMatch(/99\.99%: The document gives this value in the Enterprise column/u);
    expect(sla.reviewNote).toMatch(/99\.9%: The document gives this value in the Business column/u);
    expect(metricsOf(draft)).toEqual(
      expect.arrayContaining(['backupRetentionDays=30 days', 'incidentNotificationHours=48 hours', 'logRetentionDays=365 days']),
    );
    expect(metricsOf(draft).filter((m) => m.startsWith('incidentNotificationHours'))).toEqual(['incidentNotificationHours=48 hours']);
    // `Encryption at rest (AES-256) | ✓ | ✓ | ✓`: every plan.
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    expect(quotesOf(draft).filter((q) => /SOC 2|Coming soon|£|Up to 10 users|Free trial|VAT|charities|free trial|Support response/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of pricing-page.md (a Japanese 料金プラン page: プラン一覧 and 機能比較表 with a plan per column, ※ notes, よくある質問).
 * Accept: vendor 株式会社スズカケ・ラボ; product スズカケ請求書 (not `料金プラン`); dated 最終更新日 2025-09-01; hosting
 * aws:ap-northeast-1 and data in JP (`すべてのプランで`, and the 保管場所 row every plan shares); ISO/IEC 27001 IS 812345;
 * notice of an incident within 24 hours (全プラン); encryption (TLS, AES-256) and 二要素認証 on every plan.
 * Reject: the エンタープライズ-only 大阪リージョン (遠隔地バックアップ, ※1 ご希望により, ※2 予定, the FAQ's エンタープライズプランのみ);
 * the per-plan バックアップ取得頻度 / 保管期間, 操作ログ保管期間 and 稼働率 as the service's values (only for review, plan named;
 * `1日1回` names both ライト and スタンダード); ISO/IEC 27017 (取得準備中); 月額料金, ユーザー数, 無料トライアル 14日間, 初期費用,
 * the trial's 30日間, the サポート answer times as an incident notice; the FAQ's プランの変更 as change management (12.1.2).
 */
describe('a Japanese 料金プラン page (プラン一覧, 機能比較表 of ライト / スタンダード / エンタープライズ, ※ notes, よくある質問)', () => {
  it('proposes what every plan shares; a value of one plan’s column only for review with its plan named; no Osaka of one plan', async () => {
    const { draft } = await ingestFixture('pricing-page.md');
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['スズカケ請求書']);
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社スズカケ・ラボ' });
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-01' });
    // `AWS 大阪リージョンへの複製` stands in the エンタープライズ column only.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 812345']);
    const backup = draft.disclosures.find((d) => d.control === 'iso27017:12.3.1')!;
    // Two plans share `1日1回`, the third differs: a value of those two plans, both named.
    expect(backup.reviewNote).toMatch(/1日1回: The document gives this value in the ライト, スタンダード column/u);
    expect(backup.reviewNote).toMatch(/1時間ごと: The document gives this value in the エンタープライズ column/u);
    expect(backup.reviewNote).toMatch(/7日間: The document gives this value in the ライト column/u);
    const sla = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(sla.reviewNote).toMatch(/99\.5%: The document gives this value in the スタンダード column/u);
    const logs = draft.disclosures.find((d) => d.control === 'iso27017:12.4.1')!;
    expect(logs.reviewNote).toMatch(/5年: The document gives this value in the エンタープライズ column/u);
    expect(metricsOf(draft).filter((m) => m.startsWith('incidentNotificationHours'))).toEqual(['incidentNotificationHours=24 hours']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:16.1.2']));
    // `Q. プランの変更はできますか？` is a customer's change of plan, not change management of the service.
    expect(controlsOf(draft)).not.toContain('iso27017:12.1.2');
    expect(quotesOf(draft).filter((q) => /大阪|27017|月額|ユーザー数|無料トライアル|初期費用|トライアル終了|サポート/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of sig-lite-export.csv (an English SIG Lite-style questionnaire exported to CSV: `Ques Num,Category,Question/
 * Request,Response,Additional Information`, quoted cells with commas and line breaks), written before it was ingested.
 * Accept: vendor Brackenholt Systems Inc.; service Brackenholt Ledgerline (after `… (SIG) Lite 2025 —` in the first row);
 * dated 2025-10-06; hosting aws:us-east-1 and the backup copies in aws:us-west-2; data in US; ISO/IEC 27001 IS 771204 valid
 * until 2027-03-31; SOC 2 (a report covering a period, issued by an audit firm, is held); Amazon Time Sync; Pemberwick Mail
 * Inc. (transactional e-mail) and Dunlavin Desk Ltd. (support tickets) as dependencies; daily backups kept 30 days, deletion
 * within 60 days, incident notice within 48 hours, logs kept 400 days, 99.95% availability; each row headed by its question.
 * Reject: the Category cell as a row's heading (its `Access Control`, `Privacy`, `Cloud Hosting` lending a topic to an answer);
 * Dunlavin's `hosted on Google Cloud in europe-west1 (Belgium)`; ISO/IEC 27017 and the DPF (`No, in progress`) and the Azure
 * West Europe DR site of a `No, in progress` row; PCI DSS (N/A); the EU, Canada, China and Russia of questions answered No or
 * N/A; the cloud provider's own ISO/IEC 27001; Harlowe & Tamsin LLP as a vendor or dependency; 24 hours and 99.99% of rows
 * answered No; a row's `See I.1.` note as a quote.
 */
describe('an English SIG Lite questionnaire exported to CSV (Ques Num | Category | Question/Request | Response | Additional Information)', () => {
  it('heads each row by its question, not its category; a `No, in progress` or N/A row and a sub-processor’s hosting give nothing', async () => {
    const { draft } = await ingestFixture('sig-lite-export.csv');
    expect(draft.documents[0]).toMatchObject({
      title: 'Standardized Information Gathering (SIG) Lite 2025 — Brackenholt Ledgerline',
      publishedOn: '2025-10-06',
    });
    // The product after the questionnaire's name and edition year.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Brackenholt Ledgerline']);
    expect(draft.vendors.map((v) => v.id)).toEqual(['brackenholt-systems-inc']);
    // The Category column groups the rows: the question heads each, so no section is named after a category.
    const headings = draft.sections.map((s) => s.heading);
    expect(headings).toContain('Is multi-factor authentication required for remote and privileged access?');
    expect(headings.filter((h) => /^(?:Access Control|Privacy|Cloud Hosting|Business Resiliency|Compliance|Category)$/u.test(h))).toEqual([]);
    // Not Dunlavin's europe-west1, not the Azure DR site `under evaluation` of a `No, in progress` row.
    expect(regionsOf(draft)).toEqual(['aws:us-east-1', 'aws:us-west-2']);
    expect(draft.regions.map((r) => r.id).filter((id) => !id.startsWith('aws:'))).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    // A SOC 2 report covering a period and issued by an audit firm is held; ISO/IEC 27017 `No, in progress` and PCI DSS (N/A) not.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204', 'soc2 -']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')?.validUntil).toBe('2027-03-31');
    // The report's period is no scope of the certificate.
    expect(draft.certifiedBy.find((c) => c.certification === 'soc2')?.scope).toBeUndefined();
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Two parties on one line of a note (`… through X Inc. Support tickets are handled in Y Ltd., which …`); not the audit firm.
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['pemberwick-mail-inc', 'Transactional e-mail'],
      ['dunlavin-desk-ltd', 'Support tickets'],
    ]);
    expect(JSON.stringify([draft.vendors, draft.services])).not.toMatch(/Harlowe/u);
    // Not the 24 hours or 99.99% of rows answered No.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=400 days',
    ]);
    const quotes = quotesOf(draft);
    // Rows answered `No, in progress`, No or N/A, and a note that only points to another row, are read for nothing.
    expect(quotes.filter((q) => /in progress|27017|Data Privacy|Azure|West Europe|PCI|cardholder|Canada|China|EU\b|See I\.1|no data centers/u.test(q))).toEqual(
      [],
    );
    // A category heading lent no topic: a bare `Yes` is read only under its own question (H.3 single sign-on is no access review).
    expect(draft.disclosures.filter((d) => d.evidence.section === 'Access Control')).toEqual([]);
    expect(draft.disclosures.filter((d) => d.evidence.quote === 'Yes' && /single sign-on/u.test(d.evidence.section))).toEqual([]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:16.1.2', 'iso27017:9.4.2']));
    // The provider's own ISO/IEC 27001 is not the vendor's, and the Yes row's `Dependency scanning` is no sub-processor.
    expect(draft.certifiedBy.filter((c) => /Amazon Web Services holds/u.test(c.evidence.quote))).toEqual([]);
    // The answer cell's `Yes` is no part of a dependency's function.
    expect(draft.dependsOn.filter((d) => /^Yes/u.test(d.function ?? ''))).toEqual([]);
  });
});

/*
 * Answer key of check-sheet-sjis.csv (a Japanese セキュリティチェックシート answered ○/×/△/－/該当なし and saved from Excel as CSV in
 * Shift_JIS: `No,大分類,中分類,確認項目,回答,補足` under `回答者` / `対象サービス` / `回答日` rows), written before it was ingested.
 * Accept: vendor 株式会社ナナカマドシステムズ; service ナナカマド勤怠クラウド (the `対象サービス` field); title セキュリティチェックシート
 * （回答）, dated 2025-09-30; hosting aws:ap-northeast-1 and the backup copies in aws:ap-northeast-3; data in JP; ISO/IEC 27001 IS
 * 702918 scoped `ナナカマド勤怠クラウドの開発及び運用` (the labelled 適用範囲, not the note's number); プライバシーマーク
 * 17002841(04) without a scope; Amazon Time Sync; 株式会社オナガメール配信 for 通知メールの配信; daily backups kept 14 days,
 * deletion within 30 days of 解約, first notice within 2 hours, logs kept 1 year, 99.9% availability, maintenance 7 days ahead.
 * Reject: ISO/IEC 27017 (△ `取得を予定`, though its 中分類 reads `ISMSクラウドセキュリティ`); SOC2 (× row, and AWS's report checked
 * by the vendor); ISMAP (× `検討中`); the △ row's planned Azure 東日本 DR site and any disclosure from it; the 大分類 (`第三者認証`,
 * `バックアップ・データ管理`) as a scope or a heading; the × rows' 国外 and 99.99%; the number-only notes `5` and `8` and the
 * cross-reference `No.16参照` as values or quotes; 東京地方裁判所 as a location; the customer's password duty; the 30 days of
 * deletion as a backup retention.
 */
describe('a Japanese セキュリティチェックシート saved from Excel as Shift_JIS CSV (No | 大分類 | 中分類 | 確認項目 | 回答 | 補足)', () => {
  it('reads the ○ rows from the 確認項目 on; not a × or planned △ row, a grouping column, a bare number or a cross-reference', async () => {
    const { draft } = await ingestFixture('check-sheet-sjis.csv');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ナナカマドシステムズ']);
    // `対象サービス,ナナカマド勤怠クラウド`: the field names the product the sheet is answered for.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ナナカマド勤怠クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: 'セキュリティチェックシート（回答）', publishedOn: '2025-09-30' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.regions.map((r) => r.id).filter((id) => id.startsWith('azure:'))).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not ISO/IEC 27017 (△, 予定) whatever its 中分類 names, nor SOC2 (×; AWS's report) or ISMAP (×).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 702918', 'privacymark 17002841(04)']);
    // The labelled 適用範囲 of the note is the scope; a note of the number only is none, and no 大分類 is one.
    expect(draft.certifiedBy.map((c) => [c.certification, c.scope])).toEqual([
      ['iso27001', 'ナナカマド勤怠クラウドの開発及び運用'],
      ['privacymark', undefined],
    ]);
    // The quote starts at the question: the No and the grouping cells are no part of the answer.
    expect(draft.certifiedBy.filter((c) => /第三者認証|^\d/u.test(c.evidence.quote))).toEqual([]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(draft.dependsOn.map((d) => [draft.services.find((s) => s.id === d.dependsOn)!.name, d.function])).toEqual([
      ['株式会社オナガメール配信', '通知メールの配信'],
    ]);
    // Not the 99.99% of a × row, the `5` or `8` of a number-only note, nor the 30 days of deletion as a backup retention.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=2 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    // The planned DR site (△ 予定) is no continuity practice; the grouping column heads no section.
    expect(controlsOf(draft)).not.toContain('iso27017:17.1.1');
    expect(draft.sections.map((s) => s.heading).filter((h) => /^(?:第三者認証|バックアップ・データ管理|技術的対策|運用)$/u.test(h))).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /予定|検討中|Azure|東日本|SOC2|ISMAP|国外|99\.99|参照|お客様にて/u.test(q))).toEqual([]);
    // The governing law and court (`日本法、東京地方裁判所`) name no place the data is kept.
    expect([...draft.usesInfra, ...draft.storesDataIn].filter((f) => /裁判所/u.test(f.evidence.quote))).toEqual([]);
    expect(quotes.filter((q) => /^\s*[○\d\s]*$/u.test(q) && /\d/u.test(q))).toEqual([]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:15.1.3', 'iso27017:16.1.2']));
  });
});

describe('a Japanese 情報セキュリティ基本方針 and 個人情報保護方針, closed by a part on the cloud service', () => {
  /*
   * Answer key (security-basic-policy.txt):
   * Accept: vendor 株式会社シラカバネット; service シラカバ受発注クラウド (named in brackets in the closing part, not `基本方針`,
   *   the kind of document); title 情報セキュリティ基本方針, dated by its 改定日 2025-07-01; AWS ap-northeast-1 and data in JP
   *   (`東京リージョンで運用…日本国内のデータセンターに保管`), quoted under クラウドサービスにおける取り組み; ISO/IEC 27001 IS 748219.
   *   Controls at most the principles the text names: compliance (18.1.1), roles (6.1.1), training (7.2.2), suppliers
   *   (15.1.3), personal information (18.1.4).
   * Reject: any metric (`適切な安全管理措置を講じます`, `継続的に改善します` state no value; 10:00～17:00 is a desk's hours);
   *   availability (17.2.1) from `機密性、完全性及び可用性`, incident notice (16.1.2) from a promise to find the cause that tells
   *   no one; a Privacy Mark (`JIS Q 15001に準拠した…マネジメントシステムを構築` is no mark held); the office in 千代田区 as a
   *   location; 代表取締役 白樺 正明 as a vendor; the 苦情・相談窓口 (an address and a phone) as a practice.
   */
  it('proposes the closing part’s region and certificate, and only the principles the policy names', async () => {
    const { draft } = await ingestFixture('security-basic-policy.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社シラカバネット']);
    // `基本方針` is what the document is; the product is the one the closing part names in brackets.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['シラカバ受発注クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '情報セキュリティ基本方針', publishedOn: '2025-07-01' });
    // The unnumbered closing part heads its own section, and the complaints desk is a closing block.
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['【個人情報に関する苦情・相談窓口】', 'クラウドサービスにおける取り組み']));
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.section])).toEqual([['JP', 'クラウドサービスにおける取り組み']]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 748219']);
    expect(draft.certifiedBy[0]!.evidence.section).toBe('クラウドサービスにおける取り組み');
    // Generic commitments give no value.
    expect(metricsOf(draft)).toEqual([]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:6.1.1', 'iso27017:7.2.2', 'iso27017:15.1.3', 'iso27017:18.1.1', 'iso27017:18.1.4']));
    // The CIA triad is no availability practice; handling an incident without telling anyone is no report of it.
    expect(controlsOf(draft).filter((c) => /17\.2\.1|16\.1\.2/u.test(c))).toEqual([]);
    expect(draft.disclosures.filter((d) => /苦情|窓口/u.test(d.evidence.section))).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /千代田区|03-5289|白樺|JIS Q 15001|可用性/u.test(q))).toEqual([]);
    expect(draft.vendors.filter((v) => /白樺|代表/u.test(v.name))).toEqual([]);
    expectNoTrapFacts(draft);
  });
});

describe('an English Exhibit C — Information Security Requirements of a Master Services Agreement', () => {
  /*
   * Answer key (security-exhibit.md). The Provider's `shall` is a commitment the vendor signed: proposed as the vendor's
   * practice, as the provider's `ものとします` of terms of service is.
   * Accept: vendor Larkspire Analytics Inc.; service Larkspire Ledger (the contract's defined `the … service (the "Service")`,
   *   not `Exhibit C` or `Information Security Requirements`); dated 2025-02-03; Google Cloud europe-west2 and europe-west1
   *   (Schedule 1), data in GB and BE; ISO/IEC 27001 with no scope (`covers the Service throughout the term …` is none);
   *   metrics backupInterval 1 day, backupRetentionDays 35, logRetentionDays 1 year, incidentNotificationHours 48,
   *   dataDeletionDays 60; controls encryption (10.1.1, `shall encrypt … in transit … at rest`), backups (12.3.1), logs
   *   (12.4.1), MFA (9.4.2), training (7.2.2), incident notice (16.1.2), deletion (CLD.8.1.5); Fennick Mail Ltd. for
   *   transactional e-mail (Schedule 2).
   * Reject: the sub-processor's AWS us-east-1 / US; Customer's duties (`Customer shall notify Provider within 24 hours`, its
   *   7 years of records, its user accounts) and rights (`Customer may audit … once per 12 months`, `Customer may export …
   *   for 30 days`); 30 days' notice, USD 5,000,000, 12 months' fees; the signatories' London and Toronto; the definitions.
   */
  it('proposes the Provider’s commitments and Schedule 1, not the Customer’s duties or rights, nor a sub-processor’s hosting', async () => {
    const { draft } = await ingestFixture('security-exhibit.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Larkspire Analytics Inc.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Larkspire Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'Exhibit C — Information Security Requirements', publishedOn: '2025-02-03' });
    // A sub-processor's row of Schedule 2 (a Markdown row) names its hosting, not the service's.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west1', 'gcp:europe-west2']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['BE', 'GB']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.scope])).toEqual([['iso27001', undefined]]);
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['fennick-mail-ltd: Transactional e-mail']);
    // `C.4.2 Customer shall notify … within 24 hours` and `C.7.1 … Customer may export … for 30 days` are the customer's.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining([
        'iso27017:7.2.2',
        'iso27017:9.4.2',
        'iso27017:10.1.1',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:16.1.2',
        'iso27017:CLD.8.1.5',
      ]),
    );
    expect(draft.disclosures.find((d) => d.control === 'iso27017:16.1.2')?.evidence.quote).toMatch(/^C\.4\.1 Provider shall notify/u);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Customer shall|Customer may|once per 12 months|USD|aggregate liability|Toronto|Fenchurch|means any/u.test(q))).toEqual([]);
    // The Schedule 2 row is the dependency's evidence, never a place the service runs or keeps data.
    expect([...draft.usesInfra, ...draft.storesDataIn].filter((f) => /us-east-1|Fennick/u.test(f.evidence.quote))).toEqual([]);
    expectNoTrapFacts(draft);
  });
});

/*
 * Answer key of service-specification.txt (a Japanese サービス仕様書 attached to a contract as 別紙1: 1. サービス概要 … 7. 契約終了時の
 * 取扱い, 別表1 / 別表2 tables of 項目 | 内容, a 目標 | 保証 table and 注 lines), written before it was ingested.
 * Accept: vendor 株式会社ヤマボウシ技研 (yamaboushi-giken-co-ltd); service ヤマボウシ受発注クラウド; title `ヤマボウシ受発注クラウド
 * サービス仕様書` (not the label 別紙1), 第2.1版, dated 2025-10-01; hosting aws:ap-northeast-1 and the backups' aws:ap-northeast-3;
 * data in JP; ISO/IEC 27001 IS 781402; availability 99.9% (the 保証 column), daily backups, 14 generations, incident notice
 * within 1 hour, logs kept 1 year (a 保存期間 column), maintenance notice 7 days ahead, deletion within 60 days of the end.
 * Reject: the 目標 99.95%; ISO/IEC 27017 (予定); the OS and DB versions (Amazon Linux 2023, PostgreSQL 15) as anything; the
 * maintenance window 2:00〜5:00 on the third Sunday, the desk's 平日9:00〜18:00 and 24時間365日 as metrics; the 14 days to return
 * the data as a deletion; TLS 1.2 and AES-256 as metrics; the rows offered `お客様のご要望に応じて別途協議` (a monthly backup, a
 * dedicated environment, external log storage, a deletion certificate) as practices or values; the customer's password duty.
 */
describe('a Japanese サービス仕様書 attached to a contract (別紙1, 別表 of 項目 | 内容, a 目標 | 保証 table, 注 lines)', () => {
  it('reads the guaranteed column and the tables’ rows; not a target, a window, desk hours, versions or a row settled on request', async () => {
    const { text, draft } = await ingestFixture('service-specification.txt');
    expectValidDraft('service-specification.txt', text, draft);
    // The attachment's label (`別紙1`) over the title places it in the contract; it names no document.
    expect(draft.documents[0]).toMatchObject({ title: 'ヤマボウシ受発注クラウド サービス仕様書', version: '第2.1版', publishedOn: '2025-10-01' });
    expect(draft.vendors.map((v) => [v.id, v.name])).toEqual([['yamaboushi-giken-co-ltd', '株式会社ヤマボウシ技研']]);
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマボウシ受発注クラウド']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // ISO/IEC 27017 `取得する予定` is not held.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781402']);
    // Not the 目標 column's 99.95 %, the monthly backup of a row settled `別途協議`, the 14 days to return the data, the window's
    // hours, the desk's hours, 24時間365日, TLS 1.2 or AES-256; the 保存期間 column makes the log rows' 1年間 a retention.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /27017|予定|Amazon Linux|PostgreSQL|2:00|9:00|パスワード|消去証明書|専用環境|外部保管/u.test(q))).toEqual([]);
    expect(draft.disclosures.flatMap((d) => d.metrics).filter((m) => /月次|1\.2|256|2023|15/u.test(m.raw))).toEqual([]);
  });
});

/*
 * Answer key of data-flow-overview.md (an English "Architecture and data flow overview": hosting paragraphs wrapped as Markdown
 * soft line breaks, an image with alt text, an ASCII diagram in a fenced block, a numbered data-flow list and a `What leaves the
 * region` table of Data | Recipient | Location | Purpose), written before it was ingested.
 * Accept: vendor Tallowmere Labs Ltd.; service Tallowmere Forms; title `Tallowmere Forms — Architecture and data flow
 * overview`, Version 3.2, dated 2025-10-14; hosting gcp:europe-west3 (`runs primarily on Google Cloud in …`) and the DR
 * region gcp:europe-west4; data in DE (`is stored in Germany`, across the paragraph's line break) and NL; Pennicott Mail Ltd.
 * (e-mail), Skyhollow Edge Inc. (content delivery) and Quarrybank Data Inc. (product analytics) as dependencies; backups every
 * 4 hours kept 35 days, logs kept 400 days, breach notice within 48 hours, deletion within 30 days, availability 99.9%.
 * Reject: the CDN's edge locations worldwide as a place of hosting or data; the United States of the pseudonymised analytics
 * events, and Ireland of the e-mail provider, as data locations; the alt text's and the ASCII art's `US-East`, `Virginia`,
 * `300+ PoPs`; Google Cloud as a sub-processor; TLS 1.2, AES-256, 2048-bit keys and the 90-day key rotation as metrics; the
 * availability target 99.99%.
 */
describe('an English architecture and data flow overview (Markdown paragraphs, a diagram, a numbered flow, a `What leaves the region` table)', () => {
  it('proposes the hosting regions and the recipients as dependencies; not the edge, the analytics warehouse’s country or a target', async () => {
    const { text, draft } = await ingestFixture('data-flow-overview.md');
    expectValidDraft('data-flow-overview.md', text, draft);
    expect(draft.documents[0]).toMatchObject({
      title: 'Tallowmere Forms — Architecture and data flow overview',
      version: 'Version 3.2',
      publishedOn: '2025-10-14',
    });
    expect(draft.vendors.map((v) => v.id)).toEqual(['tallowmere-labs-ltd']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Tallowmere Forms']);
    // `runs primarily on Google Cloud`: an adverb between the verb and `on` still says where the service runs.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3', 'gcp:europe-west4']);
    expect(draft.usesInfra.find((u) => u.region === 'gcp:europe-west3')?.evidence.quote).toMatch(/^Tallowmere Forms runs primarily on Google Cloud/u);
    // Germany from the sentence on customer content, read across the Markdown paragraph's line break; not the US or Ireland.
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'NL']);
    expect(draft.storesDataIn.find((s) => s.country === 'DE')?.evidence.quote).toMatch(/customer content[\s\S]*stored in Germany/u);
    // The recipients of the `What leaves the region` table, each for its row's purpose; Google Cloud there is the platform.
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['pennicott-mail-ltd', 'Notification and receipt emails'],
      ['skyhollow-edge-inc', 'Content delivery'],
      ['quarrybank-data-inc', 'Product analytics'],
    ]);
    expect(draft.dependsOn.find((d) => d.dependsOn === 'quarrybank-data-inc')?.dataShared).toBe('Pseudonymised usage events');
    expect(draft.services.map((s) => s.name)).not.toContain('Google Cloud');
    // Not the 99.99 % target, TLS 1.2, AES-256, 2048-bit keys or the 90-day key rotation.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=4 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=400 days',
    ]);
    // The edge locations, the alt text and the ASCII diagram give no place of hosting or data.
    expect(
      [...draft.usesInfra, ...draft.storesDataIn].filter((f) => /worldwide|edge|US-East|Virginia|Ireland|United States|PoPs|→/iu.test(f.evidence.quote)),
    ).toEqual([]);
    expect(quotesOf(draft).filter((q) => /Diagram:|\[Browser\]|--TLS-->/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of news-list.html (a Japanese HTML お知らせ一覧: `<li>` entries of a `<time>`, a 【…】 label, an `<h2>` title and a
 * body, newest first, under a category filter bar and over a pager), written before it was ingested.
 * Accept: vendor 株式会社ヤマボウシソフト; service ヤマボウシ契約管理 (the title's `| ヤマボウシ契約管理`); title お知らせ一覧, dated
 * by its newest entry 2025-11-20; each entry a section headed by its date, label and title; hosting aws:ap-northeast-1 (the
 * incident's `本サービスが稼働しているAWS東京リージョン`) and aws:ap-northeast-3 (the backup copies added, done); data in JP;
 * ISO/IEC 27001 IS 812457 (renewed); daily backups kept 30 days (the 2025-09-16 entry supersedes the 2025-03-03 entry's
 * 14 days); maintenance announced 7 days ahead.
 * Reject: the Singapore region (`提供を開始する予定`) and SG; the outages' `約1時間30分` / `約45分間` and clock times, the
 * maintenance windows, `約240社`, the prices (800円 → 900円) as values; the entries' dates (`9月16日`, `8月1日`) as days of
 * retention; the support centre's new Osaka address and the footer's Shibuya address as locations; the filter bar's
 * `すべて` as the title; a finished maintenance's window or the copyright line as a maintenance practice's quote.
 */
describe('a Japanese HTML お知らせ一覧 (dated <li> notices with 【…】 labels, newest first)', () => {
  it('reads each notice as a dated entry: the newer value supersedes, planned regions and one-off events give nothing', async () => {
    const { draft } = await ingestFixture('news-list.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヤマボウシソフト']);
    // `お知らせ一覧` is the page's kind, shared by the site's products: the product is the other part of the title.
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマボウシ契約管理']);
    // The category filter (`すべて / 重要 / …`) is navigation; the page is as of its newest notice.
    expect(draft.documents[0]).toMatchObject({ title: 'お知らせ一覧', publishedOn: '2025-11-20' });
    // A `<li>` holding its own heading is an entry, headed by the date and label printed before the heading.
    expect(draft.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['2025年9月16日 【機能追加】 バックアップ保管期間の延長', '2025年3月3日 【機能追加】 自動バックアップ機能の提供開始']),
    );
    // Not Singapore, announced for 2026.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 812457']);
    // 30 days supersedes the older entry's 14; not `9月16日` or `8月1日` as days, nor durations, windows, prices or counts.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'maintenanceNoticeDays=7 days']);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /シンガポール|ap-southeast-1|梅田|渋谷|円|約240社|©/u.test(q))).toEqual([]);
    // A finished maintenance's dated window (`2025年2月13日（木）22:00〜23:30に実施した…`) is no practice's quote.
    expect(quotes.filter((q) => /\d{1,2}:\d{2}\s*〜/u.test(q))).toEqual([]);
    expect([...draft.usesInfra, ...draft.storesDataIn].filter((f) => /大阪府|東京都/u.test(f.evidence.quote))).toEqual([]);
  });
});

/*
 * Answer key of postmortem.md (an English post-incident review: `**Service:**` / `**Published:**` fields, Summary, Impact, a
 * `| Time | Event |` timeline, Root cause, What went well / wrong, an Action items table, Our commitments), written before
 * it was ingested.
 * Accept: vendor Quillmere Labs Ltd.; service Quillmere Relay (the `**Service:**` field, without its remark); title the H1,
 * published 2025-08-19 (not the incident's 2025-08-12); hosting aws:eu-west-1 (`runs in AWS eu-west-1`: where the incident
 * was is where the service runs) and data in IE; ISO/IEC 27001:2022 3318-QL; customers notified within 24 hours.
 * Reject: eu-central-1 (an action item for Q1 2026); the outage's 1 hour 48 minutes, the 22 minutes, 38%, 412 customers,
 * 18%, 15 minutes, 5%, the retries and the 5-minute alert threshold as values; AWS's own 99.9% SLA (the provider's
 * account); a timeline row (`| 09:41 | … status page updated |`), `What went well` and the action items as practices.
 */
describe('an English post-incident review (timeline table, root cause at the cloud provider, action items, commitments)', () => {
  it('reads the standing commitments and where the service runs; not the incident, the plans or the provider’s account', async () => {
    const { draft } = await ingestFixture('postmortem.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmere Labs Ltd.']);
    // The title names the incident (`Post-incident review: degraded API in …`): the `**Service:**` field names the product.
    expect(draft.services.map((s) => s.name)).toEqual(['Quillmere Relay']);
    expect(draft.documents[0]).toMatchObject({ title: 'Post-incident review: degraded API in eu-west-1, 2025-08-12', publishedOn: '2025-08-19' });
    // Not eu-central-1, the second region an action item plans.
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['IE']);
    // A sentence wrapped at 120 columns is read whole.
    expect(draft.usesInfra[0]!.evidence.quote).toMatch(/runs in AWS eu-west-1, and all\s+customer data is stored/u);
    expect(certificatesOf(draft)).toEqual(['iso27001 3318-QL']);
    // Not AWS's 99.9% (what the provider says of its own service), nor the incident's durations, shares or counts.
    expect(metricsOf(draft)).toEqual(['incidentNotificationHours=24 hours']);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /^\|?\s*\d{1,2}:\d{2}|AWS states|99\.9%|412|Add a second region|game day|told within the hour/u.test(q))).toEqual([]);
    // The timeline, what went well or wrong and the action items recount one incident or plan: no section of them states a practice.
    expect(draft.disclosures.filter((d) => /^(?:Timeline|What went|Action items|Impact)/u.test(d.evidence.section)).map((d) => d.evidence.section)).toEqual([]);
    expect(draft.disclosures.map((d) => d.evidence.section)).toContain('Our commitments');
  });
});

/*
 * Answer key of soc2-bridge-letter.txt (an English SOC 2 bridge letter, or gap letter, from the vendor's management: a
 * letterhead with a street address, the kind, the date, `To:` and `Re:` lines, management's numbered representations, the
 * customers' complementary controls, the next report, a disclaimer and the CISO's signature), written before it was ingested.
 * Accept: vendor Tessaline Systems, Inc. (also the publisher: management writes the letter, not the auditor it engaged);
 * service Tessaline Beacon (`within the Tessaline Beacon system`); title SOC 2 Bridge Letter, dated 2025-10-15; hosting
 * aws:us-east-2, data in US (`stored only in that region`); the SOC 2 report held, issued by Kestrelmoor & Dunn LLP (dated
 * by its issue, May 23, 2025, never by the period it or the bridge covers); daily backups kept 30 days.
 * Reject: the street address as title or product; the auditor as vendor, publisher or writer; the period dates (2024-04-01,
 * 2025-03-31, 2025-04-01, 2025-09-30) as validity; the next report `expected … in spring 2026`, Processing Integrity and the
 * planned ISO/IEC 27001; `no material changes` and the other representations as practices; Chicago and Portland as
 * locations; the customers' 24 hours and 7 years as values; AWS as a dependency.
 */
describe('an English SOC 2 bridge letter from management (letterhead, bridge period, representations, next report, disclaimer)', () => {
  it('reads the report held, its issuer, the system and its region; not a new attestation, the periods, the next report or the representations', async () => {
    const { draft } = await ingestFixture('soc2-bridge-letter.txt');
    expect(draft.vendors.map((v) => v.id)).toEqual(['tessaline-systems-inc']);
    // The letterhead's street address is no product; the system the report examined is named in its own words.
    expect(draft.services.map((s) => s.name)).toEqual(['Tessaline Beacon']);
    // `Bridge Letter` is the kind; the date under it dates the letter. Management writes it: the auditor it engaged is not
    // the publisher (its disclaimer says it examined nothing here).
    expect(draft.documents[0]).toMatchObject({ title: 'SOC 2 Bridge Letter', publishedOn: '2025-10-15', publisher: 'Tessaline Systems, Inc.' });
    expect(regionsOf(draft)).toEqual(['aws:us-east-2']);
    // `Customer data is stored only in that region`: the region the sentence before names.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    // The report held, with the firm that issued it; no scope from `covering the period …`, no validity from the periods.
    expect(draft.certifiedBy).toHaveLength(1);
    expect(draft.certifiedBy[0]).toMatchObject({ certification: 'soc2', issuer: 'Kestrelmoor & Dunn LLP' });
    expect(draft.certifiedBy[0]!.scope).toBeUndefined();
    expect(draft.certifiedBy[0]!.validUntil).toBeUndefined();
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/2024-04-01|2025-03-31|2025-04-01|2025-09-30|2026/u);
    expect(certificatesOf(draft)).toEqual(['soc2 -']);
    expect(draft.dependsOn).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    // The representations, the customers' controls, the next report and the disclaimer state no practice.
    expect(
      draft.disclosures.filter((d) => /representations|Complementary|Next report|Important notice/u.test(d.evidence.section)).map((d) => d.evidence.section),
    ).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /material|Chicago|Portland|Harbor|24 hours|7 years|spring 2026|Processing Integrity/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of certification-news-ja.html (a Japanese website news item `ISMSクラウドセキュリティ認証（ISO/IEC 27017）取得のお知らせ`:
 * a `<time>` and category over the `<h1>`, a lead paragraph, the 認証概要 as a `<dl>` of 認証規格 / 登録番号 / 認証登録日 / 有効期限 /
 * 認証機関 / 認証範囲, 認証取得の背景, the existing ISO/IEC 27001, 今後の取り組み, a contact block and a footer with addresses and
 * an English © line), written before it was ingested.
 * Accept: vendor 株式会社ツガザクラソフト, its id from the footer's `Tsugazakura Soft Inc.`; service ツガザクラ勤怠クラウド (the lead's
 * `サービス「…」`, not the headline, which names the certificate); title the headline, dated by the news date 2025-10-08;
 * ISO/IEC 27017 CLOUD 781264 from 2025-09-19 (認証登録日, not the news date) until 2028-02-27, issued by 株式会社コマクサ審査登録機構,
 * scope the 認証範囲; ISO/IEC 27001 IS 752093; hosting aws:ap-northeast-1, data in JP.
 * Reject: the meta line `2025年10月8日 お知らせ` as title; the 認証機関 as vendor or publisher; プライバシーマーク (`取得を目指して`)
 * and ISMAP (`検討`) not held; the head office, the address in 千代田区 and the Osaka office as locations; the 27001's `2023年3月`
 * as a date of validity.
 */
describe('a Japanese website news item announcing a certificate (認証概要 as a <dl>, 今後の取り組み, footer address)', () => {
  it('reads the certificate from its <dl> record, the product from the lead, not the plans, the body or the addresses', async () => {
    const { draft } = await ingestFixture('certification-news-ja.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ツガザクラソフト']);
    // The footer's English © line gives the id a Japanese name cannot.
    expect(draft.vendors.map((v) => v.id)).toEqual(['tsugazakura-soft-inc']);
    // A headline announcing a certificate names the scheme: the product is the service the lead names.
    expect(draft.services.map((s) => s.name)).toEqual(['ツガザクラ勤怠クラウド']);
    // The `<time>` and category over the `<h1>` are the item's meta line, not its title.
    expect(draft.documents[0]).toMatchObject({
      title: 'ISMSクラウドセキュリティ認証（ISO/IEC 27017）取得のお知らせ',
      publishedOn: '2025-10-08',
      publisher: '株式会社ツガザクラソフト',
    });
    // The `<dl>` of labelled fields is one record: number, dates, body and scope read together.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 752093', 'iso27017 CLOUD 781264']);
    const cloud = draft.certifiedBy.find((c) => c.certification === 'iso27017');
    expect(cloud).toMatchObject({
      validFrom: '2025-09-19',
      validUntil: '2028-02-27',
      issuer: '株式会社コマクサ審査登録機構',
      scope: 'クラウドサービスプロバイダとしての「ツガザクラ勤怠クラウド」の提供、開発及び運用',
    });
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')?.validFrom).toBeUndefined();
    // The fields are no subsections of their own.
    expect(draft.sections.map((s) => s.heading)).not.toContain('登録番号');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /プライバシーマーク|ISMAP|千代田区|大阪|梅田|目指/u.test(q))).toEqual([]);
    expect(draft.disclosures.filter((d) => /今後|お問い合わせ/u.test(d.evidence.section))).toEqual([]);
  });
});

/*
 * Answer key of datacenter-facility-ja.txt (a Japanese データセンター設備概要: 所在地, 建物, 電源, 空調, 入退室管理, ネットワーク of
 * the contracted data centre, then the service's 稼働場所, バックアップ and 第三者認証), written before it was ingested.
 * Accept: vendor 株式会社ツバキダイ情報システム; service ツバキダイ就業クラウド; title `ツバキダイ就業クラウド データセンター設備概要`,
 * dated 2025-10-01; hosting undisclosed:jp-kanto (the service runs in the Kanto data centre, its operator and address
 * undisclosed) and undisclosed:jp-kansai (the daily copy sent to a remote Kansai data centre); data in JP; ISO/IEC 27001
 * IS 783104; backups daily, kept 30 days.
 * Reject: a second, inferred `undisclosed:jp` for the same contracted 国内 data centre; the operator's ISO/IEC 27001 and PCI
 * DSS (`これは当該事業者の認証であり`); 震度7, the UPS's 10分, the generator's 72時間 as values (no incident notice, no backup
 * interval); the camera footage's 90日 (the building's physical security, no log of the service) as log retention; the
 * head office's 埼玉県 address as a location.
 */
describe('a Japanese データセンター設備概要 (facility specification of a contracted data centre, then the service)', () => {
  it('places the service and its backups in the areas named, and reads no facility figure as a metric', async () => {
    const { draft } = await ingestFixture('datacenter-facility-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ツバキダイ情報システム']);
    expect(draft.services.map((s) => s.name)).toEqual(['ツバキダイ就業クラウド']);
    // `設備概要` names the document's kind: the product line above it joins the title.
    expect(draft.documents[0]).toMatchObject({ title: 'ツバキダイ就業クラウド データセンター設備概要', publishedOn: '2025-10-01' });
    // The remote site the backups are sent to (`へ日次転送`) keeps data as storing does; the area site explains the 国内 one.
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`).sort()).toEqual(['undisclosed:jp-kansai STATED', 'undisclosed:jp-kanto STATED']);
    expect(draft.usesInfra.find((u) => u.region === 'undisclosed:jp-kansai')?.evidence.quote).toMatch(/関西地方にある遠隔地のデータセンターへ/u);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not the data-centre operator's own ISO/IEC 27001 or PCI DSS.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 783104']);
    // Not 震度7, 10分, 72時間 or the camera footage's 90日.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    expect(quotesOf(draft).filter((q) => /震度|UPS|発電機|監視カメラ|PCI|当該事業者|さいたま/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of colocation-faq.md (an English hosting FAQ of `##` questions: own racks at a named colocation operator's
 * facility, public cloud for backups and the status page, DR, the facility's resilience and certificates), written before
 * it was ingested.
 * Accept: vendor Brindlecove Systems K.K.; service Brindlecove Payroll; hosting undisclosed:jp-kansai (own racks at the
 * colocation facility in Osaka: an operator no reference data knows), undisclosed:jp-kanto (the standby site in Tokyo the
 * database is replicated to) and aws:ap-northeast-1 (the encrypted backups); data in JP; ISO/IEC 27001 JP23/081145 (the
 * vendor's own, its number written with a slash); backups nightly, kept 35 days; incidents notified within 24 hours.
 * Reject: gcp:us-central1 and the US (the status page, hosted apart and holding no customer data); the colocation
 * operator's ISO/IEC 27001 and SOC 2 Type II (`Kestrelmoor Data Centres holds …`); the RTO of 4 hours (a target), the UPS's
 * 15 minutes, the generators' 48 hours, magnitude 7 and the CCTV's 90 days as values; the footer's Umeda address.
 */
describe('an English hosting FAQ of a vendor in colocation (own racks, public cloud only for backups and the status page)', () => {
  it('reads the colocation sites and the backup region; not the status page, the operator’s certificates or the facility’s figures', async () => {
    const { draft } = await ingestFixture('colocation-faq.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brindlecove Systems K.K.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Brindlecove Payroll']);
    // A colocation site in an English city of Japan (`Osaka`, `Tokyo`) is in that area; the status page's cloud is not used.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'undisclosed:jp-kansai', 'undisclosed:jp-kanto']);
    expect(draft.usesInfra.find((u) => u.region === 'undisclosed:jp-kansai')?.evidence.quote).toMatch(/^Brindlecove Payroll runs on servers we own/u);
    expect(draft.usesInfra.find((u) => u.region === 'undisclosed:jp-kanto')?.evidence.quote).toMatch(/second colocation data centre in Tokyo/u);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // The operator's certificates are its own; the vendor's number is read with its slash.
    expect(certificatesOf(draft)).toEqual(['iso27001 JP23/081145']);
    expect(draft.certifiedBy[0]!.evidence.quote).toMatch(/^Brindlecove Systems K\.K\. itself is certified/u);
    // Not the RTO target, the UPS, the generators, the earthquake rating or the CCTV footage.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=35 days', 'incidentNotificationHours=24 hours']);
    expect(quotesOf(draft).filter((q) => /Kestrelmoor Data Centres holds|RTO|UPS|generator|magnitude|CCTV|Umeda/u.test(q))).toEqual([]);
    // The status page may disclose how the service is monitored, but is no place of the service or its data.
    expect([...draft.usesInfra, ...draft.storesDataIn].filter((f) => /status page|us-central1/u.test(f.evidence.quote))).toEqual([]);
  });
});

/** Each fact of a draft with the service it is about: `service kind=value`. */
function perService(draft: SeedFile): string[] {
  return [
    ...draft.usesInfra.map((u) => `${u.service} region=${u.region}`),
    ...draft.storesDataIn.map((l) => `${l.service} country=${l.country}`),
    ...draft.disclosures.flatMap((d) => d.metrics.map((m) => `${d.service} ${m.name}=${m.value}`)),
  ].sort();
}

/*
 * Answer key of product-matrix.html (an English Trust & Compliance page of one vendor with three products: a compliance
 * matrix `Product | ISO/IEC 27001 | ISO/IEC 27017 | SOC 2 Type II | Hosting region`, a section per product, company-wide
 * practices), written before it was ingested.
 * Accept: vendor Quorvane Systems Inc.; three services, the matrix's Product column (Quorvane Pipeline, Deskline, Chatlet);
 * Pipeline and Deskline on aws:ap-northeast-1, Chatlet on gcp:europe-west3, each region for its own row only; data of
 * Pipeline in JP and of Chatlet in DE; ISO/IEC 27001 IS 774120 (Pipeline's and Deskline's ✓), ISO/IEC 27017 CLOUD 774121
 * (Pipeline), SOC 2 (Pipeline's ✓), each flagged as stated for those products only; backup retention 35 / 14 / 7 days, each
 * for its own product; incident notice within 48 hours for all three (company-wide).
 * Reject: one service named after the title (`Trust`); SOC 2 for Deskline or Chatlet (`In progress`, a planned report); a `—`
 * as held; Chatlet on AWS or Pipeline on Google Cloud; a product's retention for another product; the SMS provider's United
 * States; the office address in San Francisco as a data location.
 */
describe('an English by-product compliance matrix (one vendor, three products, a row and a section per product)', () => {
  it('scopes each row, each product section and each company-wide practice to the services it speaks of', async () => {
    const { draft } = await ingestFixture('product-matrix.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quorvane Systems Inc.']);
    // The first column of a `Product | …` matrix names the products, sharing the vendor's brand.
    expect(draft.services.map((s) => [s.id, s.name])).toEqual([
      ['quorvane-pipeline', 'Quorvane Pipeline'],
      ['quorvane-deskline', 'Quorvane Deskline'],
      ['quorvane-chatlet', 'Quorvane Chatlet'],
    ]);
    // A row's region, a product section's retention and location are that product's; a company-wide notice is all three's.
    expect(perService(draft)).toEqual(
      [
        'quorvane-pipeline region=aws:ap-northeast-1',
        'quorvane-deskline region=aws:ap-northeast-1',
        'quorvane-chatlet region=gcp:europe-west3',
        'quorvane-pipeline country=JP',
        'quorvane-chatlet country=DE',
        'quorvane-pipeline backupRetentionDays=35',
        'quorvane-pipeline backupInterval=1',
        'quorvane-deskline backupRetentionDays=14',
        'quorvane-deskline backupInterval=1',
        'quorvane-chatlet backupRetentionDays=7',
        'quorvane-chatlet backupInterval=1',
        'quorvane-pipeline incidentNotificationHours=48',
        'quorvane-deskline incidentNotificationHours=48',
        'quorvane-chatlet incidentNotificationHours=48',
      ].sort(),
    );
    // ✓ is held, for its row's product only; `In progress` and `—` are not.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 774120', 'iso27017 CLOUD 774121', 'soc2 -']);
    const notes = Object.fromEntries(draft.certifiedBy.map((c) => [c.certification, c.reviewNote]));
    expect(notes).toEqual({
      iso27001: expect.stringContaining('Stated for Quorvane Pipeline, Quorvane Deskline only'),
      iso27017: expect.stringContaining('Stated for Quorvane Pipeline only'),
      soc2: expect.stringContaining('Stated for Quorvane Pipeline only'),
    });
    expect(draft.certifiedBy.find((c) => c.certification === 'soc2')!.evidence.quote).toBe('Quorvane Pipeline\t✓\t✓\t✓');
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Q2 2027|United States|San Francisco|Mission Street/u.test(q))).toEqual([]);
    // A row's region is quoted with its row; a certificate's mark only up to the mark, never an `In progress` cell.
    expect(draft.certifiedBy.filter((c) => /In progress|—/u.test(c.evidence.quote))).toEqual([]);
  });
});

/*
 * Answer key of product-compliance-ja.md (a Japanese 製品別 セキュリティ対応状況一覧 in Markdown: a table `製品名 | 稼働基盤 |
 * リージョン | ISMAP | ISMSクラウド認証 | バックアップ保存期間` with ○ / × / 取得予定, 共通事項 for all products, 製品別の補足 with
 * a subsection per product, one of them 提供終了予定), written before it was ingested.
 * Accept: vendor 株式会社ホオズキソフト; three services from the 製品名 column; ホオズキ会計 on aws:ap-northeast-1, ホオズキ勤怠 on
 * gcp:asia-northeast1, ホオズキ名刺 on aws:ap-northeast-3, all data in JP; ISMAP C26-0417-1 and ISMS クラウド認証 (○) for 会計
 * only, flagged so; backup retention 30 / 14 / 7 days per product; 障害通知 24時間以内 and NTP ntp.nict.jp for all three
 * (全製品共通); ホオズキ名刺 flagged as being retired (提供終了予定), its facts still proposed.
 * Reject: the date run into the company name (`株式会社ホオズキソフト2026年9月1日`); ISMS クラウド認証 for 勤怠 (取得予定) or any
 * certificate from ×; one product's region or retention for another; the office address (東京都千代田区) as a data location.
 */
describe('a Japanese 製品別 セキュリティ対応状況一覧 (a ○/×/取得予定 table per product, 共通事項, 製品別の補足)', () => {
  it('scopes table rows and product subsections to their product, common items to all, and flags the retiring product', async () => {
    const { draft } = await ingestFixture('product-compliance-ja.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ホオズキソフト']);
    expect(draft.services.map((s) => s.name)).toEqual(['ホオズキ会計', 'ホオズキ勤怠', 'ホオズキ名刺']);
    const [kaikei, kintai, meishi] = draft.services.map((s) => s.id);
    expect(perService(draft)).toEqual(
      [
        `${kaikei} region=aws:ap-northeast-1`,
        `${kintai} region=gcp:asia-northeast1`,
        `${meishi} region=aws:ap-northeast-3`,
        `${kaikei} country=JP`,
        `${kintai} country=JP`,
        `${meishi} country=JP`,
        `${kaikei} backupRetentionDays=30`,
        `${kaikei} backupInterval=1`,
        `${kintai} backupRetentionDays=14`,
        `${kintai} backupInterval=1`,
        `${meishi} backupRetentionDays=7`,
        `${meishi} backupInterval=1`,
        `${kaikei} incidentNotificationHours=24`,
        `${kintai} incidentNotificationHours=24`,
        `${meishi} incidentNotificationHours=24`,
      ].sort(),
    );
    expect(draft.syncsTimeWith.map((t) => t.service).sort()).toEqual([kaikei, kintai, meishi].sort());
    // ○ is held by its row's product; × and 取得予定 are not.
    expect(certificatesOf(draft)).toEqual(['ismap C26-0417-1', 'iso27017 -']);
    for (const c of draft.certifiedBy) expect(c.reviewNote).toContain('Stated for ホオズキ会計 only');
    // The retiring product is flagged, not dropped: its facts hold until it ends.
    expect(draft.services.map((s) => /being retired/u.test(s.reviewNote ?? ''))).toEqual([false, false, true]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /取得予定|千代田区|神田/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of vendor-assessment.md (an English `Third-Party Risk Assessment — X Ltd (X Payroll)` written by a CUSTOMER's
 * procurement and security team about its vendor), written before it was ingested.
 * Accept: vendor Palvanta Cloud Ltd; service Palvanta Payroll (the bracket after the vendor in the title); title the H1,
 * dated by its `Assessment date` (16 February 2026); publisher the assessor Hexbridge Logistics plc, with a note that it is a
 * customer's assessment. At second hand (confidence ≤ 0.4, each with a note): hosting gcp:europe-west1 and europe-west4 (`per
 * its SOC 2 report`); the SOC 2 report and ISO/IEC 27001 IS 782214 valid until 2027-03-11 (`we verified it`); backups daily,
 * kept 35 days (`Per the questionnaire`); the vendor's own 72-hour incident notification and 30-day log retention as the
 * findings report them; the penetration test (14.2.8).
 * Reject: Hexbridge as vendor or product; the document reference as the product; the findings as practices (`MFA is not
 * enforced` → no 9.4.2; `Backups are not tested for restore` → no restore testing); the customer's own `24-hour requirement`,
 * `12-month standard`, its SEC-07 policy (`within 24 hours`, `at least 12 months`) and its 7-year archive as values of the
 * vendor; the remediation plan's MFA, annual restore test, 24 hours and 12 months; the remediation due dates and the approval
 * dates as the document's date; the `Medium` rating and the scope, summary and approval sections as facts; `Evidence
 * reviewed` as collection of evidence (16.1.7); Bristol and Cardiff (offices) as data locations.
 */
describe('an English third-party risk assessment of a vendor by its customer (profile, evidence, findings, remediation, approval)', () => {
  it('proposes the vendor’s facts at second hand, never a finding as a practice nor the customer’s requirement as a value', async () => {
    const { draft } = await ingestFixture('vendor-assessment.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Palvanta Cloud Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Palvanta Payroll']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Third-Party Risk Assessment — Palvanta Cloud Ltd (Palvanta Payroll)',
      publishedOn: '2026-02-16',
      publisher: 'Hexbridge Logistics plc',
      reviewNote: expect.stringMatching(/customer assessing the vendor/u),
    });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west1', 'gcp:europe-west4']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 782214', 'soc2 -']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')).toMatchObject({ validUntil: '2027-03-11' });
    // The vendor's own values, as the assessor found them; not the customer's 24 hours or 12 months.
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=30 days',
    ]);
    // A finding of a gap is no practice: no access control from `MFA is not enforced`, no collection of evidence from the
    // heading `Evidence reviewed`.
    expect(controlsOf(draft)).toEqual(['iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:14.2.8', 'iso27017:16.1.2']);
    // Everything at second hand: low confidence and a note.
    for (const fact of [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures]) {
      expect(fact.confidence).toBeLessThanOrEqual(0.4);
      expect(fact.reviewNote).toMatch(/customer’s assessment/u);
    }
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /MFA|not tested|Hexbridge|SEC-07|7 years|Residual risk|Remediation|multi-factor|Bristol|Cardiff/u.test(q))).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country).filter((c) => c === 'GB')).toEqual([]);
    expect(draft.sections.find((s) => s.heading === '5. Findings')?.skippedBecause).toBeUndefined();
    // The values a finding reports are flagged as the assessor's gap.
    const fromFindings = draft.disclosures.filter((d) => d.evidence.section === '5. Findings');
    expect(fromFindings.map((d) => d.control).sort()).toEqual(['iso27017:12.4.1', 'iso27017:16.1.2']);
    for (const d of fromFindings) expect(d.reviewNote).toMatch(/finding of the assessment/u);
    expect(draft.sections.find((s) => s.heading === '7. Approval')?.skippedBecause).toMatch(/assessment itself/u);
    expect(draft.sections.find((s) => s.heading === '2. Summary')?.skippedBecause).toMatch(/assessment itself/u);
  });
});

/*
 * Answer key of itaku-audit-report.txt (a Japanese 委託先監査報告書: a customer's internal audit of its contractor's SaaS),
 * written before it was ingested.
 * Accept: vendor 株式会社アケビシステム (the 委託先); service アケビ勤怠クラウド (対象サービス); title 委託先監査報告書 dated by
 * its 報告日 2026-02-27; publisher the auditor 株式会社シジミ物流. At second hand (confidence ≤ 0.4, with a note): hosting
 * aws:ap-northeast-1 (`東京リージョンで稼働していることを…確認した`); ISMS (ISO/IEC 27001) IS 790553, held by the 委託先
 * (`委託先は…を取得しており`, `有効性を…確認した`); backups daily, kept 14 days; the vendor's actual log retention `現状90日` and
 * notification `48時間以内` as the 指摘事項 report them.
 * Reject: シジミ物流 (監査人, 作成) as vendor; the 指摘事項 as practices (`多要素認証が…有効化されていない` → no 9.4.2); the
 * customer's 社内基準（1年） and 当社基準の24時間以内 as values; the 改善計画's `1年に延長する計画` and MFA `予定` (plans); the
 * 監査対象 / 監査概要 / 監査範囲 / 総合評価 sections as the vendor's practices (the customer's audit is no 18.2.1 of the
 * vendor's); the 監査実施日 2026-02-12 or 次回監査 2027年2月 as the date; 東京都港区 (the office visited) as a data location.
 */
describe('a Japanese 委託先監査報告書 (監査対象, 監査概要, 確認結果 of 適合 items, 指摘事項, 改善計画, 総合評価)', () => {
  it('reads the 委託先’s facts at second hand, and no 指摘事項, 社内基準 or 改善計画 as its practice or value', async () => {
    const { draft } = await ingestFixture('itaku-audit-report.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社アケビシステム']);
    expect(draft.services.map((s) => s.name)).toEqual(['アケビ勤怠クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '委託先監査報告書', publishedOn: '2026-02-27', publisher: '株式会社シジミ物流' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    // The 委託先 is the vendor here, not another party holding its own certificate.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790553']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=90 days',
    ]);
    expect(controlsOf(draft)).toEqual(['iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:16.1.2']);
    for (const fact of [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures]) {
      expect(fact.confidence).toBeLessThanOrEqual(0.4);
      expect(fact.reviewNote).toMatch(/customer’s assessment/u);
    }
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /多要素|延長|予定|港区|監査実施日|総合|継続/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === '6．改善計画')?.skippedBecause).toMatch(/remediation plan/u);
    expect(draft.sections.find((s) => s.heading === '2．監査概要')?.skippedBecause).toMatch(/assessment itself/u);
  });
});

/*
 * Answer key of cookie-policy.html (an English Cookie Policy of a SaaS vendor's website and app: a cookie table Name |
 * Provider | Purpose | Expiry | Type, how to disable cookies, an `About us` paragraph), written before it was ingested.
 * Accept: vendor Quillmarsh Software GmbH; service Quillmarsh Ledger (the title's other part, not `Cookie`); title Cookie
 * Policy dated 2025-10-14 (`Last updated`); hosting aws:eu-central-1 and storage in DE from the one `About us` sentence.
 * Reject: the cookies' expiries (24 hours, 13 months, 90 days, 6 months, 30 minutes) as log retention, data deletion or
 * any other metric; the analytics provider's United States and the advertising provider's Ireland as data locations;
 * the analytics, advertising and consent-banner providers as dependencies (as privacy-policy.txt's 外部送信 tags are
 * none); the browser settings and the consent banner as practices; the copyright year as the date.
 */
describe('an English cookie policy (a cookie table of providers and expiries, browser settings, an About us paragraph)', () => {
  it('reads the one hosting sentence, and no cookie expiry, tag provider or its country', async () => {
    const { draft } = await ingestFixture('cookie-policy.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmarsh Software GmbH']);
    // `Cookie Policy | X`: `Cookie` is what the policy is about, not the product.
    expect(draft.services.map((s) => s.name)).toEqual(['Quillmarsh Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'Cookie Policy', publishedOn: '2025-10-14' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
    expect(draft.disclosures).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Plovertrack|Brantgoose|Ternbanner|United States|Ireland|months|minutes|browser/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of consent-form-ja.txt (a Japanese 個人情報の取扱いに関する同意書 for a SaaS sign-up, addressed `株式会社X 御中`),
 * written before it was ingested.
 * Accept: vendor 株式会社ヨシキリデータ (the company the form is returned to, which calls itself 当社); service ヨシキリ発注クラウド
 * (「X」（以下「本サービス」）); title 個人情報の取扱いに関する同意書 dated by its 最終改定日 2025-08-01 at the foot (not 制定日);
 * dataDeletionDays=1 year (`契約終了後1年間保存し、その後速やかに削除`: how long the customer's personal data is kept after the
 * contract ends, the value privacy-policy.txt's 契約終了後…削除 gives); encryption in transit (`通信の暗号化`).
 * Reject: 株式会社ヨシキリデータ dropped as an addressee; the 同意書's kind words as the product; the 開示請求 fee (1,000円) and
 * 回答期間 (`2週間以内`) as metrics (no incident notification, no deletion); the 受付時間 as anything; the 委託先 (決済代行会社,
 * 配送会社, unnamed) as dependencies; the 同意欄 (`□ 同意します`, the signature and date blanks) as a practice or a date; the
 * office in 名古屋市 as a data location; the date of ingestion as the date.
 */
describe('a Japanese 個人情報の取扱いに関する同意書 (addressed 御中, 利用目的, 委託, 保存期間, 開示請求, 同意欄 with blanks)', () => {
  it('names the company the form is returned to, reads the retention after termination, and nothing from the blanks or the 開示請求', async () => {
    const { draft } = await ingestFixture('consent-form-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヨシキリデータ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ヨシキリ発注クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '個人情報の取扱いに関する同意書', publishedOn: '2025-08-01', publisher: '株式会社ヨシキリデータ' });
    expect(regionsOf(draft)).toEqual([]);
    expect(draft.storesDataIn).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual([]);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=1 years']);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /手数料|2週間|受付時間|同意します|____|決済代行|配送会社|名古屋/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of region-launch.md (an English product blog post announcing a new region), written before it was ingested.
 * Accept: vendor Quokkaline Pty Ltd; service Bramblecast (not the headline `Now available: Bramblecast in Australia`);
 * dated 2025-09-10; hosting aws:ap-southeast-2 (`can now be hosted in … Sydney`), aws:ap-southeast-4 (backups replicated
 * to Melbourne) and each region the customer chooses among (`Which regions can I choose?`: us-east-1, eu-central-1);
 * data in AU, US, DE; backups every 24 hours, kept 35 days; encryption (10.1.1); ISO/IEC 27001 QL-27001-4471, scope `all
 * regions` (the sentence's later clause `and we are working towards IRAP` plans something else).
 * Reject: Canada / Toronto (`Coming in 2026`, and only in the CEO's quote); the CEO's quoted words (`backed up every hour`,
 * `most trusted`) as facts; IRAP (`working towards`); Brisbane (the office) as a data location; the customer's duty to
 * update endpoints.
 */
describe('an English region launch blog post (headline, what’s new, offered regions, coming next, CEO quote)', () => {
  it('names the product without the place, keeps every offered region, and nothing from what is coming or quoted', async () => {
    const { draft } = await ingestFixture('region-launch.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quokkaline Pty Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Bramblecast']);
    expect(draft.documents[0]?.publishedOn).toBe('2025-09-10');
    expect(regionsOf(draft)).toEqual(['aws:ap-southeast-2', 'aws:ap-southeast-4', 'aws:eu-central-1', 'aws:us-east-1']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['AU', 'DE', 'US']);
    expect(metricsOf(draft)).toEqual(['backupInterval=24 hours', 'backupRetentionDays=35 days']);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    // The certificate held, though the sentence goes on to plan an assessment in a clause of its own; that plan is no certificate.
    expect(certificatesOf(draft)).toEqual(['iso27001 QL-27001-4471']);
    expect(draft.certifiedBy[0]?.scope).toBe('all regions');
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Canada|Toronto|every hour|most trusted|Brisbane|responsible/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === 'A word from our CEO')?.skippedBecause).toMatch(/quoted remark/u);
  });
});

/*
 * Answer key of region-start-ja.txt (a Japanese 提供開始のお知らせ dated 2025年6月1日 announcing a region from 2025年7月1日,
 * with a 追記 dated 2025年7月1日 saying it started), written before it was ingested.
 * Accept: vendor 株式会社イソシギ; service ヒバリノート (named in the body: the headline names only the region); title
 * 大阪リージョンでの提供開始のお知らせ (not `記`); hosting aws:ap-northeast-1 (`東京リージョン…で引き続きご利用いただけます`) and
 * aws:ap-northeast-3 quoted from the 追記 (`本日より…提供を開始しました`); backups daily, kept 30 days.
 * Reject: the announcement `2025年7月1日より…提供を開始します` and `提供を開始することとなりました` as evidence (a start after the
 * document's date is a plan; the later entry confirming it is the evidence); the 九州 backup site (`検討しています`); the
 * customer's own data migration; 千代田区 (the support office) as a data location.
 */
describe('a Japanese 提供開始のお知らせ (a region starting after the notice’s date, and a 追記 saying it started)', () => {
  it('reads the announced start as a plan and the later entry as the region in use', async () => {
    const { draft } = await ingestFixture('region-start-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社イソシギ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ヒバリノート']);
    expect(draft.documents[0]?.title).toBe('大阪リージョンでの提供開始のお知らせ');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    const osaka = draft.usesInfra.find((u) => u.region === 'aws:ap-northeast-3');
    expect(osaka?.evidence.quote).toMatch(/開始しました/u);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /開始します|開始することとなり|九州|検討|千代田|移行作業/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of securities-report-risks-ja.txt (a Japanese 有価証券報告書's cover, its 「事業等のリスク」 section of numbered
 * risks with 発生可能性/影響度, and a short 「設備の状況」), written before it was ingested.
 * Accept: vendor 株式会社ムクドリシステムズ (Mukudori Systems, Inc.); title 有価証券報告書 (the 【提出書類】 field, not `【表紙】`)
 * dated by its 【提出日】 2025-06-26 (not the 事業年度's dates); service ムクドリ経費クラウド (`…「X」（以下「当社サービス」）`);
 * hosting aws:ap-northeast-1 and the backup copy in aws:ap-northeast-3; data in JP; ISO/IEC 27001 IS 742918; backups daily,
 * kept 30 days; first notice within 1 hour of detection; the year's `稼働率は99.98％でありました` only as a record for review.
 * Reject: the consolidated subsidiary's Azure 東日本 (`連結子会社であるX株式会社が提供する…は`); the acquired company's
 * プライバシーマーク and its on-premises 福岡市; ISO/IEC 27017 (`取得を…予定`); the Singapore region of `…構築を計画しております`
 * and the Singapore 現地法人; the 本社/支社 addresses of the cover and 設備の状況 (品川区, 大阪市北区, 福岡市博多区) as data
 * locations; 売上高 4,812百万円, `連結売上高の86.4％を占め`, 6.1％, 412名, 312百万円 as metrics; the hypothetical `24時間以上
 * 停止した場合`; `第２【事業の状況】` a heading, not the title's part.
 */
describe('a Japanese securities report (有価証券報告書: 【表紙】 fields, 事業等のリスク with 発生可能性/影響度, 設備の状況)', () => {
  it('titles it by the filed document, reads the service’s own facts, and no subsidiary’s, plan’s, office’s or financial figure', async () => {
    const { draft } = await ingestFixture('securities-report-risks-ja.txt');
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ムクドリシステムズ', nameEn: 'Mukudori Systems, Inc.' });
    expect(draft.documents[0]).toMatchObject({ title: '有価証券報告書', publishedOn: '2025-06-26' });
    expect(draft.services.map((s) => s.name)).toEqual(['ムクドリ経費クラウド']);
    expect(draft.sections.map((s) => s.heading)).toContain('第２【事業の状況】');
    // Not the subsidiary's Azure, nor the Singapore region only planned.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 742918']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.98 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=1 hours',
    ]);
    // `通信及び保存データの暗号化` is encryption, beside the MFA of the same sentence.
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    // `…稼働率は99.98％でありました`: what the year's rate was, a record for review, not the level committed to.
    const record = draft.disclosures.find((d) => d.control === 'iso27017:17.2.1')!;
    expect(record.reviewNote).toMatch(/measured over a past period/u);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /子会社|オオルリ|シンガポール|計画|予定|品川|福岡|百万円|86\.4|6\.1％|412名|24時間以上/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of incident-report-ja.txt (a Japanese 障害報告書 to customers: お客様各位, date, company and department over the
 * title; 障害の概要 fields, 原因, a JST 対応経緯 timeline, 再発防止策 marked 実施済み/実施予定/検討中, then standing practice),
 * written before it was ingested.
 * Accept: vendor 株式会社セキレイネット; title `「セキレイ予約」における障害発生のご報告（最終報）` dated 2025-11-14 (not the
 * 発生日時); service セキレイ予約; hosting gcp:asia-northeast1 (`「X」が稼働しているGoogle Cloudの東京リージョン`); data in JP;
 * ISO/IEC 27001 JQA-IM9876 and ISO/IEC 27017; the SLA's 99.9％; backups every hour, kept 7 days; first notice within 30 minutes
 * of detection; the mail-delivery supplier ヒタキメール株式会社 (`メール配信を委託しているX株式会社`) a dependency.
 * Reject: Azure 東日本 (another company's outage the same day; `当社サービスは Azure を利用しておらず`); asia-northeast2
 * (`実施予定`) and AWS (`検討中`); `通信の約40％がタイムアウト` and the month's `99.76％の見込み` as availability; the 1時間42分,
 * `検知から25分後`, `最大3時間遅延`, 60秒/10秒, 約2,300社 and 約18％ as values; the timeline's entries as quotes; the department
 * `カスタマーサクセス部` as title or product; the 受付時間 as anything.
 */
describe('a Japanese 障害報告書 (お客様各位 and a department over the title, a JST timeline, 再発防止策 of 実施済み/予定/検討中)', () => {
  it('reads the platform the cause names and the standing practice, not another provider’s outage, shares, durations or plans', async () => {
    const { draft } = await ingestFixture('incident-report-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社セキレイネット']);
    expect(draft.documents[0]).toMatchObject({ title: '「セキレイ予約」における障害発生のご報告（最終報）', publishedOn: '2025-11-14' });
    expect(draft.services.map((s) => s.name).filter((n) => !/株式会社/u.test(n))).toEqual(['セキレイ予約']);
    // Not Azure (`利用しておらず`), nor Osaka (`予定`) or AWS (`検討中`).
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 JQA-IM9876', 'iso27017 -']);
    // Not `通信の約40％` (a share of the traffic), nor the month's 99.76％, the outage's length or the timeline's minutes.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 hours',
      'backupRetentionDays=7 days',
      'incidentNotificationHours=30 minutes',
    ]);
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: 'ヒタキメール株式会社', function: 'メール配信' }]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Azure|asia-northeast2|AWS|99\.76|2,300|18％|25分後|60秒|受付時間|^\d{1,2}:\d{2}/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of hikino-grade-answer.md (a Japanese vendor's answer sheet to IPA's 非機能要求グレード, exported to Markdown:
 * `項目番号 | 大項目 | 中項目 | メトリクス | 要求レベル | 回答 | 備考` tables per 大項目, answers opening with ○/△/×), written before
 * it was ingested.
 * Accept: vendor 株式会社トチノキシステムズ (not the 提出先 株式会社ハクセキ物産 御中); service トチノキ経費クラウド (the title's part after
 * `非機能要求グレード 回答書 ―`); dated 2025-09-12 (回答日); hosting aws:ap-northeast-1 (データセンター所在地) and aws:ap-northeast-3
 * (the backups' place and DR site), data in JP; availability 99.9% (`保証します`); backups daily, 7 generations (7 days);
 * logs 1 year; incident notice 1 hour; maintenance notice 14 days; deletion 30 days after the contract; password 8
 * characters; encryption (10.1.1); the clock from Amazon Time Sync; ISO/IEC 27001 IS 712345 and ISO/IEC 27017.
 * Reject: every 要求レベル value (the customer's request: 99.99%, `1時間ごと`, 10世代, 3年, 30分, 12文字, 10営業日, `1時間前の
 * 時点`, `2時間以内`); the 備考's `99.99%の保証は提供しておりません`; the administrator's `12文字以上に設定可能`; ISMAP and プライバシー
 * マーク (`対応予定`), SOC 2 (`検討中`), multi-factor authentication (`△ 対応予定`); the rows answered `× お客様にて実施` (the
 * customer's monthly CSV export, its terminals, its network of 名古屋/東京/大阪/福岡 sites and its Azure ExpressRoute, the IDS/IPS);
 * RPO 24 hours and RTO 6 hours / 72 hours as backup or notice values; the 記入要領 as a practice.
 */
describe('a Japanese 非機能要求グレード answer sheet (メトリクス | 要求レベル | 回答 | 備考, answers opening with ○/△/×)', () => {
  it('reads the vendor’s answers, never the customer’s requested level, a plan or what the customer must do', async () => {
    const { draft } = await ingestFixture('hikino-grade-answer.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社トチノキシステムズ']);
    expect(draft.services.map((s) => s.name)).toEqual(['トチノキ経費クラウド']);
    expect(draft.documents[0]?.publishedOn).toBe('2025-09-12');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 712345', 'iso27017 -']);
    expect([...new Set(metricsOf(draft))]).toEqual([
      'availabilityPercent=99.9 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'backupRetentionDays=7 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=14 days',
      'passwordMinLength=8 characters',
    ]);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    // Neither the planned multi-factor authentication nor the customer's own network is a practice of the service.
    expect(controlsOf(draft)).not.toContain('iso27017:9.4.2');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    const quotes = quotesOf(draft);
    expect(
      quotes.filter((q) =>
        /レベル\d|1時間前|1時間ごと|10世代|10営業日|お客様にて|対応予定|検討中|ISMAP|プライバシーマーク|多要素|名古屋|福岡|Azure|ExpressRoute|IDS|CSV|99\.99|ハクセキ/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    // No quote carries the requested level's cell: each row is read from its answer cell on.
    expect(quotes.filter((q) => /^\|/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of kb-article-architecture.md (an English support knowledge-base article with YAML front matter, an ASCII
 * architecture diagram in a fenced block, FAQ-style subheadings, an example customer setup and a feedback footer), written
 * before it was ingested.
 * Accept: vendor Larchwick Systems Ltd.; service Larchwick Tally (the subject of the title's question `Where does X store my
 * data?`, not a front-matter line); title as the front matter and the H1 print it; dated 2025-11-04 (`updated:`); hosting
 * aws:eu-west-2 and aws:eu-west-1 (nightly snapshot copies), data in GB and IE; backups nightly, kept 30 days; logs 13
 * months; incident notice 48 hours; encryption (10.1.1) with keys in AWS KMS; the clock from Amazon Time Sync; ISO/IEC
 * 27001 LW-27001-0938.
 * Reject: the diagram's labels (`ca-central-1 ... planned`, `us-east-1 ... analytics sandbox`, `Fastgate CDN (edge)`) as
 * facts; the Canadian region `coming soon` (and its `Not yet.` as a practice); Fastgate CDN, which caches only static
 * assets, as a data location or a dependency; the SOC 2 report `coming soon`; the example customer's Azure West Europe
 * (Amsterdam), Google Drive, `every hour` and `7 years`; RTO 4 hours and RPO 15 minutes as backup values; the front
 * matter's tags, id and audience as title or product; the company number, the London address and the feedback counts.
 */
describe('an English knowledge-base article (YAML front matter, an ASCII diagram, an example customer setup)', () => {
  it('reads the prose only: no diagram label, coming-soon region, CDN or example customer’s cloud', async () => {
    const { draft } = await ingestFixture('kb-article-architecture.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Larchwick Systems Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Larchwick Tally']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Where does Larchwick Tally store my data? (Architecture overview)',
      publishedOn: '2025-11-04',
    });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1', 'aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['GB', 'IE']);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 LW-27001-0938']);
    const metrics = new Set(metricsOf(draft));
    for (const m of ['backupInterval=1 days', 'backupRetentionDays=30 days', 'logRetentionDays=13 months', 'incidentNotificationHours=48 hours'])
      expect(metrics).toContain(m);
    expect([...metrics].filter((m) => /=(?:4 hours|15 minutes|7 years|1 hours)/u.test(m))).toEqual([]);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // The key-management sentence wraps inside `AWS Key Management` / `Service (KMS).`: read whole, never from its last line.
    expect(draft.disclosures.filter((d) => /^Service \(KMS\)/u.test(d.evidence.quote))).toEqual([]);
    const quotes = quotesOf(draft);
    expect(
      quotes.filter((q) =>
        /Canad|ca-central|us-east-1|sandbox|Fastgate|SOC 2|Northvale|Azure|Amsterdam|Google Drive|Not yet|tags:|article_id|11872034|👍/u.test(q),
      ),
    ).toEqual([]);
    expect(draft.sections.find((s) => s.heading.startsWith('Example'))?.skippedBecause).toMatch(/example/iu);
  });
});

/*
 * Answer key of sla-ja.txt (a Japanese サービスレベル合意書 of 第N条（…） articles with 項 and 号, and 別表1 / 別表2 tables),
 * written before it was ingested.
 * Accept: vendor 株式会社オオルリ技研 (id from its English name); service オオルリ請求クラウド; dated by 改定日 2025-10-01 (not
 * 制定日); hosting gcp:asia-northeast1 (第8条, the service runs there) and gcp:asia-northeast2 (the backup copy); data in JP;
 * ISO/IEC 27001 IS 771903; availabilityPercent 99.9 (別表1's 保証値); maintenance notice 10 days; first incident notice 60
 * minutes; backups daily, kept 14 days; encryption in transit (10.1.1).
 * Reject: the 別表2 credit tiers (99.0%以上99.9%未満, 95.0%, `99.9%以上 なし`) and credits (10%, 30%, 50%, the 50% cap) as values
 * or practices; the 受付時間 平日9:00〜18:00 and the window 22:00〜4:00 / 6 hours; the report `復旧後10営業日以内`; the
 * 30 days' notice of a change to the 合意書 itself (第14条) as maintenance notice; the 適用除外's Amazon Web Services (the
 * customer's own system) as hosting and Slack / Salesforce as dependencies (Google Cloud is the service's, and 第8条
 * says so); the 免責 (`唯一の責任`, `保証するものではありません`) and the 定義 as practices; ISO/IEC 27017 (準備中).
 */
describe('a Japanese サービスレベル合意書 of 第N条（…） articles and 別表 (保証値, サービスクレジット, 適用除外, 免責)', () => {
  it('proposes the 別表’s guaranteed values and the cloud the service runs on, not the tiers, desk hours, the customer’s cloud or the 免責', async () => {
    const { draft } = await ingestFixture('sla-ja.txt');
    expect(draft.vendors[0]).toMatchObject({ id: 'ooruri-giken-inc', name: '株式会社オオルリ技研' });
    expect(draft.services.map((s) => s.name)).toEqual(['オオルリ請求クラウド']);
    expect(draft.documents[0]?.publishedOn).toBe('2025-10-01');
    // Not the AWS on which the customer built its own system, as an exclusion names it.
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771903']);
    // The article and its 別表 row say each value twice; not the credit tiers, the 30 days' notice of a change to the
    // agreement itself, the desk hours, the window or the report after 10 business days.
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'incidentNotificationHours=60 minutes',
      'incidentNotificationHours=60 minutes',
      'maintenanceNoticeDays=10 days',
      'maintenanceNoticeDays=10 days',
    ]);
    expect(controlsOf(draft)).toEqual(['iso27017:10.1.1', 'iso27017:12.1.2', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:17.2.1']);
    // The 定義, 適用除外 and 免責 articles state no practice; a credit, a credit table's row and the amendment of the
    // agreement neither.
    for (const heading of ['第2条（定義）', '第11条（適用除外）', '第13条（免責）'])
      expect(draft.sections.find((s) => s.heading === heading)?.skippedBecause).toBeDefined();
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /Amazon|Slack|Salesforce|未満|なし|クレジット|見直し|9:00|22:00|営業日|27017|唯一|保証するものでは|とは/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of maintenance-notice-en.txt (an English customer e-mail announcing a maintenance window in UTC and JST and a
 * database move between two Azure regions, with customer actions and a FAQ), written before it was ingested.
 * Accept: service Kestrune Forms (the subject's `the X database`), vendor Kestrune Labs Inc., titled by the subject,
 * dated 2026-05-12; hosting azure:japaneast (the web and API servers have run there since January 2026) and
 * azure:southeastasia (the database today); data in SG, stated as where it is stored today, the text's date being before
 * the move; JP only INFERRED at low confidence (`Once the move is complete, … will be stored in Japan East`), not STATED
 * from the web servers' clause; ISO/IEC 27001 IS 790114; encryption (10.1.1); backups every hour kept 30 days; incident
 * notice 72 hours; planned maintenance announced 14 days in advance.
 * Reject: the window's start, end and length (15:00 UTC, 00:00 JST, 4 hours) as a practice or value; the 45 minutes
 * read-only and the 1-hour switch back (no RTO); the old database kept 7 days (no retention or deletion); status updates
 * every 15 minutes; the customer's steps (rotate API keys, allowlist, two-step verification) as the vendor's controls;
 * Dublin, Ireland (support team) and Seattle (address) as data locations.
 */
describe('an English maintenance notice of a database move between regions (window in UTC and JST, customer steps, FAQ)', () => {
  it('places the data where the notice says it is stored today, reads the standing practices, and no window time or customer step', async () => {
    const { draft } = await ingestFixture('maintenance-notice-en.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['Kestrune Forms']);
    expect(draft.vendors.map((v) => v.name)).toEqual(['Kestrune Labs Inc.']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Scheduled maintenance on 30 May 2026: moving the Kestrune Forms database to Azure Japan East',
      publishedOn: '2026-05-12',
    });
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:southeastasia']);
    // The servers' clause places the servers; the clause that says `stored` places the data.
    const stated = draft.storesDataIn.filter((s) => s.basis === 'STATED');
    expect(stated.map((s) => s.country)).toEqual(['SG']);
    for (const s of draft.storesDataIn.filter((l) => l.country === 'JP')) {
      expect(s.basis).toBe('INFERRED');
      expect(s.confidence).toBeLessThanOrEqual(0.4);
    }
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('IE');
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790114']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 hours',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=72 hours',
      'maintenanceNoticeDays=14 days',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.1.2', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    // The customer's steps are theirs: no key management, access control or network control of the vendor's.
    expect(controlsOf(draft).filter((c) => /:(?:9\.|10\.1\.2|13\.1)/u.test(c))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === 'WHAT YOU NEED TO DO')?.skippedBecause).toMatch(/customer must do/u);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /UTC|JST|Start|End:|Length|read-only|switch back|7 days|15 minutes|Rotate|two-step|Dublin|Seattle/u.test(q))).toEqual([]);
  });

  // The same notice as Japanese writes it: a headline of generic words, the move undated in its sentence, the window as
  // labelled fields.
  it('reads a Japanese maintenance notice alike: the product from the body, an undated move between regions still to come', () => {
    const text = [
      '【重要】データベース移行に伴うメンテナンスのお知らせ',
      '',
      '株式会社ハシビロ',
      '2026年5月12日',
      '',
      'いつも「ハシビロ日報」をご利用いただき、ありがとうございます。',
      'ハシビロ日報のデータベースを、AWS シンガポールリージョンから AWS 東京リージョンへ移行いたします。',
      '',
      '■メンテナンス日時',
      'メンテナンス日時：2026年5月31日（日）0:00〜4:00',
      '所要時間：約4時間',
      '',
      '■変わらない点',
      'バックアップは毎日取得し、30日間保持します。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'maintenance-ja.txt' });
    expect(draft.services.map((s) => s.name)).toEqual(['ハシビロ日報']);
    // Tokyo is where the database is to go: for review only, not STATED.
    expect(draft.usesInfra.map((u) => [u.region, u.basis])).toEqual([['aws:ap-northeast-1', 'INFERRED']]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    expect(quotesOf(draft).filter((q) => /日時|所要時間/u.test(q))).toEqual([]);
  });

  // The follow-up once the move is done: the region left `is no longer stored` in, in a clause of its own after `and`.
  it('reads the completion notice: the new region stated, the region left no location', () => {
    const text = [
      'From: Kestrune Forms <status@kestrune.example>',
      'To: Kestrune Forms account owners',
      'Date: Mon, 1 Jun 2026 08:00:00 +0000',
      'Subject: Completed: your Kestrune Forms data is now in Azure Japan East',
      '',
      'Hello,',
      '',
      'The maintenance of 30 May 2026 is complete. Thank you for your patience.',
      '',
      'WHAT CHANGED',
      '',
      'Your form responses and files are now stored in the Azure Japan East region and are no longer stored in the Azure Southeast Asia region.',
      '',
      'The Kestrune Forms team',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'maintenance-done.txt' });
    expect(draft.services.map((s) => s.name)).toEqual(['Kestrune Forms']);
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn.map((s) => [s.country, s.basis])).toEqual([['JP', 'STATED']]);
  });
});

/*
 * Answer key of security-addendum-en.txt (an English Security Addendum to a master agreement: `1. DEFINITIONS` of quoted
 * terms, clauses `2.1`/`2.2(a)`, obligations with `shall`, numbers written as words with digits in brackets, a signature
 * block), written before it was ingested.
 * Accept: vendor Brackmoor Software Ltd.; service Brackmoor Rota (`to the Master Subscription Agreement for X`, `the X
 * service (the "Service")`; not `Addendum`); dated 2025-03-03 (the Effective Date); hosting azure:westeurope and
 * azure:northeurope (backup copies), data in NL and IE; the EEA-only storage clause as a data-location practice (18.1.1);
 * Pellwick Mail Inc. (transactional e-mails) as a dependency; ISO/IEC 27001 BRK-27001-4410; the clock from time.windows.com;
 * backups daily kept thirty-five (35) days; logs twelve (12) months; notice of a Security Incident within forty-eight (48)
 * hours; deletion within ninety (90) days; passwords of ten (10) characters; MFA (9.4.2); encryption (10.1.1).
 * Reject: the definitions (`"Region" means … for example the UK South region of Azure`, the United States and
 * Singapore of the `"Sub-processor" means` example); the support office in Cape Town, South Africa (`may access`); the add-on's
 * East US region `If purchased`; Pellwick's own us-east-1; what the Customer shall do (sixteen (16) characters, twenty-four
 * (24) hours, seven (7) years); `may` permissions (five (5) years of usage statistics, ISO/IEC 27018 `at its discretion`,
 * the audit's thirty (30) days' notice, the thirty (30) days of export); the signature block's names and addresses (Leeds,
 * United Kingdom; Göteborg, Sweden).
 */
describe('an English Security Addendum (quoted definitions, `shall` clauses, numbers in words with digits in brackets)', () => {
  it('reads the Provider’s obligations, never a definition’s example, a permission, the Customer’s duty or the add-on', async () => {
    const { draft } = await ingestFixture('security-addendum-en.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brackmoor Software Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Brackmoor Rota']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-03-03' });
    // Not `UK South` of the definition of `Region`, nor the add-on's East US or the sub-processor's us-east-1.
    expect(regionsOf(draft)).toEqual(['azure:northeurope', 'azure:westeurope']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['IE', 'NL']);
    expect(certificatesOf(draft)).toEqual(['iso27001 BRK-27001-4410']);
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: 'Pellwick Mail Inc.', function: 'the delivery of transactional e-mails' }]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
      'passwordMinLength=10 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:18.1.1']));
    // The definitions section states no practice: a defined term is no fact.
    expect(draft.sections.find((s) => s.heading === '1. DEFINITIONS')?.skippedBecause).toBeDefined();
    const quotes = quotesOf(draft);
    expect(
      quotes.filter((q) =>
        /\bmeans\b|UK South|Cape Town|South Africa|East US|Insights|sixteen|twenty-four|seven \(7\)|five \(5\)|27018|Leeds|Sweden|Göteborg|Osgood|Viberg/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('GB');
  });

  it('still reads a definition of the Service itself: what it says the service runs on is a fact', () => {
    const text = [
      'SECURITY ADDENDUM',
      '',
      'Brackmoor Software Ltd.',
      '',
      '1. DEFINITIONS',
      '',
      '(a) "Service" means the Brackmoor Rota platform, hosted on Azure in the West Europe (Netherlands) region.',
      '',
      '(b) "Region" means a geographic area, for example the North Europe region of Azure.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'definitions.txt' });
    expect(regionsOf(draft)).toEqual(['azure:westeurope']);
  });
});

/*
 * Answer key of trust-faq-ja.md (a Japanese トラストセンター よくあるご質問 in Markdown: `**Q1. …？**` over `A. …`, answers that
 * refer to other answers, a bulleted list of regions per plan), written before it was ingested.
 * Accept: vendor 株式会社ヤマハゼソフト (id from `Yamahaze Soft Inc.`); service ヤマハゼ請求; title `ヤマハゼ請求 トラストセンター
 * よくあるご質問` (not the lead paragraph under it); dated 2025-10-01 (最終更新日); hosting aws:ap-northeast-1, data in JP; ISO/IEC
 * 27001 IS 812345; backups daily, the default 30 days of a retention the customer may set from 7 to 90 days; logs 1 year;
 * Amazon Time Sync; 99.9% (SLA); incident notice 24 hours; deletion 30 days; maintenance notice 7 days; passwords 8
 * characters; MFA for administrators (9.4.2); encryption (10.1.1); 株式会社ツグミ配信 (請求書メールの配信) as a dependency.
 * Reject: Osaka (ap-northeast-3), offered on the エンタープライズ plan only (`東京・大阪から選択`, `お客様の設定により…選択`); the
 * customer's own Amazon S3 bucket `任意のリージョン`; ISO/IEC 27017 (`申請中`); SOC 2 (`提供しておりません`); ISMAP (`登録して
 * おりません`); the `いいえ` answer's 米国 and シンガポール; the 7 and 90 days of the retention range; the 2024 actual 99.98%; the
 * contact line's 千代田区 address; the `A.` label as part of the dependency's function.
 */
describe('a Japanese トラストセンター FAQ (**Q.** / A. pairs, cross-references, regions per plan)', () => {
  it('reads each answer: not a plan-only region, a certificate 申請中 or denied, nor the premise of a question answered いいえ', async () => {
    const { draft } = await ingestFixture('trust-faq-ja.md');
    expect(draft.vendors[0]).toMatchObject({ id: 'yamahaze-soft-inc', name: '株式会社ヤマハゼソフト' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ヤマハゼ請求']);
    expect(draft.documents[0]).toMatchObject({ title: 'ヤマハゼ請求 トラストセンター よくあるご質問', publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not ISO/IEC 27017 (申請中), nor SOC 2, whose report the answer says is not provided.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 812345']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
      'passwordMinLength=8 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.4.4']));
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: '株式会社ツグミ配信', function: '請求書メールの配信' }]);
    const factQuotes = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy].map((f) => f.evidence.quote);
    expect(factQuotes.filter((q) => /大阪|S3|27017|SOC|ISMAP|米国|シンガポール|千代田/u.test(q))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /99\.98|申請中|千代田|© 2025/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of layout-text-export.txt (an English security overview as `pdftotext -layout` exports it: a two-column
 * cover, headings in capitals, tables aligned with runs of spaces and cells wrapped onto a line of their own, a form feed
 * before each page, a running header repeated on each page and a footer of the company's address and `Page N of 4`,
 * words hyphenated at line ends), written before it was ingested.
 * Accept: vendor Thistlebrook Software Ltd; service Thistlebrook Payroll; title `Thistlebrook Payroll SECURITY OVERVIEW`
 * from the cover's right column, `Version 2.1`, dated 2025-10-14; hosting aws:eu-west-1 and aws:eu-central-1 (backup
 * copies), data in IE and DE; backups daily, kept 35 days; deletion within 30 days (across `de-` / `leted`); audit logs
 * 12 months; breach notice within 48 hours (across `within 48 hours of` / `its confirmation.`); the controls table's rows
 * each a section under its `Control area` cell (encryption 10.1.1, MFA 9.4.2); ISO/IEC 27001 IS 778812 valid until
 * 2027-05-31 (its `Reference` cell no scope); the sub-processor rows Quillon Mail Inc. and Hollinsby Desk Ltd, and the AWS
 * EMEA row (as the seed documents' gold counts a cloud's row of a sub-processor table).
 * Reject: the `Disaster recovery | AWS eu-west-2 (London) | Planned` row; GB (the footer's Norwich address, Hollinsby's
 * location) and US (Quillon's location) as data locations; ISO/IEC 27017 and SOC 2 Type II (`Planned`); the running
 * header and the footer as quotes, sections or the title; the e-mail address as the title; `management` (a wrapped cell)
 * as a section.
 */
describe('a PDF exported as layout text (pdftotext -layout: space-aligned tables, form feeds, running header and footer)', () => {
  it('reads the aligned tables as cells, drops the page furniture, joins hyphenated and wrapped lines, and no planned row', async () => {
    const { draft } = await ingestFixture('layout-text-export.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Thistlebrook Software Ltd']);
    expect(draft.services[0]?.name).toBe('Thistlebrook Payroll');
    expect(draft.documents[0]).toMatchObject({ title: 'Thistlebrook Payroll SECURITY OVERVIEW', version: 'Version 2.1', publishedOn: '2025-10-14' });
    // Not the `Planned` disaster-recovery site in London.
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'IE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 778812']);
    expect(draft.certifiedBy[0]).toMatchObject({ validUntil: '2027-05-31' });
    expect(draft.certifiedBy[0]?.scope).toBeUndefined();
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:9.4.2', 'iso27017:12.3.1', 'iso27017:CLD.8.1.5']));
    // Each row of the controls table heads a section; a wrapped cell's line (`management⇥production hosts`) heads none.
    const headings = draft.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Encryption', 'Access control', '6. CERTIFICATIONS AND ASSURANCE', '9. CONTACT']));
    expect(headings.filter((h) => /^management$|Security Overview|Page \d/u.test(h))).toEqual([]);
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual(
      expect.arrayContaining([
        { name: 'Quillon Mail Inc.', function: 'Transactional e-mail' },
        { name: 'Hollinsby Desk Ltd', function: 'Customer support ticketing' },
      ]),
    );
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /eu-west-2|London|Planned|Norwich|Fenwright|Page \d of|Version 2\.1|10472219|27017|SOC 2/u.test(q))).toEqual([]);
    // The hyphenated `de-` / `leted` is read as `deleted`, the quote printed as it stands.
    const deletion = draft.disclosures.find((d) => d.control === 'iso27017:CLD.8.1.5');
    expect(deletion?.evidence.quote).toMatch(/is de-\nleted within 30 days/u);
  });
});

/*
 * Answer key of vendor-profile-ja.html (a Japanese SaaS vendor's 会社概要・セキュリティ page: a vertical <th>/<td> table of
 * 商号, 設立, 所在地, 代表者, 資本金, 従業員数, 提供サービス, 利用クラウド, データ保管場所, 取得認証, バックアップ; a security section;
 * a news sidebar and a footer), written before it was ingested.
 * Accept: vendor 株式会社ヨシゴイ工房 (Yoshigoi Kobo Inc.); service ヨシゴイ勤怠 (the `提供サービス` row's 「…」, not the page
 * title's `会社概要`); title 会社概要・セキュリティへの取り組み dated 2025-10-01; hosting azure:japaneast and azure:japanwest
 * (backups), data in JP; ISO/IEC 27001 IS 684213; the `バックアップ` row's daily backups kept 14 days (a row of the profile
 * table about the service); encryption (TLS, AES-256), MFA, logs 1 year, incident notice 1 hour, deletion 30 days.
 * Reject: 所在地 (名古屋市, the office) as a data location; 資本金 5,000万円 and 従業員数 86名 as metrics; the sidebar's
 * ヨシゴイ経費 on AWS 大阪リージョン (another product); ISO/IEC 27017 (`2026年取得予定`), nor its plan in the ISO/IEC 27001
 * quote (the cell's two lines joined); the footer's address and telephone hours.
 */
describe('a Japanese company profile page (会社概要: a vertical <th>/<td> table mixing the company and the service)', () => {
  it('reads the service rows of the profile table, not the company’s own rows, the sidebar news or the planned certificate', async () => {
    const { draft } = await ingestFixture('vendor-profile-ja.html');
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ヨシゴイ工房', nameEn: 'Yoshigoi Kobo Inc.' });
    expect(draft.services.map((s) => s.name)).toEqual(['ヨシゴイ勤怠']);
    expect(draft.documents[0]).toMatchObject({ title: '会社概要・セキュリティへの取り組み', publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 684213']);
    // The quote stops before the planned ISO/IEC 27017 the same cell names on its next line.
    expect(draft.certifiedBy[0]?.evidence.quote).not.toMatch(/27017|予定/u);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=1 years',
    ]);
    const backup = draft.disclosures.find((d) => d.control === 'iso27017:12.3.1');
    expect(backup?.evidence.quote).toBe('バックアップ\t毎日取得し、14日間保管');
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:9.4.2', 'iso27017:16.1.2']));
    expect(draft.dependsOn).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /名古屋|所在地|資本金|5,000万円|従業員数|86名|ヨシゴイ経費|大阪|AWS|取得予定|TEL|代表/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of operations-design-ja.txt (an excerpt of a Japanese 運用設計書 shared with a customer: 文書番号 / 版数 / 機密区分
 * fields, a 承認 / 審査 / 作成 stamp table, a 改訂履歴, chapters `3.1` / `3.1.1`, captions `表3-1 環境一覧` and `図3-2 システム構成図`
 * alone on their lines over tab-separated tables, host names such as `prd-db-01`), written before it was ingested.
 * Accept: vendor 株式会社ナデシコクラウド (id from `Nadeshiko Cloud Inc.`); service ナデシコ経費 (from the title, not the
 * `文書番号：` line); title `ナデシコ経費 運用設計書（お客様向け抜粋）` (not the `機密区分：` line); dated 2025-08-20 (発行日), version
 * 第3.2版; hosting aws:ap-northeast-1 (the 本番 row) and aws:ap-northeast-3 (the cross-region backup copy), data in JP; Amazon
 * Time Sync; backups daily kept 14 days (the `保持期間` column); logs 1 year; incident notice 1 hour; 99.9% (保証); maintenance
 * notice 7 days; environments kept apart (12.1.4); MFA (9.4.2); encryption (10.1.1).
 * Reject: the ステージング and 検証 rows' us-west-2; the `監査ログ | 長期アーカイブ（将来対応）` row's 月次 and 7年間; RTO 4 hours and RPO
 * 24 hours as backup values; the 平日9時～18時 working hours and `24時間365日` monitoring as any value; the CPU 80% and disk 85%
 * thresholds as availability; the stamp table's names (山科, 小野寺, 北條) and dates (2025/08/12, 2025/08/18); a caption as a
 * section or a quote.
 */
describe('a Japanese 運用設計書 excerpt (document-control fields, a stamp table, captions over tab-separated tables)', () => {
  it('reads the production rows and the body, never a staging row, a 将来対応 row, a caption or the stamp table', async () => {
    const { draft } = await ingestFixture('operations-design-ja.txt');
    expect(draft.vendors[0]).toMatchObject({ id: 'nadeshiko-cloud-inc', name: '株式会社ナデシコクラウド' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ナデシコ経費']);
    expect(draft.documents[0]).toMatchObject({ title: 'ナデシコ経費 運用設計書（お客様向け抜粋）', publishedOn: '2025-08-20', version: '第3.2版' });
    // Not the staging and 検証 environments' Oregon region.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Not the 将来対応 row's 月次 and 7年間, nor RTO/RPO, working hours or monitoring thresholds.
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=1 years',
      'maintenanceNoticeDays=7 days',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.1.4', 'iso27017:12.3.1']));
    // A caption heads no section and is no quote.
    expect(draft.sections.filter((s) => /^[表図]\s*\d/u.test(s.heading))).toEqual([]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /^[表図]\d/u.test(q.trim()))).toEqual([]);
    expect(quotes.filter((q) => /us-west-2|オレゴン|将来対応|7年間|RTO|RPO|9時|山科|小野寺|北條|2025\/08\/1[28]|文書番号|機密区分/u.test(q))).toEqual([]);
  });

  it('reads an English environment table and caption alike: a staging row is no hosting, a caption no quote', () => {
    const text = [
      '# Nadeshiko Cloud Operations Design',
      '',
      'Document No.: NDS-OPS-2025-099',
      'Classification: Confidential',
      '',
      '## 3.1 Environments',
      '',
      'Table 3-1 Environments',
      '',
      '| Environment | Purpose | Region |',
      '| --- | --- | --- |',
      '| Production | Customer service | AWS ap-northeast-1 |',
      '| Staging | Release checks | AWS us-west-2 |',
      '',
      '## 4.1 Backups',
      '',
      'Table 4-1 Backup schedule',
      '',
      '| Target | Frequency | Retention |',
      '| --- | --- | --- |',
      '| Database | Daily | 14 days |',
      '| Audit log archive (planned) | Monthly | 7 years |',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'operations-design.md' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
    expect(quotesOf(draft).filter((q) => /^Table \d/u.test(q.trim()))).toEqual([]);
  });
});

/*
 * Answer key of monthly-uptime-report.md (an English monthly service report for customers: measured uptime per component,
 * an incidents table, backups verified, a quarterly restore test, the hosting, next month's planned maintenance), written
 * before it was ingested.
 * Accept: vendor Fenmarrow Labs Ltd.; service Fenmarrow Ledger; title `Fenmarrow Ledger — Monthly Service Report, October
 * 2025` (the H1, not the file's name); dated 2025-11-05; hosting gcp:europe-west2, data in GB; 99.9% (the SLA's commitment,
 * stated once); backups daily kept 35 days; incident notice 1 hour; maintenance notice 7 days.
 * Reject: the measured uptimes 99.982 %, 100 % and 99.951 % and the year-to-date 99.97 %; the incidents' 8 and 22 minutes, the
 * 4 % of requests and the counts; the first notices' 12 and 17 minutes; the post-incident review's 5 business days; the
 * restore test's 2 h 10 min and 3 minutes, the RTO's 4 hours and the RPO's 15 minutes as any value; the planned upgrade's `up
 * to 10 minutes` and the replica to be tested in europe-west1 (Belgium); the contact line's Bristol address.
 */
describe('an English monthly service report (measured uptime per component, incidents, a restore test, next month’s plans)', () => {
  it('reads the commitment, not the month’s measurements, durations, restore times or plans', async () => {
    const { draft } = await ingestFixture('monthly-uptime-report.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Fenmarrow Labs Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Fenmarrow Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'Fenmarrow Ledger — Monthly Service Report, October 2025', publishedOn: '2025-11-05' });
    // Not europe-west1, where a replica is only to be tested next month.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    // The SLA's 99.9 % alone: no measured uptime of a component, no year-to-date average.
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'incidentNotificationHours=1 hours',
      'maintenanceNoticeDays=7 days',
    ]);
    const availability = draft.disclosures.filter((d) => d.metrics.some((m) => m.name === 'availabilityPercent'));
    expect(availability.map((d) => d.evidence.quote).filter((q) => /99\.98|99\.95|99\.97|100 %/u.test(q))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /europe-west1|Belgium|2 h 10|12 and 17|Bristol|Quay Street/u.test(q))).toEqual([]);
  });

  it('reads a measured column as a record in any table: a Japanese 稼働率実績 beside the 保証 value gives way', () => {
    const text = [
      '# ナデシコ経費 稼働報告書（2025年10月）',
      '',
      '発行日：2025年11月5日',
      '',
      '## 稼働状況',
      '',
      '機能\t稼働率実績\t停止時間',
      'API\t99.982%\t8分',
      '管理画面\t100%\t0分',
      '',
      '本サービスの月間稼働率は99.9%を保証しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'uptime-report-ja.md' });
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.9 percent']);
  });

  it('reads an `Actual` column as a record and the guarantee as the commitment, though a `Target` column printed it first', () => {
    const text = [
      '# Fenmarrow Ledger — Quarterly Service Report, Q3 2025',
      '',
      'Published: 2025-10-03',
      '',
      '## Availability',
      '',
      '| Service | Actual uptime | Target |',
      '| --- | --- | --- |',
      '| Web | 99.99 % | 99.9 % |',
      '',
      'We guarantee 99.9 % availability in our SLA.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'quarterly-report.md' });
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.9 percent']);
    const availability = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'));
    expect(availability?.evidence.quote).toBe('We guarantee 99.9 % availability in our SLA.');
  });
});

/*
 * Answer key of technical-proposal-ja.txt (a Japanese 技術提案書 answering a local government's tender: a cover of 案件名,
 * 提案サービス, 提出日 and 提案者; one `評価項目 2-1（必須）　…` per evaluation item, each quoting the buyer's 【要求事項】 and then
 * the bidder's 【提案内容】; 実施体制 with a 再委託先), written before it was ingested.
 * Accept: vendor 株式会社トキワグサ情報 (id from `Tokiwagusa Information Co., Ltd.`); service トキワグサ文書クラウド (the
 * `提案サービス`, not the 案件名 `蒼浜市 電子決裁・文書管理システム クラウドサービス調達`); dated 2025-10-14; hosting
 * aws:ap-northeast-1 and aws:ap-northeast-3 (backups), data in JP; ISO/IEC 27001 IS 734215 and ISO/IEC 27017 CLOUD 734216;
 * availability 99.9%; backups daily kept 30 days; logs 5 years; incident notice 1 hour; deletion 30 days; maintenance notice
 * 14 days; MFA (9.4.2); encryption (10.1.1); Amazon Time Sync.
 * Reject: every 【要求事項】 (the buyer's words: 99.5%, 7 days, 1 year, 2 hours, 30 days' notice, `ISMAPのクラウドサービスリストに
 * 登録されていることが望ましい`, `RTO は24時間以内`); ISMAP `登録申請中`; SOC 2 Type II of item 3-4 answered `本提案では対応しない`;
 * the 再委託先 株式会社ヒヨドリ導入サポート for 導入支援 only (no dependency) and its 大阪府 head office; the schedule's 令和8年 dates.
 */
describe('a Japanese 技術提案書 (評価項目 with the buyer’s 【要求事項】 over the bidder’s 【提案内容】)', () => {
  it('reads each item from its 【提案内容】 on: not the requirement, an item declined, ISMAP 申請中 or the subcontractor', async () => {
    const { draft } = await ingestFixture('technical-proposal-ja.txt');
    expect(draft.vendors[0]).toMatchObject({ id: 'tokiwagusa-information-co-ltd', name: '株式会社トキワグサ情報' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['トキワグサ文書クラウド']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-14' });
    // Each evaluation item heads its own section.
    expect(draft.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['評価項目 2-1（必須）　データの保管場所', '評価項目 3-4（加点）　外部監査報告書の提出']),
    );
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not ISMAP (the requirement's `望ましい`, the answer's `登録申請中`), nor SOC 2 (`本提案では対応しない`).
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 734215', 'iso27017 CLOUD 734216']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=5 years',
      'maintenanceNoticeDays=14 days',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.4.4']));
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // An item the answer declines is skipped as such.
    expect(draft.sections.find((s) => s.heading.startsWith('評価項目 3-4'))?.skippedBecause).toMatch(/not met or not proposed/u);
    // The subcontractor does the introduction work only: no dependency of the service.
    expect(draft.dependsOn).toEqual([]);
    // No quote from a requirement (`…こと。」`), the declined items or the schedule; the subcontractor's head office is no fact.
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /こと。」|こと。$|望ましい|申請中|SOC 2|対応しない|RTO|令和8年/u.test(q))).toEqual([]);
    const factQuotes = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.dependsOn].map((f) => f.evidence.quote);
    expect(factQuotes.filter((q) => /ヒヨドリ|大阪府/u.test(q))).toEqual([]);
    expect(draft.services.map((s) => s.name).join(' ')).not.toContain('蒼浜市');
  });

  it('an item whose answer declines it states nothing, whatever the answer goes on to say', () => {
    const text = [
      '技術提案書',
      '',
      '提案サービス：トキワグサ文書クラウド',
      '',
      '評価項目 3-5（加点）　西日本での稼働',
      '',
      '【要求事項】',
      '「西日本のリージョンでもサービスを継続できること。」',
      '',
      '【提案内容】',
      '本提案では対応しない。なお、Azure の西日本リージョンを検証環境として利用しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'declined.txt' });
    expect(regionsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of onboarding-form-checkboxes.txt (an English vendor onboarding form filled in as plain text: `[x]`/`[ ]` check
 * boxes, `(•) Yes ( ) No` radio buttons, fields answered `N/A` or left `____`, parts `SECTION A — …` between rule lines, and
 * a part the issuer keeps for itself), written before it was ingested.
 * Accept: vendor Orvelle Analytics GmbH; service Orvelle Ledger (`Product / service supplied:`); title `VENDOR ONBOARDING
 * FORM — INFORMATION SECURITY`; dated 2025-11-05; hosting gcp:europe-west3 (the ticked Google Cloud, `Region(s):
 * europe-west3 (Frankfurt)`), data in DE; ISO/IEC 27001 DE-27001-55812 and ISO/IEC 27017 (ticked under `Certifications
 * held`); backups daily kept 35 days; passwords 12 characters; audit logs 12 months; incident notice 48 hours; deletion 30
 * days; Google NTP; MFA (9.4.2); Pennyroyal Post Ltd. (transactional e-mail delivery) as a dependency; the 27001
 * certificate valid until 2027-03-31 (the field under its number).
 * Reject: every unticked box (AWS, Azure, `Other: ____`, SOC 2 Type II, ISO/IEC 27018, PCI DSS, Weekly, Monthly); SOC 2
 * `Certifications in progress`; the instructions (`tick all that apply`, 10 business days); a question answered No (`Do you
 * use your own data centres?`); the fields answered `N/A` (`Uptime commitment (SLA)`, BYOK, the data region); the
 * sub-processor's Ireland; the registered address in Hamburg; the issuer's part `FOR HALVORSEN USE ONLY` (its 90 days, 24
 * hours and EEA hosting).
 */
describe('an English vendor onboarding form filled in as text (check boxes, radio buttons, N/A fields)', () => {
  it('reads the ticked options only, never an unticked box, an N/A field, the instructions or the issuer’s part', async () => {
    const { draft } = await ingestFixture('onboarding-form-checkboxes.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Orvelle Analytics GmbH']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Orvelle Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'VENDOR ONBOARDING FORM — INFORMATION SECURITY', publishedOn: '2025-11-05' });
    // Not AWS nor Azure, whose boxes are not ticked.
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 DE-27001-55812', 'iso27017 -']);
    // The form's next field dates the certificate it follows.
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')).toMatchObject({ validUntil: '2027-03-31' });
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
      'passwordMinLength=12 characters',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:12.4.4']));
    // An `N/A` answer shows no practice: no availability disclosure from `Uptime commitment (SLA):  N/A`.
    expect(controlsOf(draft)).not.toContain('iso27017:17.2.1');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: 'Pennyroyal Post Ltd.', function: 'transactional e-mail delivery' }]);
    expect(draft.sections.find((s) => s.heading === 'INSTRUCTIONS')?.skippedBecause).toBeDefined();
    expect(draft.sections.find((s) => s.heading === 'SECTION G — FOR HALVORSEN USE ONLY')?.skippedBecause).toBeDefined();
    expect(quotesOf(draft).filter((q) => /Halvorsen|at least 90|within 24 hours|tick all|own data centres|N\/A|Hamburg|Speicher/u.test(q))).toEqual([]);
  });

  it('a box left unticked is no answer, in any form the boxes take', () => {
    const text = [
      'VENDOR ONBOARDING FORM',
      '',
      'Product / service supplied: Orvelle Ledger',
      '',
      'SECTION C — HOSTING',
      '',
      'Hosting provider: ☐ Google Cloud  ☒ AWS  ☐ Azure',
      'Region: ap-northeast-1 (Tokyo)',
      'Backups: [ ] Daily [x] Weekly',
      'Do you store data in the United States?  ( ) Yes  (•) No',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'boxes.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    // Not the United States of a question answered No.
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('US');
    expect(metricsOf(draft)).toEqual(['backupInterval=1 weeks']);
  });
});

/*
 * Answer key of helpdesk-faq-export.csv (a Japanese help desk's FAQ exported as UTF-8 CSV with a BOM: `カテゴリ,質問,回答,更新日,
 * 公開状態`, answers of several lines in quotes, URLs in the answers, category paths `製品 > 分類`), written before it was ingested.
 * Rows marked 公開状態=非公開 are drafts and internal memos (`【下書き】`, `【FAQ案・法務確認待ち】`, `【社内メモ】`): not what the vendor
 * tells its customers, so they are not read at all, as a hidden row is not.
 * Accept: vendor 株式会社キササゲテック; services キササゲ経費 (most rows) and キササゲ労務 (one row filed under it), each with its own
 * facts; dated 2025-09-30 (the newest 更新日 of a published row); キササゲ経費 on aws:ap-northeast-1 and aws:ap-northeast-3 (the
 * backup copy in Osaka), data in JP; backups daily, kept 14 days; deletion within 60 days of the end of the contract; ISO/IEC
 * 27001 IS 732104 and ISO/IEC 27017 CLOUD 732105 (no scope: `公開` is a publication state); Amazon Time Sync Service;
 * encryption; logs kept 1 year; incident notice 1 hour; maintenance notice 5 business days; passwords of 8 characters; the
 * 2024 record of 99.97% only as a record, for review. キササゲ労務 on gcp:asia-northeast1, data in JP, backups daily kept 7 days.
 * Reject: every 非公開 row (SOC 2 `取得済み`, backups 30 days and Singapore, deletion 30 days, the Vietnamese office); the
 * 労務 row's Google Cloud and 7 days for 経費; the 更新日 dates as values; the 90 days the console shows of the logs and the
 * 90 days of a request to support; the 12 characters an administrator may require; the customer's 7 or 10 years under the
 * 電子帳簿保存法; the support hours.
 */
describe('a Japanese help desk FAQ exported to CSV (category paths, multi-line answers, 更新日, 公開状態 with drafts)', () => {
  it('reads the published answers only, each for the product its category names, never a draft or a date column', async () => {
    const { text, draft } = await ingestFixture('helpdesk-faq-export.csv');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社キササゲテック']);
    const services = Object.fromEntries(draft.services.map((s) => [s.id, s.name]));
    expect(Object.values(services)).toEqual(['キササゲ経費', 'キササゲ労務']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-30');
    // The drafts are not in the text read, so neither a section nor a quote can come from them.
    expect(text).not.toMatch(/下書き|法務確認待ち|社内メモ|ベトナム|シンガポール/u);
    expect(draft.sections.map((s) => s.heading)).not.toContain('SOC 2 報告書は提供できますか？');
    const per = (facts: { service: string; evidence: { quote: string } }[], value: (f: never) => string) =>
      facts.map((f) => `${services[f.service]} ${value(f as never)}`).sort();
    expect(per(draft.usesInfra, (u: { region: string }) => u.region)).toEqual([
      'キササゲ労務 gcp:asia-northeast1',
      'キササゲ経費 aws:ap-northeast-1',
      'キササゲ経費 aws:ap-northeast-3',
    ]);
    expect(per(draft.storesDataIn, (u: { country: string }) => u.country)).toEqual(['キササゲ労務 JP', 'キササゲ経費 JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 732104', 'iso27017 CLOUD 732105']);
    // `公開`, the last cell of the row, is the row's publication state, not the certificate's scope.
    expect(draft.certifiedBy.map((c) => c.scope)).toEqual([undefined, undefined]);
    expect(draft.syncsTimeWith.map((t) => `${services[t.service]} ${t.timeSource}`)).toEqual(['キササゲ経費 aws-ntp']);
    const metrics = draft.disclosures.flatMap((d) => d.metrics.map((m) => `${services[d.service]} ${m.name}=${m.value} ${m.unit}`)).sort();
    expect(metrics).toEqual([
      'キササゲ労務 backupInterval=1 days',
      'キササゲ労務 backupRetentionDays=7 days',
      'キササゲ経費 availabilityPercent=99.97 percent',
      'キササゲ経費 backupInterval=1 days',
      'キササゲ経費 backupRetentionDays=14 days',
      'キササゲ経費 dataDeletionDays=60 days',
      'キササゲ経費 incidentNotificationHours=1 hours',
      'キササゲ経費 logRetentionDays=1 years',
      'キササゲ経費 maintenanceNoticeDays=5 businessDays',
      'キササゲ経費 passwordMinLength=8 characters',
    ]);
    // The 2024 figure is a record: `保証（SLA）は設けておりません` is no commitment beside it.
    const record = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(record.reviewNote).toContain('measured over a past period');
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.4.4']));
    expect(quotesOf(draft).filter((q) => /電子帳簿|9:00|非公開/u.test(q))).toEqual([]);
  });

  it('drops a row an export marks unpublished (a draft), keeps a published one, and reads a multi-sentence cell by sentence', () => {
    const csv = [
      'Category,Question,Answer,Visibility status',
      '"Acme Notes > Security",Where is data stored?,"Data is stored in AWS eu-central-1.",Published',
      '"Acme Notes > Security",Where are backups kept?,"Backups are also copied to AWS us-east-1.",Draft',
      '"Acme Notes > Security",バックアップは？,"バックアップは AWS の eu-west-1 にも複製しています。\n復元をご希望の場合はサポート窓口までお問い合わせください。",Published',
      '',
    ].join('\r\n');
    const text = csvToText(new TextEncoder().encode(csv));
    expect(text).not.toContain('us-east-1');
    // The condition (`ご希望の場合`) is the restore's, in a sentence of its own: the copy in eu-west-1 stands.
    expect(regionsOf(ingestText(text, { fileName: 'faq.csv' }))).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
  });
});

/*
 * Answer key of investor-deck-en.txt (an English company overview for investors exported to text: a title slide, an agenda,
 * slides of short `•` points each closed by its page number, traction, a platform slide, a competitor slide, unit economics,
 * a roadmap and the raise), written before it was ingested.
 * Accept: vendor Stellibrook, Inc.; service Stellibrook Ledger (the brand's product the deck names twice, not the brand alone);
 * titled `Stellibrook Company Overview — Investor Presentation`; dated 2025-10-01 (October 2025); hosting aws:us-east-1 and
 * aws:eu-west-1 (`Runs on AWS …`); SOC 2 (`Type II report available`); daily backups kept 30 days; encryption (10.1.1); MFA
 * (9.4.2); the `99.99% uptime last 12 months` only as a record, for review (measured, not committed).
 * Reject: the financial and growth figures (ARR, 85% growth, NRR 118%, gross margin 79%, churn 4%, 41% of customers, 99% of
 * reconciliations automated, 45/35/20% use of funds) as availability or any metric; the roadmap's Japan region
 * (ap-northeast-1), ISO 27001 and FedRAMP; the competitor's us-west-2; Austin, London and Toronto as data locations; the
 * investors as dependencies.
 */
describe('an English investor deck (traction, platform & trust, competitive landscape, roadmap, the raise)', () => {
  it('reads the platform slide only: no growth figure as a metric, no roadmap or competitor fact, uptime a record', async () => {
    const { draft } = await ingestFixture('investor-deck-en.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Stellibrook, Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Stellibrook Ledger']);
    // The brand over the deck's kind (`Company Overview — Investor Presentation`): the title, not the brand alone.
    expect(draft.documents[0]).toMatchObject({ title: 'Stellibrook Company Overview — Investor Presentation', publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1', 'aws:us-east-1']);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('JP');
    expect(certificatesOf(draft)).toEqual(['soc2 -']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['availabilityPercent=99.99 percent', 'backupInterval=1 days', 'backupRetentionDays=30 days']);
    const uptime = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(uptime.reviewNote).toContain('measured over a past period');
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1']));
    expect(
      quotesOf(draft).filter((q) =>
        /ARR|118|growth|margin|churn|Japan|ap-northeast|ISO 27001|FedRAMP|Ossery|us-west-2|Austin|London|Toronto|Series C/u.test(q),
      ),
    ).toEqual([]);
  });

  it('takes a measured rate written after its value as a record (`99.98% uptime trailing 12 months`), not a commitment', () => {
    const text = ['Platform', '', '• 99.98% uptime trailing 12 months', ''].join('\n');
    const draft = ingestText(text, { fileName: 'deck.txt' });
    expect(draft.disclosures.flatMap((d) => (d.metrics.length ? [d.reviewNote] : []))).toEqual([expect.stringContaining('measured over a past period')]);
  });
});

/*
 * Answer key of dpa-transfer-annex.md (an English DPA's annexes laid out as the EU Standard Contractual Clauses' Appendix:
 * Annex I.A the parties with addresses and contact persons, I.B the transfer described in a two-column table, I.C the
 * competent supervisory authority, Annex II the measures as bullets, Annex III the sub-processors as a table), written
 * before it was ingested.
 * Accept: vendor Corvanta Systems B.V. (the data importer); service Corvanta Relay; dated 2025-09-02; hosting aws:eu-central-1
 * and data in DE, from the `Location of processing` row; ISO/IEC 27001 NL-ISMS 640218; backups daily kept 14 days; logs 12
 * months; breach notice within 48 hours; data deleted 30 days after the Agreement (`for the duration of the Agreement plus 30
 * days, after which the personal data is deleted`); encryption (10.1.1) and MFA (9.4.2); the three Annex III sub-processors
 * as dependencies, each with its `Description of processing`.
 * Reject: the exporter's (customer's) Vienna / Austria and the importer's office in Utrecht / the Netherlands as data
 * locations; the supervisory authority's Austria; the sub-processors' United States and Finland; `for the duration of the
 * Agreement` alone as a value; the `Frequency of the transfer`; the contact persons (Lena Quenby, Mira Volkhaert) as
 * vendors or services; the customer's own single sign-on and passwords; the 30 days' notice of sub-processor changes as a
 * maintenance notice.
 */
describe('an English DPA annex as the EU Standard Contractual Clauses lay it out (parties, transfer table, authority, TOMs, sub-processors)', () => {
  it('reads the transfer table’s location of processing and retention, the measures and the sub-processor table, no party’s address', async () => {
    const { draft } = await ingestFixture('dpa-transfer-annex.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Corvanta Systems B.V.']);
    expect(draft.services.filter((s) => !s.description).map((s) => s.name)).toEqual(['Corvanta Relay']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-02');
    // `Location of processing | Amazon Web Services, eu-central-1 region (Frankfurt, Germany)`: where the importer runs the
    // service and holds the data, quoted from its cell (no closing pipe).
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.usesInfra[0]!.evidence.quote).toBe('Amazon Web Services, eu-central-1 region (Frankfurt, Germany)');
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.quote])).toEqual([['DE', 'Amazon Web Services, eu-central-1 region (Frankfurt, Germany)']]);
    expect(certificatesOf(draft)).toEqual(['iso27001 NL-ISMS 640218']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
    ]);
    const deletion = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))!;
    expect(deletion.evidence.quote).toBe('For the duration of the Agreement plus 30 days, after which the personal data is deleted');
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1']));
    // What is transferred (`Categories of data subjects`, `Categories of personal data`) describes the data, no privacy practice.
    expect(controlsOf(draft)).not.toContain('iso27017:18.1.4');
    // Annex III's columns (`Name | Address | Contact person | Description of processing | Location`) are a sub-processor table.
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['amazon-web-services-emea-sarl', 'Hosting of the Service infrastructure'],
      ['postwhistle-inc', 'Delivery of e-mail and SMS notifications'],
      ['halsmere-support-oy', 'Customer support ticketing'],
    ]);
    for (const country of ['AT', 'NL', 'US', 'FI']) expect(draft.storesDataIn.map((s) => s.country)).not.toContain(country);
    expect(JSON.stringify([draft.vendors, draft.services])).not.toMatch(/Quenby|Volkhaert|Orrelby/u);
    expect(
      [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures]
        .map((f) => f.evidence.quote)
        .filter((q) =>
          /Vienna|Austria|Utrecht|Netherlands|Datenschutzbeh|single sign-on|Continuous|Quenby|Volkhaert|employees and contractors|IP address|As listed in Annex III|\|$/u.test(
            q,
          ),
        ),
    ).toEqual([]);
  });

  it('reads a processing location given as a plain field, and a retention stated only as the contract’s term as no value', () => {
    const draft = ingestText(
      [
        '# Annex I',
        '',
        '| Item | Description |',
        '| --- | --- |',
        '| Nature of the processing | Hosting |',
        '| Location of processing | Germany |',
        '| Retention period | For the duration of the Agreement |',
        '',
      ].join('\n'),
      { fileName: 'annex.md' },
    );
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.quote])).toEqual([['DE', 'Germany']]);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of release-announcement-ja.md (a Japanese product-update blog post, `アップデート情報 2025年10月号`, with YAML front
 * matter: a GA backup feature, a 東京リージョン start, an MFA ベータ版, a 今後提供予定 list, a 仕様変更 of the log retention with a
 * 変更前 / 変更後 table, screenshots and a 関連記事 list), written before it was ingested.
 * Accept: vendor 株式会社ヒメウ; service ヒメウ経費 (the product the opening thanks readers for using, not the issue
 * `アップデート情報 2025年10月号`, which is the title); dated 2025-10-15; aws:ap-northeast-1 and aws:ap-northeast-3; data in JP;
 * backups daily, kept 30日間; audit logs kept 180日.
 * Reject: the MFA in ベータ版 (no 9.4.2); the planned IP restriction, 欧州リージョン eu-central-1 and ISO/IEC 27017; the old
 * 90日 (`90日から180日に`, the 変更前 column); the screenshot's 7日間 and シンガポール; the 関連記事 links (ISO/IEC 27001,
 * ap-southeast-1, a 90日間 backup option); 港区 as a data location.
 */
describe('a Japanese product-update blog post (GA, a region start, a beta, planned features, a 仕様変更, 関連記事)', () => {
  it('reads what is released and in force now: no beta, plan, old value, screenshot or related article', async () => {
    const { draft } = await ingestFixture('release-announcement-ja.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヒメウ']);
    // The issue (`2025年10月号`) of a digest is no product: the opening `いつもヒメウ経費をご利用いただき` names it.
    expect(draft.services.map((s) => s.name)).toEqual(['ヒメウ経費']);
    expect(draft.documents[0]).toMatchObject({ title: 'アップデート情報 2025年10月号', publishedOn: '2025-10-15' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual([]);
    expect([...new Set(metricsOf(draft))]).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'logRetentionDays=180 days']);
    expect(controlsOf(draft)).not.toContain('iso27017:9.4.2');
    // The list ends the post: its link titles are other posts' news.
    expect(draft.sections.map((s) => s.heading)).not.toContain('関連記事');
    expect(quotesOf(draft).filter((q) => /MFA|多要素|IP|eu-central|欧州|27017|27001|ISMS|シンガポール|ap-southeast|7日間|90日間|\]\(/u.test(q))).toEqual([]);
  });

  it('takes a value under a `Before` column of a change table as history, and a related-links list as no statement', () => {
    const text = [
      '# Changes',
      '',
      'Audit logs are now retained longer.',
      '',
      '| Item | Before | After |',
      '| --- | --- | --- |',
      '| Audit log retention | 30 days | 90 days |',
      '',
      '## Related articles',
      '',
      '- [We are now ISO/IEC 27001 certified](/blog/iso)',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'post.md' });
    expect(metricsOf(draft)).toEqual(['logRetentionDays=90 days']);
    expect(certificatesOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of customer-letter-ja.txt (a formal Japanese business letter to customers: 文書番号 and date at the top right,
 * `お客様各位` and a customer's `御中`, the sender's address, name and 代表取締役, the subject `「X」の…変更に関するご案内`,
 * `拝啓 晩秋の候…敬具`, then `記` with numbered items, `変更前：`/`変更後：` lines under each item, `以上` and a
 * `【本件に関するお問い合わせ先】` block), written before it was ingested.
 * Accept: vendor 株式会社クマシデ情報サービス; service クマシデ販売管理クラウド; titled by the subject line; dated 2025-11-10;
 * gcp:asia-northeast1 (the `変更後` data centre, a change still to come: INFERRED, for review); data in JP; backups daily,
 * kept 30 days (the `変更後` value, for review); encryption (10.1.1); ISO/IEC 27001 IS 771204.
 * Reject: the `変更前` Osaka region (asia-northeast2) and 7 days, also `変更前の保存期間（7日間）` as a deletion period; the
 * address line or the 代表取締役's name as title or product; `敬具` in the title; the customer (株式会社ハルニレ商事) as vendor;
 * ISO/IEC 27017 `準備を進めております`; the `お客様への影響` section (the customer's firewall, the IP address); the
 * 問い合わせ先's address, phone and hours; the greetings.
 */
describe('a formal Japanese letter to customers (拝啓…敬具, 記…以上, 変更前/変更後 lines, 問い合わせ先)', () => {
  it('reads the value after the change under its item, for review, and neither the value before it nor the letterhead', async () => {
    const { draft } = await ingestFixture('customer-letter-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社クマシデ情報サービス']);
    expect(draft.services.map((s) => s.name)).toEqual(['クマシデ販売管理クラウド']);
    expect(draft.documents[0]).toMatchObject({
      title: '「クマシデ販売管理クラウド」のデータセンター移転およびバックアップ保存期間の変更に関するご案内',
      publishedOn: '2025-11-10',
    });
    expect(draft.usesInfra.map((u) => [u.region, u.basis])).toEqual([['gcp:asia-northeast1', 'INFERRED']]);
    expect(draft.usesInfra[0]!.reviewNote).toContain('announced change');
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    const retention = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'))!;
    expect(retention.reviewNote).toContain('after a change the document announces');
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    expect(draft.sections.find((s) => s.heading.includes('お客様への影響'))?.skippedBecause).toBeDefined();
    expect(quotesOf(draft).filter((q) => /変更前|asia-northeast2|大阪|7日間|27017|榊原|芝浦|03-5555|9:00|拝啓|敬具|ファイアウォール|203\.0/u.test(q))).toEqual(
      [],
    );
  });

  it('labels a `変更後：` value by the item over its `変更前：` line, in English too, and reads no lone `After:` line', () => {
    const text = [
      'Notice of changes to Orvelle Ledger',
      '',
      '1. Changes',
      '',
      'Backup retention period',
      '  Before: 14 days',
      '  After: 45 days',
      '',
      'Hosting platform',
      '  Before: AWS eu-west-1',
      '  After: AWS eu-central-1',
      '',
      'After: 9 days',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'notice.txt' });
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=45 days']);
    expect(draft.usesInfra.map((u) => [u.region, u.basis])).toEqual([['aws:eu-central-1', 'INFERRED']]);
  });
});

/*
 * Answer key of wiki-export.html (an internal wiki page exported to HTML, Confluence-like: breadcrumb trail, `Created by …,
 * last modified by … on Oct 03, 2025`, an info macro panel, an Environments table, a `<details>` expand, a note panel marking
 * the `Q4 plan` section a draft, labels, a comments section, a page-tree sidebar and a `Document generated by` footer),
 * written before it was ingested.
 * Accept: vendor Wrenhollow Ltd.; service Wrenhollow Rota; titled `Wrenhollow Rota — Hosting and Environments` (the page's
 * H1); dated 2025-10-03; aws:eu-west-2 (production) and aws:eu-west-1 (DR, backup copies); data in GB and IE; backups every
 * 6 hours kept 35 days; encryption (10.1.1) and MFA (9.4.2) stated under `Overview`; Amazon Time Sync Service; ISO/IEC
 * 27001 IS 790315.
 * Reject: the staging environment's us-east-1 and the US; the Q4 plan's eu-central-1, Germany, ISO/IEC 27017 and 90 days;
 * the comments' Azure UK South, SOC 2, 14 days and ap-southeast-2; the page tree's other pages (Payroll on asia-northeast1,
 * SOC 2 readiness, backups kept 7 days); the labels `soc2` and `azure`; the footer's Oct 07 date; Atlassian as a dependency.
 */
describe('an internal wiki page exported to HTML (metadata line, macro panels, expand, labels, comments, page tree)', () => {
  it('reads the page body only, skips the section its note marks a draft plan, and no staging region', async () => {
    const { text, draft } = await ingestFixture('wiki-export.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Wrenhollow Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Wrenhollow Rota']);
    expect(draft.documents[0]).toMatchObject({ title: 'Wrenhollow Rota — Hosting and Environments', publishedOn: '2025-10-03' });
    // The metadata line's spans stay on one line; comments, page tree and the generated-by footer are not read.
    expect(text).toContain('Created by A. Pennick, last modified by R. Okafor on Oct 03, 2025');
    expect(text).not.toMatch(/Threlkeld|UK South|ap-southeast-2|Payroll|readiness|kept 7 days|Document generated/u);
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1', 'aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['GB', 'IE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790315']);
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours', 'backupRetentionDays=35 days']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.4.4']));
    expect(draft.dependsOn).toEqual([]);
    expect(draft.sections.find((s) => s.heading.startsWith('Q4 plan'))?.skippedBecause).toContain('draft or plan');
    expect(quotesOf(draft).filter((q) => /us-east-1|Staging|eu-central-1|Frankfurt|Germany|27017|90 days|SOC 2|Azure|Atlassian/u.test(q))).toEqual([]);
  });

  it('takes a section whose opening note says it is a plan as a plan, in Japanese too, and reads the next section', () => {
    const text = [
      '# Orvelle Ledger セキュリティ概要',
      '',
      '## 次期構成',
      '',
      '※本節は来期の計画案です。',
      '',
      'データは AWS 大阪リージョン（ap-northeast-3）に保管します。',
      '',
      '## 現在の構成',
      '',
      'データは AWS 東京リージョン（ap-northeast-1）に保管しています。',
      '',
    ].join('\n');
    expect(regionsOf(ingestText(text, { fileName: 'plan.md' }))).toEqual(['aws:ap-northeast-1']);
  });
});

/*
 * Answer key of application-form-ja.txt (a Japanese サービス利用申込書 addressed to the provider (`株式会社X　御中`) and returned
 * filled in: ■ ticked / □ not ticked, also ☑/☐; a 【記入例】 block; two parts `（お客様記入欄）` the customer fills in about
 * itself; a `事業者記入欄` the provider fills in about the service; a 注意事項 list between rule lines), written before it was
 * ingested.
 * Accept: vendor 株式会社コガラソフト (Kogara Soft Co., Ltd.; the addressee, named in the `提供事業者：` field); service コガラ
 * 勤怠クラウド; dated 2025-11-20; hosting aws:ap-northeast-1 (`■Amazon Web Services`, `保管リージョン：■東京`), data in JP;
 * ISO/IEC 27001 IS 778120 (`■ISMS`, `ISMS認証登録番号：`); backups daily kept 14 days; MFA (9.4.2); encryption (10.1.1);
 * incident notice 2 hours; deletion 30 days after cancellation.
 * Reject: the unticked □大阪 (ap-northeast-3), □週次, □Azure, □ISMAP（申請中）, □プライバシーマーク; the 記入例's ■大阪,
 * ■週次 and ■プライバシーマーク; the customer's part (株式会社ツルマメ工業 and its English name as vendor, its Nagoya address,
 * its ■Azure, its 大阪本社サーバー室, 利用人数, the ☑ option's 7年 retention); the 注意事項's duties and advice of the
 * customer (passwords of 8 characters: no 9.4.3; a monthly backup); the 5営業日 of account issuance.
 */
describe('a Japanese サービス利用申込書 returned filled in (■/□ boxes, 記入例, the customer’s and the provider’s parts)', () => {
  it('reads the provider’s part and the ticked ■ only, never a □, the 記入例, the customer’s part or its duties', async () => {
    const { draft } = await ingestFixture('application-form-ja.txt');
    // The form is addressed to the provider (`御中`), which names itself in its `提供事業者：` field.
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社コガラソフト', nameEn: 'Kogara Soft Co., Ltd.' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['コガラ勤怠クラウド']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-11-20' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 778120']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=2 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1']));
    // The customer's duty in 注意事項 (`お客様は、…パスワードを8文字以上に設定し…てください`) is no password practice.
    expect(controlsOf(draft)).not.toContain('iso27017:9.4.3');
    expect(draft.sections.find((s) => s.heading === '注意事項')).toBeDefined();
    expect(draft.sections.find((s) => s.heading.startsWith('【記入例】'))?.skippedBecause).toBeDefined();
    expect(draft.sections.filter((s) => s.heading.includes('お客様記入欄')).map((s) => s.skippedBecause)).toEqual([
      expect.stringContaining('customer'),
      expect.stringContaining('customer'),
    ]);
    // A quote is printed as the form prints it: `バックアップ：■日次　□週次` keeps the unticked option beside the ticked one.
    expect(quotesOf(draft).filter((q) => /大阪|(?<!□)週次|Azure|ISMAP|プライバシーマーク|ツルマメ|Tsurumame|名古屋|7年|8文字|月次|5営業日|─/u.test(q))).toEqual(
      [],
    );
  });

  it('reads nothing from the part the customer fills in about itself (its own cloud and region)', () => {
    const rule = '────────────────────';
    const text = [
      'サービス利用申込書',
      '',
      '申込日：2025年11月20日',
      '',
      rule,
      '１．申込者情報（お客様記入欄）',
      rule,
      '社内システムの稼働基盤：■Google Cloud　□AWS',
      '利用中のリージョン：■大阪　□東京',
      '',
      rule,
      '２．事業者記入欄',
      rule,
      '稼働基盤：■AWS　□Google Cloud',
      '保管リージョン：■東京　□大阪',
      '',
    ].join('\n');
    expect(regionsOf(ingestText(text, { fileName: 'form.txt' }))).toEqual(['aws:ap-northeast-1']);
  });

  it('takes ■ for a tick only where a line offers options or answers a label, never a ■ heading', () => {
    const text = [
      'サービス概要書',
      '',
      '■ご案内',
      '本書はサービスの概要を示します。',
      '',
      '稼働基盤：■Amazon Web Services　□Azure',
      '保管リージョン：□東京　■大阪',
      '',
    ].join('\n');
    expect(regionsOf(ingestText(text, { fileName: 'form.txt' }))).toEqual(['aws:ap-northeast-3']);
  });
});

/*
 * Answer key of trust-badges.html (an English trust page built of cards: one per framework with a status badge `Certified` /
 * `In progress` / `Not applicable`, a `title` tooltip and a `Request report` button; an Infrastructure card listing regions
 * with `Live` / `Coming soon` badges; a Subprocessors link list), written before it was ingested.
 * Accept: vendor Fernhollow Software, Inc.; service Fernhollow Forms; titled `Fernhollow Forms Trust Center`; dated 2025-09-08;
 * ISO/IEC 27001 ISMS-0455170 valid until 2027-06-30 and SOC 2 (their cards badged `Certified`); hosting gcp:europe-west4 and
 * gcp:europe-west1, data in NL and BE (the list under `Customer data is stored in the regions below.`); backups every 6 hours
 * kept 30 days; encryption (10.1.1); MFA (9.4.2); audit logs 1 year; incident notice 48 hours; Wexley Mail, Inc.
 * (transactional email) and Marrowgate Analytics Ltd. (product analytics) as dependencies.
 * Reject: ISO/IEC 27017 and ISMAP (`In progress`), PCI DSS and HIPAA (`Not applicable`); the tooltips (the registrar, `Stage 2
 * audit scheduled for Q1 2026`, `Restores are tested every quarter`); the buttons (`Request report`, `Subscribe to …`); the
 * `Coming soon` australia-southeast1 and AU; the sub-processors' United States and Ireland (no data location, no part of
 * their function); the Portland office.
 */
describe('an English trust page of framework cards with status badges, tooltips and buttons', () => {
  it('holds a framework badged Certified only, reads the listed live regions, no tooltip, button or coming-soon region', async () => {
    const { text, draft } = await ingestFixture('trust-badges.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Fernhollow Software, Inc.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Fernhollow Forms']);
    expect(draft.documents[0]).toMatchObject({ title: 'Fernhollow Forms Trust Center', publishedOn: '2025-09-08' });
    expect(certificatesOf(draft)).toEqual(['iso27001 ISMS-0455170', 'soc2 -']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')).toMatchObject({ validUntil: '2027-06-30' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west1', 'gcp:europe-west4']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['BE', 'NL']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1']));
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([
      { name: 'Wexley Mail, Inc.', function: 'transactional email' },
      { name: 'Marrowgate Analytics Ltd.', function: 'product analytics' },
    ]);
    // Tooltips and buttons are not the page's visible prose: not even read.
    expect(text).not.toMatch(/Calderstone|Stage 2|Restores are tested|Request report/u);
    expect(quotesOf(draft).filter((q) => /27017|ISMAP|PCI|HIPAA|In progress|Not applicable|australia|Sydney|Coming soon|Portland/u.test(q))).toEqual([]);
  });

  it('holds nothing under a scheme heading whose status is not Certified', () => {
    const text = ['# Trust', '', '## ISO/IEC 27001', '', 'In progress', '', '## SOC 2 Type II', '', 'Certified', ''].join('\n');
    expect(certificatesOf(ingestText(text, { fileName: 'trust.md' }))).toEqual(['soc2 -']);
  });
});

/*
 * Answer key of sustainability-report-ja.txt (an excerpt of a Japanese サステナビリティレポート: 環境 with the data centres, a
 * GHG table and 環境目標, 社会 with a 人材 table, ガバナンス with 情報セキュリティ and its 指標 table), written before it was ingested.
 * Accept: vendor 株式会社ミナセル; service ミナセル経費 (the report's title names no product); titled
 * `サステナビリティレポート2025（抜粋）`, dated 2025-10-01; hosting aws:ap-northeast-1, data in JP; ISO/IEC 27001 IS 782614;
 * training once a year (7.2.2), MFA (9.4.2), encryption at rest (10.1.1).
 * Reject: the cloud provider's 再生可能エネルギー100% and PUE 1.2, and its ISO 14001 / ISO 50001 (the provider's); t-CO2, the
 * renewable share, the head count, 女性管理職比率 and the other % of the tables (no service metrics); the incident counts 0件
 * (no incident-notice value); the third-party verification of the emissions (no certificate, no audit of the service); the
 * 2030 targets and ISO 14001 取得を目指します (plans); the office address.
 */
describe('a Japanese サステナビリティレポート with environmental, social and governance figures', () => {
  it('names the product from the text, reads the security part, no ESG figure, provider claim or target', async () => {
    const { draft } = await ingestFixture('sustainability-report-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ミナセル']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ミナセル経費']);
    expect(draft.documents[0]).toMatchObject({ title: 'サステナビリティレポート2025（抜粋）', publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 782614']);
    expect(controlsOf(draft)).toEqual(['iso27017:10.1.1', 'iso27017:7.2.2', 'iso27017:9.4.2']);
    expect(metricsOf(draft)).toEqual([]);
    expect(quotesOf(draft).filter((q) => /PUE|再生可能|CO2|14001|50001|女性|従業員数|件数|2030|検証/u.test(q))).toEqual([]);
  });

  it('takes no product name from a sustainability or integrated report title', () => {
    const text = [
      '株式会社サンプル',
      '統合報告書2025',
      '',
      '発行日：2025年9月1日',
      '',
      '1. 事業概要',
      '',
      '当社は、クラウド会計サービス「サンプル会計」を提供しています。',
      '「サンプル会計」は、AWSの東京リージョンで稼働しています。',
      '',
    ].join('\n');
    expect(
      ingestText(text, { fileName: 'report.txt' })
        .services.filter((s) => s.vendor)
        .map((s) => s.name),
    ).toEqual(['サンプル会計']);
  });
});

/*
 * Answer key of app-privacy-label.txt (an English app store listing exported as text: name and seller, rating and price
 * lines, Description, What's New, Ratings and Reviews, an App Privacy label of `Data Used to Track You` / `Data Linked to You`
 * / `Data Not Linked to You` / `Data Not Collected`, Accessibility, an Information block), written before it was ingested.
 * Accept: vendor Kelvanta, Inc.; service `Brisklet: Team Notes & Tasks`, the document titled so (the listing's name, not
 * `Designed for iPad` nor a rating line); hosting gcp:europe-west3, data in DE; ISO/IEC 27001 (held, no number); encryption
 * (10.1.1); the App Privacy part's own privacy statement (18.1.4); sections Description, App Privacy, the label's four parts,
 * Accessibility, Information.
 * Reject: `4.6 • 2.1K Ratings`, `4.6 out of 5`, `48.2 MB` as numbered headings; the platform badge and the rating as the title;
 * SOC 2 Type II (`working towards … in 2026`); the `Data Not Collected` items (Location is no place) and the accessibility
 * paragraph as a privacy practice; Seller, Size, Category, Compatibility, Languages, Age Rating and the copyright year as facts
 * or a date; the app's version 3.8.2 as the document's version; the in-app prices.
 */
describe('an English app store listing with its privacy label and information block', () => {
  it('reads the description and the label, no rating, size or link line as a heading or title, no fact from the information block', async () => {
    const { draft } = await ingestFixture('app-privacy-label.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Kelvanta, Inc.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Brisklet: Team Notes & Tasks']);
    expect(draft.documents[0]).toMatchObject({ title: 'Brisklet: Team Notes & Tasks', version: 'not printed' });
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Description',
      'App Privacy',
      'Data Used to Track You',
      'Data Linked to You',
      'Data Not Linked to You',
      'Data Not Collected',
      "Developer's Privacy Policy",
      'Accessibility',
      'Information',
    ]);
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 -']);
    expect(controlsOf(draft)).toEqual(['iso27017:10.1.1', 'iso27017:18.1.4']);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:18.1.4')?.evidence.section).toBe('App Privacy');
    expect(metricsOf(draft)).toEqual([]);
    expect(quotesOf(draft).filter((q) => /Accessibility|accessibility|Health|Location|48\.2|Productivity|Age Rating|©/u.test(q))).toEqual([]);
  });

  it('reads a size, a score or a value before a middle dot as no section number, so the listing keeps its own headings', () => {
    const text = [
      'Acme Notes',
      'Acme Ltd.',
      '',
      '4.6 • 2.1K Ratings',
      'Free • Offers In-App Purchases',
      '',
      'Description',
      '',
      'Your notes are stored on AWS in Frankfurt and encrypted at rest and in transit.',
      '',
      'Ratings and Reviews',
      '4.6 out of 5',
      '',
      'Information',
      '',
      'Size',
      '48.2 MB',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'listing.txt' });
    expect(draft.sections.map((s) => s.heading)).toContain('Description');
    expect(draft.sections.map((s) => s.heading).filter((h) => /^4\.6|MB$/u.test(h))).toEqual([]);
    expect(draft.usesInfra.map((u) => u.evidence.section)).toEqual(['Description']);
  });

  it('heads a paragraph closed by its link label (`… supports. Learn More`) with the short line over it', () => {
    const text = [
      'Acme Notes',
      '',
      'Privacy Policy',
      '',
      'Accessibility',
      'The developer has not yet indicated which accessibility features this app supports. Learn More',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'listing.txt' });
    expect(draft.sections.map((s) => s.heading)).toContain('Accessibility');
    expect(quotesOf(draft)).not.toContain('Accessibility');
  });

  it('titles a listing by its name and tagline, never its platform badge or rating line', () => {
    const text = [
      'Acme Ledger: Invoices & Receipts',
      'Acme Ltd.',
      'Designed for iPhone',
      '',
      '4.8 • 12K Ratings',
      '',
      'Description',
      '',
      'Invoices are stored on AWS in Frankfurt and encrypted at rest.',
      '',
    ].join('\n');
    expect(ingestText(text, { fileName: 'listing.txt' }).documents[0]!.title).toBe('Acme Ledger: Invoices & Receipts');
  });
});

/*
 * Answer key of whitepaper-rst.txt (an English security whitepaper in reStructuredText read as plain text: a title over- and
 * underlined with `====`, sections underlined with `----` and `~~~~`, a field list `:Version:` / `:Date:`, `.. note::` and
 * `.. warning::` directives, a `.. code-block:: yaml` example, a simple table between `====  ====` borders, footnotes `[#]_`;
 * paragraphs hard-wrapped at 80 columns), written before it was ingested.
 * Accept: vendor Brackenhollow Labs Ltd.; service Lorvane Vault; titled `Lorvane Vault Security Whitepaper`, version 2.1 and
 * dated 2025-09-30 (the field list); hosting aws:eu-central-1, data in DE (a sentence wrapped after `stored in the`);
 * ISO/IEC 27001 ISMS-6620417 (the number wrapped inside its parenthesis) and SOC 2; backups every 4 hours kept 35 days;
 * encryption (10.1.1); MFA (9.4.2); incident notice 24 hours, audit logs 1 year and deletion 30 days (the table's rows);
 * Pellinore Mail Inc. (transactional email, its entry's dash typed `--`) as a dependency.
 * Reject: the code block's example replica (us-west-2, 24h, 7 days); the `.. warning::`'s deprecated eu-west-1 (Ireland, IE);
 * the planned ISO/IEC 27701; the sub-processor's United States; the adornment lines as headings or text.
 */
describe('an English whitepaper in reStructuredText (adorned titles, field list, directives, code block, simple table)', () => {
  it('reads the RST titles as headings, its wrapped paragraphs whole, and nothing from the code block or the warning', async () => {
    const { text, draft } = await ingestFixture('whitepaper-rst.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brackenhollow Labs Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Lorvane Vault']);
    expect(draft.documents[0]).toMatchObject({ title: 'Lorvane Vault Security Whitepaper', publishedOn: '2025-09-30' });
    expect(draft.documents[0]!.version).toContain('2.1');
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 ISMS-6620417', 'soc2 -']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1']));
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: 'Pellinore Mail Inc.', function: 'transactional email' }]);
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Infrastructure', 'Hosting', 'Commitments', 'Certifications']));
    expect(draft.sections.some((s) => /^[-=~]{3,}$/u.test(s.heading))).toBe(false);
    // The code block is an example, not read at all; adornment lines are markup.
    expect(text).not.toMatch(/us-west-2|retention_days|^-{4,}$|^~{4,}$/mu);
    expect(quotesOf(draft).filter((q) => /us-west-2|eu-west-1|Ireland|27701|24h/u.test(q))).toEqual([]);
    // The sub-processor's country is where it is, not where the service keeps data.
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('US');
  });

  it('reads an RST title underlined with `----` as a heading and skips a `::` literal block', async () => {
    const text = [
      'Acme Files Overview',
      '===================',
      '',
      'Hosting',
      '-------',
      '',
      'Customer data is stored in the AWS Europe (Frankfurt)',
      'region (eu-central-1).',
      '',
      'Example',
      '-------',
      '',
      'A customer setup looks like this::',
      '',
      '   region: ap-southeast-2',
      '',
    ].join('\n');
    const read = await readDocumentBytes(new TextEncoder().encode(text), 'text');
    expect(read).not.toMatch(/ap-southeast-2|^-{3,}$/mu);
    expect(regionsOf(ingestText(read, { fileName: 'overview.txt' }))).toEqual(['aws:eu-central-1']);
  });
  it('reads `Incident notice` as a notice, and a sub-processor entry with a `--` dash or a Japanese company and a colon', () => {
    const notice = ['# Overview', '', '## Commitments', '', 'Incident notice: within 24 hours of a confirmed incident', ''].join('\n');
    expect(metricsOf(ingestText(notice, { fileName: 'a.md' }))).toEqual(['incidentNotificationHours=24 hours']);
    const depsOf = (line: string) => {
      const draft = ingestText(['# Overview', '', '## Sub-processors', '', line, ''].join('\n'), { fileName: 'a.md' });
      return draft.dependsOn.map((d) => [draft.services.find((s) => s.id === d.dependsOn)?.name, d.function]);
    };
    expect(depsOf('* Wexmoor Mail Inc. -- transactional email (United States)')).toEqual([['Wexmoor Mail Inc.', 'transactional email']]);
    expect(depsOf('* 株式会社アオサギ通信：メール配信（日本）')).toEqual([['株式会社アオサギ通信', 'メール配信']]);
  });
});

/*
 * Answer key of whitepaper-asciidoc.txt (a Japanese security whitepaper in AsciiDoc read as plain text: `= タイトル`,
 * `== 見出し`, `=== 小見出し`, attribute lines `:revnumber:` / `:revdate:`, admonitions `NOTE:`, `TIP:`, `IMPORTANT:`, a
 * `[source,json]` listing block between `----` lines, a `|===` table of `|` cells with a header row, `* ` bullets), written
 * before it was ingested.
 * Accept: vendor 株式会社ツバキソフト (Tsubaki Soft Inc.); service ツバキ経費精算 (no `=` marker); version 1.3 and dated
 * 2025-08-01 (the attributes); hosting gcp:asia-northeast1 and the disaster-recovery copy in gcp:asia-northeast2 (the
 * IMPORTANT admonition), data in JP; ISO/IEC 27001 IS 702481 and ISO/IEC 27017 CLOUD 702482; backups daily kept 14 days;
 * MFA for administrators (9.4.2); encryption (10.1.1); audit logs 1 year; incident notice 24 hours; the table's 99.9 %
 * availability and deletion 30 days (a row of one-cell lines read as one row); 株式会社カゼミチ通信 (メール配信) as a dependency.
 * Reject: the listing block's example (us-central1, 90 days, 72 hours); the TIP's setting the customer may make itself
 * (`お客様ご自身で、…多要素認証を有効にすることができます`); ISMAP (準備中); the table's header row (項目 / 内容) and
 * support hours; `[source,json]` or `== ` markers as headings.
 */
describe('a Japanese whitepaper in AsciiDoc (= headings, attributes, admonitions, a listing block, a |=== table)', () => {
  it('reads the AsciiDoc sections and table rows, not the listing block, the TIP’s customer setting or ISMAP', async () => {
    const { text, draft } = await ingestFixture('whitepaper-asciidoc.txt');
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ツバキソフト', nameEn: 'Tsubaki Soft Inc.' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ツバキ経費精算']);
    expect(draft.documents[0]).toMatchObject({ title: 'ツバキ経費精算 セキュリティホワイトペーパー', publishedOn: '2025-08-01' });
    expect(draft.documents[0]!.version).toContain('1.3');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 702481', 'iso27017 CLOUD 702482']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:17.2.1']));
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: '株式会社カゼミチ通信', function: 'メール配信' }]);
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['はじめに', '稼働基盤', 'サービスレベル', '外部委託先']));
    expect(draft.sections.some((s) => /^[=[]/u.test(s.heading))).toBe(false);
    // The listing block is an example, not read at all.
    expect(text).not.toMatch(/us-central1|retentionDays|notifyHours|\[source/u);
    expect(quotesOf(draft).filter((q) => /TIP|ご自身|ISMAP|us-central1|90|72|項目|サポート受付/u.test(q))).toEqual([]);
  });

  it('takes a setting the customer may make itself for no practice of the service, in English too', () => {
    const ja = ['# 概要', '', '## 認証', '', 'お客様ご自身で、ログイン時の多要素認証を有効にすることができます。', ''].join('\n');
    expect(controlsOf(ingestText(ja, { fileName: 'a.md' }))).not.toContain('iso27017:9.4.2');
    const en = ['# Overview', '', '## Sign-in', '', 'Customers can optionally enable multi-factor authentication for their users.', ''].join('\n');
    expect(controlsOf(ingestText(en, { fileName: 'a.md' }))).not.toContain('iso27017:9.4.2');
  });

  it('reads a table row written one cell per line as one row', async () => {
    const text = ['= Acme 概要', '', '== 運用', '', '== サービスレベル', '', '|===', '|項目 |内容', '', '|稼働率', '|月間 99.95%', '|===', ''].join('\n');
    const read = await readDocumentBytes(new TextEncoder().encode(text), 'text');
    expect(read).toContain('| 稼働率 | 月間 99.95% |');
    expect(metricsOf(ingestText(read, { fileName: 'a.txt' }))).toEqual(['availabilityPercent=99.95 percent']);
  });
});

/*
 * Answer key of service-lp-tabs-ja.html (a Japanese SaaS landing page: a hero with an eyebrow over the H1, 料金プラン as a
 * `role="tablist"` of plans over one `role="tabpanel"` per plan, the non-default ones `hidden`; a セキュリティ grid of icon
 * cards, a 導入企業 logo strip, a `<details>` FAQ, a 「無料で試す」 CTA, a `<noscript>` block and a footer), written before it
 * was ingested.
 * Accept: vendor 株式会社ホシガラス (Hoshigarasu Inc.); product ホシガラス経費 (the H1, not the eyebrow クラウド経費精算サービス);
 * dated 2025-10-01 (the footer's 最終更新日); aws:ap-northeast-1 and JP; ISO/IEC 27001 IS 771204; encryption (10.1.1); MFA
 * (9.4.2); backups 1日1回 kept 14日間; deletion within 30 days of 解約; incident notice within 2 hours (the FAQ).
 * Reject: each plan panel's values as the service's (ライト 90日, ビジネス 1年, エンタープライズ 5年 of logs and 99.99% SLA: only
 * for review, the plan named); the エンタープライズ AWS大阪リージョン of the panel and of the FAQ's `エンタープライズプランでは、
 * …もお選びいただけます` (ap-northeast-3); 専用環境; the icons' and logos' alt text (`ISO/IEC 27017 認証マーク`, `Azure 導入企業`,
 * `大阪リージョン ユーザー会`, the customers); the CTA and the 14日間 trial, 3,000社, 最短1分; the `<noscript>` plan text and its
 * 5年間; the footer's address.
 */
describe('a Japanese SaaS landing page with tabbed plan panels, icon cards, a logo strip, an FAQ accordion and a CTA', () => {
  it('reads the security cards and the FAQ; a plan panel’s values only for review with the plan named, no plan’s region', async () => {
    const { text, draft } = await ingestFixture('service-lp-tabs-ja.html');
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ホシガラス', nameEn: 'Hoshigarasu Inc.' });
    // The eyebrow printed over the H1 is the page's category: the H1 is the title and the product.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ホシガラス経費']);
    expect(draft.documents[0]).toMatchObject({ title: 'ホシガラス経費', publishedOn: '2025-10-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    expect(metricsOf(draft)).toEqual(
      expect.arrayContaining(['backupInterval=1 days', 'backupRetentionDays=14 days', 'dataDeletionDays=30 days', 'incidentNotificationHours=2 hours']),
    );
    // Each plan panel's values hold for that plan's customers: proposed for review only, with the plan named.
    for (const [plan, raw] of [
      ['ライトプラン', '90日間'],
      ['ビジネスプラン', '1年間'],
      ['エンタープライズプラン', '5年間'],
      ['エンタープライズプラン', '99.99%'],
    ] as const) {
      const d = draft.disclosures.find((x) => x.metrics.some((m) => m.raw === raw))!;
      expect(d.evidence.section).toBe(plan);
      expect(d.reviewNote).toContain(`${raw}: The document gives this value under the heading ${plan}`);
      expect(d.confidence).toBeLessThanOrEqual(0.6);
    }
    // Alt text, the noscript block and buttons are not the page's text.
    expect(text).not.toMatch(/27017|Azure|ユーザー会|アオバト|JavaScript|無料で試す/u);
    expect(quotesOf(draft).filter((q) => /大阪|専用環境|14日間無料|3,000社|最短1分|千代田区|無料でお試し/u.test(q))).toEqual([]);
  });

  it('reads no region a single plan’s customers may choose, in its panel or in a sentence that names the plan', () => {
    const html = [
      '<html><body><main><h1>サンプル勤怠</h1>',
      '<h2>料金プラン</h2>',
      '<div role="tabpanel"><h3>エンタープライズプラン</h3><p>Google Cloud の大阪リージョン（asia-northeast2）で運用します。</p></div>',
      '<h2>データの保管</h2>',
      '<p>本サービスは Google Cloud の東京リージョンで運用しています。保管先として Google Cloud の大阪リージョンもお選びいただけます。</p>',
      '</main></body></html>',
    ].join('\n');
    expect(regionsOf(ingestText(htmlToText(html), { fileName: 'lp.html' }))).toEqual(['gcp:asia-northeast1']);
  });
});

/*
 * Answer key of grc-export.csv (an English vendor-risk record exported from a GRC tool: a header block, then `Control ID,
 * Domain, Question, Vendor Response, Evidence Provided, Assessor Rating, Assessor Comment`), written before it was ingested.
 * Accept: vendor Cindervale Software Ltd.; product Cindervale Rota (the `Service assessed` field, without its gloss); dated
 * 2025-10-28 (`Vendor responses submitted`, not the export's timestamp); ISO/IEC 27001 IS 790213 valid until 2027-03-31, no
 * scope; azure:uksouth and azure:ukwest, data in GB; backups every 4 hours kept 35 days; audit logs 13 months; incident notice
 * 48 hours; deletion within 60 days; MFA (9.4.2), encryption (10.1.1), quarterly access review (9.2.2), awareness training
 * (7.2.2); Tamsworth Post Ltd. a dependency for transactional email; the vendor's answers at the confidence of its own words.
 * Reject: the assessor's ratings and comments (the expired SOC 2 bridge letter, `24 months`, `24 hours`, `14 months`, Poland,
 * the customer's own AWS eu-west-1 and IE, the parent company's certificate); SOC 2 from `See attached` with
 * `soc2-type2-2024.pdf`; ISO/IEC 27018 from an evidence file name under an answer that names no certificate; PCI DSS and data
 * export answered `Not applicable`; ISO/IEC 27017 `planned for 2026`; the assessor Northgate Retail plc as vendor or party.
 */
describe('an English GRC export of a vendor-risk record (Vendor Response beside Evidence Provided, Assessor Rating and Comment)', () => {
  it('reads the vendor’s response column only: no assessor comment or rating, no evidence file name, no “See attached”', async () => {
    const { draft } = await ingestFixture('grc-export.csv');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Cindervale Software Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Cindervale Rota']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-28' });
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 790213']);
    const iso = draft.certifiedBy.find((c) => c.certification === 'iso27001')!;
    expect(iso).toMatchObject({ validUntil: '2027-03-31' });
    expect(iso.scope).toBeUndefined();
    expect(regionsOf(draft)).toEqual(['azure:uksouth', 'azure:ukwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=13 months',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:7.2.2', 'iso27017:9.2.2', 'iso27017:9.4.2', 'iso27017:10.1.1']));
    const deps = draft.dependsOn.map((d) => ({ name: draft.services.find((s) => s.id === d.dependsOn)?.name, function: d.function }));
    expect(deps).toEqual([{ name: 'Tamsworth Post Ltd.', function: 'Transactional email' }]);
    // The responses are the vendor's own words, in a column of their own: not flagged as the customer's account of them.
    expect(draft.usesInfra.every((f) => (f.confidence ?? 0) >= 0.8 && !f.reviewNote?.includes('customer’s assessment'))).toBe(true);
    expect(
      quotesOf(draft).filter((q) =>
        /Assessor|gap raised|bridge letter|Poland|eu-west-1|24 months|14 months|Group Holdings|\.pdf|\.xlsx|\.png|\tLow|\tMedium|\tHigh/u.test(q),
      ),
    ).toEqual([]);
  });

  it('ends a questionnaire row before the assessor’s and evidence columns, whatever they name', () => {
    const text = [
      'Question\tVendor Response\tEvidence Provided\tAssessor Comment',
      'Where is data hosted?\tData is hosted on AWS in the Tokyo region.\tsoc2-type2-2024.pdf\tOur own ERP runs on AWS us-east-1; SOC 2 report expired.',
      'Do you hold ISO/IEC 27018?\tOur privacy programme follows the GDPR.\tiso27018-certificate.pdf\tCertificate is the parent company’s.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'grc.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(certificatesOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of legacy-layout-ja.html (a Japanese corporate page of about 2008, HTML 4.01 Transitional: nested layout tables
 * with a header table, a navigation column and a content cell, `<font>`, `<br>`-separated lines, `&nbsp;` indents, ■/●/・ as
 * text, headings as `<b>` or `<font size="4">` in one-column box tables, a `<marquee>` ticker, 戻る / ページの先頭へ, a
 * copyright row), written before it was ingested.
 * Accept: vendor 株式会社ヒバリ電算 (Hibari Densan Co., Ltd.); product ヒバリ販売管理; the title from the large-font line;
 * dated 2008-10-01 (最終更新日); aws:ap-northeast-1 and, for the backup copy, the same provider's 大阪リージョン
 * (aws:ap-northeast-3); data in JP; ISO/IEC 27001 IS 583104 valid until 2010-03-31, scope ヒバリ販売管理の開発および運用
 * (fields on the `<br>` lines under the sentence); backups daily kept 14 days, access logs 1 year, deletion within 30 days of
 * termination, incident notice within 2 hours; MFA (9.4.2), encryption by SSL (10.1.1), backups (12.3.1), training (7.2.2),
 * leavers' accounts removed (9.2.6); each ■ heading the section of its lines.
 * Reject: the ticker's new data centre of ヒバリ勤怠 (大阪府) and ヒバリ会計's ISO/IEC 27017; the navigation column's
 * `Azure 西日本リージョン` and product links; ISO/IEC 27017 `準備を進めております`; 大阪本社 as a data location; a sentence
 * made of two `<br>` lines (the deletion and the incident notice quoted apart); breadcrumb, 戻る / ページの先頭へ and the
 * header's links as text or title.
 */
describe('a Japanese corporate page of about 2008 laid out with nested tables (<font>, <br> lines, a navigation column, a <marquee>)', () => {
  it('reads the content cell only, each <br> line its own statement, each <b>/<font size="4"> line a heading', async () => {
    const { text, draft } = await ingestFixture('legacy-layout-ja.html');
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社ヒバリ電算', nameEn: 'Hibari Densan Co., Ltd.' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['ヒバリ販売管理']);
    expect(draft.documents[0]).toMatchObject({ title: 'ヒバリ販売管理 セキュリティへの取り組み', publishedOn: '2008-10-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 583104']);
    expect(draft.certifiedBy[0]).toMatchObject({ validUntil: '2010-03-31', scope: 'ヒバリ販売管理の開発および運用' });
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=2 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:7.2.2', 'iso27017:9.2.6', 'iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1']));
    // Each ■ line in <b> or <font size="4"> heads its box's lines.
    expect(draft.sections!.map((s) => s.heading)).toEqual(['■サービス基盤', '■第三者認証', '■バックアップ', '■ご解約時のデータの取り扱い', '■社員教育']);
    const deletion = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))!;
    expect(deletion.evidence.quote).toBe('ご解約後、お客様のデータは30日以内に完全に削除いたします');
    const notice = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'incidentNotificationHours'))!;
    expect(notice.evidence.quote).toBe('障害発生時は2時間以内に登録メールアドレスへご連絡いたします');
    // The ticker, the navigation column, the header's links and the breadcrumb are chrome.
    expect(text).not.toMatch(/新着情報|ヒバリ勤怠|ヒバリ会計|Azure|サイトマップ|ホーム >|27017 に対応/u);
    expect(quotesOf(draft).filter((q) => /大阪府|大阪本社|27017|戻る|ページの先頭へ|Copyright/u.test(q))).toEqual([]);
    expectValidDraft('legacy-layout-ja', text, draft);
  });

  it('keeps a data table a table: a <br> in a cell of two columns of values is a wrap, and the row one line', () => {
    const html = [
      '<html><body><h1>サンプル会計 セキュリティ</h1>',
      '<table><tr><th>項目</th><th>内容</th></tr>',
      '<tr><td>稼働基盤</td><td>AWS 東京リージョン<br>（バックアップは大阪リージョン）</td></tr></table>',
      '</body></html>',
    ].join('\n');
    expect(htmlToText(html)).toContain('稼働基盤\tAWS 東京リージョン （バックアップは大阪リージョン）');
  });

  it('reads labelled certificate fields on the lines after the sentence that names the certificate, in any document', () => {
    const text = [
      '# サンプル会計 セキュリティ',
      '',
      '## 第三者認証',
      '',
      '当社は ISO/IEC 27001 の認証を取得しています。',
      '',
      '登録番号：IS 771155',
      '',
      '有効期限：2027年6月30日',
      '',
      'なお、ISO/IEC 27017 の認証取得を予定しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'cert-lines.md' });
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771155']);
    expect(draft.certifiedBy[0]).toMatchObject({ validUntil: '2027-06-30' });
  });
});

/*
 * Answer key of vulnerability-disclosure-policy.md (an English Vulnerability Disclosure Policy and Bug Bounty: scope tables,
 * rules of engagement, safe harbour, researcher response targets, a rewards table, a hall of fame), written before it was
 * ingested.
 * Accept: vendor Halvergate Software Ltd.; product Halvergate Ledger (after the title's kind words `Vulnerability Disclosure
 * Policy and Bug Bounty —`); dated 2025-05-14, Version 2.1; gcp:europe-west2 STATED from `production environment runs on Google
 * Cloud in the London region (europe-west2); testing against Google Cloud's own infrastructure is out of scope`; ISO/IEC
 * 27001 IS 745120.
 * Reject: the status page's AWS us-east-1, the marketing site's Cloudflare, Halvergate Payroll's Azure West Europe (out of
 * scope, another product); any metric: the targets for researchers (`Within 3 business days`, `Within 30 days of triage`)
 * are no incident notice or fix commitment to customers, the researcher's `Delete any data … within 30 days` no deletion
 * period, `5 requests per second`, 90 days of confidentiality, reward amounts; the researchers of the hall of fame and the
 * help centre's `support software vendor` as parties; Halvergate Payroll as a service.
 */
describe('an English vulnerability disclosure policy and bug bounty (scope tables, rules, safe harbour, targets, rewards)', () => {
  it('reads the product’s hosting from the scope note; no out-of-scope asset’s host, no researcher target or reward as a metric', async () => {
    const { text, draft } = await ingestFixture('vulnerability-disclosure-policy.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Halvergate Software Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Halvergate Ledger']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-05-14', version: 'Version 2.1' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.usesInfra[0]).toMatchObject({ basis: 'STATED' });
    expect(draft.storesDataIn.every((s) => s.country === 'GB')).toBe(true);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 745120']);
    expect(metricsOf(draft)).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(quotesOf(draft).filter((q) => /Cloudflare|West Europe|Payroll|business days|requests per second|90 days|£|Priya|Tomasz|nightjar/u.test(q))).toEqual(
      [],
    );
    // The out-of-scope status page is the vendor's (a status page, CLD.12.4.5, may cite its row): its host is no hosting.
    expect([...draft.usesInfra, ...draft.storesDataIn, ...draft.dependsOn].filter((f) => /us-east-1|AWS/u.test(f.evidence.quote))).toEqual([]);
    expectValidDraft('vulnerability-disclosure-policy', text, draft);
  });

  it('names the product after a disclosure programme’s kind words, joined by `and` or alone', () => {
    for (const [title, name] of [
      ['Bug Bounty Program — Sample Books', 'Sample Books'],
      ['Responsible Disclosure and Bug Bounty | Sample Books', 'Sample Books'],
      ['脆弱性開示ポリシー｜サンプル会計', 'サンプル会計'],
    ]) {
      const body =
        name === 'サンプル会計'
          ? '株式会社サンプル 2025年5月1日\n\n## 対象\n\nサンプル会計の脆弱性をご報告ください。'
          : 'Sample Software Ltd. · Last updated: 1 May 2025\n\n## Scope\n\nReport vulnerabilities in Sample Books to us.';
      const draft = ingestText(`# ${title}\n\n${body}\n`, { fileName: 'vdp.md' });
      expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual([name]);
    }
  });
});

/*
 * Answer key of review-minutes-ja.txt (the 議事録 of a customer's security review meeting with its vendor, kept by the
 * customer: 件名, 日時, 場所, 出席者 by side, 配布資料, 議題, 議事内容 as `ベンダー側：…` / `当社側：…` turns under the agenda's
 * numbers, 決定事項, 宿題事項（ToDo）with due dates, 次回予定), written before it was ingested.
 * Accept: vendor 株式会社カワガラスソフト (the attendee list's ベンダー side, not the customer that keeps the minutes); product
 * カワガラス販売管理 (the 件名 without `導入に係るセキュリティ確認会議`); dated 2025-10-29 (the meeting's 日時); aws:ap-northeast-1 and
 * aws:ap-northeast-3, data in JP; ISO/IEC 27001 IS 742615; backups 1日1回 (and 日次 replication) kept 30日間; incident notice
 * within 24 hours; operation logs 1年間; MFA (9.4.2); each fact from the vendor's turn, under its agenda item.
 * Reject: the customer's turns (its own AWS account in シンガポール, its data-link server on Azure 米国東部, its own プライバシーマーク,
 * its rule of 12時間, its quarterly account review, its questions); ISO/IEC 27017 `来期の取得予定` and in the 決定事項 `取得後に改めて
 * 確認する`; SOC 2 `検討中`; a value for RTO or for deletion after 解約 (`確認して回答します`); the 宿題事項 due dates and the 次回予定
 * date; the 場所 (a conference room, Teams) as a location; the customer トビシマ物産 as vendor.
 */
describe('a Japanese 議事録 of a vendor security review (speaker-labelled turns, agenda, 決定事項, 宿題事項, 次回予定)', () => {
  it('reads the vendor side’s turns only: none of the customer’s, no decision, task or next meeting', async () => {
    const { draft } = await ingestFixture('review-minutes-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社カワガラスソフト']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['カワガラス販売管理']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-29' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 742615']);
    expect([...new Set(metricsOf(draft))]).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    // The backup values are quoted from the vendor's turn under its agenda item, not across the customer's turns.
    const backup = draft.disclosures.find((d) => d.metrics.some((m) => m.raw === '30日間'))!;
    expect(backup.evidence).toMatchObject({
      section: '3. バックアップと障害時の対応',
      quote: 'ベンダー側：バックアップは1日1回取得し、30日間保持しています。',
    });
    // The customer's record of what the vendor said: each fact at second hand, for the reviewer to confirm.
    expect(
      [...draft.usesInfra, ...draft.certifiedBy, ...draft.disclosures].every((f) => (f.confidence ?? 1) <= 0.4 && f.reviewNote?.includes('customer’s minutes')),
    ).toBe(true);
    expect(
      quotesOf(draft).filter((q) => /当社側|シンガポール|米国|Azure|27017|SOC 2|プライバシーマーク|12時間|期限|次回|取得後|特記事項|四半期/u.test(q)),
    ).toEqual([]);
  });

  it('reads the vendor’s own minutes the other way round: the customer’s `お客様：` turns are none of its facts', () => {
    const text = [
      '打合せ記録',
      '',
      '件名：サンプル会計 セキュリティ確認',
      '日時：2025年6月2日 10:00～11:00',
      '',
      '議事内容',
      '　お客様：当社の基幹システムは Azure の東日本リージョンで運用している。',
      '　当社：サンプル会計は AWS の東京リージョンで稼働しています。',
      '　お客様：バックアップの保持期間は当社規程では90日間としている。',
      '　当社：バックアップは毎日取得し、14日間保持しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'minutes.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
  });
});

/*
 * Answer key of adr-hosting.md (an Architecture Decision Record from a vendor's public engineering handbook: YAML front
 * matter, `# ADR-017: Host … in Google Cloud europe-west2`, a Status table, Status superseding ADR-009, Context, Options
 * considered with three `### Option N:` choices and their pros and cons, Decision, Consequences with Positive / Negative /
 * Follow-up, References), written before it was ingested.
 * Accept: vendor Brantfell Systems Ltd.; product Brantfell Rostering (the title without `ADR-017: Host`, `production` and
 * the cloud); dated 2025-09-18; gcp:europe-west2 and data in GB, quoted from the Decision; backups every 6 hours kept 35
 * days; encryption at rest (10.1.1); incident notice within 48 hours (the runbook as updated).
 * Reject: the superseded ADR-009's AWS eu-west-1 and Ireland; the rejected options' AWS eu-west-2 and Azure uksouth /
 * ukwest; the 2027 multi-region plan's europe-west1 (Belgium); the Context's requirement that the provider hold ISO/IEC
 * 27001 and SOC 2 (no certificate of the vendor's) and what customers asked for (`to stay in the United Kingdom`); an option's
 * pros (point-in-time recovery, a backup bucket); the nightly dump scripts the decision replaces; 8 ms, Q4 2025.
 */
describe('an Architecture Decision Record in Markdown (Status superseding an older record, Context, Options considered, Decision)', () => {
  it('reads the decision and its consequences: no rejected option’s provider, no superseded region, no context requirement', async () => {
    const { draft } = await ingestFixture('adr-hosting.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brantfell Systems Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Brantfell Rostering']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-18' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.usesInfra[0]!.evidence.section).toBe('Decision');
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.section])).toEqual([['GB', 'Decision']]);
    expect(certificatesOf(draft)).toEqual([]);
    expect([...new Set(metricsOf(draft))]).toEqual(['backupInterval=6 hours', 'backupRetentionDays=35 days', 'incidentNotificationHours=48 hours']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2']));
    expect(
      quotesOf(draft).filter((q) => /eu-west|Ireland|uksouth|ukwest|UK South|Azure|europe-west1|Belgium|2027|Pros|Cons|asked|holds ISO|8 ms|Q4/u.test(q)),
    ).toEqual([]);
    expect(draft.disclosures.flatMap((d) => d.metrics).filter((m) => m.raw === 'nightly')).toEqual([]);
  });

  it('reads no option a record considered, in its Japanese headings either', () => {
    const text = [
      '# ADR-3: 本番環境の配置',
      '',
      '## ステータス',
      '',
      '承認済み',
      '',
      '## 背景',
      '',
      'お客様から、データを国内に保管するよう求められている。',
      '',
      '## 検討した選択肢',
      '',
      '### 案A: Azure 東日本リージョン',
      '',
      'サンプル勤怠を Azure の東日本リージョン（japaneast）で稼働させる案。運用経験がなく不採用。',
      '',
      '## 決定',
      '',
      'サンプル勤怠は AWS の東京リージョン（ap-northeast-1）で稼働します。',
      '',
    ].join('\n');
    expect(regionsOf(ingestText(text, { fileName: 'adr.md' }))).toEqual(['aws:ap-northeast-1']);
  });

  it('reads no frequency of the practice a sentence says is replaced', () => {
    const draft = ingestText('## Backups\n\nPoint-in-time recovery replaces our weekly exports. Backups are taken every 4 hours.\n', { fileName: 'b.md' });
    expect(metricsOf(draft)).toEqual(['backupInterval=4 hours']);
  });
});

/*
 * Answer key of support-chat-export.txt (a support chat exported from a chat tool: `[2025-09-14 10:04] Sam (Support,
 * Quillfen Software Ltd.): …` lines between a customer, the vendor's agent and the tool's bot), written before it was ingested.
 * Accept (the agent's words only, quoted without time or speaker): vendor Quillfen Software Ltd.; gcp:europe-west2 and GB;
 * ISO/IEC 27001 valid until 2027-05-31; backups every 6 hours kept 35 days (the agent's later correction); encryption
 * (10.1.1); MFA (9.4.2); incident notice 24 hours; deletion within 60 days of termination.
 * Reject: the customer's guess `I assume you're on AWS?` and its own AWS eu-west-1 (IE); its guess of a Frankfurt DR site
 * (DE) and the agent's `Let me check with the team` on it; its `ISO 27001 certified` and `SOC 2` as the quote of a
 * certificate, SOC 2 at all (the agent's answer is deferred); the customer's `deletion within 14 days` policy; the 30 days the
 * agent corrected; the bot's greeting, recording notice, rating prompt and opening hours; the timestamps in any quote.
 */
describe('an English support chat transcript (customer, vendor agent and bot, one timestamped message a line)', () => {
  it('reads the agent’s answers only, without time or speaker, and the corrected value in place of the first one', async () => {
    const { draft } = await ingestFixture('support-chat-export.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillfen Software Ltd.']);
    // No title names the product: the one name of the company's brand the agent prints does.
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Quillfen Ledger']);
    // The transcript prints no date of issue: it speaks as of the day of its messages, not the day it was ingested.
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-14');
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    // The next sentence numbers and dates the certificate the answer names; the message's timestamp dates nothing.
    expect(draft.certifiedBy[0]).toMatchObject({ registrationNumber: 'IS 804417', validUntil: '2027-05-31' });
    expect(draft.certifiedBy[0]!.validFrom).toBeUndefined();
    expect(draft.certifiedBy[0]!.evidence.quote).toMatch(/^Yes, Quillfen Software Ltd\. is certified to ISO\/IEC 27001:2022\./u);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=35 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1']));
    // The corrected value is quoted from the correction alone, never from a quote that runs over the customer's lines.
    expect(draft.disclosures.find((d) => d.metrics.some((m) => m.raw === '35 days'))!.evidence.quote).toBe(
      'Sorry, correction: backups are kept for 35 days, not 30.',
    );
    expect(
      quotesOf(draft).filter((q) =>
        /\[2025-|10:\d\d\]|Customer|Thimbleby|Quilly|\(Support|AWS|eu-west-1|Frankfurt|SOC 2|14 days|I assume|I'm guessing|check with the team|recorded|rate your|Powered by/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('IE');
  });

  it('blanks a customer’s guess in a transcript, and reads no value an agent will check and come back on', () => {
    const chat = [
      '[10:01] Kim (Support): Hello.',
      '[10:02] Lee (Customer): I assume your service is hosted on AWS in us-east-1?',
      '[10:03] Kim (Support): It runs on Google Cloud in the Tokyo region.',
      '[10:04] Lee (Customer): How long are backups kept?',
      '[10:05] Kim (Support): I think backups are kept for 30 days, but let me check with the team and come back to you.',
      '',
    ].join('\n');
    const draft = ingestText(chat, { fileName: 'chat.txt' });
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of procurement-spec-ja.txt (a city's 調達仕様書 for a cloud document-management service: 件名, 調達の背景,
 * 要件 as `（１）…すること。` under numbered headings, 納入期限, 問い合わせ先), written before it was ingested. The buyer wrote
 * it: every requirement is the future supplier's obligation, no vendor's disclosure.
 * Accept: the document, dated 2025-08-01 (令和７年８月１日), with a review note saying it is a requirement specification and
 * why nothing is proposed; no vendor named (the city is the buyer).
 * Reject: everything a vendor would disclose: ISMAP, ISO/IEC 27001 and 27017 as held; 日本国内 (JP) as a data location and a
 * data centre as hosting; the Tokyo/Osaka regions of 東京リージョン又は大阪リージョンを利用すること; 99.9%, １日１回, ７世代,
 * ７日前, １年以上, １時間以内, 24時間以内, 30日以内 as values; the controls the requirements name (encryption, MFA, training,
 * vulnerability testing); ガバメントクラウド and the city hall's server room; the city as the vendor.
 */
describe('a Japanese procurement specification (調達仕様書) written by a buyer', () => {
  it('proposes no certificate, hosting, data location, value or control, and says why in the review note', async () => {
    const { draft } = await ingestFixture('procurement-spec-ja.txt');
    expect(draft.documents[0]!.publishedOn).toBe('2025-08-01');
    // The issuing section under the title (`潮見台市　総務部　情報政策課`) signs it: no part of the title.
    expect(draft.documents[0]!.title).toBe('令和７年度　潮見台市　文書管理クラウドサービス調達仕様書');
    // The service it procures is no vendor's product: a placeholder, said so.
    expect(draft.services.map((s) => s.rule)).toEqual(['names.placeholder-from-file-name']);
    expect(draft.services[0]!.reviewNote).toContain('requirement specification');
    expect(draft.documents[0]!.reviewNote).toContain('requirement specification written by the buyer');
    expect(draft.vendors[0]!.name).not.toMatch(/潮見台/u);
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.usesInfra).toEqual([]);
    expect(draft.storesDataIn).toEqual([]);
    expect(draft.disclosures).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
  });

  it('reads an English statement of requirements (`The Contractor shall …`) as one, and a vendor’s few duties as none', () => {
    const spec = [
      'Statement of Requirements',
      '',
      '1. The Contractor shall host all Council data in the United Kingdom.',
      '2. The Contractor shall hold a current ISO/IEC 27001 certificate.',
      '3. The Contractor shall keep backups for at least 30 days.',
      '4. The Contractor must notify the Council of any incident within 24 hours.',
      '5. The Contractor shall delete all data within 60 days of termination.',
      '',
    ].join('\n');
    const draft = ingestText(spec, { fileName: 'sor.txt' });
    expect([draft.certifiedBy, draft.storesDataIn, draft.disclosures]).toEqual([[], [], []]);
    const whitepaper = ['Security overview', '', 'The service runs on Google Cloud in the Tokyo region. Staff shall complete training yearly.', ''].join('\n');
    expect(regionsOf(ingestText(whitepaper, { fileName: 'wp.txt' }))).toEqual(['gcp:asia-northeast1']);
  });
});

/*
 * Answer key of reseller-page-ja.html (a reseller's 取扱製品 page introducing a SaaS another company makes: the maker's facts in
 * a メーカー公表情報 table, the reseller's 導入支援・運用代行 and 当社について sections, a 取扱製品一覧 sidebar, an お問い合わせ CTA),
 * written before it was ingested.
 * Accept: vendor 霧島ソフトウェア株式会社 (the maker, Kirishima Software Inc.), service Kirishima Docs, published 2025-09-01
 * by the reseller 汐見ネットワークス株式会社; gcp:asia-northeast1 and JP; ISO/IEC 27001 and 27017 quoted from the maker's
 * sentence; backups daily kept 14 days; encryption (10.1.1); every fact at second hand (at most 0.4, with a note naming the
 * reseller).
 * Reject: the reseller as the vendor; its own プライバシーマーク and ISMS (IS 650981) as the maker's certificates; its
 * 導入支援 as a practice of the product; its support desk hours, 2営業日 answer time and address; the sidebar's Azusa Mail on
 * AWS Osaka and ハナイロ会計's ISO/IEC 27017.
 */
describe('a Japanese reseller’s page about a product another company makes (販売代理店)', () => {
  it('names the maker the vendor, the reseller the publisher, and reads the maker’s facts at second hand only', async () => {
    const { draft } = await ingestFixture('reseller-page-ja.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['霧島ソフトウェア株式会社']);
    expect(draft.services.map((s) => s.name)).toEqual(['Kirishima Docs']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-01', publisher: '汐見ネットワークス株式会社' });
    expect(draft.documents[0]!.reviewNote).toContain('a reseller of the product');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => c.certification).sort()).toEqual(['iso27001', 'iso27017']);
    // The reseller's own ISMS is not the maker's certificate: the maker's sentence is quoted, without the reseller's number.
    for (const c of draft.certifiedBy) {
      expect(c.evidence.quote).toContain('霧島ソフトウェア株式会社は ISO/IEC 27001 および ISO/IEC 27017');
      expect(c.registrationNumber).toBeUndefined();
    }
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1']));
    expect(controlsOf(draft)).not.toContain('iso27017:13.1.1');
    const facts = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures];
    for (const f of facts) {
      expect(f.confidence).toBeLessThanOrEqual(0.4);
      expect(f.reviewNote).toContain('reseller');
    }
    expect(quotesOf(draft).filter((q) => /当社|汐見|プライバシーマーク|ISMS|サポートデスク|営業日|福岡|Azusa|大阪|ハナイロ|9:00/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading === '当社について')!.skippedBecause).toContain('reseller');
  });

  it('reads an English reseller’s `We …` sentences as its own, and a page with no reseller as before', () => {
    const page = [
      '# Acme Vault',
      '',
      'Tarnwick Solutions Ltd is an authorised reseller of Acme Vault, made by Acme Data Inc.',
      '',
      '## Security',
      '',
      'Acme Vault runs on AWS in the Tokyo region (ap-northeast-1).',
      'We hold ISO/IEC 27001 certification for our managed services.',
      '',
    ].join('\n');
    const draft = ingestText(page, { fileName: 'reseller.md' });
    expect(draft.vendors[0]!.name).not.toMatch(/Tarnwick/u);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.usesInfra[0]!.confidence).toBeLessThanOrEqual(0.4);
    expect(draft.certifiedBy).toEqual([]);
    const own = ingestText(page.replace(/^Tarnwick.*$/mu, 'Acme Vault is made by Acme Data Inc.'), { fileName: 'own.md' });
    expect(own.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    // A maker that sells through resellers (`販売代理店を通じて`) is no reseller: its `当社は…` certificate is its own.
    const maker = [
      '# Acme Vault',
      '',
      '株式会社アクメは、全国の販売代理店を通じて「Acme Vault」を提供しています。',
      '',
      '## 認証',
      '',
      '当社は ISO/IEC 27001 の認証を取得しています。',
      '',
    ];
    const made = ingestText(maker.join('\n'), { fileName: 'maker.md' });
    expect(made.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(made.documents[0]!.reviewNote ?? '').not.toContain('reseller');
  });
});

/*
 * Answer key of ringi-sho-ja.txt (a customer's 稟議書 asking approval to adopt a SaaS: 起案日, 起案者, 決裁区分, the company line,
 * 件名：…「X」導入の件, 目的, 導入効果, 費用, 比較検討 of three services, ベンダーのセキュリティ評価 citing the vendor's whitepaper,
 * リスクと対策, スケジュール, 承認欄), written before it was ingested.
 * Accept: vendor カザグルマ株式会社 (Kazaguruma Inc.), service カザグルマ勤怠 (from the subject's brackets), dated 2025-06-10
 * (起案日, not the 2025/6/20 approval), published by the customer 北辰精工株式会社; from the security evaluation only:
 * aws:ap-northeast-1 and JP, ISO/IEC 27001 (IS 771204), backups daily kept 30 days, encryption (10.1.1), deletion within 60
 * days; every fact at most 0.4 with a note.
 * Reject: 北辰精工 as vendor; 稟議書 as the product; the rejected services' Google Cloud Osaka, ISO/IEC 27017, AWS us-west-2,
 * 米国 and weekly backups; the customer's own SSO/MFA, account removal and 1-year log keeping (its measures); the costs.
 */
describe('a Japanese request for approval (稟議書) to adopt a service', () => {
  it('reads the vendor’s facts from the security evaluation only, at second hand, and none of the customer’s business', async () => {
    const { draft } = await ingestFixture('ringi-sho-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['カザグルマ株式会社']);
    expect(draft.services.map((s) => s.name)).toEqual(['カザグルマ勤怠']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-06-10', publisher: '北辰精工株式会社' });
    expect(draft.documents[0]!.reviewNote).toContain('approve adopting the service');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber])).toEqual([['iso27001', 'IS 771204']]);
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'dataDeletionDays=60 days']);
    expect(controlsOf(draft)).not.toContain('iso27017:9.4.2');
    expect(controlsOf(draft)).not.toContain('iso27017:9.2.6');
    expect(controlsOf(draft)).not.toContain('iso27017:12.4.1');
    for (const f of [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures]) {
      expect(f.confidence).toBeLessThanOrEqual(0.4);
      expect(f.reviewNote).toBeTruthy();
    }
    expect(quotesOf(draft).filter((q) => /ノギク|ハナイロ|Google|大阪|us-west-2|米国|当社|シングルサインオン|退職|円/u.test(q))).toEqual([]);
    expect(draft.sections.find((s) => s.heading.includes('ノギクタイム'))!.skippedBecause).toContain('rejected');
  });

  it('reads a spaced `稟　議　書` or an English purchase request as one, and a section named like its business elsewhere as before', () => {
    const request = [
      'Purchase Request',
      '',
      'Requested by: Finance team',
      'Brindle Works Ltd',
      'Subject: Adopting "Larkspur Books"',
      '',
      '## Alternatives considered',
      '',
      'Another service runs on Google Cloud in the Osaka region.',
      '',
      '## Vendor security',
      '',
      'Larkspur Books runs on AWS in the Tokyo region (ap-northeast-1).',
      '',
    ].join('\n');
    const draft = ingestText(request, { fileName: 'pr.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Larkspur Books']);
    expect(draft.documents[0]!.publisher).toBe('Brindle Works Ltd');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    const whitepaper = ['# Security overview', '', '## Alternatives considered', '', 'The service runs on Google Cloud in the Osaka region.', ''].join('\n');
    expect(regionsOf(ingestText(whitepaper, { fileName: 'wp.md' }))).toEqual(['gcp:asia-northeast2']);
  });
});

/*
 * Answer key of soc2-section4-excerpt.txt (an excerpt of a SOC 2 Type II report's section 4, copied from the PDF: title
 * block, period, carve-out note, `CCx.y | Control: … | Test performed: … | Results: …` rows, two with exceptions and
 * management's responses, complementary user entity and subservice organisation controls), written before it was ingested.
 * Accept: vendor Brindlemoor Analytics, Inc.; service Ledgerwise Platform (the system the report describes); SOC 2 held
 * (the report, Type II, issued by Ostridge and Vell LLP, its period no validity); MFA (9.4.2), encryption at rest (10.1.1),
 * awareness training (7.2.2), access review (9.2.2), backups daily kept 35 days (12.3.1), incident notice to customers
 * within 72 hours (16.1.2), each quoted from its control cell only.
 * Reject: the auditor's procedures and sample sizes (`sample of 25 days` as a retention, `observed an administrator log
 * in` as admin logging, the `daily (25)` frequencies); the exception rows' stated values (`1 business day`, `30 days` of
 * remediation); the carved-out provider's physical and environmental controls (`Not tested`) as the vendor's (11.1.2, no
 * heading topic from `Logical and Physical Access Controls`), its ISO/IEC 27001; the CUECs (the customers' MFA, access
 * reviews within 24 hours, own backups for 90 days, notice within 24 hours); the report period as a validity.
 */
describe('an English SOC 2 Type II report excerpt (section 4: criteria, controls, tests and results)', () => {
  it('holds the report as SOC 2, reads each control from its control cell only, and nothing carved out or of the customers', async () => {
    const { draft } = await ingestFixture('soc2-section4-excerpt.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brindlemoor Analytics, Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Ledgerwise Platform']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['soc2']);
    expect(draft.certifiedBy[0]).toMatchObject({ issuer: 'Ostridge and Vell LLP', edition: 'SOC 2 Type II' });
    expect(draft.certifiedBy[0]!.validFrom).toBeUndefined();
    expect(draft.certifiedBy[0]!.validUntil).toBeUndefined();
    expect(draft.certifiedBy[0]!.reviewNote).toContain('no validity');
    // CC7.1's weekly vulnerability scans are 12.6.1, flagged with the exception the auditor noted.
    expect(controlsOf(draft)).toEqual([
      'iso27017:10.1.1',
      'iso27017:12.3.1',
      'iso27017:12.6.1',
      'iso27017:16.1.2',
      'iso27017:7.2.2',
      'iso27017:9.2.2',
      'iso27017:9.4.2',
    ]);
    expect([...new Set(metricsOf(draft))]).toEqual(['backupInterval=1 days', 'backupRetentionDays=35 days', 'incidentNotificationHours=72 hours']);
    expect(
      quotesOf(draft).filter((q) =>
        /Test performed|Results|sample|Not tested|carve|ISO\/IEC 27001|User entities|their own|1 business day|45 days|Management/u.test(q),
      ),
    ).toEqual([]);
    expect([draft.usesInfra, draft.storesDataIn]).toEqual([[], []]);
  });

  it('reads no value of a tested control with an exception, and flags the control it shows', () => {
    const rows = [
      'Section 4: Trust Services Criteria, Related Controls, and Tests of Controls',
      '',
      'CC6.1 | Control: Customer data is encrypted at rest using AES-256. | Test performed: Inspected the configuration of a sample of 25 databases. | Results: Exception noted: 2 of 25 databases were not encrypted.',
      '',
      'A1.2 | Control: Backups are retained for 30 days. | Test performed: Inspected the backup logs for a sample of 25 days. | Results: Exception noted: for 1 of 25 days no backup was taken.',
      '',
      'CC6.4 | Control: Physical access to the data centers is restricted to authorized personnel. | Test performed: Not tested; carved out. | Results: Not applicable.',
      '',
    ].join('\n');
    const draft = ingestText(rows, { fileName: 'soc2.txt' });
    expect(metricsOf(draft)).toEqual([]);
    expect(controlsOf(draft)).not.toContain('iso27017:11.1.2');
    const encryption = draft.disclosures.find((d) => d.control === 'iso27017:10.1.1');
    expect(encryption?.reviewNote).toContain('exception');
    expect(encryption?.evidence.quote).not.toMatch(/Test performed/u);
  });
});

/*
 * Answer key of vendor-newsletter.html (a vendor's monthly e-mail newsletter: table layout, hidden preheader, `View in
 * browser`, a hero, three story cards each about one product, a `From our partners` story, a webinar, an unsubscribe
 * footer with the postal address), written before it was ingested.
 * Accept: vendor Quenmarsh Systems GmbH; services Quenmarsh Desk, Pulse and Vault (the newsletter's title is no product);
 * Desk on aws:eu-central-1 (started 3 November 2025) and aws:us-east-1, its data in DE; ISO/IEC 27017 held, issued
 * 2025-10-14, valid until 2028-10-13, said of Vault only.
 * Reject: Pulse's Sydney region (australia-southeast1, AU), a plan for next quarter; the partner's AWS ca-central-1 and
 * Canada; the Hamburg postal address (DE for Pulse or Vault); the webinar as a practice; Desk's regions for Pulse or
 * Vault; the preheader and `View in browser` chrome in any quote.
 */
describe('an English vendor newsletter e-mail (story cards, one product each, a partner story and a footer)', () => {
  it('reads each story’s facts for its own product, no plan, no partner’s hosting and no postal address', async () => {
    const { draft } = await ingestFixture('vendor-newsletter.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quenmarsh Systems GmbH']);
    expect(draft.services.map((s) => s.name).sort()).toEqual(['Quenmarsh Desk', 'Quenmarsh Pulse', 'Quenmarsh Vault']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-11-01');
    expect(draft.usesInfra.map((u) => [u.service, u.region]).sort()).toEqual([
      ['quenmarsh-desk', 'aws:eu-central-1'],
      ['quenmarsh-desk', 'aws:us-east-1'],
    ]);
    expect(draft.storesDataIn.map((s) => [s.service, s.country])).toEqual([['quenmarsh-desk', 'DE']]);
    expect(draft.certifiedBy.map((c) => [c.certification, c.validFrom, c.validUntil])).toEqual([['iso27017', '2025-10-14', '2028-10-13']]);
    expect(draft.certifiedBy[0]!.reviewNote).toContain('Quenmarsh Vault only');
    expect(draft.disclosures).toEqual([]);
    expect(quotesOf(draft).filter((q) => /Sydney|australia|Tallowby|Canada|ca-central-1|Hafenstra|Hamburg|Webinar|View in browser|is live/u.test(q))).toEqual(
      [],
    );
  });

  it('reads a partner named as the subject as the partner’s hosting, and a European postal address as no data location', () => {
    const text = [
      'Security overview',
      '',
      'Our integration partner Acme Forms runs on Google Cloud in the Tokyo region and stores its data in Japan.',
      '',
      'Where your data is stored',
      '',
      'Example Systems GmbH, Hafenweg 3, 10115 Berlin, Germany',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'p.txt' });
    expect([draft.usesInfra, draft.storesDataIn]).toEqual([[], []]);
  });
});

/*
 * Answer key of iso27017-control-mapping.md (a vendor's page mapping ISO/IEC 27017 controls to its practice: `| Control |
 * Title | Responsibility | How we implement it |` tables, the responsibility `Vendor`, `Customer`, `Shared` or `Cloud provider
 * (AWS)`), written before it was ingested.
 * Accept: vendor Corvell Data Ltd., product Corvell Archive, dated 2025-08-12; aws:eu-west-2 and GB (the 18.1.1 row);
 * ISO/IEC 27001 IS 771204 valid until 2027-06-30; deletion 30 days under CLD.8.1.5, backups every 6 hours kept 35 days
 * under 12.3.1, incident notice 48 hours under 16.1.2, maintenance notice 5 days under 12.1.2 (not 14.2.2, which its CI
 * pipeline would cue), logs 400 days under 12.4.1, Amazon Time Sync under 12.4.4; a disclosure of each vendor or shared row's
 * control from its control column (CLD.6.3.1, 9.2.3, CLD.9.5.1, CLD.12.4.5, 18.1.1, 18.2.1).
 * Reject: every `Customer` row (8.1.1, 9.4.2's 14-character passwords, 16.1.7's 12 months, 18.1.3) and every `Cloud provider
 * (AWS)` row (11.1.1's Dublin and Frankfurt data centres and AWS's own ISO/IEC 27001 and SOC 2, 11.2.7); a shared row's
 * customer part (the 90-day review of its administrators, its own 7-year copies, its weekly review); ISO/IEC 27017 planned for
 * 2026; IE and DE as data locations.
 */
describe('an English ISO/IEC 27017 control mapping (a control column and a responsibility column per row)', () => {
  it('reads the vendor’s and shared rows under the control their column names, and no customer or cloud provider row', async () => {
    const { draft } = await ingestFixture('iso27017-control-mapping.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Corvell Data Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Corvell Archive']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-08-12');
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    expect(draft.certifiedBy[0]!.validUntil).toBe('2027-06-30');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // Each value under the control its row is mapped to.
    const byControl = Object.fromEntries(draft.disclosures.map((d) => [d.control, d.metrics.map((m) => `${m.name}=${m.value}`).sort()]));
    expect(byControl).toMatchObject({
      'iso27017:CLD.8.1.5': ['dataDeletionDays=30'],
      'iso27017:12.3.1': ['backupInterval=6', 'backupRetentionDays=35'],
      'iso27017:16.1.2': ['incidentNotificationHours=48'],
      'iso27017:12.1.2': ['maintenanceNoticeDays=5'],
      'iso27017:12.4.1': ['logRetentionDays=400'],
    });
    // A row no cue word reads still states its control's practice; the customer's and the provider's rows state none.
    expect([...new Set(controlsOf(draft))].sort()).toEqual(
      [
        'iso27017:9.2.3',
        'iso27017:CLD.6.3.1',
        'iso27017:CLD.8.1.5',
        'iso27017:CLD.9.5.1',
        'iso27017:12.1.2',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:12.4.4',
        'iso27017:CLD.12.4.5',
        'iso27017:16.1.2',
        'iso27017:18.1.1',
        'iso27017:18.2.1',
      ].sort(),
    );
    expect(metricsOf(draft).filter((m) => /passwordMinLength|=12 months|=90 days|=7 years/u.test(m))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /\| Customer \||Cloud provider \(AWS\) \||Dublin|Frankfurt|SOC 2|Customers must|plan to extend/u.test(q))).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('IE');
  });

  it('reads a responsibility column in a tab-separated table too, and a control number outside the catalogue leaves the cue’s', () => {
    const sheet = [
      'Control\tResponsibility\tImplementation',
      '12.3.1\tVendor\tBackups are taken every 4 hours.',
      '9.4.2\tCustomer\tCustomers must set passwords of at least 12 characters.',
      '11.1.1\tCloud provider (Google Cloud)\tGoogle secures its data centres in Belgium.',
      'A.99.1\tVendor\tWe notify customers of incidents within 24 hours.',
      '',
    ].join('\n');
    const draft = ingestText(sheet, { fileName: 'mapping.txt' });
    expect(metricsOf(draft).sort()).toEqual(['backupInterval=4 hours', 'incidentNotificationHours=24 hours']);
    expect(controlsOf(draft)).toContain('iso27017:16.1.2');
    expect(draft.storesDataIn).toEqual([]);
  });
});

/*
 * Answer key of gyomu-itaku-keiyaku-ja.txt (a 業務委託契約書 between a customer, 甲 株式会社あおば計装, and the SaaS vendor, 乙
 * 株式会社ハルカゼシステムズ, whose 「ハルカゼ勤怠クラウド」 乙 provides: 第N条 articles and the parties' signatures), written before it
 * was ingested. 乙 supplies the service (`乙が提供するクラウドサービス`), so 乙's obligations are the vendor's commitments.
 * Accept: title 業務委託契約書, dated 2025-03-14 (the date over the signatures); vendor 株式会社ハルカゼシステムズ, product
 * ハルカゼ勤怠クラウド; JP (日本国内のデータセンター) and an unnamed site in Japan; incident report 24 hours (直ちに（遅くとも
 * 24時間以内に）); deletion 30 days after termination; backups daily kept 14 days; access logs 1 year; encryption, MFA.
 * Reject: 甲's duties and rights (its 72-hour report to the authority, its 90-day password changes, its export before the end,
 * its audit with 14 days' notice) as values or quotes; the 定義 article's example `米国その他の国外` (US) as a data location; the
 * contract's validity 2025-04-01–2026-03-31 and the 3-month renewal notice as the date or values; 12 months of fees as a value;
 * 甲's address in 大阪府 and 甲's company as the vendor; the 再委託 permission as a named sub-processor.
 * Also accept ISO/IEC 27001 from `乙は、ISO/IEC 27001の認証を本契約の有効期間中維持する` (maintained, so held), with no validity
 * taken from the contract's term.
 */
describe('a Japanese outsourcing contract (業務委託契約書 between 甲 the customer and 乙 the vendor)', () => {
  it('reads 乙’s obligations as the vendor’s and none of 甲’s, titled and dated by the contract', async () => {
    const { draft } = await ingestFixture('gyomu-itaku-keiyaku-ja.txt');
    expect(draft.documents[0]!.title).toBe('業務委託契約書');
    expect(draft.documents[0]!.publishedOn).toBe('2025-03-14');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハルカゼシステムズ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ハルカゼ勤怠クラウド']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.validFrom, c.validUntil])).toEqual([['iso27001', undefined, undefined]]);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']));
    expect(quotesOf(draft).filter((q) => /^(?:[０-９0-9]　)?甲は|米国|大阪府|あおば計装|有効期間は|更新される/u.test(q))).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
  });

  it('reads the party the contract says provides the service as the vendor, whichever label it has', () => {
    const contract = [
      'サービス利用契約書',
      '',
      '株式会社ヨコミネ（以下「甲」という。）と株式会社ミドリ商事（以下「乙」という。）は、甲が提供するクラウドサービスの利用について、次のとおり契約を締結する。',
      '',
      '第１条（保管場所）',
      '甲は、乙のデータを日本国内のデータセンターに保管する。',
      '',
      '第２条（報告）',
      '甲は、事故を知った場合、48時間以内に乙に報告する。',
      '',
      '第３条（削除）',
      '甲は、契約終了後60日以内に乙のデータを削除する。',
      // Here 乙 is the customer: its own deletion of what it keeps is no value of the vendor's.
      '２　乙は、契約終了後90日以内に、自らの保有するデータを削除するものとする。',
      '',
    ].join('\n');
    const draft = ingestText(contract, { fileName: 'contract.txt' });
    expect(metricsOf(draft).sort()).toEqual(['dataDeletionDays=60 days', 'incidentNotificationHours=48 hours']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });
});

/*
 * Answer key of job-posting-sre.md (a SaaS vendor's job posting `Senior Site Reliability Engineer — Quaymark Ledger Platform`:
 * About us, About the role, Our stack, What you will do, What we are looking for, What we offer, Our hiring process, How to
 * apply), written before it was ingested.
 * Accept: vendor Quaymark Software, Lda. (a Portuguese legal form), product Quaymark Ledger (the title's role is no product),
 * dated 2025-10-06; gcp:europe-west1 and gcp:asia-northeast1 from `Our stack` (`Quaymark Ledger runs on Google Cloud in …`):
 * the vendor's own words, so STATED, but written to candidates, not disclosed to customers, so at confidence 0.5 at most with
 * a review note saying so (likewise the quarterly DR drills, 17.1.3).
 * Reject: AWS and Azure from the candidate's requirements (`Experience with AWS is a plus`, the customers' integrations);
 * ISO 27001 (`Help us achieve ISO 27001 next year`, a plan); the 99.95% SLO (an internal objective the hire is to keep, no
 * commitment to customers); 30 days of holiday, 5+ years, 20% less toil, 10 working days, 3 years, the salary and the growth
 * figures as metrics; Lisbon or Portugal (the office) and BE or JP as data locations (the stack says where it runs, not
 * where data is kept); the role as the product.
 */
describe('an English job posting by the vendor (its title names a role; Our stack, requirements and benefits)', () => {
  it('names the product the role works on, keeps the stack as stated at lower confidence, and reads nothing of the candidate or the offer', async () => {
    const { draft } = await ingestFixture('job-posting-sre.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quaymark Software, Lda.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Quaymark Ledger']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-06');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:europe-west1']);
    expect(draft.usesInfra.map((u) => u.basis)).toEqual(['STATED', 'STATED']);
    for (const fact of [...draft.usesInfra, ...draft.disclosures]) {
      expect(fact.confidence).toBeLessThanOrEqual(0.5);
      expect(fact.reviewNote).toMatch(/job posting/u);
    }
    expect(draft.documents[0]!.reviewNote).toMatch(/job posting/u);
    expect(draft.storesDataIn).toEqual([]);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
    expect(quotesOf(draft).filter((q) => /AWS|Azure|Lisbon|holiday|ISO 27001|5\+ years|99\.95/u.test(q))).toEqual([]);
    const skipped = Object.fromEntries(draft.sections.map((s) => [s.heading, s.skippedBecause ?? '']));
    for (const heading of ['What we are looking for', 'What we offer', 'Our hiring process', 'How to apply']) expect(skipped[heading]).toMatch(/job posting/u);
  });

  it('reads a posting’s candidate section as no fact of the service, and a title without a product leaves the product to the body', () => {
    const posting = [
      'Backend Engineer at Tallowick',
      '',
      'The role',
      '',
      'Tallowick Notes runs on AWS in eu-west-2. Backups are taken every 6 hours.',
      '',
      'Requirements',
      '',
      '- Experience with Google Cloud in asia-northeast1 is a plus.',
      '- Backups of your own projects every 24 hours.',
      '',
      'Benefits',
      '',
      '- 25 days of holiday.',
      '',
    ].join('\n');
    const draft = ingestText(posting, { fileName: 'job.txt' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours']);
    expect(draft.services.map((s) => s.name)).not.toContain('Backend Engineer');
    expect(Math.max(...[...draft.usesInfra, ...draft.disclosures].map((f) => f.confidence ?? 1))).toBeLessThanOrEqual(0.5);
  });
});

/*
 * Answer key of review-site-profile.html (a software review site's product page for Brindlefield Helpdesk: a cookie banner,
 * a rating summary, a product overview, a `Vendor details` table the vendor supplied, features, user reviews, an
 * `Alternatives` sidebar and the site's footer), written before it was ingested.
 * Accept: vendor Brindlefield Systems Inc., product Brindlefield Helpdesk, the document published by the site's company
 * (StackVerdict Media Ltd.); from the vendor-supplied profile only: azure:japaneast and JP, ISO/IEC 27001, backups every 4
 * hours kept 30 days, 99.9% uptime (on the Enterprise plan: noted as a plan's value) — every fact at second hand (confidence
 * 0.4 at most, a note naming the site).
 * Reject: anything from user reviews (AWS, us-east-1, 3 days, `lost our data`, 99.99%, 7 days, SOC 2, Frankfurt); the rating
 * (4.3 out of 5), review counts and `92% would recommend` as metrics; the cookie banner's 13 months; the headquarters in
 * Denver (US) as a data location; the Alternatives' products (Orrinwell Desk on Google Cloud europe-west3, Lumenkey Support
 * on AWS eu-central-1, DE) and the site's own ISO 27001 and AWS eu-west-1 (IE) from its footer.
 */
describe('a software review site’s product page (a vendor-supplied profile among ratings and user reviews)', () => {
  it('reads only the vendor-supplied profile, at second hand, and nothing of reviews, ratings, alternatives or the site', async () => {
    const { draft } = await ingestFixture('review-site-profile.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brindlefield Systems Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Brindlefield Helpdesk']);
    expect(draft.documents[0]!.publisher).toBe('StackVerdict Media Ltd.');
    expect(draft.documents[0]!.reviewNote).toMatch(/review site/u);
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(metricsOf(draft).sort()).toEqual(['availabilityPercent=99.9 percent', 'backupInterval=4 hours', 'backupRetentionDays=30 days']);
    const facts = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures];
    for (const fact of facts) {
      expect(fact.confidence).toBeLessThanOrEqual(0.4);
      expect(fact.reviewNote).toMatch(/StackVerdict Media Ltd\., a software review site/u);
      expect(fact.evidence.section).toBe('Vendor details');
    }
    expect(
      quotesOf(draft).filter((q) => /I believe|us-east-1|lost our data|Frankfurt|SOC 2|out of 5|reviews|Orrinwell|Lumenkey|eu-west-1|cookies/u.test(q)),
    ).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
  });

  it('caps a vendor-supplied profile on any review page, named by its copyright line, and leaves a vendor’s own page alone', () => {
    const page = [
      'Pellory CRM',
      '',
      '4.6 out of 5 · 310 reviews',
      '',
      'Vendor information',
      '',
      'Provided by the vendor. Pellory CRM runs on AWS in ap-northeast-1.',
      '',
      '© 2025 Reviewnest Ltd.',
      '',
    ].join('\n');
    const draft = ingestText(page, { fileName: 'p.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.usesInfra[0]!.confidence).toBeLessThanOrEqual(0.4);
    expect(draft.documents[0]!.publisher).toBe('Reviewnest Ltd.');
    const own = ingestText(page.replace('Provided by the vendor. ', ''), { fileName: 'p.txt' });
    expect(own.usesInfra[0]!.confidence).toBeGreaterThan(0.4);
  });
});

/*
 * Answer key of dr-drill-report-ja.txt (a SaaS vendor's DR訓練実施報告書 for customers: 実施日, 目的, 訓練シナリオ, a 目標値 | 実績
 * table, 課題と対策, 参加者, 次回予定), written before it was ingested.
 * Accept: vendor 株式会社カスミソウ情報技術, product カスミソウ受発注 (from `「カスミソウ受発注」（以下「本サービス」）`, not the
 * title's `DR訓練実施`), title DR訓練実施報告書, dated 2025-11-08 (the 実施日: the report prints no other date); aws:ap-northeast-1
 * (primary) and aws:ap-northeast-3 (the DR site it uses); JP; the drills of the switch-over (17.1.3) quoted from `DR訓練は、年2回
 * 実施しています` rather than the next drill's plan.
 * Reject: RTO 4時間 / RPO 1時間 (targets the tool has no metric for) and the results 2時間35分, 15分, 40分, 25分 as any metric (a
 * record); the automation planned for 2026年度 and its `1時間以内` goal; the next drill's 2026年5月 and the checklist's 2025年12月末 as
 * the date; the 訓練シナリオ's switch to Osaka as staff training (7.2.2) or as Osaka being the primary; 15名 of participants.
 */
describe('a Japanese DR drill report (DR訓練実施報告書: targets against results, a scenario, measures and the next drill)', () => {
  it('names the product the body defines, dates it by the drill, and reads no target, result or plan as a value', async () => {
    const { draft } = await ingestFixture('dr-drill-report-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社カスミソウ情報技術']);
    expect(draft.services.map((s) => s.name)).toEqual(['カスミソウ受発注']);
    expect(draft.documents[0]).toMatchObject({ title: 'DR訓練実施報告書', publishedOn: '2025-11-08' });
    expect(regionsOf(draft).sort()).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
    // A drill of the switch-over is a test of continuity, not staff training; its quote a practice, not the next drill's plan.
    expect(controlsOf(draft)).toContain('iso27017:17.1.3');
    expect(controlsOf(draft)).not.toContain('iso27017:7.2.2');
    expect(draft.disclosures.find((d) => d.control === 'iso27017:17.1.3')!.evidence.quote).toBe('DR訓練は、年2回実施しています。');
    expect(quotesOf(draft).filter((q) => /予定|目指|2時間35分|15分|2026年/u.test(q))).toEqual([]);
  });

  it('dates an English drill report by its labelled date, and reads a failover under a drill heading as no staff training', () => {
    const report = [
      'Disaster Recovery Drill Report',
      '',
      'Tallowmere Ltd',
      '',
      'Date of the drill: 14 June 2025',
      '',
      'Drill scenario',
      '',
      'We simulated the loss of the primary region and performed a failover of the Tallowmere Books database to the secondary region.',
      '',
      'Next steps',
      '',
      'The next drill is planned for December 2025.',
      '',
    ].join('\n');
    const draft = ingestText(report, { fileName: 'drill.txt' });
    // The title says what kind of record it is; the product is the one the body names.
    expect(draft.services.map((s) => s.name)).toEqual(['Tallowmere Books']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-06-14');
    expect(controlsOf(draft)).not.toContain('iso27017:7.2.2');
  });
});

/*
 * Answer key of price-quote-ja.txt (a SaaS vendor's 御見積書 to a customer: 見積番号, 発行日, 有効期限, the customer's 御中 block, the
 * vendor's sender block, 件名, a 品名 | 数量 | 単価 | 金額 table, 小計・消費税・合計, 備考), written before it was ingested.
 * Accept: vendor 株式会社ナギサクラウド (the sender), product ナギサ文書 (the 件名's brackets; not the sender's `営業部 TEL …` line),
 * dated 2025-09-12 (発行日); aws:ap-northeast-1 from the item `基本ライセンス（AWS東京リージョン）`; JP (`データは国内リージョンに保管
 * されます`); backupRetentionDays 14 (the 備考's `標準のバックアップ保管期間は14日間`).
 * Reject: the quote's validity `発行日より30日` and the setup's `30日以内` as a deletion or any value; the optional item's 90日間 and
 * its 12か月 (`※オプション・任意`) and the 備考's 90日間 after `オプションをご契約いただいた場合`; the licence term 12か月, the training's
 * 2時間, quantities, prices and 10% tax as metrics; the customer 株式会社ツバキ精工 as the vendor, its 愛知県 address as a location.
 */
describe('a Japanese price quote (御見積書 with a line-item table, an optional item and 備考)', () => {
  it('reads the item’s region and the standard retention, not the validity, the option or the prices', async () => {
    const { draft } = await ingestFixture('price-quote-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ナギサクラウド']);
    expect(draft.services.map((s) => s.name)).toEqual(['ナギサ文書']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-12');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=14 days']);
    expect(quotesOf(draft).filter((q) => /有効期限|90日間|任意|ツバキ|愛知県|消費税|研修/u.test(q))).toEqual([]);
  });

  it('reads an English price list item’s bracketed region, but not an add-on’s', () => {
    const quote = [
      'Quotation',
      '',
      'Larchfield Software Ltd',
      '',
      '| Item | Qty | Unit price |',
      '| --- | --- | --- |',
      '| Larchfield Notes standard licence (Google Cloud, europe-west2) | 20 | 12.00 |',
      '| Extended retention add-on (365 days, Google Cloud europe-west1) | 1 | 300.00 |',
      '',
    ].join('\n');
    const draft = ingestText(quote, { fileName: 'quote.txt' });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of isms-audit-report-ja.txt (a certification body's 審査報告書 after an ISMS / ISMSクラウドセキュリティ 維持審査 of
 * 株式会社カザミドリテック: 審査の概要 fields, 審査結果 recommending continuation, 審査の所見, 不適合, 改善の機会, 良好事例, the
 * previous audit's follow-up and 次回審査予定), written before it was ingested.
 * Accept: vendor 株式会社カザミドリテック, product カザミドリ請求クラウド (its 認証範囲), dated 2025-10-03 (報告日), published by the
 * body 一般財団法人 ヨシノハ認証機構; at second hand (0.4, as the body found them): aws:ap-northeast-1 and JP; backups daily kept
 * 30 days; operator logs 1 year; Amazon Time Sync; ISO/IEC 27001 YNC-IS-30518 and ISO/IEC 27017 YNC-CLD-00742 held (continuation
 * recommended), valid until 2027-08-31; the 良好事例 (training, vulnerability reports) as practices without values.
 * Reject: the 改善の機会 (72 hours' notice, accounts deleted up to 14 days late, 8 or 12 characters) and the nonconformity (a
 * restore test not done as planned, 年2回) as practices or values; the previous audit's 供給者の監視 (15.2.1); the next audit's
 * Osaka backup plan (aws:ap-northeast-3); 審査日 2025-09-10 and 次回審査 2026年9月 as dates; 港区, 千代田区 and 札幌 as data
 * locations; the auditors オオルリ and ヤマガラ as parties; 受講率 100% as availability.
 * Left: the bare `（ISMS）` gloss names no scheme, so ISO/IEC 27001 YNC-IS-30518 is not proposed, and the 審査結果's 有効期限
 * 2027-08-31 dates no certificate.
 */
describe('a Japanese ISMS certification body’s 審査報告書 (維持審査: 所見, 不適合, 改善の機会, 良好事例, 次回審査予定)', () => {
  it('reads the body’s findings of the vendor at second hand, and no nonconformity, advice, previous or next audit', async () => {
    const { draft } = await ingestFixture('isms-audit-report-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社カザミドリテック']);
    expect(draft.services.map((s) => s.name)).toEqual(['カザミドリ請求クラウド']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-03');
    expect(draft.documents[0]!.reviewNote).toContain('a certification body');
    // Each number of the 登録番号 line is the scheme its bracket glosses.
    expect(certificatesOf(draft)).toEqual(['iso27017 YNC-CLD-00742']);
    expect(draft.documents[0]!.publisher).toBe('一般財団法人 ヨシノハ認証機構');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'logRetentionDays=1 years']);
    for (const f of [...draft.usesInfra, ...draft.storesDataIn, ...draft.disclosures]) expect(f.confidence).toBeLessThanOrEqual(0.4);
    expect(controlsOf(draft)).not.toContain('iso27017:16.1.2');
    expect(controlsOf(draft)).not.toContain('iso27017:9.2.6');
    expect(controlsOf(draft)).not.toContain('iso27017:15.2.1');
    expect(quotesOf(draft).filter((q) => /72時間|14日後|12文字|復元テスト|大阪|港区|千代田区|札幌|オオルリ|ヤマガラ|2026年9月/u.test(q))).toEqual([]);
    expect(metricsOf(draft).filter((m) => /availability|incident|passwordMinLength/u.test(m))).toEqual([]);
  });

  it('reads a surveillance audit report in English as the body’s assessment: its opportunities for improvement state nothing', () => {
    const report = [
      'Surveillance audit report',
      '',
      'Certification body: Example Certification Ltd.',
      'Organisation: Sample Apps Ltd.',
      '',
      '1. Audit findings',
      '',
      'Backups are taken every 12 hours, as the audit team confirmed from the operation records.',
      '',
      '2. Opportunities for improvement',
      '',
      'Customers are notified of incidents within 96 hours; a shorter first notice should be considered.',
      '',
      '3. Next audit',
      '',
      'The next audit will review the plan to replicate backups to AWS Osaka.',
      '',
    ].join('\n');
    const draft = ingestText(report, { fileName: 'audit.txt' });
    expect(metricsOf(draft)).toEqual(['backupInterval=12 hours']);
    expect(draft.usesInfra).toEqual([]);
  });
});

/*
 * Answer key of api-docs-data-residency.md (a vendor's developer documentation page `Data residency`: a table of regional API
 * base URLs with the cloud region behind each, curl and Python SDK samples, upcoming regions, rate-limit and webhook-retry
 * tables), written before it was ingested.
 * Accept: vendor Tessaloom Ltd., dated 2025-07-22; aws:eu-central-1, aws:ap-northeast-1 and aws:us-east-2 (each an offered
 * region the service runs in); backups every 24 hours kept 30 days.
 * Reject: the curl and SDK samples' `eu`/`jp`/`us` as separate facts, their IDs and timestamps as dates; the Australia region
 * (ap-southeast-2) planned for 2026; `is not copied to another region` as an unnamed second region; the rate limits, burst
 * sizes, the 10-second timeout and the webhook retry delays (1 minute … 24 hours) as backup or incident values; Dublin (the
 * company's address) as a data location.
 * Left: the product is the docs site's brand `Tessaloom`, not the body's `Tessaloom Forms` (printed once); no data location is
 * proposed for the three regions (DE, JP, US); the webhook delivery log's 7 days is read as a log retention.
 */
describe('an English developer documentation page on data residency (regional base URLs, SDK samples, rate limits, retries)', () => {
  it('reads each regional base URL’s cloud region and nothing from the samples, the upcoming region or the retry tables', async () => {
    const { draft } = await ingestFixture('api-docs-data-residency.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tessaloom Ltd.']);
    // The developer docs site's brand (`[X Developer Docs](…) › …`), not the page's subject nor a placeholder.
    expect(draft.services.map((s) => s.name)).toEqual([expect.stringMatching(/^Tessaloom/u)]);
    expect(draft.documents[0]!.title).toBe('Data residency');
    expect(draft.documents[0]!.publishedOn).toBe('2025-07-22');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:eu-central-1', 'aws:us-east-2']);
    expect(draft.usesInfra.every((u) => u.basis === 'STATED')).toBe(true);
    expect(metricsOf(draft).filter((m) => /^backup|^incident/u.test(m))).toEqual(['backupInterval=24 hours', 'backupRetentionDays=30 days']);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('IE');
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('AU');
    expect(quotesOf(draft).filter((q) => /Australia|Sydney|curl|region="jp"|ws_01|429|Retry-After|Dublin/u.test(q))).toEqual([]);
  });

  it('reads a sentence denying any copy in another region as no unnamed second region', () => {
    const text = [
      'Where data is stored',
      '',
      'The service runs on AWS in the Frankfurt region (eu-central-1).',
      '',
      'Customer data is never replicated to another region.',
      '',
      'データは別リージョンには複製しません。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'residency.txt' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
  });
});

/*
 * Answer key of bilingual-columns.html (a Japanese vendor's security page as a two-column parallel text: a `日本語 | English`
 * header row, a heading row per topic spanning both columns, then each statement in Japanese on the left and in English on
 * the right), written before it was ingested.
 * Accept: vendor ツバキライン株式会社 (Tsubakiline Inc.), product ツバキライン経費精算, dated 2025-09-01; aws:ap-northeast-1 and
 * aws:ap-northeast-3 (the DR copy) once each, JP once, ISO/IEC 27001 once, each quoted in Japanese (the first column); daily
 * backups, deletion within 90 days, incident notice within 24 hours, each once; the backups' retention, 30日 in Japanese but
 * 60 days in English, flagged for review as a translation error, never one value silently.
 * Reject: the header row `日本語 English` as a fact or heading; a row read as item and value (the Japanese cell the item of
 * the English one); the planned ISO/IEC 27017; the customer's own CSV export; Shibuya (the office) as a data location.
 */
describe('a bilingual HTML security page laid out as a Japanese | English parallel table', () => {
  it('reads each row once in Japanese, each topic row as a heading, and flags a value the translation changes', async () => {
    const { draft } = await ingestFixture('bilingual-columns.html');
    expect(draft.vendors.map((v) => v.name)).toEqual(['ツバキライン株式会社']);
    expect(draft.services.map((s) => s.name)).toEqual(['ツバキライン経費精算']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-01');
    expect(draft.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['1. ホスティング / Hosting', '3. バックアップ / Backups', '5. インシデント発生時の通知 / Incident notification']),
    );
    expect(draft.sections.map((s) => s.heading).filter((h) => /日本語|English$/u.test(h))).toEqual([]);
    expect(draft.usesInfra.map((u) => [u.region, u.evidence.quote])).toEqual([
      ['aws:ap-northeast-1', 'お客様のデータは AWS 東京リージョンに保管しています。'],
      ['aws:ap-northeast-3', '災害対策として、バックアップを AWS 大阪リージョンに複製しています。'],
    ]);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(draft.certifiedBy[0]!.evidence.quote).toBe('当社は ISO/IEC 27001:2022（ISMS）の認証を取得しています。');
    const metrics = metricsOf(draft);
    expect(metrics.filter((m) => /^(?:backupInterval|dataDeletionDays|incidentNotificationHours)=/u.test(m)).sort()).toEqual([
      'backupInterval=1 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=24 hours',
    ]);
    const retention = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'))!;
    expect(retention.reviewNote).toMatch(/Japanese and English texts give backupRetentionDays different values/u);
    expect(quotesOf(draft).filter((q) => /^日本語|\tEnglish|CSV|渋谷|Shibuya/u.test(q))).toEqual([]);
  });

  it('reads a language-pair header only as a parallel text, not a table whose columns are items and values', async () => {
    const html = [
      '<h1>X Service セキュリティ</h1>',
      '<table><tr><th>Japanese</th><th>英語</th></tr>',
      '<tr><th colspan="2">Backups</th></tr>',
      '<tr><td>バックアップは毎日取得し、14日間保管します。</td><td>Backups are taken daily and kept for 14 days.</td></tr></table>',
    ].join('\n');
    const text = htmlToText(html);
    expect(text).toContain('\n## Backups\n');
    expect(text).not.toContain('\t');
    const draft = ingestText(text, { fileName: 'parallel.html' });
    expect(metricsOf(draft).sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
    expect(draft.disclosures.some((d) => /different values/u.test(d.reviewNote ?? ''))).toBe(false);
  });
});

/*
 * Answer key of security-advisory-cve.md (a vendor's security advisory in Markdown: a field table with the advisory ID, CVE,
 * CVSS 8.1, published and updated dates; affected on-premises agent versions 4.2.0–4.2.6 fixed in 4.2.7; the SaaS edition's
 * hosting and patch; impact, remediation, workaround, detection; a disclosure timeline, credits and a revision history),
 * written before it was ingested.
 * Accept: vendor Brindlepath Inc.; titled by its H1 `Security Advisory BPSA-2025-007: …`, dated 2025-10-14 (published, not the
 * 2025-10-16 update); gcp:europe-west3 STATED from the SaaS edition's hosting sentence.
 * Reject: CVSS 8.1, the versions, TCP 8443, the 90 days of reviewed logs and of coordinated disclosure as metrics; the
 * researcher acknowledged within 2 business days as the incident notice; the workaround (the customer's firewall) and the
 * detection section's 14-day log default on the customer's agent host; the on-premises agent's customer servers as hosting;
 * Vienna (the researcher's lab) as a data location.
 * Accept too: the product `Brindlepath Sync`, which the title names before the edition (`on-premises agent`).
 * Left: Frankfurt's country (DE) is not proposed as a data location.
 */
describe('an English security advisory for a CVE (field table, affected versions, workaround, disclosure timeline)', () => {
  it('reads the SaaS edition’s hosting and the publication date, and no score, version, timeline or customer step', async () => {
    const { draft } = await ingestFixture('security-advisory-cve.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brindlepath Inc.']);
    expect(draft.services.map((v) => v.name)).toEqual(['Brindlepath Sync']);
    expect(draft.documents[0]!.title).toBe('Security Advisory BPSA-2025-007: Path traversal in the Brindlepath Sync on-premises agent');
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-14');
    expect(regionsOf(draft)).toEqual(['gcp:europe-west3']);
    expect(draft.usesInfra[0]!.basis).toBe('STATED');
    expect(metricsOf(draft)).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('AT');
    expect(draft.sections.find((s) => s.heading === 'Workaround')?.skippedBecause).toMatch(/customer/u);
    expect(quotesOf(draft).filter((q) => /8443|CVSS|4\.2\.|business days|transfer\.log|Vienna|firewall/u.test(q))).toEqual([]);
  });

  it('dates an advisory by its published field, and a policy still by its last update', () => {
    const advisory = ingestText(
      [
        'Security Advisory XSA-2025-01: Example flaw',
        '',
        'CVE: CVE-2025-10001',
        'Published: 2025-03-01',
        'Last updated: 2025-03-09',
        '',
        '## Workaround',
        '',
        'Logs are kept for 14 days on your server.',
        '',
      ].join('\n'),
      { fileName: 'advisory.txt' },
    );
    expect(advisory.documents[0]!.publishedOn).toBe('2025-03-01');
    expect(metricsOf(advisory)).toEqual([]);
    const policy = ingestText(
      ['Security Policy', '', 'Published: 2025-03-01', 'Last updated: 2025-03-09', '', '## Logging', '', 'Logs are kept for 14 days.', ''].join('\n'),
      {
        fileName: 'policy.txt',
      },
    );
    expect(policy.documents[0]!.publishedOn).toBe('2025-03-09');
  });
});

/*
 * Answer key of forwarded-email-chain.txt (a customer's procurement officer forwards, with a note of her own on top, the
 * vendor's reply to her questions: a `---------- Forwarded message ---------` block with its own From/Date/Subject/To
 * fields, the vendor's answers, its signature, and under it her original questions quoted with `>`), written before it was
 * ingested.
 * Accept: vendor Thrushcote Software Ltd. (the forwarded message's sender), product Thrushcote Timesheets, titled by the
 * forwarded subject `Security questions for Thrushcote Timesheets`, dated 2025-10-07 (the vendor's reply: the day its
 * statement was made; the forward of 9 October passes it on and adds none of the vendor's words); aws:eu-central-1, DE;
 * ISO/IEC 27001 IS 771204 valid until 2027-06-14; backups every 6 hours kept 21 days; deletion within 60 days; incident
 * notice within 24 hours.
 * Reject: the forwarder's note (`I think they also use Azure for analytics, to be confirmed`, the SOC 2 report still awaited,
 * her policy's 90-day log retention); Welkbridge Logistics GmbH (the forwarder's company) as vendor or publisher; Hamburg
 * and Leeds (signature addresses) as locations; the quoted questions' Azure West Europe, ISO/IEC 27017, daily backups kept 90
 * days, 30-day deletion and the United States; the vendor's `We do not use Azure` as Azure.
 */
describe('an English forwarded e-mail chain (a customer’s note over the vendor’s forwarded reply over the quoted questions)', () => {
  it('reads the forwarded reply as the vendor’s statement, and neither the forwarder’s note nor the quoted questions', async () => {
    const { draft } = await ingestFixture('forwarded-email-chain.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Thrushcote Software Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Thrushcote Timesheets']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Security questions for Thrushcote Timesheets',
      publishedOn: '2025-10-07',
      publisher: 'Thrushcote Software Ltd.',
    });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    expect(draft.certifiedBy[0]!.validUntil).toBe('2027-06-14');
    expect(metricsOf(draft)).toEqual([
      'backupInterval=6 hours',
      'backupRetentionDays=21 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(quotesOf(draft).filter((q) => /FYI|I think|SOC 2|90-day|Welkbridge|Hamburg|Leeds|West Europe|27017|United States|^>/u.test(q))).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/azure/iu);
  });

  it('reads a forwarded message opened by `Begin forwarded message:` the same way, and a reply’s `-----Original Message-----` still ends the text', () => {
    const forwarded = [
      'From: Ana Ruiz <ana@customer.example>',
      'To: Team <team@customer.example>',
      'Date: 3 June 2025',
      'Subject: Fwd: Hosting of Pellworth Docs',
      '',
      'See below. I believe they keep backups for 90 days, to be checked.',
      '',
      'Begin forwarded message:',
      '',
      'From: Support <support@pellworth.example>',
      'Date: 1 June 2025',
      'Subject: Hosting of Pellworth Docs',
      'To: Ana Ruiz <ana@customer.example>',
      '',
      'Pellworth Docs is hosted on AWS in the Frankfurt region (eu-central-1). Backups are kept for 14 days.',
      '',
      'Kind regards,',
      'Pellworth Support',
      '',
    ].join('\n');
    const draft = ingestText(forwarded, { fileName: 'forwarded.txt' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-06-01');
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=14 days']);
    const reply = forwarded.replace('Subject: Fwd: Hosting', 'Subject: Re: Hosting').replace('Begin forwarded message:', '-----Original Message-----');
    // A reply over the message it answers: the sender's own text on top is read, the earlier message not.
    expect(metricsOf(ingestText(reply, { fileName: 'reply.txt' }))).toEqual(['backupRetentionDays=90 days']);
  });
});

/*
 * Answer key of terms-update-redline.md (a vendor's Markdown `Summary of changes to our Data Processing Terms (effective 1
 * March 2026)`, published 15 January 2026: deletions `~~struck through~~`, insertions in `**bold**` or `<ins>…</ins>`, an `| Section
 * | Before | After |` table), written before it was ingested.
 * Accept: vendor Fennimore Systems Ltd., product Ostravel Bookings (the byline `**Ostravel Bookings** · Fennimore Systems
 * Ltd.`), the title as printed, dated 2026-01-15 (`Published:`, not the effective date); gcp:europe-west2 and GB (what stays
 * the same); ISO/IEC 27001 UK 640118; backups every 12 hours kept 35 days; Pelmora Mail Ltd. a dependency; the new 30-day
 * deletion and 48-hour breach notice proposed only for review with a note (announced for 1 March 2026, after the document's
 * date: until then the old terms apply).
 * Reject: the struck 90 days, 72 hours, europe-west1 and Belgium, and the struck sub-processor Cinderbay Analytics Inc. and
 * its United States; the Before column; the customer's own 24-hour duty; `added.` (a wrapped sentence's tail) as title or
 * product; the Manchester address; the announced-change note on the `~~35 days~~ <ins>35 days</ins>` retention, unchanged.
 */
describe('an English redline summary of changes to data processing terms (struck and inserted text, a Before/After table)', () => {
  it('reads struck text as gone, inserted values as announced for review, and what stays the same as current', async () => {
    const { draft } = await ingestFixture('terms-update-redline.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Fennimore Systems Ltd.']);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Ostravel Bookings']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Summary of changes to our Data Processing Terms (effective 1 March 2026)',
      publishedOn: '2026-01-15',
    });
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 UK 640118']);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toEqual(['pelmora-mail-ltd']);
    const metrics = metricsOf(draft);
    expect(metrics).toEqual(expect.arrayContaining(['backupInterval=12 hours', 'backupRetentionDays=35 days']));
    expect(metrics.filter((m) => /^dataDeletion|^incident/u.test(m))).toEqual([
      'dataDeletionDays=30 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'incidentNotificationHours=48 hours',
    ]);
    // The new values are announced for a date after the document's: each proposed with the note, for review.
    for (const d of draft.disclosures.filter((d) => d.metrics.some((m) => /^(?:dataDeletion|incident)/u.test(m.name))))
      expect(d.reviewNote).toMatch(/change the document announces/u);
    expect(quotesOf(draft).filter((q) => /Cinderbay|customer shall notify|Manchester/u.test(q))).toEqual([]);
    // Struck and inserted again unchanged: the retention stands, no announced change.
    const retention = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'))!;
    expect(retention.reviewNote ?? '').not.toMatch(/change the document announces/u);
    // The struck text is quoted only as printed inside a sentence that states something else (the backups' 35 days).
    expect(quotesOf(draft).filter((q) => /~~/u.test(q) && !/35 days/u.test(q) && !/\*\*(?:30 days|48)\*\*/u.test(q))).toEqual([]);
    expect([...draft.services.map((s) => s.name), draft.documents[0]!.title].filter((n) => /added/u.test(n))).toEqual([]);
  });

  it('reads a change already in force (effective before the document’s date) as current, and a struck value never', () => {
    const text = [
      '# Summary of changes to our terms (effective 1 March 2025)',
      '',
      'Published: 2 June 2025',
      '',
      '## Deletion',
      '',
      'Customer data is deleted within ~~90 days~~ **30 days** after the contract ends.',
      '',
      '## Hosting',
      '',
      'The service is hosted on AWS in ~~eu-west-1~~ **eu-central-1**.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'terms.md' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-06-02');
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=30 days']);
    expect(draft.disclosures.every((d) => !/change the document announces/u.test(d.reviewNote ?? ''))).toBe(true);
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
  });
});

/*
 * Answer key of outage-notice-series-ja.txt (a Japanese vendor's 障害のお知らせ page that accumulates its updates newest first:
 * 【第3報・復旧】, 【第2報】, 【第1報】, each with 掲載日時, ■発生日時, ■影響時間, ■影響範囲, ■原因, then 今後の対応), written before it
 * was ingested.
 * Accept: vendor 株式会社ルリビタキシステムズ; title `「ルリビタキ受発注」における障害発生のお知らせ【第3報・復旧】` (under a breadcrumb)
 * dated 2025-10-09 (the latest 報's 掲載日時, not the 発生日時 2025-10-08); service ルリビタキ受発注; hosting aws:ap-northeast-1
 * (stated in the 原因: `「X」が稼働しているクラウド事業者（AWS 東京リージョン（ap-northeast-1）…）`); backups every hour (第3報's
 * correction of 第2報's `6時間ごと`), kept 30 days.
 * Reject: backupInterval 6 hours (第2報's figure, and the corrected one in 第3報's correcting sentence); the 大阪リージョン
 * standby (予定) and the multi-AZ change (検討); the measured 3時間12分 / 約2時間 / 8:52 / 9:10 / 約1,200社 as values; the
 * `最終更新` date line as an incident-reporting practice; the breadcrumb or file name as title or product; 調査中 as anything.
 * Left: no data location is proposed (the page names none beyond the hosting).
 */
describe('a Japanese 障害のお知らせ accumulating its updates (【第3報・復旧】 over 【第2報】 and 【第1報】)', () => {
  it('reads the latest 報: its date, the hosting its cause states and its corrected backup interval, not a superseded figure', async () => {
    const { draft } = await ingestFixture('outage-notice-series-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ルリビタキシステムズ']);
    // A breadcrumb (`ホーム ＞ お知らせ ＞ 障害情報`) over the title is navigation: the headline under it is still the title.
    expect(draft.documents[0]).toMatchObject({ title: '「ルリビタキ受発注」における障害発生のお知らせ【第3報・復旧】', publishedOn: '2025-10-09' });
    expect(draft.services.map((s) => s.name)).toEqual(['ルリビタキ受発注']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    // 第3報 corrects 第2報's `6時間ごと` to `1時間ごと`: the superseded figure is proposed nowhere.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 hours', 'backupRetentionDays=30 days']);
    expect(controlsOf(draft)).not.toContain('iso27017:16.1.2');
    expect(quotesOf(draft).filter((q) => /大阪|検討|3時間12分|約2時間|1,200社|最終更新|調査中/u.test(q))).toEqual([]);
  });

  it('reads a later update’s value over an earlier one’s, newest first or oldest first', () => {
    const first = ['【第1報】', '', '掲載日時：2025年3月3日 10:00', 'バックアップは12時間ごとに取得しております。', ''];
    const second = ['【第2報】', '', '掲載日時：2025年3月3日 15:00', 'バックアップは2時間ごとに取得しております。', ''];
    for (const updates of [
      [...second, ...first],
      [...first, ...second],
    ]) {
      const draft = ingestText(['サービス障害のお知らせ', '', ...updates].join('\n'), { fileName: 'notice.txt' });
      expect(metricsOf(draft)).toEqual(['backupInterval=2 hours']);
    }
  });
});

/*
 * Answer key of acquisition-faq.md (an English FAQ a vendor publishes after being acquired: `X is now part of Y Group — FAQ for
 * customers`, Your data, Security and compliance, Contracts and billing, Contact), written before it was ingested.
 * Accept: vendor Quillmoor Software Ltd. (the contract stays with it; Brantvale Group plc is its parent, not the product's
 * vendor), dated 2025-09-04; service Quillmoor Notes (not the headline `Quillmoor is now part of Brantvale Group`);
 * aws:eu-west-2 and data in GB; ISO/IEC 27001 QSL-27001-4471 valid until 2027-03-14; backups every 4 hours kept 35 days;
 * breach notice within 48 hours.
 * Reject: Google Cloud europe-west2/europe-west3 (the acquirer's platform, a planned migration); the acquirer's SOC 2 Type II
 * and ISO/IEC 27017 (its own platform; SOC 2 to be extended in 2026); the 90 days' migration notice, the 30 days'
 * sub-processor notice and the 60 days' price-change notice as maintenance or incident values; the 18 months; Germany
 * (Frankfurt) or the offices in Leeds and Bristol as data locations; the support hours and 4 business hours' first response.
 */
describe('an English FAQ after an acquisition (`X is now part of Y`: the data stays, a planned migration, the parent’s certificates)', () => {
  it('reads the acquired vendor’s product and facts, not the acquirer’s platform, certificates or the notice periods', async () => {
    const { draft } = await ingestFixture('acquisition-faq.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmoor Software Ltd.']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-04');
    // The headline announces the change of owner; the product is the one the body names.
    expect(draft.services.map((s) => s.name)).toEqual(['Quillmoor Notes']);
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    // Brantvale Group's SOC 2 and ISO/IEC 27017 cover its own platform.
    expect(certificatesOf(draft)).toEqual(['iso27001 QSL-27001-4471']);
    expect(metricsOf(draft)).toEqual(['backupInterval=4 hours', 'backupRetentionDays=35 days', 'incidentNotificationHours=48 hours']);
    expect(quotesOf(draft).filter((q) => /Google Cloud|europe-west|Frankfurt|90 days|60 days|18 months|Leeds|Bristol/u.test(q))).toEqual([]);
  });

  it('reads a group company named as the holder as no holder of the vendor, and a price change’s notice as no maintenance notice', () => {
    const text = [
      'Compliance',
      '',
      'Our service is certified to ISO/IEC 27001.',
      '',
      'Northholm Group plc holds a SOC 2 Type II report for its own services.',
      '',
      'Pricing',
      '',
      'A change to your subscription fees will be notified at least 45 days in advance.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'faq.txt' });
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of eula-license-ja.txt (a Japanese ソフトウェア使用許諾契約書 for a cloud service: 第N条（…） articles with 項 and
 * 号, 許諾者 = 当社 and 利用者), written before it was ingested.
 * Accept: vendor 株式会社ゲンゴロウテック; service ゲンゴロウ経費精算 (not `… ソフトウェア使用許諾`); the title as printed, dated
 * 2025-08-01; aws:ap-northeast-1 and data in JP (第4条); backups every 24 hours kept 14 days; notice of a 障害 within 2 hours and
 * of a leak within 72 hours; deletion within 90 days after the contract ends; 準拠法 and 管轄 as 18.1.1 without values.
 * Reject: the 利用者's own daily CSV backup (`バックアップは利用者の責任で行うものとし`, 第3条) and its 7年間; the disclaimed
 * 99.99% (`…保証するものではありません`, 第6条 保証の否認); the 30日前 of the licensee's cancellation notice as a deletion time;
 * the 30日前 of a change to the agreement as a maintenance notice; the 12か月 cap and the 5年間 of confidentiality; 日本法 and
 * 東京地方裁判所 as data locations; the definitions' examples (Slack, Chatwork) as dependencies.
 */
describe('a Japanese ソフトウェア使用許諾契約書 for a cloud service (許諾者 and 利用者, 保証の否認, 準拠法 and 管轄)', () => {
  it('reads the licensor’s commitments, not the licensee’s duties, disclaimers, notice periods or the court', async () => {
    const { draft } = await ingestFixture('eula-license-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ゲンゴロウテック']);
    // The kind of contract (`ソフトウェア使用許諾契約書`) is no part of the product's name.
    expect(draft.services.map((s) => s.name)).toEqual(['ゲンゴロウ経費精算']);
    expect(draft.documents[0]).toMatchObject({ title: 'ゲンゴロウ経費精算 ソフトウェア使用許諾契約書', publishedOn: '2025-08-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn).toEqual([]);
    expect(metricsOf(draft).sort()).toEqual(
      [
        'backupInterval=24 hours',
        'backupRetentionDays=14 days',
        'dataDeletionDays=90 days',
        'incidentNotificationHours=2 hours',
        'incidentNotificationHours=72 hours',
      ].sort(),
    );
    expect(quotesOf(draft).filter((q) => /利用者の責任|毎日1回|7年間|99\.99|保証|30日前|12か月|5年間|Slack/u.test(q))).toEqual([]);
  });

  it('reads a backup left to the customer’s responsibility, a disclaimed value and a deadline before the end as nothing', () => {
    const text = [
      '第1条（バックアップ）',
      'バックアップはお客様の責任において行うものとし、お客様は毎日1回データを出力するものとします。',
      '',
      '第2条（稼働率）',
      '当社は、本サービスの稼働率が 99.9% であることを保証しません。',
      '',
      '第3条（契約の終了）',
      'お客様は、契約終了日の60日前までに通知することにより解約できます。契約の終了後30日以内に、当社はデータを削除します。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'terms.txt' });
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=30 days']);
  });
});

/*
 * Answer key of conference-talk-transcript.md (an English transcript of a conference talk by a vendor's engineer: a title
 * heading, Speaker / Event / Product fields, `[Slide N: …]` markers, (laughter) cues, a Q&A of audience members), written
 * before it was ingested.
 * Accept: vendor Tavistrel Software GmbH, product Skyvane Forms, titled by its heading `Transcript: "…" — …`, dated
 * 2025-10-14; aws:eu-central-1 and the warm standby aws:eu-west-1 (`, which we can promote if Frankfurt has a bad day`: the
 * condition is the standby's use, not whether it is kept); ISO 27001; backups every 4 hours kept 30 days; breach notice within 24 hours; the slide
 * titles as section headings (Backups, Compliance).
 * Reject: the speaker's previous company's GCP us-central1; the customer's Azure West Europe and its 10 years; the planned ARM
 * move, a second region eu-north-1 and the hoped-for SOC 2 Type II; every audience member's words (Hetzner, their 90 days and
 * SOC 2) and question (`Do you ever store data in the US?` as a US location); the weekly restore test as a backup interval;
 * the slide markers as sentences or the title.
 * Left: `stored in the European Union` (a union of countries, no country) is not proposed.
 */
describe('an English conference talk transcript (slide markers, jokes, a customer story, audience questions)', () => {
  it('reads the speaker’s statements of the service under the slide titles, not the audience’s or plans', async () => {
    const { draft } = await ingestFixture('conference-talk-transcript.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tavistrel Software GmbH']);
    expect(draft.services.map((s) => s.name)).toEqual(['Skyvane Forms']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Transcript: "Boring Infrastructure for Exciting Forms" — Tavistrel Software GmbH at CloudOps Summit 2025',
      publishedOn: '2025-10-14',
    });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    expect(draft.storesDataIn).toEqual([]);
    // No certificate number is spoken: the id is left to the reviewer.
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    const metrics = metricsOf(draft);
    expect(metrics.filter((m) => !/^availability/u.test(m))).toEqual([
      'backupInterval=4 hours',
      'backupRetentionDays=30 days',
      'incidentNotificationHours=24 hours',
    ]);
    // A slide's title heads the words under it.
    expect(draft.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Backups', 'Compliance', 'Our architecture']));
    expect(quotesOf(draft).filter((q) => /Audience|Hetzner|90 days|SOC 2|GCP|Azure|ARM|eu-north|\[Slide|every week/u.test(q))).toEqual([]);
  });

  it('reads an audience member’s turn as no statement, and the speaker’s answer as one', () => {
    const text = [
      '# Talk transcript: Running forms at scale',
      '',
      '[Slide 1: Intro]',
      '',
      'Hello everyone. (laughter)',
      '',
      '[Slide 2: Hosting]',
      '',
      'We run on AWS in eu-west-2.',
      '',
      '## Q&A',
      '',
      '**Audience member 1:** We are ISO 27001 certified and keep backups for 90 days. Are you?',
      '',
      '**Speaker:** We keep backups for 14 days.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'talk.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=14 days']);
  });
});

/*
 * Answer key of cto-interview-ja.txt (a Japanese web media interview: the writer's lead, `― 質問` turns by the interviewer,
 * the CTO's answers under the surname `鷺ノ宮：`, 写真： captions, a 【プロフィール】, the media site's footer), written before it
 * was ingested.
 * Accept: vendor 株式会社アシハラテック (no English name: the footer's `Nogiku Publishing Inc.` is the media company's);
 * service アシハラ経費 (not the headline's quoted phrase 「止まらない経費精算」), dated 2025-10-21; aws:ap-northeast-1 and data
 * in JP (the CTO's answers); ISO/IEC 27001 held; backups every hour kept 35 days; incident notice within 24 hours.
 * Reject: Google Cloud (the CTO's former employer, 前職); the interviewer's `1日1回` as a backup interval and any question as
 * a quote; the 大阪リージョン DR (検討中), ISO/IEC 27017 (来年取得予定), SOC 2 (予定はありません) and Azure OpenAI (検討中); the
 * 1,800社, the media company's address and copyright.
 * Left: the document's title is the file name (the breadcrumb over the headline is taken as the title block).
 */
describe('a Japanese web interview (― questions by the interviewer, the CTO’s answers under the surname)', () => {
  it('reads the CTO’s answers as the vendor’s, never the questions, the former employer or the media footer', async () => {
    const { draft } = await ingestFixture('cto-interview-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社アシハラテック']);
    expect(draft.vendors[0]!.nameEn).toBeUndefined();
    expect(draft.services.map((s) => s.name)).toEqual(['アシハラ経費']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-21');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft).map((c) => c.split(' ')[0])).toEqual(['iso27001']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 hours', 'backupRetentionDays=35 days', 'incidentNotificationHours=24 hours']);
    expect(quotesOf(draft).filter((q) => /―|鷺ノ宮：|前職|GCP|大阪|27017|Azure|1,800|Nogiku|ノギク/u.test(q))).toEqual([]);
  });

  it('reads a question as no fact even when it names the hosting, and an anecdote of a former employer as none', () => {
    const text = [
      'SaaS企業のCTOに聞く',
      '',
      '― GCPを使っているそうですね？',
      '',
      '森戸：前職ではGCPを使っていました。いまはAWSの東京リージョンで稼働しています。',
      '',
      '― バックアップは1日1回ですか？',
      '',
      '森戸：バックアップは6時間ごとに取得しています。',
      '',
      '― 認証は？',
      '',
      '森戸：ISO/IEC 27001の認証を取得しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'interview.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours']);
  });
});

/*
 * Answer key of webinar-qa-transcript.md (an English webinar Q&A in Markdown: `**Q (attendee):**` questions, `**A (Name, Title,
 * Company):**` answers by the vendor's CISO and platform head and by a cloud provider's solutions architect, a moderator's
 * housekeeping), written before it was ingested.
 * Accept: vendor Tallowfen Software Ltd.; service Tallowfen Ledger (not the `**Panelists**` label), dated 2025-10-14 (see Left);
 * aws:eu-west-1 and data in IE; SOC 2 Type II (`We have a SOC 2 Type II report … available under NDA`); backups every 4 hours
 * kept 35 days; breach notice within 48 hours; audit logs kept 13 months; 99.9 % availability committed.
 * Reject: aws:eu-central-1 and Germany (the architect's general statement of the provider's region; the vendor is only
 * evaluating Frankfurt); US East; AWS's own ISO/IEC 27001/27017/27018; ISO/IEC 27001 for the vendor (on the roadmap, not
 * certified yet); the attendee's 7 years and `at least daily`; the measured 99.98 %; the 30 days' sub-processor notice as a
 * metric; the moderator's 48 hours, recording link and the next webinar's date; the Dublin address as a data location.
 * Left: the date (`*Recorded on 14 October 2025.*` under the `#` title) is not read: publishedOn is the day of ingestion.
 */
describe('an English webinar Q&A transcript (attendees’ questions, the vendor’s panelists and a cloud provider’s architect)', () => {
  it('reads the vendor panelists’ answers, never the questions, the partner’s region or the moderator', async () => {
    const { draft } = await ingestFixture('webinar-qa-transcript.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tallowfen Software Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Tallowfen Ledger']);
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['IE']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['soc2']);
    expect(metricsOf(draft)).toEqual(
      [
        'backupInterval=4 hours',
        'backupRetentionDays=35 days',
        'incidentNotificationHours=48 hours',
        'logRetentionDays=13 months',
        'availabilityPercent=99.9 percent',
      ].sort(),
    );
    expect(quotesOf(draft).filter((q) => /Frankfurt|eu-central|N\. Virginia|Artifact|99\.98|7 years|attendee|recording|December/u.test(q))).toEqual([]);
  });

  it('reads a Q&A’s answer by another company’s panelist as that company’s, not the vendor’s', () => {
    const text = [
      '# Q&A',
      '',
      '**Q (attendee):** Where is the data?',
      '',
      '**A (Ann Lee, CTO, Brindle Apps Inc.):** Our service runs on AWS in eu-west-1.',
      '',
      '**Q (attendee):** Could you use Frankfurt?',
      '',
      '**A (Tom Reyes, Solutions Architect, Amazon Web Services):** From the AWS side, our Frankfurt region, eu-central-1, has three',
      'Availability Zones, and many customers use it.',
      '',
      '**Q (attendee):** Backups?',
      '',
      '**A (Ann Lee, CTO, Brindle Apps Inc.):** Backups are taken every 12 hours.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'qa.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
  });
});

/*
 * Answer key of board-security-report-ja.txt (a Japanese report by the CISO to the board, 取締役会への情報セキュリティ報告
 * 2025年度上期: a document number and 社外秘 over the title, the CISO's signature, a KPI table of 実績 | 目標 | 前期実績, the
 * period's incidents, 本サービスの環境（現状）, a budget table, 下期の計画 and 承認事項), written before it was ingested.
 * Accept: vendor 株式会社ツキシロソフト; service ツキシロ勤怠 (`「ツキシロ勤怠」（以下「本サービス」）`, not the document number, the
 * title's words or the CISO's signature line); title 取締役会への情報セキュリティ報告（2025年度上期）, dated 2025-10-24;
 * aws:ap-northeast-1 and the backup copy in aws:ap-northeast-3, data in JP; ISO/IEC 27001 held (IS 771204); backups daily,
 * kept 30 days; the KPI table's 稼働率 values only as a record and a target (reviewNote), never as a commitment.
 * Reject: ISO/IEC 27017 (取得準備 in the budget, 取得する計画, a project for approval) and SOC 2 (取得検討); Singapore (検討);
 * the plan's log retention of 2 years and backups every 6 hours; the 12 hours' notice proposed for approval; the incidents
 * of the period (malware on a contractor's PC, a dashboard exposed, a phished account) as practices; the budget's 脆弱性診断;
 * the contractor's Fukuoka office as a data location; `9. 添付資料`'s `別紙1 脆弱性対応の内訳` (a title of an attached paper).
 */
describe('a Japanese report to the board (KPIs, the period’s incidents, the current environment, budget, plans, approvals)', () => {
  it('reads the current environment, never the plans, budget lines, approvals or incidents of the period', async () => {
    const { draft } = await ingestFixture('board-security-report-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ツキシロソフト']);
    expect(draft.services.map((s) => s.name)).toEqual(['ツキシロ勤怠']);
    expect(draft.documents[0]!.title).toBe('取締役会への情報セキュリティ報告（2025年度上期）');
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-24');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204']);
    expect(metricsOf(draft)).toEqual(
      [
        'availabilityPercent=99.95 percent',
        'availabilityPercent=99.97 percent',
        'availabilityPercent=99.98 percent',
        'backupInterval=1 days',
        'backupRetentionDays=30 days',
      ].sort(),
    );
    const kpi = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(kpi.reviewNote).toMatch(/99\.95%: The document states this value as a target/u);
    expect(quotesOf(draft).filter((q) => /27017|SOC 2|シンガポール|2年|6時間|12時間|マルウェア|ダッシュボード|フィッシング|千円|福岡|別紙/u.test(q))).toEqual(
      [],
    );
  });

  it('reads a section of next period’s plans, a budget and the approvals asked of the board as no facts', () => {
    const text = [
      'セキュリティ報告',
      '',
      '1. 現状',
      '',
      '本サービスはAWSの東京リージョンで稼働しています。',
      '',
      '2. 予算',
      '',
      '| 項目 | 金額 |',
      '| --- | --- |',
      '| SOC 2 Type II 報告書の取得準備 | 500千円 |',
      '',
      '3. 来期の計画',
      '',
      'バックアップを3時間ごとに取得します。ISO/IEC 27017 の認証を取得します。',
      '',
      '4. 承認事項',
      '',
      'インシデントの通知期限を6時間以内とすること',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'board.txt' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of cloud-exit-plan.md (an English Exit and Termination Assistance Plan: export formats and API, a timeline table
 * after termination, a Customer | Vendor responsibilities table, sub-processors' own retention), written before it was ingested.
 * Accept: vendor Harrowdene Systems Ltd.; service Harrowdene Ledger (not the document's kind `Exit and Termination Assistance
 * Plan`), dated 2025-09-03; aws:eu-west-1; deletion of Customer Data within 60 days after termination, and of backups within
 * 90 days; backups every 24 hours kept 35 days.
 * Reject: the 30-day export window and the customer's `Submit the request within 30 days` as a deletion time; the `may delete …
 * within 7 days of your request` offer; the export link's 14 days and the 5 business days; the sub-processors' own 45 days
 * (message logs) and 180 days (closed tickets); the Leeds office as a data location.
 * Left: no data location is proposed (`stays in the European Union` names no country; the hosting sentence names no data).
 */
describe('an English exit and termination assistance plan (export window, deletion timeline, responsibilities, sub-processors)', () => {
  it('reads the vendor’s deletion after termination, never the export window, an offer or a sub-processor’s own retention', async () => {
    const { draft } = await ingestFixture('cloud-exit-plan.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Harrowdene Systems Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Harrowdene Ledger']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-03');
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country)).not.toContain('GB');
    expect([...new Set(metricsOf(draft))]).toEqual(
      ['backupInterval=24 hours', 'backupRetentionDays=35 days', 'dataDeletionDays=60 days', 'dataDeletionDays=90 days'].sort(),
    );
    expect(quotesOf(draft).filter((q) => /Ostrova|Pellbridge|7 days|Leeds/u.test(q))).toEqual([]);
  });

  it('reads a value a sub-processor keeps under its own policy as no value of the vendor', () => {
    const text = [
      '# Data retention',
      '',
      'Application logs are kept for 90 days.',
      '',
      'Our e-mail sub-processor keeps delivery logs for 30 days under its own retention policy.',
      '',
      '再委託先のサポート窓口は、同社の規定に従い問い合わせ記録を3年間保管します。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'retention.md' });
    expect(metricsOf(draft)).toEqual(['logRetentionDays=90 days']);
  });
});

/*
 * Answer key of soc2-section3-system-description.md (Section III of a SOC 2 Type II report, `Description of the … System`:
 * services, principal service commitments, infrastructure, data, subservice organisations under the carve-out method, CSOCs
 * and CUECs, items the report does not cover), written before it was ingested.
 * Accept: vendor Tamberline Logistics Software, Inc.; service Tamberline Dispatch; aws:us-east-1 and aws:us-west-2 (the warm
 * standby); 99.9 % availability committed; incident notice within 72 hours;
 * deletion within 30 days after termination; backups daily kept 35 days.
 * Reject: the ISO/IEC 27001 the company is preparing for; Stripe's own hosting in the EU and the US and its PCI DSS; AWS's
 * Frankfurt data centres and its 90 days of infrastructure logs (CSOCs); the customers' 7 years, 24 hours, 90 days and their
 * integration on Azure (CUECs); the Route Optimizer on Google Cloud europe-west1 (not covered by the report); the service
 * auditor Lindqvar & Pell LLP and the Denver and Chicago offices as the vendor or a data location.
 * Left: no data location is proposed: the hosting sentence names no data, and the backups replicated to us-west-2 are a
 * region used, not a data location, as in the other fixtures' replicated backups.
 */
describe('a SOC 2 system description (Section III: carve-out subservice organisations, CSOCs, CUECs, items not covered)', () => {
  it('reads the system’s hosting and commitments, never the subservice organisations’, the customers’ or what is not covered', async () => {
    const { draft } = await ingestFixture('soc2-section3-system-description.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tamberline Logistics Software, Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Tamberline Dispatch']);
    expect(regionsOf(draft)).toEqual(['aws:us-east-1', 'aws:us-west-2']);
    // Stripe's own hosting in the EU and the US is no data location of the service (see Left on the US).
    expect(draft.storesDataIn.filter((s) => s.country !== 'US')).toEqual([]);
    expect(draft.storesDataIn.map((s) => s.evidence.quote).filter((q) => /Stripe/u.test(q))).toEqual([]);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual(
      [
        'availabilityPercent=99.9 percent',
        'backupInterval=1 days',
        'backupRetentionDays=35 days',
        'dataDeletionDays=30 days',
        'incidentNotificationHours=72 hours',
      ].sort(),
    );
    expect(quotesOf(draft).filter((q) => /Stripe|Frankfurt|Azure|Google Cloud|europe-west1|7 years|24 hours|Lindqvar|Denver/u.test(q))).toEqual([]);
  });

  it('reads a sentence on what the report leaves out as nothing, and a CUEC’s hosting as the customer’s', () => {
    const text = [
      '# Description of the Brindlecourt Notes System',
      '',
      '## Data',
      '',
      'Brindlecourt Notes runs on AWS in eu-west-1. Backups are encrypted and replicated to the eu-central-1 region.',
      '',
      'The report does not cover Brindlecourt Chat, which is hosted on Google Cloud in us-central1.',
      '',
      '## Complementary User Entity Controls',
      '',
      'User entities are responsible for hosting their own connectors, for example on Azure in West Europe.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'system-description.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
  });
});

/*
 * Answer key of ropa-export.csv (a GDPR Record of Processing Activities exported as CSV: one row per processing activity with
 * purpose, data subjects, data categories, recipients, transfers, retention, TOMs, system/location and the firm's role),
 * written before it was ingested.
 * Accept: aws:eu-central-1 (the service's row, `AWS eu-central-1 (Frankfurt)`) and aws:eu-west-1 (the service's backup
 * copy), data in DE and IE; deletion within 60 days after termination; backups daily kept 30 days; security logs kept 12
 * months.
 * Reject: any recipient (Zendesk Inc., Stripe, DATEV, Personio SE, HubSpot Inc.) as the vendor; Personio's eu-west-1 (the
 * firm's own recruiting, a controller row) as the service's; the invoices' 10 years for tax law, payroll's 10 years and the
 * applicants' 6 months; support tickets deleted 24 months after closure as deletion after termination; Hetzner
 * (Falkenstein) for the firm's own website analytics; `n/a` and blank cells.
 * Left: the service's name (`Quorvia Ledger`) is printed only inside the activity names: the service is the file's placeholder.
 * IE is proposed as a data location from the backup row (`eu-west-1 (Ireland) as backup copy`), where other fixtures read a
 * replicated backup's region as a region used only: left for review.
 */
describe('a GDPR record of processing activities exported as CSV (controller and processor rows)', () => {
  it('reads the processor rows of the service, never the firm’s own processing, a ticket’s closure or a recipient as the vendor', async () => {
    const { draft } = await ingestFixture('ropa-export.csv');
    expect(draft.vendors.map((v) => v.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Zendesk|Stripe|DATEV|Personio|HubSpot/u)]));
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    // The backup copy's Ireland is proposed too (see Left).
    expect(draft.storesDataIn.map((s) => s.country)).toContain('DE');
    expect(draft.storesDataIn.map((s) => s.evidence.quote).filter((q) => /Recruiting|Personio/u.test(q))).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days', 'dataDeletionDays=60 days', 'logRetentionDays=12 months'].sort());
    expect(quotesOf(draft).filter((q) => /Recruiting|Payroll|Invoicing|Newsletter|Website analytics|Hetzner/u.test(q))).toEqual([]);
  });

  it('reads a row whose role is controller as the firm’s own processing, and a ticket deleted after its closure as no deletion', () => {
    const csv = [
      'Processing activity,Purpose,Categories of personal data,Recipients,Retention period,System / location,Controller or processor',
      'Provision of the Brindlecourt Notes service,Hosting and operating the Brindlecourt Notes platform on behalf of customers,' +
        'Notes and contact data entered by customers,,Deleted within 30 days after termination of the customer contract,AWS eu-central-1 (Frankfurt),Processor',
      'Customer support,Handling support tickets,Ticket content,Fenwick Desk Ltd.,Tickets deleted 12 months after closure,Fenwick Desk (US),Processor',
      'Recruiting,Selecting applicants,CV and contact data,Hirewell Ltd.,6 months after the position is filled,Hirewell (eu-west-1),Controller',
      '',
    ].join('\r\n');
    const draft = ingestText(csvToText(new TextEncoder().encode(csv)), { fileName: 'ropa.csv' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=30 days']);
    expect(draft.vendors.map((v) => v.name)).not.toContain('Fenwick Desk Ltd.');
    expect(draft.vendors.map((v) => v.name)).not.toContain('Hirewell Ltd.');
  });
});

/*
 * Answer key of data-residency-attestation-ja.txt (a vendor's signed letter to one customer confirming where its data is kept:
 * addressee 御中, date, the 代表取締役 with （印）, a 記 … 以上 block of numbered items), written before it was ingested.
 * Accept: the title データ保管場所に関する確認書, the vendor 株式会社トキワスミレ・クラウド, the product スミレ受発注クラウド (its
 * `対象サービス` item, without the customer's contract number), dated 2025-12-01; aws:ap-northeast-1 and aws:ap-northeast-3
 * with data in JP, quoted from the 記 block; backups daily kept 35 days.
 * Reject: the signatory (`代表取締役　水無瀬　英嗣　（印）`) as title or product; the addressee 株式会社ヤマブキ物流 and its
 * Osaka address, the vendor's head office in 千代田区, the offshore operations site in Hanoi (VN, remote access only) as a
 * data location; the validity clause (本書の内容は発行日時点のもの) as a fact; the call-centre subcontractor as the vendor.
 */
describe('a Japanese letter confirming where a customer’s data is kept (確認書, 記 … 以上)', () => {
  it('reads the 記 block’s items, titled by the letter’s kind, never the signatory, the addressee or the operations site', async () => {
    const { draft } = await ingestFixture('data-residency-attestation-ja.txt');
    expect(draft.documents[0]).toMatchObject({ title: 'データ保管場所に関する確認書', publishedOn: '2025-12-01' });
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社トキワスミレ・クラウド']);
    expect(draft.services.map((s) => s.name)).toEqual(['スミレ受発注クラウド']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.storesDataIn[0]!.evidence.quote).toBe('日本国内（AWS 東京リージョン・大阪リージョン）');
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=35 days']);
    expect(quotesOf(draft).filter((q) => /ハノイ|ベトナム|ヤマブキ|梅田|神田錦町|発行日時点|印/u.test(q))).toEqual([]);
  });

  it('reads the product from a confirming letter’s 対象サービス item, and no signatory as a title', () => {
    const text = [
      '                                        2025年10月1日',
      '株式会社ブナノキ製作所　御中',
      '',
      '                                        株式会社カラタチ・ソフト',
      '                                        代表取締役社長　柊　一郎　（印）',
      '',
      '                データの保管場所についての証明書',
      '',
      '拝啓　貴社ますますご清栄のこととお慶び申し上げます。弊社サービスのデータの保管場所について、下記のとおり証明いたします。',
      '',
      '敬具',
      '',
      '記',
      '',
      '1.　対象サービス',
      '　　カラタチ勤怠（契約番号：BN-0042）',
      '',
      '2.　データの保管場所',
      '　　Google Cloud 東京リージョン（asia-northeast1）',
      '',
      '3.　バックアップの保管場所',
      '　　Google Cloud 大阪リージョン（asia-northeast2）',
      '',
      '以上',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'certificate-letter.txt' });
    expect(draft.documents[0]!.title).toBe('データの保管場所についての証明書');
    expect(draft.services.map((s) => s.name)).toEqual(['カラタチ勤怠']);
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
  });
});

/*
 * Answer key of trust-portal-changelog.md (a trust portal's `What changed` log, newest first: `## 2025-10-02 — Sub-processor
 * removed` entries under a breadcrumb and a subscribe line), written before it was ingested.
 * Accept: the product Quillmere Ledgerbook (from the page heading); aws:eu-central-1 and data in DE (the `Region added`
 * entry); ISO/IEC 27001 held, renewed, valid until 2028-09-14; security logs kept 13 months; dated 2025-11-20.
 * Reject: aws:us-east-1 and the US (the `Region retired` entry, and the initial hosting it superseded); aws:eu-west-2 and GB
 * (`From 1 March 2026 we will replicate …`: not yet in effect); the removed sub-processor Tallowick Mail; Brisewood's own
 * Hetzner hosting; the breadcrumb and `Subscribe to updates · RSS feed` as title or product.
 */
describe('a trust portal’s dated change log (the latest entry wins, an announced change is no fact yet)', () => {
  it('reads the current region and the renewed certificate, never a retired region, a future one or the page furniture', async () => {
    const { draft } = await ingestFixture('trust-portal-changelog.md');
    expect(draft.services.map((s) => s.name)).toContain('Quillmere Ledgerbook');
    expect(draft.services.map((s) => s.name).filter((n) => /Subscribe|RSS|What changed|Trust Portal/u.test(n))).toEqual([]);
    expect(draft.documents[0]).toMatchObject({ title: 'Quillmere Ledgerbook Trust Portal — What changed', publishedOn: '2025-11-20' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.validUntil])).toEqual([['iso27001', '2028-09-14']]);
    expect(draft.certifiedBy[0]!.evidence.quote).toContain('has been renewed');
    expect(metricsOf(draft)).toEqual(['logRetentionDays=13 months']);
    expect(draft.dependsOn.map((d) => d.dependsOn).filter((d) => /tallowick|hetzner/iu.test(d))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /us-east-1|eu-west-2|Hetzner|Subscribe|RSS/u.test(q))).toEqual([]);
  });

  it('reads a noun-first `Region retired` entry as left, the region moved to as kept, and `From <date> we will` as not yet', () => {
    const text = [
      '# Brindlecourt Notes — Changelog',
      '',
      '## 2025-09-01 — Upcoming: new region',
      '',
      'From 1 February 2026 we will host customer data in AWS ap-southeast-2 (Sydney) as well.',
      '',
      '## 2025-06-01 — Region retired',
      '',
      'The AWS eu-west-1 region has been retired. All customer data has been migrated to eu-central-1.',
      '',
      '## 2025-01-10 — Initial hosting',
      '',
      'Brindlecourt Notes is hosted in AWS eu-west-1 and AWS eu-central-1.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'changelog.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
  });
});

/*
 * Answer key of helpdesk-macros.csv (a help desk's library of canned replies exported as CSV: `macro_id, title, language, body,
 * internal_note, last_updated`, English and Japanese rows, bodies of several lines with placeholders `{{customer.name}}`,
 * `{{ticket.id}}`, `{{agent.name}}`), written before it was ingested.
 * Accept: vendor Corvaleen Software Ltd.; service Corvaleen Forms (not the file's name); dated 2025-09-18 (the newest
 * last_updated); aws:eu-central-1 and aws:eu-west-1 (the backup copy), data in DE and IE; backups daily kept 35 days; deletion
 * within 30 days of the end of the contract; incident notice within 48 hours; ISO/IEC 27001 IS 771903, quoted without the
 * SOC 2 sentence after it; Amazon Time Sync Service; encryption (10.1.1); each fact quoted from the body only.
 * Reject: the internal_note column (eu-west-2 `not live yet`, 90 days for enterprise, the legacy 60 days, the 24h internal
 * target, Tokyo ap-northeast-1 `未提供`); the rows marked `[DEPRECATED]`, `Status: archived` and `【廃止】` (Google Cloud
 * europe-west3, 14 days, ap-southeast-1 Singapore, 90日以内); SOC 2 (`preparing for … audit`); the customer's own AWS account in
 * us-east-1 (a customer setting); the greeting, sign-off and placeholders as names or quoted text.
 */
describe('a help desk’s canned replies (macros) exported as CSV (internal notes, retired macros, placeholders)', () => {
  it('reads the current macros’ bodies, never a staff note, a retired macro or a customer’s own account', async () => {
    const { text, draft } = await ingestFixture('helpdesk-macros.csv');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Corvaleen Software Ltd.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Corvaleen Forms']);
    expect(draft.documents[0]!.publishedOn).toBe('2025-09-18');
    // The staff-only column and the retired rows are not in the text read.
    expect(text).not.toMatch(/eu-west-2|not live yet|do NOT promise|legacy plan|europe-west3|ap-southeast-1|90日以内|未提供|DEPRECATED|廃止/u);
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['DE', 'IE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771903']);
    expect(draft.certifiedBy[0]!.evidence.quote).not.toContain('SOC 2');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect([...new Set(metricsOf(draft))]).toEqual(
      ['backupInterval=1 days', 'backupRetentionDays=35 days', 'dataDeletionDays=30 days', 'incidentNotificationHours=48 hours'].sort(),
    );
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    expect(quotesOf(draft).filter((q) => /\{\{|Hi |Regards|\} 様|Google Cloud|Singapore/u.test(q))).toEqual([]);
    // The customer's own AWS account (a setting the macro explains) is no hosting or data location of the service.
    expect([...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote).filter((q) => /us-east-1/u.test(q))).toEqual([]);
  });

  it('drops a staff-only column, a retired row and a templated reply’s greeting and signature', () => {
    const csv = [
      'id,subject,body,agent notes',
      '1,Hosting,"Hello {{name}},\n\nAcme Notes runs on AWS in eu-central-1.\n\nBest regards,\n{{agent}}\nAcme Support",ask SRE before quoting us-west-2',
      '2,[ARCHIVED] Hosting (old),"Hello {{name}},\nAcme Notes runs on Azure in West Europe.",',
      '',
    ].join('\r\n');
    const text = csvToText(new TextEncoder().encode(csv));
    expect(text).not.toMatch(/us-west-2|West Europe|Hello|regards|Acme Support/iu);
    expect(regionsOf(ingestText(text, { fileName: 'macros.csv' }))).toEqual(['aws:eu-central-1']);
  });
});

/*
 * Answer key of rakusatsu-kokoku-ja.txt (a city's 落札者決定の公告（入札結果） for a cloud document-management service: a
 * notice number, 件名, 調達機関 with the city's address, 入札方式, 開札日時, 落札者 with its address and 提案サービス名, 落札金額,
 * 契約期間, a table of 入札参加者 with prices and scores, 調達の概要（要求要件の抜粋） as `（１）…すること。`, その他 with the
 * city's URL), written before it was ingested. The buyer wrote it: nothing in it is the vendor's disclosure.
 * Accept: titled 落札者決定の公告（入札結果） (not the notice number `三里浜市公告第２１４号`, nor the mayor's signature); dated
 * 2025-09-22; published by 三里浜市 (the buyer); vendor 株式会社アオギリシステムズ (the winning bidder) with an id of the file's
 * name (not the city's web address); the review note saying it is an award notice written by the buyer.
 * Reject: every requirement as a fact (国内データセンター, JP, ISMAP, ISO/IEC 27001 and 27017, 99.9%, １日１回, ７世代, １時間以内,
 * ３０日以内, encryption); the other bidders (株式会社ツルバミ情報, 北灘ソリューションズ株式会社) as the vendor; the price, the
 * contract term and the scores as values; the city's and the winner's addresses as data locations.
 * Left: the service the winner offered (`提案サービス名　アオギリ文書クラウド`) is not proposed: the service stays a placeholder,
 * said so in its note.
 */
describe('a Japanese notice of a contract award (落札者決定の公告) written by the buyer', () => {
  it('names the winner and the buyer, proposes no fact from the requirements it summarises, and says why', async () => {
    const { draft } = await ingestFixture('rakusatsu-kokoku-ja.txt');
    expect(draft.documents[0]).toMatchObject({ title: '落札者決定の公告（入札結果）', publishedOn: '2025-09-22', publisher: '三里浜市' });
    expect(draft.documents[0]!.reviewNote).toContain('notice of a contract award written by the buyer');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社アオギリシステムズ']);
    // The city's web address is the buyer's, no Latin form of the winner's name.
    expect(draft.vendors[0]!.id).not.toMatch(/mirihama/u);
    expect(draft.services[0]!.reviewNote).toContain('notice of a contract award');
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.usesInfra).toEqual([]);
    expect(draft.storesDataIn).toEqual([]);
    expect(draft.disclosures).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
  });

  it('reads an English contract award notice as the buyer’s, and a public body’s web address as no vendor’s', () => {
    const notice = [
      'Contract Award Notice',
      '',
      'Contracting authority: Northmere County Council',
      'Awarded to: Fenlark Data Ltd',
      'Contract value: GBP 420,000',
      '',
      'Summary of requirements',
      '',
      '1. The Contractor shall host all Council data in the United Kingdom.',
      '2. The Contractor shall hold a current ISO/IEC 27001 certificate.',
      '',
      'Details: https://www.northmere.gov.uk/tenders/2025-114',
      '',
    ].join('\n');
    const draft = ingestText(notice, { fileName: 'award.txt' });
    expect([draft.certifiedBy, draft.storesDataIn, draft.usesInfra, draft.disclosures]).toEqual([[], [], [], []]);
    expect(draft.documents[0]!.publisher).toBe('Northmere');
  });
});

/*
 * Answer key of security-efforts-page-ja.txt (a company web page 「X」における情報セキュリティへの取り組み copied to text: a
 * revision date and the company under the title, sections marked ■ with full-width numbers, a company profile set out with
 * full-width spaces, ※ notes), written before it was ingested.
 * Accept: the product from the title's brackets (not the whole title); ISO/IEC 27001 and 27017 with their numbers; Azure
 * Japan East (running) and Japan West (the replicated copy); JP as the data location, its evidence the sentence under
 * `データの保存場所` (not the passing DR sentence); 18.1.1 from that heading; backups daily kept 30 days; deletion within 90
 * days; incident notice within 24 hours; Azure's time service.
 * Reject: the プライバシーマーク aimed at for 2027; the customer's own Google Drive; the support contractor's country
 * (フィリピン) as a data location; the head office in 大阪 as a data location; an unnamed "other region" beside the two
 * named ones; the customer's own export as the vendor's deletion.
 */
describe('a Japanese company page 「X」における情報セキュリティへの取り組み, sections marked ■ with full-width numbers', () => {
  it('takes the product from the brackets, the data location from its own section, and no unnamed region beside two named ones', async () => {
    const { draft } = await ingestFixture('security-efforts-page-ja.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['ナナカマド請求書クラウド']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2026-04-01' });
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 712345', 'iso27017 CLOUD 712346']);
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.storesDataIn[0]!.evidence).toMatchObject({ section: '■ 4．データの保存場所' });
    expect(draft.storesDataIn[0]!.evidence.quote).toContain('日本国内のデータセンターに保存');
    expect(draft.disclosures.find((d) => d.control === 'iso27017:18.1.1')?.evidence.section).toBe('■ 4．データの保存場所');
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    expect(quotesOf(draft).filter((q) => /プライバシーマーク|Google|フィリピン|大阪|エクスポート/u.test(q))).toEqual([]);
  });

  it('places the data by the plainest sentence: under a heading of where data is kept, of the data rather than of its copies', () => {
    const text = [
      'クスノキ勤怠 サービス説明資料',
      '',
      '株式会社クスノキ技研',
      '',
      '1. 災害対策',
      '災害対策として、データの複製を日本国内の別のデータセンターに保管しています。',
      '',
      '2. データの保管場所',
      'お客様のデータは日本国内に保管されます。',
      '',
      '3. バックアップ',
      'バックアップを毎日取得します。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'kusunoki.txt' });
    expect(draft.services.map((s) => s.name)).toEqual(['クスノキ勤怠']);
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.section, s.evidence.quote])).toEqual([
      ['JP', '2. データの保管場所', 'お客様のデータは日本国内に保管されます。'],
    ]);
  });
});

/*
 * Answer key of self-hosted-install-guide.md (an English installation and operations guide for a product offered as a managed
 * Cloud edition and a Self-hosted edition the customer installs with a Helm chart or a Docker image: an editions table, a
 * `values.yaml` example, the customer's backups, NTP and encryption, a license server), written before it was ingested.
 * Accept: vendor Tessmark Software, Inc.; service Halvinor Flags (the title without `Installation and Operations Guide`); dated
 * 2025-10-09; gcp:europe-west4 and gcp:europe-west1 (the Cloud edition and its backup copy), data in NL and BE; aws:us-east-1
 * from the sentence saying the license server is hosted by the vendor there (a vendor fact, stated as such), but no US data
 * location (it receives no customer data); ISO/IEC 27001 TSM-27001-5583; Google Public NTP; encryption (10.1.1); Cloud
 * backups every 6 hours kept 35 days; deletion within 30 days of the subscription's end.
 * Reject: the customer's install targets (`your own AWS, Azure or Google Cloud account`, `your EKS cluster in any region`, `We
 * recommend us-east-1`); the YAML's and the prose's example regions (eu-west-1, westeurope, asia-northeast1); the chart's
 * `backup.retentionDays` default of 7 and the recommended 14 days (the customer's backups: `You are responsible for backing
 * up`); the customer's NTP (`Configure NTP on every node`, Amazon Time Sync Service) and its encryption settings (AWS KMS); the
 * 12 months of support per release and the 14 days an installation works offline; SOC 2 (`planned for 2026`); Toronto,
 * Canada (support team, address) as a data location.
 */
describe('an English install and operations guide of a product offered managed and self-hosted', () => {
  it('reads the managed edition and the vendor’s license server, never the customer’s installation or the examples', async () => {
    const { draft } = await ingestFixture('self-hosted-install-guide.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tessmark Software, Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Halvinor Flags']);
    expect(draft.documents[0]).toMatchObject({ title: 'Halvinor Flags Installation and Operations Guide', publishedOn: '2025-10-09' });
    expect(regionsOf(draft)).toEqual(['aws:us-east-1', 'gcp:europe-west1', 'gcp:europe-west4']);
    expect(draft.usesInfra.find((u) => u.region === 'aws:us-east-1')!.evidence.quote).toMatch(/^The license server is hosted by Tessmark/u);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['BE', 'NL']);
    expect(certificatesOf(draft)).toEqual(['iso27001 TSM-27001-5583']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(metricsOf(draft)).toEqual(['backupInterval=6 hours', 'backupRetentionDays=35 days', 'dataDeletionDays=30 days']);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    // The sections on the customer's own installation, and the subsections under them, are skipped as such.
    for (const heading of [
      '2. Self-hosted requirements',
      '5. Operating a Self-hosted installation',
      '5.1 Backups',
      '5.2 Time synchronisation',
      '5.4 Encryption',
    ])
      expect(draft.sections.find((s) => s.heading === heading)?.skippedBecause).toMatch(/installs and runs on its own infrastructure/u);
    expect(
      quotesOf(draft).filter((q) =>
        /your own|EKS|We recommend|eu-west-1|westeurope|asia-northeast1|retentionDays|Configure NTP|Time Sync|KMS|Toronto|SOC 2/u.test(q),
      ),
    ).toEqual([]);
  });

  it('reads `your own AWS, Azure or Google Cloud account` and `We recommend …` as the customer’s, outside such a section too', () => {
    const text = [
      '# Orchardine Notes Deployment Guide',
      '',
      '## Hosting',
      '',
      'Orchardine Notes Cloud runs on AWS in eu-central-1.',
      '',
      'The connector can also run in your own AWS, Azure or Google Cloud account. We recommend eu-west-2 for the connector.',
      '',
      '## Backups',
      '',
      'Backups are taken daily and kept for 30 days. We recommend keeping at least 90 days of exports on your side.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'deployment-guide.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Orchardine Notes']);
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
  });
});

/*
 * Answer key of customer-mail-dc-migration-ja.txt (a Japanese お知らせメール: 差出人 / 宛先 お客様各位 / 送信日時 / 件名 header,
 * `※本メールは送信専用`, ━ ruled ■ sections, 移行予定日, 変わらないこと / 変わること, a FAQ, a signature with a 販売パートナー,
 * a 配信停止 footer), written before it was ingested. The product's rule for a move still to come: where the service runs
 * today is stated; the target only INFERRED, low, for review (README, change-log).
 * Accept: vendor 株式会社ネムノキデータ; service ネムノキ経費精算; titled by the subject; dated 2026-01-20 (not the work's
 * date in the subject's brackets); aws:ap-northeast-1 STATED (`現在、…で運用しております`); azure:japaneast only INFERRED at
 * low confidence (the planned target); data in JP STATED (`移行後も引き続き日本国内`: true today as after the move, under
 * `変わらないこと`); ISO/IEC 27001 IS 748215; encryption (10.1.1); backups daily kept 14 days (today's values); maintenance
 * announced 7 days ahead (`これまでどおり`).
 * Reject: the after-move backups (6 hours, 30 days) while today's values stand; the planned West Japan copy
 * (`追加する予定`) as a region; the maintenance windows, the 8 hours of downtime, status updates every hour and the 30 days the
 * old environment is kept; the customer's firewall step and IP range; the 札幌 address in the signature as a data location;
 * the partner 株式会社コナラ商会 as vendor, dependency or sub-processor; the 配信停止 footer and `送信専用` line as facts;
 * the move day's section (`移行当日のサービス停止について`: status updates every hour) and the FAQ on the move's date
 * (`延期する場合がございます`) as practices.
 * Left (not asserted): the current backup sentence under `バックアップ方式の変更` also proposes change management (12.1.2).
 */
describe('a Japanese notice e-mail of a planned data-centre migration (件名, 移行予定日, 変わらないこと, 配信停止 footer)', () => {
  it('states where the service runs today and what stays the same; the target and the after-move values only for review or not at all', async () => {
    const { draft } = await ingestFixture('customer-mail-dc-migration-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ネムノキデータ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ネムノキ経費精算']);
    expect(draft.documents[0]).toMatchObject({
      title: '【重要】ネムノキ経費精算 データセンター移行のお知らせ（2026年3月14日実施予定）',
      publishedOn: '2026-01-20',
    });
    expect(draft.usesInfra.map((u) => [u.region, u.basis])).toEqual([
      ['aws:ap-northeast-1', 'STATED'],
      ['azure:japaneast', 'INFERRED'],
    ]);
    expect(draft.usesInfra[1]!.confidence).toBeLessThanOrEqual(0.4);
    // `移行後も引き続き日本国内`: what stays the same across the move is stated now.
    expect(draft.storesDataIn.map((s) => [s.country, s.basis])).toEqual([['JP', 'STATED']]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 748215']);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    // Today's backups, not the after-move ones; no window, downtime, status interval or old environment's 30 days.
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days', 'maintenanceNoticeDays=7 days']);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/コナラ/u);
    // The one-off move's day and its date's question are its arrangements, no standing practice.
    for (const heading of ['■ 移行当日のサービス停止について', 'Q. 移行日は変更になる可能性がありますか？'])
      expect(draft.sections.find((s) => s.heading === heading)?.skippedBecause).toMatch(/one-off move/u);
    expect(controlsOf(draft)).not.toContain('iso27017:CLD.12.4.5');
    expect(quotesOf(draft).filter((q) => /西日本|〒|札幌|配信|送信専用|unsubscribe|20\.48|ファイアウォール|6時間ごと|30日間|1時間ごと|延期/u.test(q))).toEqual(
      [],
    );
  });

  it('reads a value said of the state after a move as a plan where today’s is given, and a mailing’s unsubscribe lines as nothing', () => {
    const text = [
      'Subject: Your Pellmoor Boards data is moving to AWS Frankfurt on 12 April 2026',
      'Date: 2 March 2026',
      '',
      'Today Pellmoor Boards runs on AWS in eu-west-1. On 12 April 2026 we will migrate Pellmoor Boards to eu-central-1.',
      '',
      'What stays the same',
      '',
      'After the move, your data will remain in the European Union. Backups are kept for 14 days.',
      '',
      'What changes',
      '',
      'After the move, backups will be kept for 35 days.',
      '',
      'You are receiving this e-mail because you administer a Pellmoor Boards workspace. Unsubscribe from maintenance notices here.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'move-notice.txt' });
    expect(metricsOf(draft)).toEqual(['backupRetentionDays=14 days']);
    expect(quotesOf(draft).filter((q) => /Unsubscribe|receiving this/u.test(q))).toEqual([]);
  });
});

/*
 * Answer key of fisc-compliance-sheet-ja.md (a SaaS vendor's 「FISC安全対策基準 対応状況一覧」 for financial institutions: a
 * preface with the legend ○/△/×/－, then a Markdown table `基準番号 | 項目 | 対応状況（○/△/×/－） | 当社の対応内容 | 備考`),
 * written before it was ingested.
 * Accept: titled 「カラスザン融資ワークフロー」FISC安全対策基準 対応状況一覧, 第3.1版, 2025-11-20, by 株式会社カラスザンテック; the
 * service カラスザン融資ワークフロー; AWS Tokyo (ap-northeast-1) as hosting and JP as the data location; ISO/IEC 27001 as held
 * (the vendor's own, with its registration number); the incident notice within 24 hours, the daily backups kept 35 days, the
 * operation logs kept a year, encryption at rest and in transit, MFA, monitoring, yearly vulnerability tests; the 99.9 %
 * availability proposed only flagged as a target (its note says `SLA ではありません`); every quote opening on the answer's
 * words, not on the pipe after the ○ column.
 * Reject: ISO/IEC 27017 (△, 2026年度中の取得を予定); ISMAP (× row, 登録申請は検討中); the data-centre provider's SOC 2 Type2,
 * ISO/IEC 27001 and PCI DSS (AWS の公開情報, the provider's, not the vendor's); Osaka (ap-northeast-3) from the DR under study
 * in a 備考, the △ row planning a remote backup there, and the △ row whose note plans a copy there (its RTO with it); Direct
 * Connect and Singapore from × rows; the customer's duties (terminal malware protection and log monitoring under －/お客様に
 * て実施, and the `…はお客様の責任範囲です` note of the ID-management row); the data centre's siting and entry control (－).
 */
describe('a Japanese FISC compliance sheet (FISC安全対策基準 対応状況一覧, ○/△/×/－ table)', () => {
  it('proposes the vendor’s own practices and commitments, none of the ×/－ rows, plans, the provider’s certificates or the customer’s duties', async () => {
    const { draft } = await ingestFixture('fisc-compliance-sheet-ja.md');
    expect(draft.documents[0]).toMatchObject({
      title: '「カラスザン融資ワークフロー」FISC安全対策基準 対応状況一覧',
      version: '第3.1版',
      publishedOn: '2025-11-20',
      publisher: '株式会社カラスザンテック',
    });
    expect(draft.services.map((s) => s.name)).toEqual(['カラスザン融資ワークフロー']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(draft.certifiedBy[0]!.evidence.quote).toContain('当社は ISO/IEC 27001 の認証を取得しています');
    const metric = (name: string) => draft.disclosures.flatMap((d) => d.metrics).find((m) => m.name === name);
    expect(metric('incidentNotificationHours')).toMatchObject({ value: 24, unit: 'hours' });
    expect(metric('backupRetentionDays')).toMatchObject({ value: 35, unit: 'days' });
    const availability = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'));
    expect(availability?.reviewNote).toContain('target, not a commitment');
    const controls = draft.disclosures.map((d) => d.control);
    expect(controls).toEqual(expect.arrayContaining(['iso27017:16.1.2', 'iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:10.1.1', 'iso27017:9.4.2']));
    const quotes = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.disclosures].map((f) => f.evidence.quote);
    // A quote read after the ○ column opens on the answer's words, not on the cell's separator.
    expect(quotes.filter((q) => q.startsWith('|'))).toEqual([]);
    expect(
      quotes.filter((q) => /予定|検討中|委託元|お客様にて|責任範囲|行っていません|提供していません|該当なし|SOC 2|PCI|シンガポール|大阪|RTO/u.test(q)),
    ).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/ap-northeast-3|iso27017"|ismap|soc2|pci/u);
  });

  it('reads what a sentence leaves to the customer’s responsibility (`…はお客様の責任範囲です`) as no practice of the service', () => {
    const text = [
      'セキュリティ対策の概要',
      '',
      '## アカウント管理',
      '',
      '退職者のアカウントの削除は委託元（お客様）の責任範囲です。',
      '',
      '## バックアップ',
      '',
      'バックアップを毎日取得し、14日間保持しています。',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'overview.md' });
    expect(draft.disclosures.map((d) => d.evidence.quote)).toEqual(['バックアップを毎日取得し、14日間保持しています。']);
  });
});

/*
 * Answer key of tender-qa-answers-ja.txt (a city's 公募型プロポーザルに係る質問回答書 for a cloud system: the tender's title, the
 * date and the issuing department, then `質問番号 / 資料名 / 質問内容 / 回答` blocks, 以上 and a contact), written before it was
 * ingested. The city wrote it: the answers state what it requires (国内のデータセンターに保管することを必須とします, ISMAP登録
 * 必須, ISO/IEC 27001 必須, 7世代以上, 99.9%以上, 1時間以内, 30日以内), the questions are bidders' words (弊社では AWS の大阪
 * リージョンでの運用を想定しています, 現在ISMAPの登録申請中です), and the company it names (株式会社ウミネコ情報サービス) is the
 * current contractor asked to help migrate, no vendor of the document.
 * Accept: titled 鷺ノ浦市総合窓口クラウドシステム構築及び運用業務委託 公募型プロポーザルに係る質問回答書 (not the paragraph under it),
 * dated 2025-10-14, published by 鷺ノ浦市; a review note saying it is a buyer's answers to bidders' questions; vendor and service
 * placeholders.
 * Reject: every requirement and every question as a fact (AWS Osaka, JP, ISMAP, ISO/IEC 27001 and 27017, Azure,
 * backups, 99.9%, 1時間以内, 30日以内, 24時間365日); 株式会社ウミネコ情報サービス as the vendor or publisher.
 */
describe('a Japanese tender’s answers to bidders’ questions (質問回答書) written by the buyer', () => {
  it('proposes no fact from the buyer’s requirements or the bidders’ questions, names no vendor, and says why', async () => {
    const { draft } = await ingestFixture('tender-qa-answers-ja.txt');
    expect(draft.documents[0]).toMatchObject({
      title: '鷺ノ浦市総合窓口クラウドシステム構築及び運用業務委託 公募型プロポーザルに係る質問回答書',
      publishedOn: '2025-10-14',
      publisher: '鷺ノ浦市',
    });
    expect(draft.documents[0]!.reviewNote).toContain('answers to bidders’ questions');
    expect(draft.vendors.map((v) => v.rule)).toEqual(['names.placeholder-from-file-name']);
    expect(draft.services.map((s) => s.rule)).toEqual(['names.placeholder-from-file-name']);
    expect(JSON.stringify(draft)).not.toMatch(/ウミネコ/u);
    expect([draft.certifiedBy, draft.usesInfra, draft.storesDataIn, draft.disclosures, draft.dependsOn]).toEqual([[], [], [], [], []]);
  });

  it('reads English clarification answers of a tender as the buyer’s, named by its `Issued by` field', () => {
    const text = [
      'Invitation to Tender: Cloud Case Management System (ITT 2025-031)',
      'Clarification Questions and Answers',
      '',
      'Issued by: Harrowby District Council',
      'Date: 14 October 2025',
      '',
      'Question 1: We host on Azure in UK South. Is that acceptable?',
      'Answer: Yes. All Council data must be stored in the United Kingdom.',
      '',
      'Question 2: Is ISO/IEC 27001 certification required at the time of bidding?',
      'Answer: Yes. Bidders must hold a current ISO/IEC 27001 certificate.',
      '',
      'Question 3: What backup retention is expected?',
      'Answer: Backups must be retained for at least 30 days.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'clarifications.txt' });
    expect([draft.certifiedBy, draft.usesInfra, draft.storesDataIn, draft.disclosures]).toEqual([[], [], [], []]);
    expect(draft.documents[0]!.publisher).toBe('Harrowby');
    expect(draft.documents[0]!.reviewNote).toContain('answers to bidders’ questions');
  });
});

/*
 * Answer key of security-whitepaper-caps-title.txt (an English security whitepaper whose title block opens with the
 * company's name in capitals over `Security Whitepaper`, a lead naming the company with its registration number in brackets
 * and the product it provides, `1.1`-style numbered sections, a sub-processor table), written before it was ingested.
 * Accept: the product Quarrylight Insights (not the company's name in capitals); version 4.2, March 2026; AWS Sydney
 * (hosting) and Melbourne (the snapshots' copy); AU; ISO/IEC 27001 with its number; logs 400 days; patching and yearly
 * penetration tests; 72-hour incident notice; deletion within 14 days; nightly snapshots kept 30 days; Amazon Time Sync.
 * Reject: the planned IRAP assessment; AWS's own ISO/IEC 27017 and SOC 2; New Zealand as a data location (customers there);
 * the customer's own accounts, SSO and retained copies; the 30-day export window as a deletion period; the RPO/RTO as
 * backup values; the sub-processors' countries and the office in Melbourne as data locations.
 */
describe('an English security whitepaper titled by the company in capitals, the product named in its lead', () => {
  it('names the product the lead says the company provides, and proposes the facts of its sections', async () => {
    const { draft } = await ingestFixture('security-whitepaper-caps-title.txt');
    expect(draft.services[0]!.name).toBe('Quarrylight Insights');
    expect(draft.documents[0]).toMatchObject({ version: 'version 4.2', publishedOn: '2026-03-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-southeast-2', 'aws:ap-southeast-4']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['AU']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781204']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=14 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=400 days',
    ]);
    expect(quotesOf(draft).filter((q) => /IRAP|Artifact|New Zealand|single sign-on|Collins Street|export their data/u.test(q))).toEqual([]);
  });

  it('takes the product from `X Pty Ltd (ABN …) provides Y`, the title being the company in capitals', () => {
    const text = [
      'HOLLOWAY MAPS',
      'Security Overview',
      '',
      'Holloway Maps Pty Ltd (ACN 612 004 117) provides Holloway Routes, a delivery planning service.',
      '',
      '1 Hosting',
      'Holloway Routes is hosted on Amazon Web Services in ap-southeast-2.',
      '',
    ].join('\n');
    expect(ingestText(text, { fileName: 'holloway.txt' }).services.map((s) => s.name)).toEqual(['Holloway Routes']);
  });
});

/*
 * Answer key of customer-case-study-ja.txt (a Japanese 導入事例: the customer's profile, its staff's words as paragraphs
 * closed by their attribution with no quotation marks, `…でした。（総務部 佐藤様）` then `…必須でした。（同）`, a section on the
 * product's security in the vendor's words, and the customer's wishes in 「」), written before it was ingested.
 * Accept: the product コケモモ勤怠 and its vendor; AWS Tokyo (running) and Osaka (backups kept 7 days, daily); JP, its
 * evidence the vendor's sentence; ISO/IEC 27001 and 27017 with their numbers.
 * Reject: the customer's own Azure 西日本 core system and its own data centre; the customer's head office in 横浜 and its
 * headcount; the wished-for SOC 2 report; the customer's selection criteria as the evidence of where data is kept; the
 * 48 sites and the 3 days as values.
 */
describe('a Japanese 導入事例 whose interview paragraphs close with the speaker in brackets, unquoted', () => {
  it('reads the vendor’s security section, not what the customer says of its own systems or wishes', async () => {
    const { draft } = await ingestFixture('customer-case-study-ja.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['コケモモ勤怠']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => [s.country, s.evidence.section])).toEqual([['JP', '■ コケモモ勤怠のセキュリティ']]);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 660012', 'iso27017 CLOUD 660013']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=7 days']);
    expect(quotesOf(draft).filter((q) => /基幹システム|自社のデータセンター|SOC 2|横浜|重視した/u.test(q))).toEqual([]);
  });

  it('takes a line closed by `（…様）` or `（同）` as the speaker’s words, so its `当社` is the speaker’s company', () => {
    const text = [
      'ハシバミ会計 導入事例',
      '',
      '株式会社ハシバミソフト',
      '',
      '■ 導入の背景',
      '当社の販売管理システムはGoogle Cloudの大阪リージョンで稼働しています。（経理部 田中様）',
      '',
      '■ セキュリティ',
      'ハシバミ会計はAWSの東京リージョンで稼働しています。',
      '',
    ].join('\n');
    expect(regionsOf(ingestText(text, { fileName: 'hashibami.txt' }))).toEqual(['aws:ap-northeast-1']);
  });
});

/*
 * Answer key of iso27017-disclosure-table-ja.txt (a Japanese ISO/IEC 27017 disclosure as one tab-separated table `項番 |
 * 管理策 | 当社の実施内容`, its 管理策 cells the standard's control titles, the product in a `対象サービス：` field under a
 * title that names none), written before it was ingested.
 * Accept: the product ハナノキ文書管理 (the field, not the title's words); one section per row, headed by its control's
 * title; each row's disclosure under the control its title names (`実務管理者の運用のセキュリティ` → CLD.12.1.5, though its
 * text speaks of logs); Google Cloud Tokyo, JP, NICT; deletion within 30 days, daily backups of 14 generations, logs kept a
 * year, incident notice within 72 hours; ISO/IEC 27001 and 27017, each with its number from `（認証番号 A、B）`.
 * Reject: `クラウドサービスに関する (ISO` or any part of the title as the product; the header row as a section.
 */
describe('a Japanese ISO/IEC 27017 disclosure as one table: 管理策 titles beside 当社の実施内容', () => {
  it('reads each row as a section under the control its title names, and the product from its field', async () => {
    const { draft } = await ingestFixture('iso27017-disclosure-table-ja.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['ハナノキ文書管理']);
    expect(draft.sections.map((s) => s.heading)).toHaveLength(10);
    expect(draft.sections[0]!.heading).toBe('クラウドコンピューティング環境における役割及び責任の共有及び分担');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    // The two numbers listed after `認証番号` pair with the two schemes in order.
    expect(certificatesOf(draft)).toEqual(['iso27001 JUSE-IR-771', 'iso27017 JUSE-CL-772']);
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
      'logRetentionDays=1 years',
    ]);
    const admin = draft.disclosures.find((d) => d.evidence.quote.includes('特権操作'));
    expect(admin).toMatchObject({ control: 'iso27017:CLD.12.1.5', evidence: { section: '実務管理者の運用のセキュリティ' } });
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:CLD.6.3.1', 'iso27017:CLD.8.1.5', 'iso27017:CLD.9.5.1', 'iso27017:12.3.1', 'iso27017:12.4.4', 'iso27017:16.1.2']),
    );
  });

  it('maps a control-title cell in English too, and keeps a slash between letters inside a title part', () => {
    const text = [
      'Cloud Security Disclosure / ASP/SaaS edition',
      '',
      'Service: Larchfield Notes',
      '',
      'Control\tOur practice',
      "Administrator's operational security\tPrivileged operations need an approved ticket; operator logs are kept for 400 days.",
      'Information backup\tBackups are taken daily.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'larchfield.txt' });
    expect(draft.services.map((s) => s.name)).toEqual(['Larchfield Notes']);
    expect(draft.disclosures.find((d) => d.evidence.quote.includes('Privileged'))?.control).toBe('iso27017:CLD.12.1.5');
  });
});

/*
 * Answer key of toms-annex-gdpr.md (an English `Annex II` of a SaaS vendor's Data Processing Agreement: Technical and
 * Organisational Measures under GDPR Art. 32, headed measure groups of bullets, a footnote), written before it was ingested.
 * Accept: vendor Ferncastle Systems GmbH; service Ferncastle Desk (the bold line under the title, not the subtitle
 * `Technical and Organisational Measures`); titled `Data Processing Agreement – Annex II`, version 2.3, dated 2025-09-15 (the
 * version line `Version 2.3 – effective 15 September 2025` dates the annex itself); the subtitle heading part of the title
 * block, no section; hosting aws:eu-central-1 and data in DE; the Amazon Time Sync Service; encryption (10.1.1), MFA for
 * administrators (9.4.2, `The Processor shall enforce …`: a processor's `shall` is its commitment), daily backups kept 35 days,
 * audit logs kept 12 months, the weekly vulnerability scans (12.6.1), the breach notice within 48 hours and deletion within
 * 30 days after termination (both `The Processor shall …`); the vendor's own office badge system as its physical entry
 * control (11.1.2).
 * Reject: the hosting provider's data centres (`Our hosting provider's data centres in Frankfurt are ISO 27001-certified and
 * protected by …`) as an ISO/IEC 27001 certificate or as the vendor's physical or access control (9.2.2 from the heading
 * `Physical access control`); pseudonymisation `where appropriate`, checksums `Where applicable`, service levels `as
 * applicable` and the DR plan that `may be tested`; the Controller's duties (its users' two-factor authentication, notifying
 * the authority); the sub-processor's us-central1, United States and SOC 2 Type II; the office's Austria as a data location;
 * the ISMS `aligned with ISO/IEC 27001` and the footnote's certification planned for 2026 (no certificate, no 18.2.1).
 */
describe('an English DPA Annex II of technical and organisational measures (GDPR Art. 32)', () => {
  it('reads the processor’s measures and commitments, not the hosting provider’s facilities, hedges, the controller’s duties or a plan', async () => {
    const { draft } = await ingestFixture('toms-annex-gdpr.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Ferncastle Systems GmbH']);
    expect(draft.services.map((s) => s.name)).toEqual(['Ferncastle Desk']);
    expect(draft.documents[0]).toMatchObject({ title: 'Data Processing Agreement – Annex II', version: 'Version 2.3', publishedOn: '2025-09-15' });
    // `## Technical and Organisational Measures (Art. 32 GDPR)` right under the title, over the title block's fields: no section.
    expect(draft.sections[0]!.heading).toBe('1. Hosting and data location');
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['DE']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(certificatesOf(draft)).toEqual([]);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
    ]);
    const controls = controlsOf(draft);
    expect(controls).toEqual(
      expect.arrayContaining([
        'iso27017:10.1.1',
        'iso27017:9.4.2',
        'iso27017:12.3.1',
        'iso27017:12.4.4',
        'iso27017:12.6.1',
        'iso27017:16.1.2',
        'iso27017:CLD.8.1.5',
      ]),
    );
    // Physical access of people to buildings is no user access provisioning; an ISMS aligned with a standard no independent review.
    expect(controls.filter((c) => c === 'iso27017:9.2.2' || c === 'iso27017:18.2.1')).toEqual([]);
    expect(draft.disclosures.find((d) => d.control === 'iso27017:11.1.2')!.evidence.quote).toContain("The Processor's office");
    expect(draft.disclosures.find((d) => d.control === 'iso27017:9.4.2')!.evidence.quote).toContain('The Processor shall enforce');
    expect(
      quotesOf(draft).filter((q) =>
        /hosting provider's|where appropriate|Where applicable|as applicable|may be tested|Controller is responsible|Brackenridge|us-central1|SOC 2|plans to|aligned with/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/"AT"|"US"|gcp:|soc2|iso27001"/u);
  });

  it('reads a cloud provider’s data centres as its own measures, in English and Japanese, and the vendor’s office as the vendor’s', () => {
    const text = [
      'Security overview',
      '',
      '## Physical security',
      '',
      "- The cloud provider's facilities are staffed around the clock and protected by biometric access control.",
      '- AWS のデータセンターは生体認証による入退室管理を行っています。',
      '- Entry to our office is controlled by badge readers and logged.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'overview.md' });
    expect(draft.disclosures.map((d) => [d.control, d.evidence.quote])).toEqual([
      ['iso27017:11.1.2', 'Entry to our office is controlled by badge readers and logged.'],
    ]);
  });

  it('dates a document by a version line’s effective date, which a notice of a change would not', () => {
    const annex = ['Security Annex', '', 'Version 4.1 – effective 1 March 2025', '', '## Backups', '', 'Backups are taken daily.', ''].join('\n');
    expect(ingestText(annex, { fileName: 'annex.md' }).documents[0]!.publishedOn).toBe('2025-03-01');
    const notice = ['Security Annex', '', 'Updated 10 January 2025 – effective 1 March 2025', '', '## Backups', '', 'Backups are taken daily.', ''].join('\n');
    expect(ingestText(notice, { fileName: 'notice.md' }).documents[0]!.publishedOn).toBe('2025-01-10');
  });
});

/*
 * Answer key of sales-deck-ja.txt (a Japanese サービス紹介資料 exported from slides to text, each slide opened by a `[スライドN]`
 * marker: a title slide, 課題, features, 選ばれる理由, 導入企業ロゴ, a 導入事例, 料金プラン, セキュリティ, a roadmap, 会社概要 and
 * お問い合わせ), written before it was ingested.
 * Accept: vendor 株式会社クヌギソフト (Kunugi Soft Inc.); service クヌギ契約クラウド; titled `クヌギ契約クラウド サービス紹介資料`
 * (the product over the deck's kind), dated 2025-11-01 (2025年11月); from the セキュリティ slide AWS Tokyo (ap-northeast-1), JP,
 * ISO/IEC 27001 IS 804517, daily backups of 7 generations, encryption (10.1.1), MFA (9.4.2), deletion within 60 days of
 * termination; `稼働率99.99%（2024年度実績）` only as a record, for review (measured, not committed).
 * Reject: the roadmap (ISMAP `2026年春 … 登録予定`, the Singapore region `対応予定`); the customers of the logo slide and the
 * case study (names, 80%, 420万円, their Azure 東日本) as vendors, dependencies, hosting or metrics; the superlatives (`業界最高水準`,
 * `国内トップクラス`) and `最短3営業日で導入`; the offices (品川, 大阪, the Singapore sales office) as data locations; the
 * 30-day renewal reminder as a notice period; the slide markers in any heading or quote.
 */
describe('a Japanese sales deck (サービス紹介資料) exported from slides to text', () => {
  it('reads the security slide, the measured availability as a record, and nothing of the roadmap, customers, superlatives or offices', async () => {
    const { draft } = await ingestFixture('sales-deck-ja.txt');
    expect(draft.vendors[0]).toMatchObject({ id: 'kunugi-soft-inc', name: '株式会社クヌギソフト', nameEn: 'Kunugi Soft Inc.' });
    expect(draft.services.map((s) => s.name)).toEqual(['クヌギ契約クラウド']);
    // `サービス紹介資料` under the product says what the deck is: the title joins them.
    expect(draft.documents[0]).toMatchObject({ title: 'クヌギ契約クラウド サービス紹介資料', publishedOn: '2025-11-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 804517']);
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.99 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
    ]);
    // `（2024年度実績）` right after the value: what was measured, not what is committed.
    const availability = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'availabilityPercent'))!;
    expect(availability.reviewNote).toContain('measured over a past period');
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:CLD.8.1.5']));
    expect(draft.dependsOn).toEqual([]);
    expect(draft.sections.map((s) => s.heading).filter((h) => /スライド/u.test(h))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /業界最高|トップクラス|最短|導入事例|80%|品川|大阪|予定|スライド|30日前/u.test(q))).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/あおば|いずみ野|北斗|つばき|Azure|azure|ismap|ap-southeast|"SG"/u);
  });

  it('takes a value with a bracketed note that it was measured (`99.98% (FY2024 actual)`) as a record', () => {
    const text = ['Why customers choose us', '', '• Availability 99.98% (FY2024 actual)', ''].join('\n');
    const draft = ingestText(text, { fileName: 'deck.txt' });
    expect(draft.disclosures.flatMap((d) => (d.metrics.length ? [d.reviewNote] : []))).toEqual([expect.stringContaining('measured over a past period')]);
  });
});

/** Each fact as `service value` (a region, a country or a time source), sorted, to tell which service it was given to. */
const byService = (facts: ReadonlyArray<{ service: string; region?: string; country?: string; timeSource?: string }>) =>
  facts.map((f) => `${f.service} ${f.region ?? f.country ?? f.timeSource}`).sort();
/** Each metric as `service name=value unit`, sorted. */
const metricsByService = (draft: SeedFile) => draft.disclosures.flatMap((d) => d.metrics.map((m) => `${d.service} ${m.name}=${m.value} ${m.unit}`)).sort();

/*
 * Answer key of two-services-spec-ja.md (株式会社シラサギ・テクノロジーズ's 共通セキュリティ仕様書 for two services defined
 * together, `「シラサギ販売管理」と「シラサギ在庫管理」（以下あわせて「本サービス」といいます。）`, set side by side as the columns
 * of its tables, `| 項目 | シラサギ販売管理 | シラサギ在庫管理 |`), written before it was ingested.
 * Accept: both services (names.collective-definition); 販売管理 on Azure japaneast with its backup in japanwest, 在庫管理 on
 * AWS ap-northeast-1 with its backup in ap-northeast-3, each quoted by its own row (稼働リージョン, バックアップ保管先); JP for
 * both (the shared `データ保管国 | 日本 | 日本` row); ISO/IEC 27001 IS 771204 and プライバシーマーク for the company, ISO/IEC
 * 27017 CLOUD 771288 with a note that it is stated for 販売管理 only; backups 1日1回 for both (a shared row), 14日間/14世代 for
 * 販売管理 and 35日間/35世代 for 在庫管理, 99.9 % and 99.5 %, 7日前 maintenance notice, 1年間 logs, 30日以内 deletion and 24時間以内
 * incident notice for both; time from Azure for 販売管理 and Amazon Time Sync Service for 在庫管理 (one clause each).
 * Reject: one service's region or value given to the other; the 開発・検証環境 row's eastus and us-east-1; a US location; the
 * weekly export the customer is advised to make as a backup interval; 在庫管理's planned ISO/IEC 27017.
 */
describe('a Japanese specification for two services set side by side as table columns', () => {
  it('names both services and gives each column’s cells to its own service, quoted by their row', async () => {
    const { draft } = await ingestFixture('two-services-spec-ja.md');
    expect(draft.services.map((s) => [s.name, s.rule])).toEqual([
      ['シラサギ販売管理', 'names.collective-definition'],
      ['シラサギ在庫管理', 'names.collective-definition'],
    ]);
    const [sales, stock] = draft.services.map((s) => s.id) as [string, string];
    expect(draft.vendors[0]!.name).toBe('株式会社シラサギ・テクノロジーズ');
    expect(draft.documents[0]).toMatchObject({ title: 'クラウドサービス 共通セキュリティ仕様書', publishedOn: '2026-01-15', version: '第1.3版' });
    expect(byService(draft.usesInfra)).toEqual(
      [`${sales} azure:japaneast`, `${sales} azure:japanwest`, `${stock} aws:ap-northeast-1`, `${stock} aws:ap-northeast-3`].sort(),
    );
    const quoteOf = (service: string, region: string) => draft.usesInfra.find((u) => u.service === service && u.region === region)!.evidence.quote;
    expect(quoteOf(sales, 'azure:japaneast')).toMatch(/^\| 稼働リージョン \|/u);
    expect(quoteOf(stock, 'aws:ap-northeast-3')).toMatch(/^\| バックアップ保管先 \|/u);
    expect(byService(draft.storesDataIn)).toEqual([`${sales} JP`, `${stock} JP`].sort());
  });

  it('reads a row both columns share as both services’, one column’s value as its service’s only', async () => {
    const { draft } = await ingestFixture('two-services-spec-ja.md');
    const [sales, stock] = draft.services.map((s) => s.id) as [string, string];
    expect(metricsByService(draft)).toEqual(
      [
        `${sales} backupInterval=1 days`,
        `${stock} backupInterval=1 days`,
        `${sales} backupRetentionDays=14 days`,
        `${stock} backupRetentionDays=35 days`,
        `${sales} backupGenerations=14 generations`,
        `${stock} backupGenerations=35 generations`,
        `${sales} availabilityPercent=99.9 percent`,
        `${stock} availabilityPercent=99.5 percent`,
        `${sales} maintenanceNoticeDays=7 days`,
        `${stock} maintenanceNoticeDays=7 days`,
        `${sales} logRetentionDays=1 years`,
        `${stock} logRetentionDays=1 years`,
        `${sales} dataDeletionDays=30 days`,
        `${stock} dataDeletionDays=30 days`,
        `${sales} incidentNotificationHours=24 hours`,
        `${stock} incidentNotificationHours=24 hours`,
      ].sort(),
    );
  });

  it('gives a certificate noted `（Xのみ、…）` and a clause `Xは …、Yは …` to the service they name', async () => {
    const { draft } = await ingestFixture('two-services-spec-ja.md');
    const [sales, stock] = draft.services.map((s) => s.id) as [string, string];
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204', 'iso27017 CLOUD 771288', 'privacymark 21004477(03)']);
    const notes = Object.fromEntries(draft.certifiedBy.map((c) => [c.certification, c.reviewNote ?? '']));
    expect(notes.iso27017).toContain('Stated for シラサギ販売管理 only');
    expect(notes.iso27001).not.toContain('Stated for');
    expect(byService(draft.syncsTimeWith)).toEqual([`${sales} azure-ntp`, `${stock} aws-ntp`].sort());
  });
});

/*
 * Answer key of product-comparison-sheet.md (Tolvarra Software Ltd's English `Security overview` of two products defined as
 * `Tolvarra Books and Tolvarra Shifts (together, the "Services")`, compared in `| Item | Tolvarra Books | Tolvarra Shifts |`
 * tables), written before it was ingested.
 * Accept: both products (names.collective-definition), the vendor, dated 2026-01-12; Books on AWS eu-west-2 with its backup
 * copy in eu-west-1, Shifts on Google Cloud europe-west2; Books keeping data in GB and IE, Shifts in GB; ISO/IEC 27001 IS
 * 804412 for both (a shared row) and SOC 2 noted as stated for Books only (Shifts' is `Planned for 2026`); backups every 6
 * hours for both, kept 35 days (Books) and 14 days (Shifts); 99.9 % and 99.5 %; 5 days' notice of maintenance (the row's
 * label says notice); 400-day logs, 48-hour breach notice and 60-day deletion for both; Amazon Time Sync Service for Books
 * and Google's NTP for Shifts (one clause each); Mailgrove Inc. as a dependency.
 * Reject: one product's region given to the other (gcp for Books, aws for Shifts, also from the sub-processor rows `Hosting
 * of Tolvarra Books`); the staging/test row's us-east-1 and us-central1; the Mailgrove row's United States and the support
 * team's India as locations; the suggested weekly export and the quarterly restore test as backup intervals.
 */
describe('an English product comparison sheet: two products as the columns of its tables', () => {
  it('names both products and gives each column’s hosting and locations to its own product', async () => {
    const { draft } = await ingestFixture('product-comparison-sheet.md');
    expect(draft.services.filter((s) => s.rule === 'names.collective-definition').map((s) => s.id)).toEqual(['tolvarra-books', 'tolvarra-shifts']);
    expect(draft.vendors[0]).toMatchObject({ id: 'tolvarra-software-ltd', name: 'Tolvarra Software Ltd' });
    expect(draft.documents[0]!.publishedOn).toBe('2026-01-12');
    expect(byService(draft.usesInfra)).toEqual(['tolvarra-books aws:eu-west-1', 'tolvarra-books aws:eu-west-2', 'tolvarra-shifts gcp:europe-west2']);
    expect(byService(draft.storesDataIn)).toEqual(['tolvarra-books GB', 'tolvarra-books IE', 'tolvarra-shifts GB']);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toContain('mailgrove-inc');
  });

  it('reads each product’s values from its column and a shared row as both products’', async () => {
    const { draft } = await ingestFixture('product-comparison-sheet.md');
    expect(metricsByService(draft)).toEqual(
      [
        'tolvarra-books backupInterval=6 hours',
        'tolvarra-shifts backupInterval=6 hours',
        'tolvarra-books backupRetentionDays=35 days',
        'tolvarra-shifts backupRetentionDays=14 days',
        'tolvarra-books availabilityPercent=99.9 percent',
        'tolvarra-shifts availabilityPercent=99.5 percent',
        'tolvarra-books maintenanceNoticeDays=5 days',
        'tolvarra-shifts maintenanceNoticeDays=5 days',
        'tolvarra-books logRetentionDays=400 days',
        'tolvarra-shifts logRetentionDays=400 days',
        'tolvarra-books incidentNotificationHours=48 hours',
        'tolvarra-shifts incidentNotificationHours=48 hours',
        'tolvarra-books dataDeletionDays=60 days',
        'tolvarra-shifts dataDeletionDays=60 days',
      ].sort(),
    );
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 804412', 'soc2 -']);
    const notes = Object.fromEntries(draft.certifiedBy.map((c) => [c.certification, c.reviewNote ?? '']));
    expect(notes.soc2).toContain('Stated for Tolvarra Books only');
    expect(notes.iso27001).not.toContain('Stated for');
    expect(byService(draft.syncsTimeWith)).toEqual(['tolvarra-books aws-ntp', 'tolvarra-shifts google-ntp']);
  });

  it('names every service of a collective definition, in Japanese and in English', () => {
    const ja = [
      '# セキュリティ仕様書',
      '',
      '本書は、当社の「ツキミ会計」、「ツキミ労務」および「ツキミ請求」（以下総称して「本サービス」）について記載します。',
      '',
      '## バックアップ',
      '',
      'バックアップを毎日取得し、30日間保管します。',
      '',
    ].join('\n');
    expect(ingestText(ja, { fileName: 'spec.md' }).services.map((s) => s.name)).toEqual(['ツキミ会計', 'ツキミ労務', 'ツキミ請求']);
    const en = [
      '# Security overview',
      '',
      'This page covers Ardent Ledger and Ardent Payroll (collectively, the "Services").',
      '',
      '## Backups',
      '',
      'Backups are taken daily and kept for 30 days.',
      '',
    ].join('\n');
    expect(ingestText(en, { fileName: 'overview.md' }).services.map((s) => s.name)).toEqual(['Ardent Ledger', 'Ardent Payroll']);
  });

  it('gives a row whose service columns agree to every service, and a row whose columns differ to each its own', () => {
    const text = [
      '# Security overview',
      '',
      'This page covers Ardent Ledger and Ardent Payroll (together, the "Services").',
      '',
      '## Hosting',
      '',
      '| Item | Ardent Ledger | Ardent Payroll |',
      '| --- | --- | --- |',
      '| Hosting region | AWS ap-southeast-2 (Sydney) | AWS ap-southeast-2 (Sydney) |',
      '| Backup retention | 30 days | 90 days |',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'overview.md' });
    expect(byService(draft.usesInfra)).toEqual(['ardent-ledger aws:ap-southeast-2', 'ardent-payroll aws:ap-southeast-2']);
    expect(metricsByService(draft)).toEqual(['ardent-ledger backupRetentionDays=30 days', 'ardent-payroll backupRetentionDays=90 days']);
  });

  it('gives a sentence whose subject is one service, or a certificate noted `(X only, …)`, to that service', () => {
    const text = [
      '# Security overview',
      '',
      'This page covers Ardent Ledger and Ardent Payroll (together, the "Services").',
      '',
      '## Certifications',
      '',
      '- ISO/IEC 27001 (certificate no. IS 100200)',
      '- ISO/IEC 27017 (Ardent Ledger only, certificate no. CLD 100201)',
      '',
      '## Hosting',
      '',
      'Ardent Ledger runs on AWS in ap-southeast-2. Ardent Payroll runs on Google Cloud australia-southeast1.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'overview.md' });
    expect(byService(draft.usesInfra)).toEqual(['ardent-ledger aws:ap-southeast-2', 'ardent-payroll gcp:australia-southeast1']);
    const notes = Object.fromEntries(draft.certifiedBy.map((c) => [c.certification, c.reviewNote ?? '']));
    expect(notes.iso27017).toContain('Stated for Ardent Ledger only');
    expect(notes.iso27001).not.toContain('Stated for');
  });
});

/*
 * Answer key of tekiyou-sengensho-ja.txt (a Japanese SaaS vendor's 適用宣言書 published to customers: a title block of
 * document-control fields, then tab-separated tables `管理策番号 | 管理策 | 適用（○/×） | 適用・除外の理由 | 実施状況` for ISO/IEC
 * 27001:2013 Annex A and the ISO/IEC 27017 CLD controls), written before it was ingested.
 * Accept: vendor 株式会社イカルテック; service イカル請求クラウド (`「X」（以下「本サービス」）`; `情報セキュリティマネジメントシステム` is
 * the ISMS, not a product); title `情報セキュリティマネジメントシステム 適用宣言書` (the two lines), version 第4版, dated 2025-08-01
 * (改訂日, not 制定日 2020-04-01 nor the approval of 2025-07-28); AWS Tokyo (ap-northeast-1) and JP from the 17.2.1 row; Amazon
 * Time Sync Service; under each ○ row's control the 実施状況 it states: daily backups of 7 generations (12.3.1), logs kept 1
 * year (12.4.1), incidents notified within 48 hours (16.1.2), deletion within 60 days after the contract ends (CLD.8.1.5),
 * MFA (9.4.2), encryption (10.1.1), change review (12.1.2), environments apart (12.1.4), training (7.2.2), access review
 * (9.2.2), the shared responsibility table (CLD.6.3.1), per-tenant separation (CLD.9.5.1), the yearly review of the
 * provider's assurance report (15.1.1).
 * Reject: the × rows, whatever their reason names (the provider's physical security, its entry records kept 1 year, media
 * disposal to NIST SP 800-88, outsourced development, CLD.13.1.4); ○ rows whose 実施状況 is only a status (`導入済み`),
 * `規程に基づき実施` or a plan (`計画中（2026年度導入予定）`, the Osaka backup copy `2026年度導入予定`, ISO/IEC 27017 `2026年度取得予定`,
 * CLD.12.4.5 `2026年度導入予定`), so no ap-northeast-3, no 12.6.1, no 17.1.2, no 18.2.1 and no certificate; AWS's own ISO/IEC
 * 27001/27017 (the provider's); the 適用・除外の理由 column (`顧客データ保護のため`); the 承認者, 作成 and 文書番号 fields; the
 * 改訂履歴's `5世代から7世代`; the numbered table headings as quotes.
 */
describe('a Japanese 適用宣言書 of a SaaS vendor: tab-separated 管理策番号 | 管理策 | 適用（○/×） | 適用・除外の理由 | 実施状況', () => {
  it('proposes the 実施状況 of the applied controls, nothing of an excluded, status-only or planned row, the provider’s certificates or the document-control fields', async () => {
    const { draft } = await ingestFixture('tekiyou-sengensho-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社イカルテック']);
    // The ISMS is the company's management system; `作成：情報セキュリティ委員会` files the document: neither names the product.
    expect(draft.services.map((s) => s.name)).toEqual(['イカル請求クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '情報セキュリティマネジメントシステム 適用宣言書', version: '第4版', publishedOn: '2025-08-01' });
    // Tokyo from the applied 17.2.1 row; not the Osaka copy its 17.1.2 row plans for 2026年度.
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    // AWS's certificates are the provider's; ISO/IEC 27017 is to be obtained in 2026年度.
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
    ]);
    const controls = controlsOf(draft);
    expect(controls).toEqual(
      expect.arrayContaining([
        'iso27017:7.2.2',
        'iso27017:9.2.2',
        'iso27017:9.4.2',
        'iso27017:10.1.1',
        'iso27017:12.1.2',
        'iso27017:12.1.4',
        'iso27017:12.3.1',
        'iso27017:12.4.1',
        'iso27017:12.4.4',
        'iso27017:15.1.1',
        'iso27017:16.1.2',
        'iso27017:17.2.1',
        'iso27017:CLD.6.3.1',
        'iso27017:CLD.8.1.5',
        'iso27017:CLD.9.5.1',
      ]),
    );
    // Excluded rows (physical security, media disposal, outsourced development, CLD.13.1.4), a status-only row (6.1.2),
    // rule-only rows (8.2.1, 12.2.1, CLD.12.1.5) and planned rows (12.6.1, 17.1.2, 18.2.1, CLD.9.5.2, CLD.12.4.5).
    for (const control of [
      'iso27017:6.1.2',
      'iso27017:8.2.1',
      'iso27017:11.1.1',
      'iso27017:11.1.2',
      'iso27017:11.2.7',
      'iso27017:12.2.1',
      'iso27017:12.6.1',
      'iso27017:14.2.7',
      'iso27017:17.1.2',
      'iso27017:18.2.1',
      'iso27017:CLD.9.5.2',
      'iso27017:CLD.12.1.5',
      'iso27017:CLD.12.4.5',
      'iso27017:CLD.13.1.4',
    ])
      expect(controls).not.toContain(control);
    expect(
      quotesOf(draft).filter((q) =>
        /除外|導入済み|規程に基づき|予定|計画中|NIST|大阪|ap-northeast-3|入館|高森|ISMS-S|作成：|世代から|27017:2015|のため$/u.test(q),
      ),
    ).toEqual([]);
  });

  it('reads a one-sentence 実施状況 closed by a plan or a bare status as nothing, a practice before a plan as the practice', () => {
    const text = [
      '適用宣言書',
      '',
      '管理策番号\t管理策\t適用（○/×）\t実施状況',
      'A.12.3.1\t情報のバックアップ\t○\tバックアップを毎日取得している。西日本リージョンへの複製は2026年度導入予定',
      'A.12.4.1\tイベントログ取得\t○\t実施済',
      'A.16.1.2\t情報セキュリティ事象の報告\t○\t検知から24時間以内の通知は2026年度導入予定です',
      'A.12.4.4\tクロックの同期\t×\tNICTのNTPサーバに同期（IaaS事業者の管理策に依存）',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'soa.txt' });
    expect(controlsOf(draft)).toEqual(['iso27017:12.3.1']);
    expect(draft.syncsTimeWith).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days']);
  });
});

/*
 * Answer key of audit-findings-response.md (an English vendor's written response to the findings of a customer's security
 * audit, a corrective action plan: a cover block, the vendor's current position, a findings tracker table, then one item per
 * finding of `Severity` / `Auditor's observation` / `Our response` / `Corrective action` / `Evidence` / `Target date` /
 * `Status` fields), written before it was ingested.
 * Accept: vendor Brindlecote Systems Ltd; service Brindlecote Ledger (`**X Ltd** — Y`); title `Response to Security Audit
 * Findings` dated 2025-10-14 (`Date of this response`, not the fieldwork's 13 June or the report's 4 July); AWS eu-west-2, GB;
 * ISO/IEC 27001 IS 731592 by BSI until 2027-03-31; backups daily kept 35 days, audit logs 13 months, breach notice within 24
 * hours (the current-position statements); and, as the README's rule for done work says (a change made is the practice, a
 * plan or work in progress is not), the corrective actions of the findings whose status is Closed: quarterly restore tests
 * (12.3.1) and MFA enforced for all administrators (9.4.2).
 * Reject: every auditor's observation (`Backups were not tested in 2024`, `MFA was not enforced for 3 of 12`, `keys … are not
 * rotated`, `kept for 90 days, below the customer's requirement of 12 months`, `No SOC 2 report is available`: no practice,
 * no 90 days or 12 months, no SOC 2); the open corrective actions (customer-managed keys in AWS KMS, 10.1.2; the eu-west-1
 * Ireland DR copy with an 8-hour RTO; the SOC 2 Type II planned for 2026); the tracker rows and the Severity / Target date /
 * Status / Evidence fields as quotes; the auditor firm Ostlake Assurance LLP and its Manchester address, the customer Veyrier
 * Mutual, the Prudential Regulation Authority (no vendor, dependency or location); the vendor's Bristol contact address.
 */
describe('an English response to a customer’s security audit findings (corrective action plan)', () => {
  it('reads the vendor’s current position and the closed corrective actions, never an observation, an open action or the tracker', async () => {
    const { draft } = await ingestFixture('audit-findings-response.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Brindlecote Systems Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Brindlecote Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'Response to Security Audit Findings', publishedOn: '2025-10-14' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 731592']);
    expect(draft.certifiedBy[0]).toMatchObject({ issuer: 'BSI', validUntil: '2027-03-31' });
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=13 months',
    ]);
    const controls = controlsOf(draft);
    expect(controls).toEqual(expect.arrayContaining(['iso27017:9.4.2', 'iso27017:12.3.1', 'iso27017:12.4.1', 'iso27017:16.1.2']));
    // The open action's customer-managed keys, the DR site's section and the auditor's `not rotated` keys give nothing.
    for (const control of ['iso27017:10.1.1', 'iso27017:10.1.2', 'iso27017:17.1.1', 'iso27017:17.1.2', 'iso27017:18.2.1'])
      expect(controls).not.toContain(control);
    // The closed findings' corrective actions are the practice now in place.
    const closed = draft.disclosures.filter((d) => /Corrective action/u.test(d.evidence.quote));
    expect(closed.map((d) => d.control).sort()).toEqual(['iso27017:12.3.1', 'iso27017:9.4.2']);
    expect(closed.find((d) => d.control === 'iso27017:12.3.1')!.evidence.quote).toContain('Quarterly restore tests');
    expect(
      quotesOf(draft).filter((q) =>
        /observation|not tested|not enforced|not rotated|90 days|12 months|SOC 2|KMS|eu-west-1|Ireland|Severity|Target date|Status|Evidence|\| F-0|Ostlake|Veyrier|Prudential|Manchester|Bristol/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/soc2|eu-west-1|"IE"|ostlake|veyrier|prudential/iu);
    expect(draft.dependsOn).toEqual([]);
  });

  it('keeps an action open until its status says it is done, and leaves a customer’s list of findings with no status column alone', () => {
    const item = (status: string) =>
      [
        '# Corrective Action Plan',
        '',
        '## F-1 Log retention',
        '',
        '- **Observation:** Logs were kept for 30 days.',
        '- **Corrective action:** Audit logs are retained for 12 months.',
        `- **Status:** ${status}`,
        '',
      ].join('\n');
    expect(metricsOf(ingestText(item('Open – in progress'), { fileName: 'capa.md' }))).toEqual([]);
    expect(metricsOf(ingestText(item('Completed'), { fileName: 'capa.md' }))).toEqual(['logRetentionDays=12 months']);
  });
});

/*
 * Answer key of vpat-accessibility-report.md (an English Accessibility Conformance Report on the VPAT® 2.5 INT template: a
 * cover table, Product Description, Evaluation Methods Used, Applicable Standards, Terms, WCAG 2.1 / Revised Section 508 /
 * EN 301 549 tables of `Criteria | Conformance Level | Remarks and Explanations` rows, a Roadmap and a Legal Disclaimer),
 * written before it was ingested.
 * Accept: vendor Quillmarrow Software B.V.; service Quillmarrow Forms (from the title, not the `**International Edition**`
 * line under it); titled `Quillmarrow Forms Accessibility Conformance Report`, dated 2025-05-12 (the `Report Date` row), its
 * publisher the vendor; Azure westeurope, data in NL (the product description). Nothing else.
 * Reject: the VPAT template's `Version 2.5` as the document's version; the auditor Lumacourt Access Partners (`carried out …
 * by X, an independent accessibility auditor`) as publisher, vendor or dependency; any control, value or certificate from the
 * criteria rows: `Support Documentation` / `Accessible documentation` (no operating procedures, 12.1.1), `session timeout of
 * 30 minutes` and `withdrawn within 24 hours` (no incident notice, backup or retention value), contrast ratios `4.5:1`, `3:1`,
 * `200 percent`, audio description, `responses within 1 business day`; WCAG, Section 508 and EN 301 549 as certificates
 * (the disclaimer says it is no certification); the Roadmap's release 7.4 and WCAG 2.2 plans; ITI.
 */
describe('an English Accessibility Conformance Report (VPAT) with WCAG, Section 508 and EN 301 549 tables', () => {
  it('reads the product description and the cover, no criterion row as a practice, value or certificate', async () => {
    const { draft } = await ingestFixture('vpat-accessibility-report.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmarrow Software B.V.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Quillmarrow Forms']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Quillmarrow Forms Accessibility Conformance Report',
      version: 'not printed',
      publishedOn: '2025-05-12',
      publisher: 'Quillmarrow Software B.V.',
    });
    expect(draft.documents[0]!.reviewNote).not.toMatch(/independent firm/u);
    expect(regionsOf(draft)).toEqual(['azure:westeurope']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['NL']);
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.disclosures).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(draft.syncsTimeWith).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/lumacourt|section508|en301549|wcag"|"ITI"/iu);
  });

  it('names no product from the kind of report and reads no row of a table rated by conformance level', () => {
    const text = [
      '# Tarnwick Desk Accessibility Conformance Report',
      '',
      'Report Date: 3 February 2025',
      '',
      '## Product Description',
      '',
      'Tarnwick Desk is hosted on AWS in eu-west-1 (Ireland).',
      '',
      '## Chapter 12: Documentation and Support Services',
      '',
      '| Criteria | Level of Support | Remarks |',
      '|---|---|---|',
      '| 12.1.1 Accessibility and compatibility features | Supports | Product documentation lists the keyboard shortcuts. |',
      '| 2.2.1 Timing Adjustable | Supports | Sessions time out after 15 minutes and logs are kept for 90 days. |',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'acr.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Tarnwick Desk']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-02-03' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(controlsOf(draft)).toEqual([]);
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of sustainability-statement-en.md (an English SaaS vendor's environmental statement: where the service runs and
 * a table of regions by grid carbon intensity, planned moves to lower-carbon regions, the provider's commitments, an emissions
 * table by scope, Scope 3 offices and commuting, data and hardware, ISO 14001, targets, contact), written before it was ingested.
 * Accept: vendor Ferrowind Analytics Ltd; service Ferrowind Pulse; titled `Ferrowind Analytics Environmental Statement 2025`,
 * dated 2025-09-02, its publisher the vendor; gcp:europe-west2 and data in GB (the sentence saying where it runs today).
 * ISO 14001:2015 EMS 662118 by LRQA is the company's environmental certificate: the product has no scheme for an environmental
 * management system, so no certificate is proposed (never ISO/IEC 27001).
 * Reject: europe-north1 (Finland) and europe-west9 (Paris), as rows of the carbon-intensity table or as the planned move (no
 * region, no FI or FR); Greystoke Carbon Advisory (`reviewed by X, an independent consultancy`) as publisher or anything; the
 * provider's 100% renewable matching, 24/7 carbon-free goal and PUE 1.10; the tCO2e figures and percentages (no metric);
 * `we retain data for no longer than necessary` (no retention value); the Leeds and Porto offices (no data location, no PT);
 * ISO 50001 (a plan); the 2030 / 2027 / 2040 targets; the recycler.
 */
describe('an English environmental statement of a SaaS vendor (regions by carbon intensity, emissions by scope)', () => {
  it('reads where the service runs today, no compared or planned region, emissions figure, provider claim or office', async () => {
    const { draft } = await ingestFixture('sustainability-statement-en.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Ferrowind Analytics Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Ferrowind Pulse']);
    expect(draft.documents[0]).toMatchObject({
      title: 'Ferrowind Analytics Environmental Statement 2025',
      publishedOn: '2025-09-02',
      publisher: 'Ferrowind Analytics Ltd',
    });
    expect(draft.documents[0]!.reviewNote).not.toMatch(/independent firm/u);
    expect(regionsOf(draft)).toEqual(['gcp:europe-west2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual([]);
    expect(draft.disclosures).toEqual([]);
    expect(draft.dependsOn).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/europe-north1|europe-west9|"FI"|"FR"|"PT"|greystoke|iso27001|14001|50001|tCO2e/iu);
  });

  it('reads no region of a table comparing regions by an energy figure, whatever its other columns', () => {
    const text = [
      '# Carbon footprint of Tarnwick Desk',
      '',
      'Tarnwick Desk runs on AWS in eu-west-2 (London).',
      '',
      '## Regions compared',
      '',
      '| Region | Hosting location | Renewable energy share | PUE |',
      '|---|---|---|---|',
      '| eu-north-1 | Stockholm | 98% | 1.1 |',
      '| eu-west-3 | Paris | 95% | 1.2 |',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'carbon.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(JSON.stringify(draft)).not.toMatch(/eu-north-1|eu-west-3|"SE"|"FR"/u);
  });
});

/*
 * Answer key of lgwan-asp-datasheet-ja.txt (a Japanese datasheet of a SaaS for local governments offered as an internet
 * edition and as an LGWAN-ASP service: ■ sections of サービス概要 / 提供形態 / 稼働環境 / 認証・登録状況 / データセンター /
 * バックアップ / 契約終了時のデータ消去 / 障害時の連絡体制 / 自治体様にお願いする事項), written before it was ingested.
 * Accept: vendor 株式会社ツグミネ行政システム; service ツグミネ電子申請 (the title's `製品データシート` is the kind of document);
 * dated 2025-09-01; the internet edition on AWS ap-northeast-1 and the LGWAN-ASP edition in `LGWAN接続データセンター（国内）`, a site
 * in Japan whose operator is not named (`undisclosed:jp`, a site of its own: another edition's line names AWS); data in JP;
 * ISO/IEC 27001 IS 806214 by BSI until 2027-11-30; backups daily kept 14 days, operation logs 1 year, data erased within 30
 * days of the contract's end, a first report of a major failure within 1 hour.
 * Reject: LGWAN (a closed government network) as a provider or region; ISMAP-LIU `申請中` and the Privacy Mark `取得予定` (not
 * held) and AWS's ISMAP listing (the provider's); the J-LIS LGWAN-ASP registration number A815062 as a certificate; the
 * municipality's 三層分離 network model (no network segregation, 13.1.3, of the vendor); the municipality's duties (its
 * terminals' OS updates and anti-virus, 12.2.1 / 12.6.1; its staff accounts, 9.2.1 / 9.2.2); the support hours; the Nagoya
 * office address as a location; no dependency.
 */
describe('a Japanese datasheet of a SaaS offered over the internet and as an LGWAN-ASP service', () => {
  it('reads each edition’s site and the vendor’s facts, never LGWAN, an application in progress or the municipality’s duties', async () => {
    const { draft } = await ingestFixture('lgwan-asp-datasheet-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ツグミネ行政システム']);
    expect(draft.services.map((s) => s.name)).toEqual(['ツグミネ電子申請']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-01' });
    expect(regionsOf(draft).sort()).toEqual(['aws:ap-northeast-1', 'undisclosed:jp']);
    expect(draft.usesInfra.find((u) => u.region === 'undisclosed:jp')!.evidence.quote).toContain('LGWAN接続データセンター（国内）');
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 806214']);
    expect(draft.certifiedBy[0]).toMatchObject({ validUntil: '2027-11-30' });
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=1 hours',
      'logRetentionDays=1 years',
    ]);
    const controls = controlsOf(draft);
    for (const control of ['iso27017:13.1.3', 'iso27017:12.2.1', 'iso27017:12.6.1', 'iso27017:9.2.1', 'iso27017:9.2.2'])
      expect(controls).not.toContain(control);
    expect(
      quotesOf(draft).filter((q) => /三層分離|端末の管理|ウイルス対策|払い出し|LGWAN回線|A815062|J-LIS|ISMAP|プライバシーマーク|受付時間|名古屋/u.test(q)),
    ).toEqual([]);
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/ismap|privacymark|A815062/iu);
    expect(JSON.stringify([draft.regions, draft.providers, draft.usesInfra.map((u) => u.region)])).not.toMatch(/lgwan|j-lis/iu);
    expect(draft.dependsOn).toEqual([]);
  });

  it('keeps an unnamed site one edition runs in beside another edition’s named region, and names the product over `製品データシート`', () => {
    const page = (lines: string[]) => ['ミナワ受付 製品データシート', '', '株式会社ミナワ', '', '■ 稼働環境', ...lines, ''].join('\n');
    const editions = ingestText(
      page(['・クラウド版：AWSの東京リージョンで稼働しています。', '・閉域網版：閉域網に接続したデータセンター（国内）に設置したサーバで稼働しています。']),
      { fileName: 'sheet.txt' },
    );
    expect(editions.services.map((s) => s.name)).toEqual(['ミナワ受付']);
    expect(regionsOf(editions).sort()).toEqual(['aws:ap-northeast-1', 'undisclosed:jp']);
    // One service on a named region whose data centre is in Japan: the unnamed site is that region's, nothing more.
    const single = ingestText(page(['・本サービスはAWSの東京リージョンで稼働しています。', '・データは国内のデータセンターに保管しています。']), {
      fileName: 'sheet.txt',
    });
    expect(regionsOf(single)).toEqual(['aws:ap-northeast-1']);
  });
});

/*
 * Answer key of denchoho-jiima-ja.txt (a Japanese product page on how a document-storage SaaS meets the 電子帳簿保存法: JIIMA
 * 認証, a trusted timestamp, 訂正削除履歴, 検索要件, 保存期間, then a short セキュリティ section), written before it was ingested.
 * Accept: vendor 株式会社ヒワダ文書システム; service ヒワダ証憑クラウド (the title `電子帳簿保存法への対応 ｜ X`: the law is the page's
 * subject); dated 2025-06-20; AWS ap-northeast-1, data in JP; ISO/IEC 27001 IS 791236 by BSI; the server clock synchronised with
 * the Amazon Time Sync Service (aws-ntp, 12.4.4 quoting it); backups daily kept 30 days.
 * Reject: JIIMA認証 (a certification that the software meets the law's requirements: no certificate of any scheme, no
 * independent review 18.2.1) and the scanner certification `申請準備中`; the 認定タイムスタンプ and its タイムスタンプ事業者
 * (RFC 3161 tokens prove when a document existed, they set no clock: no time source, no 12.4.4 quote, no dependency); the
 * statutory `7年間保存` / `10年間` (the customer's legal duty the product supports: no backup or log retention); the customer's
 * setting of retention periods; the prices.
 */
describe('a Japanese product page on 電子帳簿保存法 compliance (JIIMA certification, trusted timestamps)', () => {
  it('reads the security section’s facts, never JIIMA as a certificate, a timestamp as a time source or the statutory period', async () => {
    const { draft } = await ingestFixture('denchoho-jiima-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ヒワダ文書システム']);
    expect(draft.services.map((s) => s.name)).toEqual(['ヒワダ証憑クラウド']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-06-20' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 791236']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(draft.syncsTimeWith[0]!.evidence.quote).toContain('Amazon Time Sync Service');
    const clock = draft.disclosures.filter((d) => d.control === 'iso27017:12.4.4');
    expect(clock.map((d) => d.evidence.quote)).toEqual([expect.stringContaining('Amazon Time Sync Service')]);
    expect([...new Set(metricsOf(draft))].sort()).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    // The JIIMA certification is no review of the vendor's information security.
    expect(draft.disclosures.filter((d) => d.control === 'iso27017:18.2.1' && /JIIMA|法的要件/u.test(d.evidence.quote))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /JIIMA|法的要件|タイムスタンプ|RFC 3161|7年|10年|保存期間|ミツカド|料金|円/u.test(q))).toEqual([]);
    // (The service's id is taken from the file name: only the facts' content is checked.)
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    const factsText = JSON.stringify([...draft.certifiedBy.map((c) => [c.evidence.quote, c.issuer]), ...draft.syncsTimeWith.map((t) => t.evidence.quote)]);
    expect(factsText).not.toMatch(/jiima|ミツカド|timestamp|タイムスタンプ/iu);
    expect(draft.vendors.map((v) => v.name).join()).not.toMatch(/ミツカド|JIIMA|協会/u);
    expect(draft.dependsOn).toEqual([]);
  });

  it('takes no certification of a law’s requirements for an independent review, and names the product after `｜`', () => {
    const page = (section: string[]) => ['インボイス制度への対応 ｜ ミナワ会計クラウド', '', '株式会社ミナワ', '', ...section, ''].join('\n');
    const legal = ingestText(page(['■ 法的要件認証', 'ミナワ会計クラウドは、電子取引ソフト法的要件認証を取得しています。']), { fileName: 'page.txt' });
    expect(legal.services.map((s) => s.name)).toEqual(['ミナワ会計クラウド']);
    expect(controlsOf(legal)).not.toContain('iso27017:18.2.1');
    expect(legal.certifiedBy).toEqual([]);
    const iso = ingestText(page(['■ 第三者認証', 'ISO/IEC 27001 の認証を取得しています（認証登録番号：IS 700001）。']), { fileName: 'page.txt' });
    expect(controlsOf(iso)).toContain('iso27017:18.2.1');
  });
});

/*
 * Answer key of hipaa-baa.md (a US health-tech vendor's standard HIPAA Business Associate Agreement: Definitions, Obligations of
 * Business Associate, Permitted Uses, Breach Notification, Obligations of Covered Entity, Term and Termination, Return or
 * Destruction of PHI, Miscellaneous, an Exhibit A naming the hosting), written before it was ingested.
 * Accept: vendor Corvenna Health, Inc.; service Corvenna Intake (`Standard Business Associate Agreement for X`: the agreement's
 * kind is no product), dated 2026-02-09; aws:us-east-2 and PHI stored in the US (the Exhibit); the vendor's own commitment to
 * notify within five (5) business days of discovery of a Breach; return or destruction of PHI within 30 days after termination
 * (a deletion commitment); backups daily kept 35 days; encryption at rest and in transit.
 * Reject: the HIPAA Rules' outer limit (`no case later than 60 calendar days`: the law's, not the vendor's); the subcontractors'
 * 48 hours to report to Business Associate (the vendor's hold on its suppliers, no notice to customers); `HIPAA compliant` as
 * a certificate; the Covered Entity's duties (10 days, its own 10 years of medical records); the right of access's 15 days, the
 * 6 years of documentation the law requires, the 30-day cure period; the defined terms (`"Breach" shall have the meaning …`);
 * the Columbus office as a data location.
 * Left: the Term clause (`remains in effect until all PHI is returned or destroyed`) is proposed as a CLD.8.1.5 disclosure
 * without value, and the governing-law clause as 18.1.1, for the reviewer to drop.
 */
describe('an English HIPAA Business Associate Agreement (the law’s outer limit, the vendor’s commitment, subcontractors, Exhibit)', () => {
  it('reads the vendor’s own notice and deletion commitments, never the law’s 60 days, a subcontractor’s or the Covered Entity’s', async () => {
    const { draft } = await ingestFixture('hipaa-baa.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Corvenna Health, Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Corvenna Intake']);
    expect(draft.documents[0]!.publishedOn).toBe('2026-02-09');
    expect(regionsOf(draft)).toEqual(['aws:us-east-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
    expect(draft.storesDataIn[0]!.evidence.quote).toContain('PHI is stored in the United States');
    expect(metricsOf(draft)).toEqual(
      ['backupInterval=1 days', 'backupRetentionDays=35 days', 'dataDeletionDays=30 days', 'incidentNotificationHours=5 businessDays'].sort(),
    );
    const notice = draft.disclosures.find((d) => d.control === 'iso27017:16.1.2')!;
    expect(notice.evidence.quote).toContain('within five (5) business days');
    expect(draft.certifiedBy).toEqual([]);
    expect(
      quotesOf(draft).filter((q) =>
        /60 calendar days|forty-eight|subcontractors|HIPAA compliant|fifteen|six \(6\)|ten \(10\)|shall have the meaning|Columbus|cure the/u.test(q),
      ),
    ).toEqual([]);
    expect(controlsOf(draft)).toEqual(expect.arrayContaining(['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:CLD.8.1.5']));
  });

  it('reads no value from a law’s own limit or from a subcontractor’s report to the vendor', () => {
    const text = [
      '# Breach notification',
      '',
      'The HIPAA Rules require notice of a Breach without unreasonable delay and in no case later than 60 days after discovery.',
      '',
      'Article 33 of the GDPR requires notification of a personal data breach to the authority within 72 hours.',
      '',
      'Our sub-processors must notify us of any security incident within 24 hours.',
      '',
      'We will notify Customer within 10 days of discovery of a Breach, as required by 45 C.F.R. § 164.410.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'baa.md' });
    expect(metricsOf(draft)).toEqual(['incidentNotificationHours=10 days']);
  });

  it('names the product after a Business Associate Agreement’s kind, and reads PHI as data', () => {
    const text = [
      '# HIPAA Business Associate Addendum for Larchfield Charts',
      '',
      'Larchfield Software LLC',
      '',
      '## Hosting',
      '',
      'ePHI is stored in the United States, on Google Cloud in us-central1.',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'baa.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Larchfield Charts']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['US']);
  });
});

/*
 * Answer key of data-erasure-certificate-ja.txt (a データ消去証明書 a SaaS vendor issues to one customer after its contract ends:
 * 証明書番号, 発行日, the customer 御中 with its address, the vendor's seal, a 記 … 以上 block of numbered items: 対象サービス with the
 * contract number, 契約終了日, 消去対象, 消去日, 消去方法, 消去実施者, 消去結果の確認), written before it was ingested.
 * Accept: the title データ消去証明書 (a letter to one customer titled by its kind, as the 確認書), dated 2025-12-05 (発行日); the vendor
 * 株式会社ハマユウ・ラボ; the product ハマユウ勤怠ノート (its `対象サービス` item, without the contract number); from the 記 items, as
 * the product reads a 確認書's, the service's backup set (daily, 35 generations) and its per-customer data key in a key
 * management service (10.1.2), both the service's standing practice the certificate describes.
 * Reject: the signatory (`代表取締役　真砂　浩平　（印）`) as product; the customer 株式会社サザンカ食品 and its Nagoya address, the
 * vendor's Shinagawa office as a data location; the 28 days between the 契約終了日 (2025-10-31) and the 消去日 (2025-11-28) as
 * `dataDeletionDays` (no general rule is stated: one customer's erasure on one date); the bare 契約終了日 as a deletion disclosure;
 * NIST SP 800-88 as a certification; the certificate and contract numbers, the 3 hours of checking and the 1 year for a reissue as
 * values; the operators (日下部, 高遠) as vendor or title.
 */
describe('a Japanese certificate of data erasure issued to one customer (データ消去証明書, 記 … 以上)', () => {
  it('reads the product from its 対象サービス item, no deletion time from one customer’s dates, no NIST guideline as a certificate', async () => {
    const { draft } = await ingestFixture('data-erasure-certificate-ja.txt');
    expect(draft.documents[0]).toMatchObject({ title: 'データ消去証明書', publishedOn: '2025-12-05' });
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハマユウ・ラボ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ハマユウ勤怠ノート']);
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.usesInfra).toEqual([]);
    expect(draft.storesDataIn).toEqual([]);
    expect(metricsOf(draft)).toEqual(['backupGenerations=35 generations', 'backupInterval=1 days']);
    expect(metricsOf(draft).filter((m) => m.startsWith('dataDeletionDays'))).toEqual([]);
    expect(quotesOf(draft).filter((q) => /^\d{4}年\d{1,2}月\d{1,2}日$|サザンカ|栄三丁目|大崎|NIST|SZK-|HML-|真砂|日下部|高遠|3時間|1年/u.test(q))).toEqual([]);
  });

  it('reads a line that is only a date under an item’s label as no disclosure', () => {
    const text = [
      '                                        2025年10月20日',
      '株式会社ブナノキ製作所　御中',
      '',
      '                                        株式会社カラタチ・ソフト',
      '                                        代表取締役社長　柊　一郎　（印）',
      '',
      '                媒体廃棄証明書',
      '',
      '拝啓　貴社ますますご清栄のこととお慶び申し上げます。ご契約の終了に伴い、貴社のデータを記録した媒体を下記のとおり廃棄したことを証明いたします。',
      '',
      '敬具',
      '',
      '記',
      '',
      '1.　対象サービス',
      '　　カラタチ勤怠（契約番号：BN-0042）',
      '',
      '2.　契約終了日',
      '　　2025年9月30日',
      '',
      '3.　廃棄日',
      '　　2025年10月15日',
      '',
      '以上',
      '',
    ].join('\n');
    const draft = ingestText(text, { fileName: 'certificate.txt' });
    expect(draft.documents[0]!.title).toBe('媒体廃棄証明書');
    expect(draft.services.map((s) => s.name)).toEqual(['カラタチ勤怠']);
    expect(draft.disclosures).toEqual([]);
  });
});

/*
 * Answer key of gcloud-service-definition.md (an English UK Digital Marketplace / G-Cloud service definition of a SaaS:
 * Summary, Features, Benefits, Pricing, then the framework's `Label: value` fields), written before it was ingested.
 * Accept: vendor Ravensloe Systems Ltd; service Ravensloe Casework; AWS eu-west-2, data in GB; ISO/IEC 27001 with its
 * certificate number ACS-IS-60217 and its body Alderbank Certification Services (read from the scheme's own fields: `ISO/IEC
 * 27001 certification: Yes`, `Who accredited the ISO/IEC 27001: …`, `Certificate number: …`); backups daily kept 35 days;
 * 99.5 % availability; incident notice within 24 hours; data deleted 30 days after the contract ends; logs kept 12 months;
 * AES-256 at rest (10.1.1); yearly penetration tests; critical patches within 7 days (12.6.1).
 * Reject: `Supplier-defined controls` answers (no standard, no practice: never a quote), `Audit information for users` as an
 * independent review (18.2.1), Cyber Essentials and Cyber Essentials Plus (a UK scheme the product has no scheme for: never another ISO),
 * `ISO 28000:2007 certification: No`, CSA STAR and PCI `No`, `Government security clearances: Up to Security Clearance (SC)`
 * and BS7858 (staff vetting, no certificate), `Datacentre security standards: Supplier-defined controls` (no standard), the
 * 30-day free trial and its 10 users, the price per user, the 4 working hours of support (no incident notice), the 5 working
 * days' maintenance notice, `Supplier type: Not a reseller` (the supplier is the maker), the buyer's identity provider (no
 * dependency), the buyer's responsibilities.
 */
describe('an English G-Cloud service definition (the framework’s `Label: value` fields)', () => {
  it('reads the scheme’s own fields as its record, and no UK scheme, clearance or trial as a fact', async () => {
    const { draft } = await ingestFixture('gcloud-service-definition.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Ravensloe Systems Ltd']);
    expect(draft.services.map((s) => s.name)).toEqual(['Ravensloe Casework']);
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 ACS-IS-60217']);
    expect(draft.certifiedBy[0]).toMatchObject({ issuer: 'Alderbank Certification Services' });
    expect(draft.certifiedBy[0]!.evidence.quote).toContain('Who accredited the ISO/IEC 27001');
    expect([...new Set(metricsOf(draft))].sort()).toEqual([
      'availabilityPercent=99.5 percent',
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=12 months',
    ]);
    const controls = controlsOf(draft);
    for (const control of ['iso27017:10.1.1', 'iso27017:12.3.1', 'iso27017:14.2.8', 'iso27017:16.1.2']) expect(controls).toContain(control);
    // No scheme of the product for Cyber Essentials, and staff vetting, a trial, prices and support hours are no facts.
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/cyber|28000|STAR|PCI|BS7858|clearance/iu);
    expect(quotesOf(draft).filter((q) => /Cyber essentials:|clearance|BS7858|free trial|£|working hours|SAML|reseller/iu.test(q))).toEqual([]);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
    expect(draft.dependsOn).toEqual([]);
    expect(draft.documents[0]!.publisher).toBe('Ravensloe Systems Ltd');
    // `Supplier-defined controls` names no standard or practice: the field's topic is read from the approach that does.
    expect(quotesOf(draft).filter((q) => /Supplier-defined/u.test(q))).toEqual([]);
    expect(draft.disclosures.filter((d) => d.control === 'iso27017:12.6.1').map((d) => d.evidence.quote)).toEqual([
      expect.stringContaining('Critical patches are applied within 7 days'),
    ]);
    // What users can see of their own activity (`Audit information for users`) is logging, no independent review.
    expect(draft.disclosures.filter((d) => d.control === 'iso27017:18.2.1' && /audit information/iu.test(d.evidence.quote))).toEqual([]);
  });

  it('holds a scheme a form’s field answers yes, and reads its body from the field naming the same scheme', () => {
    const form = (answer: string) =>
      [
        '# Minawa Forms',
        '',
        '## Minawa Cloud Ltd',
        '',
        '## Standards and certifications',
        '',
        `ISO/IEC 27001 certification: ${answer}`,
        '',
        'Who accredited the ISO/IEC 27001: Ferncombe Assessments',
        '',
        'Certificate number: FA-ISMS-40112',
        '',
      ].join('\n');
    const yes = ingestText(form('Yes'), { fileName: 'form.md' });
    expect(certificatesOf(yes)).toEqual(['iso27001 FA-ISMS-40112']);
    expect(yes.certifiedBy[0]).toMatchObject({ issuer: 'Ferncombe Assessments' });
    expect(ingestText(form('No'), { fileName: 'form.md' }).certifiedBy).toEqual([]);
  });
});

/*
 * Answer key of kessan-setsumei-ja.txt (a Japanese 決算説明資料 of a listed SaaS company exported from slides: 連結業績ハイライト,
 * KPIの推移, a slide on the product, 成長戦略, トピックス, 会社概要 with 主要株主, リスク情報, 将来見通しに関する注意事項), written
 * before it was ingested.
 * Accept: vendor 株式会社ヨツバネ (id from `Yotsubane Inc.`); service ヨツバネ契約クラウド (the title is the deck's kind and fiscal
 * period, the cover's `東証グロース：5899` its listing: the product is the one the body names by the company's brand); dated
 * 2025-11-13; AWS ap-northeast-1 and data in JP (stated as current); ISMAP with its 登録番号 C25-0412-1 (登録が完了しました);
 * ISO/IEC 27001 (取得済み); backups daily kept 30 days. The KPI table's measured 稼働率 (実績) is a record: proposed only for
 * review, with a note saying so, and only the latest period's 99.99% (the earlier period's 99.98% is history).
 * Reject: every financial figure (売上高, ARR, 解約率 0.8%, 営業利益率, NRR, 進捗率, ARPA); the plans (AWS大阪リージョン DR
 * 構築予定, the AI feature, シンガポール拠点 and 東南アジア, 中期目標); ISO/IEC 27017 取得予定; the customers' counts and the
 * 地方銀行 deal; the award; the offices (本社 東京都品川区, 大阪支社, 福岡オフィス) as data locations; the 主要株主 companies as
 * vendor or dependencies; the risk of depending on AWS (no dependency beyond the hosting); the disclaimer.
 */
describe('a Japanese 決算説明資料 (quarterly earnings presentation) exported from slides', () => {
  it('names the product its body prints by the brand, reads the current facts and none of the figures, plans or shareholders', async () => {
    const { draft } = await ingestFixture('kessan-setsumei-ja.txt');
    expect(draft.vendors.map((v) => [v.id, v.name])).toEqual([['yotsubane-inc', '株式会社ヨツバネ']]);
    expect(draft.services.map((s) => s.name)).toEqual(['ヨツバネ契約クラウド']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-11-13', publisher: '株式会社ヨツバネ' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['ismap C25-0412-1', 'iso27001 -']);
    // The measured 稼働率 of the KPI table is proposed only for review, as a record, and only the latest period's: the
    // earlier period's column is history.
    const availability = draft.disclosures.filter((d) => d.metrics.some((m) => m.name === 'availabilityPercent'));
    expect(availability.flatMap((d) => d.metrics.map((m) => m.value))).toEqual([99.99]);
    for (const d of availability) expect(d.reviewNote).toMatch(/measured over a past period/u);
    expect(metricsOf(draft).filter((m) => !m.startsWith('availabilityPercent='))).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/27017|予定/u);
    expect(
      quotesOf(draft).filter((q) =>
        /売上|ARR|解約率|営業利益|NRR|ARPA|進捗率|大阪|シンガポール|東南アジア|予定|導入社数|地方銀行|受賞|品川|福岡|株主|ミナモト|サクラダ|見通し|可能性/u.test(
          q,
        ),
      ),
    ).toEqual([]);
    expect(JSON.stringify([draft.regions, draft.usesInfra.map((u) => u.region), draft.storesDataIn.map((s) => s.country)])).not.toMatch(
      /northeast-3|SG|singapore/iu,
    );
    expect(draft.dependsOn).toEqual([]);
  });

  it('takes no fiscal period, results slide or listing line for the product', () => {
    const deck = (cover: string[]) =>
      ['株式会社ミナワ', ...cover, '', 'ミナワ勤怠について', '・ミナワ勤怠クラウドは、Azure の東日本リージョンで稼働しています。', ''].join('\n');
    for (const cover of [
      ['2025年12月期 通期 決算説明資料', '東証プライム：4012'],
      ['FY2025 Q3 Earnings Presentation', '証券コード：4012'],
    ]) {
      const draft = ingestText(deck(cover), { fileName: 'deck.txt' });
      expect(draft.services.map((s) => s.name)).toEqual(['ミナワ勤怠クラウド']);
    }
  });

  it('reads a KPI table’s latest period only, never an earlier period’s column', () => {
    const table = ['Minawa Cloud Ltd', '', 'KPIs', 'KPI\tFY2024\tFY2025', 'Measured uptime\t99.95%\t99.98%', ''].join('\n');
    const draft = ingestText(table, { fileName: 'kpi.txt' });
    expect(metricsOf(draft).filter((m) => m.startsWith('availabilityPercent='))).toEqual(['availabilityPercent=99.98 percent']);
  });
});

/*
 * Answer key of mobile-app-firebase-whitepaper.md (an English security whitepaper of a consumer mobile app on Firebase),
 * written before it was ingested.
 * Accept: vendor Tindlewood Apps Ltd; service Tindlewood Journal; dated 2025-10-14; Google Cloud (Firebase is a Google
 * Cloud product) in the Firestore multi-regions nam5 and eur3, europe-west1 and asia-northeast1; data in US (nam5 is in
 * the United States), BE and JP, and no country for eur3 (Europe is a continent); Crashlytics and Google Analytics for
 * Firebase as dependencies; backups daily kept 14 days; breach notice 72 hours; deletion 30 days.
 * Reject: any certificate (Firebase's ISO 27001 and Google's SOC 2 are the provider's; the vendor's own is planned); the
 * app stores, the device cache and the push notification services as locations or dependencies.
 */
describe('an English mobile app whitepaper on Firebase (multi-region locations, the provider’s certificates)', () => {
  it('reads Firebase as Google Cloud with its multi-regions, a continent as no country, and no provider certificate', async () => {
    const { draft } = await ingestFixture('mobile-app-firebase-whitepaper.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tindlewood Apps Ltd']);
    expect(draft.services[0]!.name).toBe('Tindlewood Journal');
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-14', publisher: 'Tindlewood Apps Ltd' });
    expect(regionsOf(draft).sort()).toEqual(['gcp:asia-northeast1', 'gcp:eur3', 'gcp:europe-west1', 'gcp:nam5']);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(['BE', 'JP', 'US']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft).sort()).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=72 hours',
    ]);
    const dependencies = draft.dependsOn.map((d) => d.dependsOn);
    expect(dependencies).toContain('firebase-crashlytics');
    expect(dependencies).toContain('google-analytics-for-firebase');
    expect(JSON.stringify(draft.dependsOn)).not.toMatch(/apple|play|push|store/iu);
    expect(quotesOf(draft).filter((q) => /App Store|Google Play|cached on the device|Push Notification|ISO 27001 certified|SOC 2/iu.test(q))).toEqual([]);
  });
});

/*
 * Answer key of azure-grs-architecture.md (an English architecture overview of a SaaS on Azure with geo-redundant
 * storage), written before it was ingested.
 * Accept: vendor Saltmarsh Analytics Inc.; service Saltmarsh Forecast; dated 2025-09-02; Azure japaneast and data in JP;
 * GRS's `paired region` as an unnamed second Azure region (INFERRED, for review; never Japan West, which the document
 * does not name); logs kept 90 days.
 * Reject: Japan West; Azure's own compliance offerings as certificates; the customer's VNet peering; the DR runbook's
 * RTO 4 hours and RPO as values; geo-restore as a commitment; Front Door as a region.
 */
describe('an English Azure architecture overview with geo-redundant storage to the paired region', () => {
  it('proposes the paired region as an unnamed second region, never a region the document does not name', async () => {
    const { draft } = await ingestFixture('azure-grs-architecture.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Saltmarsh Analytics Inc.']);
    expect(draft.services.map((s) => s.name)).toEqual(['Saltmarsh Forecast']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-02' });
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.usesInfra.filter((u) => u.basis === 'STATED').map((u) => u.region)).toEqual(['azure:japaneast']);
    const second = draft.usesInfra.filter((u) => u.basis === 'INFERRED');
    expect(second.map((u) => u.region)).toEqual(['azure:jp']);
    expect(second[0]!.evidence.quote).toContain('the paired region');
    expect(JSON.stringify(draft)).not.toMatch(/japanwest|Japan West/iu);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual(['logRetentionDays=90 days']);
    expect(quotesOf(draft).filter((q) => /compliance offerings|VNet peering|RTO|geo-restore|Front Door/iu.test(q))).toEqual([]);
  });
});

/*
 * Answer key of medical-guideline-checklist-ja.md (a SaaS vendor's 3省2ガイドライン 対応状況一覧 for hospitals and clinics: a
 * preface with the legend, then a Markdown table `項番 | 要求事項 | 対応状況 | 当社の対応 | 備考` whose status column says
 * 対応済 / 一部対応 / 対象外 / 医療機関等の責任 in words, the vendor's answer after it), written before it was ingested.
 * Accept: titled 「ニレノキ電子カルテクラウド」3省2ガイドライン 対応状況一覧, 第2.0版, 2026-01-15, by 株式会社ニレノキメディカル; the
 * service ニレノキ電子カルテクラウド; Google Cloud Tokyo (asia-northeast1) and the backup copy in Osaka (asia-northeast2); JP as
 * the data location (the `国内法の執行が及ぶ範囲` row names 日本国内); ISO/IEC 27001 IS 762314 and the PrivacyMark as the
 * vendor's; backups daily kept 30 days; operation logs kept 5 years; notice within 24 hours; deletion within 90 days of the
 * contract's end (a commitment, not flagged); SLA 99.9 % only flagged as a target (`目標値`).
 * Reject: the rows graded 医療機関等の責任 (the hospital's own weekly backups, its staff IDs, its terminals, its reports to the
 * authorities, its yearly evaluation of the vendor) and 対象外 (e-signatures, the closed network); ISO/IEC 27017 and ISMAP
 * (planned); Google Cloud's ISO/IEC 27001, 27017 and SOC 2 (the IaaS provider's attestations); the offline backup planned in a
 * 備考; Sapporo (the head office) and Vietnam (a subcontractor's desk) as data locations.
 */
describe('a Japanese 3省2ガイドライン checklist (項番 | 要求事項 | 対応状況 | 当社の対応 | 備考, status in words)', () => {
  it('reads the vendor’s answer of each row graded 対応済 or 一部対応, none graded 対象外 or another party’s 責任, nor the provider’s attestations', async () => {
    const { text, draft } = await ingestFixture('medical-guideline-checklist-ja.md');
    expect(draft.documents[0]).toMatchObject({
      title: '「ニレノキ電子カルテクラウド」3省2ガイドライン 対応状況一覧',
      version: '第2.0版',
      publishedOn: '2026-01-15',
      publisher: '株式会社ニレノキメディカル',
    });
    expect(draft.services.map((s) => s.name)).toEqual(['ニレノキ電子カルテクラウド']);
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
    expect(draft.storesDataIn[0]!.evidence.quote).toContain('国内法の執行が及ぶ範囲として、日本国内');
    expect(draft.certifiedBy.map((c) => c.certification).sort()).toEqual(['iso27001', 'privacymark']);
    expect(certificatesOf(draft)).toContain('iso27001 IS 762314');
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=5 years',
    ]);
    const noteOf = (name: string) => draft.disclosures.find((d) => d.metrics.some((m) => m.name === name))?.reviewNote ?? '';
    expect(noteOf('availabilityPercent')).toContain('target, not a commitment');
    expect(noteOf('dataDeletionDays')).not.toMatch(/target|option, plan/u);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /医療機関等の責任|医療機関等にて|実施いただ|週次|該当なし|電子署名|予定|準備中|SOC 2|公開情報|責任範囲/u.test(q))).toEqual([]);
    expect(JSON.stringify([draft.certifiedBy, draft.storesDataIn, draft.usesInfra])).not.toMatch(/iso27017|ismap|soc2|VN|Google Cloud は|札幌|ベトナム/u);
    expectValidDraft('medical-guideline-checklist-ja.md', text, draft);
  });

  it('reads a status column before the vendor’s answer column as the row’s grade, in English too', () => {
    const table = [
      'Acme Widgets Ltd',
      '',
      '| No. | Requirement | Status | Response |',
      '|---|---|---|---|',
      '| 1 | Backups | Implemented | Backups are taken daily and kept for 14 days. |',
      '| 2 | Endpoint protection | Customer responsibility | The customer keeps workstation backups for 90 days. |',
      '| 3 | Closed network | N/A | Logs are kept for 400 days. |',
      '',
    ].join('\n');
    const draft = ingestText(table, { fileName: 'status.md' });
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days']);
  });
});

/*
 * Answer key of soc2-type1-readiness.md (an English note from a SaaS vendor's security team to prospects: SOC 2 Type I
 * available, Type II observation period under way, the auditor, the Trust Services Criteria in scope, a readiness
 * assessment, a bridge letter, and a few security practices), written before it was ingested.
 * Accept: vendor Ottervale Software, Inc. (also the publisher); service Ottervale Harbor (the name before the colon of
 * `Ottervale Harbor: SOC 2 Status and Security Overview`, not the standard after it); dated 2026-02-10; the SOC 2 report
 * held with its type as edition (`SOC 2 Type I`, from `has completed a SOC 2 Type I examination`), issued by Hallowmere &
 * Pryce LLP (the next sentence's `The report was issued by …`), dated by that issue (2025-12-12); aws:eu-west-1 and data in
 * IE; encryption at rest (10.1.1); backups daily kept 35 days; incident notice within 48 hours.
 * Reject: the Type II (`observation period under way`, `expected Q3 2026`, `we do not hold a Type II report`) as a second or
 * a Type II edition; Confidentiality (planned); the auditor as vendor, publisher or product; the readiness assessment as an
 * attestation; the observation period's dates (2025-11-01, 2026-04-30) and the `as of October 31, 2025` point as validity.
 */
describe('an English SOC 2 status note (Type I held, Type II under observation, readiness assessment)', () => {
  it('holds the Type I report with its auditor, not the Type II being observed, the criteria planned or the readiness assessment', async () => {
    const { text, draft } = await ingestFixture('soc2-type1-readiness.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Ottervale Software, Inc.']);
    // `X: SOC 2 Status and Security Overview`: the subtitle opens with the standard, so the name is before the colon.
    expect(draft.services.map((s) => s.name)).toEqual(['Ottervale Harbor']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2026-02-10', publisher: 'Ottervale Software, Inc.' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['IE']);
    // An examination completed has its report: the Type I, its type kept as the edition, its issuer from the next sentence.
    expect(draft.certifiedBy).toHaveLength(1);
    expect(draft.certifiedBy[0]).toMatchObject({ certification: 'soc2', edition: 'SOC 2 Type I', issuer: 'Hallowmere & Pryce LLP', validFrom: '2025-12-12' });
    expect(draft.certifiedBy[0]!.validUntil).toBeUndefined();
    // The status list's `SOC 2 Type I report: available now` holds it too: the sentence naming the issuer is the quote.
    expect(draft.certifiedBy[0]!.evidence.quote).toContain('issued by Hallowmere & Pryce LLP on December 12, 2025');
    expect(JSON.stringify(draft.certifiedBy)).not.toMatch(/Type II|2025-11-01|2026-04-30|2025-10-31|2026-0[7-9]|Confidentiality|readiness/u);
    expect(JSON.stringify([draft.vendors, draft.services, draft.documents[0]!.publisher])).not.toMatch(/Hallowmere|SOC 2/u);
    expect(controlsOf(draft)).toContain('iso27017:10.1.1');
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=35 days', 'incidentNotificationHours=48 hours']);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /observation period|Q3 2026|Confidentiality|readiness|gap analysis|bridge letter|NDA/u.test(q))).toEqual([]);
    expectValidDraft('soc2-type1-readiness.md', text, draft);
  });

  it('holds a report a status list says is available, with its type, and not the one still expected', () => {
    const list = [
      '# Acme Ledger: SOC 2 FAQ',
      '',
      'Acme Widgets Ltd',
      '',
      '## At a glance',
      '',
      '- SOC 2 Type I report: available now under NDA',
      '- SOC 2 Type II: observation period under way, report expected Q3 2026',
      '',
    ].join('\n');
    const draft = ingestText(list, { fileName: 'faq.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Acme Ledger']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.edition])).toEqual([['soc2', 'SOC 2 Type I']]);
  });

  it('holds no report from a readiness assessment or a mock audit completed', () => {
    for (const line of [
      'Acme Widgets has completed a SOC 2 readiness assessment with an outside consultant.',
      'Acme Widgets has completed a SOC 2 mock audit.',
    ]) {
      const draft = ingestText(['Acme Widgets Ltd', '', 'Compliance', line, ''].join('\n'), { fileName: 'note.txt' });
      expect(draft.certifiedBy).toEqual([]);
    }
  });
});

/*
 * Answer key of support-spec-ja.txt (a Japanese 保守・サポートサービス仕様書 of a SaaS: 受付時間, 受付窓口, 優先度別の初回回答目標,
 * エスカレーション, 障害発生時の連絡, 稼働率, 定期メンテナンス, リモート保守, 対象外の作業, 改訂履歴), written before it was ingested.
 * Accept: vendor 株式会社サワフタギシステムズ; service ウワミズ経費精算クラウド; title 「ウワミズ経費精算クラウド」保守・サポートサービス
 * 仕様書, 第1.2版, 2026-01-20; azure:japaneast, data in JP; the 障害 notice `30分以内にステータスページで第一報` the incident notice
 * (30 minutes); the maintenance notice `7日前までに` (7 days); 稼働率 99.9 % flagged as a target (`目標とします`); the remote
 * maintenance's MFA (9.4.2).
 * Reject: the support first-response targets (`1時間以内に初回回答`, `4営業時間以内`, `翌営業日`) as incident notices or any
 * value; the 受付時間 `9:00〜18:00` and 翌営業日 as retention or backup values; the escalation's `2時間`; the report `復旧後5営業日
 * 以内` and the hourly updates as notice values; the 対象外の作業 section (the customer's own weekly backups kept 90 days).
 */
describe('a Japanese 保守・サポートサービス仕様書 (受付時間, 初回回答目標, 障害連絡, 定期メンテナンス, 対象外の作業)', () => {
  it('reads the 障害 notice and the maintenance notice, not the first-response targets, the desk hours or the work not covered', async () => {
    const { text, draft } = await ingestFixture('support-spec-ja.txt');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社サワフタギシステムズ']);
    expect(draft.services.map((s) => s.name)).toEqual(['ウワミズ経費精算クラウド']);
    expect(draft.documents[0]).toMatchObject({
      title: '「ウワミズ経費精算クラウド」保守・サポートサービス仕様書',
      version: '第1.2版',
      publishedOn: '2026-01-20',
      publisher: '株式会社サワフタギシステムズ',
    });
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.9 percent', 'incidentNotificationHours=30 minutes', 'maintenanceNoticeDays=7 days']);
    const noticeOf = (name: string) => draft.disclosures.find((d) => d.metrics.some((m) => m.name === name));
    expect(noticeOf('incidentNotificationHours')!.evidence.quote).toContain('30分以内にステータスページで第一報');
    expect(noticeOf('availabilityPercent')!.reviewNote).toContain('target, not a commitment');
    expect(controlsOf(draft)).toContain('iso27017:9.4.2');
    // The work the support does not cover is the customer's: nothing under it is proposed.
    expect(draft.sections.find((s) => s.heading === '11. 対象外の作業')!.skippedBecause).toMatch(/does not cover/u);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /初回回答|営業時間|翌営業日|9:00|エスカレーション|障害報告書|週次|90日|社内ネットワーク|他社製品/u.test(q))).toEqual([]);
    expectValidDraft('support-spec-ja.txt', text, draft);
  });

  it('reads a heading of the work not covered as a section stating nothing, in English too', () => {
    const spec = ['Acme Widgets Ltd', '', 'Out of scope', 'Customers keep their own workstation backups for 90 days.', ''].join('\n');
    const draft = ingestText(spec, { fileName: 'spec.txt' });
    expect(metricsOf(draft)).toEqual([]);
  });
});

/*
 * Answer key of paged-whitepaper-ja.txt (a Japanese security whitepaper as `pdftotext` without `-layout` prints it: a form
 * feed before each page, the running header `クチナシ販売管理 セキュリティホワイトペーパー　第2.1版` on top of every page but the
 * cover, the footer `Copyright © 2025 株式会社クチナシシステムズ All Rights Reserved.` / `社外秘` / `- 3 -` or `4 / 6` printed
 * one line under another, no blank line between them; lines wrapped at a fixed width, and one sentence broken by a page
 * break mid-word: `…東京リージョンと大阪リージ` / footer / header / `ョン（ap-northeast-3）の両方に保管しています。`), written before
 * it was ingested.
 * Accept: titled クチナシ販売管理 セキュリティホワイトペーパー, 第2.1版, 2025-10-01, by 株式会社クチナシシステムズ; the service
 * クチナシ販売管理; AWS Tokyo (ap-northeast-1) and Osaka (ap-northeast-3), the Osaka sentence read whole (its quote, verbatim,
 * spans the page's furniture, as every quote is a slice of the printed text); JP as the data location; ISO/IEC 27001 IS 804417;
 * backups daily kept 14 days; operation logs kept 1 year; incident notice within 24 hours.
 * Reject: the header and footer lines as quotes or facts (the copyright line's company, `社外秘`, the page numbers), the repeated
 * title as a section; the table of contents' lines (no section, no quote); ISMAP (planned); AWS's ISO/IEC 27017 and SOC 2; the
 * mail-delivery service's United States as a data location; the customer's 90-day backups (its own duty).
 */
describe('a Japanese whitepaper as pdftotext prints it (running header and footer on every page, a sentence broken by a page)', () => {
  it('reads the sentence the page breaks whole, and never the header, the footer nor the table of contents', async () => {
    const { text, draft } = await ingestFixture('paged-whitepaper-ja.txt');
    expect(draft.documents[0]).toMatchObject({
      title: 'クチナシ販売管理 セキュリティホワイトペーパー',
      version: '第2.1版',
      publishedOn: '2025-10-01',
      publisher: '株式会社クチナシシステムズ',
    });
    expect(draft.services.map((s) => s.name)).toEqual(['クチナシ販売管理']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    const osaka = draft.usesInfra.find((u) => u.region === 'aws:ap-northeast-3')!;
    expect(osaka.evidence.quote).toMatch(/^広域災害に備え、.*大阪リージ\n[\s\S]*\nョン（ap-northeast-3）の両方に保管しています。$/u);
    expect(osaka.reviewNote).toContain('spans a page break');
    expect(draft.usesInfra.find((u) => u.region === 'aws:ap-northeast-1')!.reviewNote ?? '').not.toContain('page break');
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 804417']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'incidentNotificationHours=24 hours',
      'logRetentionDays=1 years',
    ]);
    // The furniture is inside the Osaka quote only, which the page break cuts: no other quote holds it.
    const quotes = quotesOf(draft).filter((q) => q !== osaka.evidence.quote);
    expect(quotes.filter((q) => /Copyright|社外秘|All Rights Reserved|第2\.1版|- \d -|\d \/ 6|\.{5}|ISMAP|予定|SOC 2|27017|米国|90日間/u.test(q))).toEqual([]);
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '1. はじめに',
      '2. サービスの概要',
      '3. データの保管場所',
      '4. 認証・第三者評価',
      '5. バックアップとログ',
      '6. インシデント対応',
      '7. お客様の責任範囲',
    ]);
    expectValidDraft('paged-whitepaper-ja.txt', text, draft);
  });

  it('drops a footer printed line under line (copyright, label, page number) and joins the lines the page break cuts, in English too', () => {
    const footer = (n: number) => ['', '© 2025 Acme Widgets Ltd. All rights reserved.', 'Confidential', `Page ${n} of 3`];
    const wrapped = [
      'Acme Widgets Ltd',
      'Acme Widgets Security Overview',
      '',
      'Acme Widgets runs on Amazon Web Services and keeps daily backups of the database for',
      'thirty-five days in an encrypted form that only our operations team can restore, and',
      'every backup is tested each quarter by the platform team. Our customer data is stored',
      ...footer(1),
      '\fAcme Widgets Security Overview',
      '',
      'only in the eu-central-1 region, and a copy of it is kept in the eu-west-1 region of the',
      'same cloud for disaster recovery purposes so that the service can be restored within',
      'four hours if the primary region is lost.',
      ...footer(2),
      '\fAcme Widgets Security Overview',
      '',
      'Incidents are reported to affected customers within 24 hours of confirmation.',
      ...footer(3),
      '',
    ].join('\n');
    const draft = ingestText(wrapped, { fileName: 'paged.txt' });
    expect(quotesOf(draft).filter((q) => /^(?:© 2025|Confidential|Page \d)/u.test(q))).toEqual([]);
    expect(draft.certifiedBy).toEqual([]);
    expect(draft.storesDataIn.map((f) => f.country).sort()).toEqual(['DE', 'IE']);
    const frankfurt = draft.usesInfra.find((u) => u.region === 'aws:eu-central-1')!;
    expect(frankfurt.evidence.quote).toMatch(
      /^Our customer data is stored\n[\s\S]*Page 1 of 3\n\fAcme Widgets Security Overview\n\nonly in the eu-central-1 region/u,
    );
  });
});

/*
 * Answer key of residency-matrix-by-data-type.md (an English data-residency page for EU-hosted accounts whose table lists, per
 * data type, whether it is stored in the EU region: `| Data type | Stored in the EU region | Notes |`, `✓ (eu-central-1)`, `✗ —
 * stored in us-east-1 for 30 days`, `✗ (Stripe, United States)`), written before it was ingested.
 * Accept: the service Tidewell Ledger (not `EU-hosted accounts`, the audience its title names) by Tidewell Systems Ltd., dated
 * 2025-10-14; AWS eu-central-1 (customer content) and eu-west-1 (backups) in DE and IE; us-east-1, where the vendor's own service
 * keeps application logs for 30 days (and the US-hosted accounts' data, another hosting option the customer chooses at sign-up)
 * and us-west-2 (the US-hosted accounts' backups), so US as a data location; the sub-processor table's rows as dependencies;
 * ISO/IEC 27001 IS 731905; backups daily kept 35 days; logs 30 days; breach notice within 48 hours.
 * Reject: the help desk provider's and Stripe's United States as the service's data location (a sub-processor's storage, the
 * dependency carries it); the product analytics' us-west-2 (the customer may enable it, off by default) as its quote; eu-central-2
 * (Zurich, planned) and the logs moving to eu-central-1 (being evaluated); SOC 2 (preparing); Bristol and Lisbon (the head office
 * and the support team) as data locations.
 */
describe('an English data-residency matrix by data type (✓ / ✗ per row for EU-hosted accounts)', () => {
  it('reads the vendor’s own hosting in each row, a ✗ row’s region of the service, never a sub-processor’s country nor the audience as the product', async () => {
    const { text, draft } = await ingestFixture('residency-matrix-by-data-type.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Tidewell Systems Ltd.']);
    expect(draft.services[0]!.name).toBe('Tidewell Ledger');
    expect(draft.services.map((s) => s.name)).not.toContain('EU-hosted accounts');
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-10-14' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:eu-west-1', 'aws:us-east-1', 'aws:us-west-2']);
    expect(draft.usesInfra.find((u) => u.region === 'aws:us-east-1')!.evidence.quote).toContain('Application logs');
    expect(draft.usesInfra.find((u) => u.region === 'aws:us-west-2')!.evidence.quote).toContain('US-hosted accounts');
    expect(draft.storesDataIn.map((f) => f.country).sort()).toEqual(['DE', 'IE', 'US']);
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['Hosting', 'Customer support help desk', 'Payment processing']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 731905']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=30 days',
    ]);
    const located = [...draft.usesInfra, ...draft.storesDataIn].map((f) => f.evidence.quote);
    expect(
      located.filter((q) => /help desk|Stripe|Brightdesk|analytics|eu-central-2|Zurich|evaluating|Bristol|Lisbon|Portugal|United Kingdom/u.test(q)),
    ).toEqual([]);
    expect(JSON.stringify([draft.certifiedBy, draft.storesDataIn, draft.usesInfra])).not.toMatch(/soc2|eu-central-2|"(?:GB|PT|CH)"/u);
    expectValidDraft('residency-matrix-by-data-type.md', text, draft);
  });

  it('places the data of a ✗ row in the vendor’s own region only, not where a sub-processor keeps it', () => {
    const table = [
      '# Where we store data',
      '',
      'Acme Ledger runs on Amazon Web Services (AWS).',
      '',
      '## By data type',
      '',
      '| Data type | Stored in the EU region | Notes |',
      '| --- | --- | --- |',
      '| Customer content | ✓ (eu-central-1) | Invoices |',
      '| Application logs | ✗ — stored in us-east-1 for 30 days | Request logs |',
      '| Support tickets | ✗ — our help desk provider stores them in the United States | Tickets only |',
      '| Billing data | ✗ (Stripe, United States) | Card details |',
      '',
    ].join('\n');
    const draft = ingestText(table, { fileName: 'matrix.md' });
    expect(regionsOf(draft)).toEqual(['aws:eu-central-1', 'aws:us-east-1']);
    const us = draft.storesDataIn.filter((f) => f.country === 'US');
    expect(us.map((f) => f.evidence.quote)).toEqual(['| Application logs | ✗ — stored in us-east-1 for 30 days | Request logs |']);
  });

  it('reads a title naming whom the page is for as no product (`… for enterprise customers`)', () => {
    const page = [
      '# Data residency for enterprise customers',
      '',
      'Acme Ledger is the invoicing service of Acme Widgets Ltd.',
      '',
      'Acme Ledger runs on AWS in eu-central-1.',
      '',
    ].join('\n');
    const draft = ingestText(page, { fileName: 'audience.md' });
    expect(draft.services.map((s) => s.name)).not.toContain('enterprise customers');
  });
});

/*
 * Answer key of kojinjoho-cloud-exception-ja.md (a Japanese SaaS vendor's 個人情報保護法に関するよくあるご質問 for customers,
 * centred on the クラウド例外: `Q. …` / `A. …` items under numbered headings), written before it was ingested.
 * Accept: the service キンタイポート (defined as `「キンタイポート」（以下「本サービス」）`; not the law its title names) by
 * 株式会社ミズハラ・ソフトラボ, dated 2025-09-01; AWS ap-northeast-1 and ap-northeast-3, so JP; ISO/IEC 27001 IS 884215; backups
 * daily kept 14 days; deletion within 30 days of the contract's end; the 委託先 table's AWS row (クラウド基盤) as a dependency.
 * Reject: the United States and Singapore (`…に保存されることはありません`, where no data goes) and Viet Nam (a support contractor
 * with no access) as data locations; the US mail service for the vendor's own correspondence (`…を利用していますが、…データは
 * 送信されません`) as a location or a dependency; ISO/IEC 27017 (preparing); the customer's 安全管理措置; `Q7-53`, 第12条 and 第25条
 * as values; `取り扱わない` as a deletion or access value.
 */
describe('a Japanese 個人情報保護法 FAQ on the クラウド例外 (Q./A. items)', () => {
  it('names the product its body defines, not the law in the title, and places the data only where it is kept', async () => {
    const { text, draft } = await ingestFixture('kojinjoho-cloud-exception-ja.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ミズハラ・ソフトラボ']);
    expect(draft.services[0]!.name).toBe('キンタイポート');
    expect(draft.services.map((s) => s.name)).not.toContain('法');
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 884215']);
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=14 days', 'dataDeletionDays=30 days']);
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['クラウド基盤']);
    expect(quotesOf(draft).filter((q) => /米国|シンガポール|ベトナム|電子メール|27017|Q7-53|第12条|第25条|お客様は個人情報取扱事業者/u.test(q))).toEqual([]);
    expectValidDraft('kojinjoho-cloud-exception-ja.md', text, draft);
  });

  it('reads `…に保存されることはありません` as no data kept there', () => {
    const page = [
      '# セキュリティについて',
      '',
      '「アクメ勤怠」（以下「本サービス」）のデータは、AWS東京リージョン（ap-northeast-1）に保存されています。',
      '',
      '米国のデータセンターにお客様のデータが保存されることはありません。',
      '',
    ].join('\n');
    const draft = ingestText(page, { fileName: 'denied.md' });
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
  });

  it('reads a clause before `が、` that uses a company of some country, naming no keeping, as no data location', () => {
    const page = [
      '# セキュリティについて',
      '',
      '「アクメ勤怠」（以下「本サービス」）のデータは、AWS東京リージョン（ap-northeast-1）に保存されています。',
      '',
      '社内の連絡には米国の電子メール配信サービスを利用していますが、本サービスに保存されたデータは送信されません。',
      '',
    ].join('\n');
    const draft = ingestText(page, { fileName: 'contrast.md' });
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['JP']);
  });
});

/*
 * Answer key of hosting-schedule-msa.md (an English `Schedule 3 – Hosting and Support` attached to a Master Services Agreement:
 * defined terms, numbered clauses 2.1 … 10.2, a service credits table), written before it was ingested.
 * Accept: the service Quillmoor Insight (`the Supplier's hosted service Quillmoor Insight (the "Service")`; not the schedule's topic
 * `Hosting and Support`) by Quillmoor Analytics Limited, dated 2025-03-03 (the Agreement's date); AWS eu-west-2 quoted from the
 * hosting clause (`Supplier shall host the Service on AWS in the eu-west-2 (London) region.`), so GB; ISO/IEC 27001 (maintained);
 * availability 99.9 %; maintenance notice 5 Business Days; backups every 24 hours kept 30 days; Security Incident notice within 48
 * hours; deletion within 60 days of termination.
 * Reject: the credit bands 99.0 % and 95.0 % and the credits 5/10/25 % as availability; RPO 24 hours and RTO 8 hours as backup or
 * notice values; the Customer's obligations (passwords every 90 days, notice within 24 hours, logs 12 months); the Change Control
 * relocation (`another region … with 90 days' notice`, a possible move naming no region); Canada (support personnel with no access)
 * and England (the Business Day's public holidays) as data locations; the 30-day export window as the deletion.
 */
describe('an English hosting schedule of a Master Services Agreement (defined terms, numbered clauses, a credits table)', () => {
  it('reads the Supplier’s clauses, never a credit band, the Customer’s obligations nor a possible relocation', async () => {
    const { text, draft } = await ingestFixture('hosting-schedule-msa.md');
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmoor Analytics Limited']);
    expect(draft.services.map((s) => s.name)).toEqual(['Quillmoor Insight']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-03-03' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-2']);
    expect(draft.usesInfra[0]!.evidence.quote).toBe('Supplier shall host the Service on AWS in the eu-west-2 (London) region.');
    expect(draft.storesDataIn.map((f) => f.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 -']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=24 hours',
      'backupRetentionDays=30 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'maintenanceNoticeDays=5 businessDays',
    ]);
    expect(quotesOf(draft).filter((q) => /Service Credit|\| 99\.0|RPO|RTO|Customer shall|relocate|Canada|audit logs/u.test(q))).toEqual([]);
    expect(JSON.stringify([draft.storesDataIn, draft.usesInfra])).not.toMatch(/"CA"|eu-central|eu-west-1/u);
    expectValidDraft('hosting-schedule-msa.md', text, draft);
  });

  it('reads no percentage of a service-credit table as availability, under whichever column', () => {
    const sla = [
      '# Acme Ledger service levels',
      '',
      '## Availability',
      '',
      'Acme Ledger achieves Availability of at least 99.95 % in each calendar month.',
      '',
      '| Availability in the month | Service Credit (% of monthly fees) |',
      '| --- | --- |',
      '| 99.0 % to below 99.95 % | 10 % |',
      '| Below 99.0 % | 25 % |',
      '',
    ].join('\n');
    const draft = ingestText(sla, { fileName: 'credits.md' });
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.95 percent']);
  });

  it('names the product a contract defines after its kind (`hosted service X (the "Service")`), not a schedule’s topic', () => {
    const schedule = [
      '# Annex 2 – Security Measures',
      '',
      'This Annex applies to the hosted service Acme Ledger (the "Service") provided by Acme Widgets Ltd.',
      '',
      'Supplier shall host the Service on AWS in the eu-west-1 region.',
      '',
    ].join('\n');
    const draft = ingestText(schedule, { fileName: 'annex.md' });
    expect(draft.services.map((s) => s.name)).toEqual(['Acme Ledger']);
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
  });
});
