/**
 * Ingestion of documents written in other styles than the seed: a JIP-ISMS517
 * style table sheet, a Markdown bullet list, a Q&A sheet, an English sheet, an
 * HTML page, a PDF, a headless excerpt and a contract annex written as
 * articles (第N条（…）). Fictional companies throughout.
 */
import { describe, expect, it } from 'vitest';
import { seedFileSchema } from '../../src/seed/seed-schema.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { certificatesOf, controlsOf, ingestFixture, metricsOf, regionsOf, asLoadedWithReference } from './support/ingest-fixture.js';

const fixtures = [
  'marked-headings.txt',
  'series.txt',
  'table-sheet.txt',
  'bullets.md',
  'qa-sheet.txt',
  'english-sheet.md',
  'page.html',
  'excerpt-no-names.txt',
  'contract-annex.txt',
];

describe('every fixture', () => {
  it.each(fixtures)('%s gives a draft the seed schema accepts, every quote verbatim', async (name) => {
    const { text, draft } = await ingestFixture(name);
    expect(seedFileSchema.safeParse(draft).success).toBe(true);
    expect(quoteProblems(draft, text)).toEqual([]);
    for (const d of draft.disclosures) for (const m of d.metrics) expect(d.evidence.quote).toContain(m.raw);
    const headings = new Set(draft.sections.map((s) => s.heading));
    for (const fact of [...draft.disclosures, ...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith]) {
      expect(headings.has(fact.evidence.section)).toBe(true);
      expect(fact.rule).toMatch(/^[a-z-]+\./);
      expect(fact.confidence).toBeGreaterThan(0);
    }
  });

  it.each(fixtures)('%s passes the seed validator together with the reference data, as it would be loaded', async (name) => {
    const { text, draft } = await ingestFixture(name);
    expect(() => validateSeed(asLoadedWithReference(name, text, draft))).not.toThrow();
  });
});

describe('a disclosure sheet laid out as numbered sections with a table', () => {
  it('reads the region from each table cell, the time source, the certificate with number and issuer, and the values', async () => {
    const { draft } = await ingestFixture('table-sheet.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['Harbor CRM']);
    expect(draft.vendors[0]!.name).toBe('株式会社ミナトデータ');
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(draft.certifiedBy).toMatchObject([{ certification: 'iso27001', registrationNumber: 'IS 765001', issuer: 'BSI' }]);
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=6 hours',
      'dataDeletionDays=45 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(controlsOf(draft)).toEqual(
      expect.arrayContaining(['iso27017:CLD.6.3.1', 'iso27017:CLD.8.1.5', 'iso27017:12.3.1', 'iso27017:16.1.2', 'iso27017:12.4.4']),
    );
    expect(draft.documents[0]).toMatchObject({ version: '第 2.0 版', publishedOn: '2025-03-01' });
  });

  it('does not take a certificate "in preparation" as held, and skips the customer-responsibility section', async () => {
    const { draft } = await ingestFixture('table-sheet.txt');
    expect(draft.certifiedBy.some((c) => c.certification === 'iso27017')).toBe(false);
    expect(draft.sections.find((s) => s.heading === '2. お客様の責任')?.skippedBecause).toMatch(/customer/);
  });
});

describe('a Markdown whitepaper written as bullet lists', () => {
  it('finds the Osaka region by code, ISMAP and Privacy Mark with their numbers, and the approximate deletion period for review', async () => {
    const { draft } = await ingestFixture('bullets.md');
    expect(draft.services.map((s) => s.name)).toEqual(['Sorano Ledger']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-3']);
    expect(certificatesOf(draft)).toEqual(['ismap C24-0101-1', 'privacymark 17001234(03)']);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=2 weeks', 'logRetentionDays=1 years', 'maintenanceNoticeDays=7 days']);
    const deletion = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))!;
    expect(deletion.reviewNote).toMatch(/approximate/);
    expect(deletion.metrics[0]!.raw).toBe('2週間程度');
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
  });

  it('proposes nothing from the shop, the provider’s own certificate, the undisclosed data centre or the certificate in preparation', async () => {
    const { draft } = await ingestFixture('bullets.md');
    expect(draft.usesInfra.every((u) => !u.evidence.quote.includes('ギフト券'))).toBe(true);
    expect(draft.usesInfra.some((u) => u.region.startsWith('undisclosed'))).toBe(false);
    expect(draft.certifiedBy.some((c) => c.certification === 'iso27017' || c.certification === 'iso27018')).toBe(false);
  });
});

describe('a Q&A sheet', () => {
  it('has one section per question and reads each answer', async () => {
    const { draft } = await ingestFixture('qa-sheet.txt');
    expect(draft.sections).toHaveLength(7);
    expect(draft.services.map((s) => s.name)).toEqual(['Aozora Forms']);
    expect(draft.vendors[0]!.name).toBe('あおぞらシステムズ株式会社');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['google-ntp']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=30 days',
      'dataDeletionDays=3 months',
      'incidentNotificationHours=48 hours',
      'passwordMinLength=10 characters',
    ]);
  });
});

