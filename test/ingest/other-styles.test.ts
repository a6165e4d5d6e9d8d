/**
 * Documents in styles the seed does not use, by fictional companies: a
 * questionnaire table (質問/回答), an English plain-text disclosure, Markdown
 * tables, a ■/・ bullet specification, an HTML section excerpt, an HTML page of
 * definition lists, a bilingual (Japanese/English) notice, a formal Japanese
 * document numbered 第１章/１．/（１）/① with full-width and kanji numbers and
 * era dates, an English Security & Privacy page of bold-labelled bullets, and a PDF. Each
 * test says what must be proposed and what must not (a certificate in
 * preparation or planned, an undisclosed data centre, a provider that holds
 * its own certificate, Amazon the shop, a value the text does not state).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../../src/seed/seed-schema.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { minimalPdf } from './support/minimal-pdf.js';
import { certificatesOf, controlsOf, ingestFixture, metricsOf, regionsOf, asLoadedWithReference } from './support/ingest-fixture.js';

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
    expect(draft.sections[0]).toEqual({ heading: title });
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
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