describe('an English-language sheet', () => {
  it('reads region, certificates, sub-processors and values written in English', async () => {
    const { draft } = await ingestFixture('english-sheet.md');
    expect(draft.vendors[0]).toMatchObject({ id: 'kestrel-analytics-inc', name: 'Kestrel Analytics Inc.' });
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 778899', 'soc2 -']);
    expect(draft.certifiedBy.find((c) => c.certification === 'iso27001')?.issuer).toBe('BSI');
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['postmark: Transactional e-mail', 'sentry: Error monitoring']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'dataDeletionDays=90 days',
      'incidentNotificationHours=72 hours',
      'passwordMinLength=12 characters',
    ]);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
  });

  it('does not give the vendor a certificate the sentence says the provider holds', async () => {
    const { draft } = await ingestFixture('english-sheet.md');
    expect(draft.certifiedBy.some((c) => c.certification === 'iso27018')).toBe(false);
  });
});

describe('an excerpt that names neither vendor nor service', () => {
  it('uses placeholder ids from the file name and flags them for review', async () => {
    const { draft } = await ingestFixture('excerpt-no-names.txt');
    expect(draft.vendors[0]).toMatchObject({ id: 'excerpt-no-names-vendor', reviewNote: expect.stringMatching(/placeholder/) });
    expect(draft.services[0]).toMatchObject({ id: 'excerpt-no-names', reviewNote: expect.stringMatching(/placeholder/) });
    expect(draft.documents[0]!.reviewNote).toMatch(/no date/);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=60 businessDays']);
    expect(draft.syncsTimeWith).toMatchObject([{ timeSource: 'public-ntp', reviewNote: expect.stringMatching(/does not name/) }]);
  });
});

describe('a series whitepaper with per-service blocks', () => {
  it('finds each member service and gives each block’s facts to the services it lists, the rest to all', async () => {
    const { draft } = await ingestFixture('series.txt');
    expect(draft.services.map((s) => s.name)).toEqual(['Kumo Mail', 'Kumo Drive', 'Kumo Board']);
    expect(draft.usesInfra.map((u) => `${u.service} ${u.region}`).sort()).toEqual(['kumo-board gcp:us', 'kumo-drive gcp:us', 'kumo-mail aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((u) => `${u.service} ${u.country}`).sort()).toEqual(['kumo-board US', 'kumo-drive US', 'kumo-mail JP']);
    expect(draft.syncsTimeWith.map((t) => t.service).sort()).toEqual(['kumo-board', 'kumo-drive', 'kumo-mail']);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=30 days', 'dataDeletionDays=30 days', 'dataDeletionDays=30 days']);
  });
});

describe('a specification with marked headings (【…】, ■ …)', () => {
  it('finds each marked heading as a section and reads its facts', async () => {
    const { draft } = await ingestFixture('marked-headings.txt');
    expect(draft.sections.map((s) => s.heading)).toEqual(['【データの保管場所】', '■ データの消去', '■ バックアップ', '【時刻同期】']);
    expect(draft.vendors[0]!.name).toBe('ほしぞら合同会社');
    expect(draft.services.map((s) => s.name)).toEqual(['Hoshi Calendar']);
    expect(regionsOf(draft)).toEqual(['azure:japaneast']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['azure-ntp']);
    expect(metricsOf(draft)).toEqual(['backupGenerations=7 generations', 'backupInterval=1 days', 'dataDeletionDays=14 days']);
  });
});

describe('a contract annex written as articles (第N条（見出し）)', () => {
  it('takes each article as a section, the product named in brackets as the service, and pairs listed registration numbers in order', async () => {
    const { draft } = await ingestFixture('contract-annex.txt');
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '第１条（適用範囲）',
      '第２条（基盤）',
      '第３条（データの保管場所）',
      '第４条（認証）',
      '第５条（契約終了時のデータ消去）',
      '第６条（インシデントの通知）',
      '第７条（時刻同期）',
      '第８条（再委託先）',
      '第９条（アクセスログ）',
    ]);
    expect(draft.services.map((s) => s.name)).toEqual(['アオバ勤怠']);
    expect(draft.vendors[0]!.name).toBe('株式会社アオバ勤怠システムズ');
    expect(regionsOf(draft).filter((r) => !r.startsWith('undisclosed:'))).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 771204', 'iso27017 CLOUD 771205']);
    expect(metricsOf(draft)).toEqual(expect.arrayContaining(['backupInterval=1 days', 'dataDeletionDays=30 days', 'incidentNotificationHours=48 hours']));
    // Each fact quotes its article's sentence, not the article's heading.
    const clock = draft.disclosures.find((d) => d.control === 'iso27017:12.4.4');
    expect(clock?.evidence).toMatchObject({ section: '第７条（時刻同期）', quote: expect.stringContaining('NTP') });
  });

  it('does not take the SOC 2 report planned for next year as held', async () => {
    const { draft } = await ingestFixture('contract-annex.txt');
    expect(draft.certifiedBy.map((c) => c.certification)).not.toContain('soc2');
  });
});
