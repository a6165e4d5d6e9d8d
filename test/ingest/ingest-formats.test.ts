/** HTML and PDF inputs end to end: the reader's text is what quotes are checked against. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, readDocumentBytes } from '../../src/ingest/read-document.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { minimalPdf } from './support/minimal-pdf.js';
import { ingestFixture, metricsOf, regionsOf } from './support/ingest-fixture.js';

describe('HTML', () => {
  it('keeps headings, lists and table rows, drops scripts and navigation', () => {
    const text = htmlToText(
      '<nav>メニュー</nav><h2>暗号化</h2><ul><li>通信は TLS で暗号化</li></ul><table><tr><td>A</td><td>B</td></tr></table><script>var x = 1;</script>',
    );
    expect(text).toContain('## 暗号化');
    expect(text).toContain('- 通信は TLS で暗号化');
    expect(text).toContain('A\tB');
    expect(text).not.toContain('メニュー');
    expect(text).not.toContain('var x');
  });

  it('ingests a page: region, sub-processor table, backup values; the script’s text proposes nothing', async () => {
    const { text, draft } = await ingestFixture('page.html');
    expect(text).not.toContain('tracking');
    expect(draft.services[0]!.name).toBe('Tsubame Chat');
    expect(draft.vendors[0]!.name).toBe('つばめ通信株式会社');
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toEqual(['twilio', 'zendesk']);
    expect(metricsOf(draft)).toEqual(['backupGenerations=7 generations', 'backupInterval=1 hours']);
  });
});

describe('PDF with a text layer', () => {
  it('ingests a PDF written by the test: lines, paragraph breaks and facts', async () => {
    const pdf = minimalPdf([
      [
        'Larkspur Notes Security Whitepaper',
        'Larkspur Software Co., Ltd.',
        '',
        '1. Data location',
        '',
        'Customer data is stored in the AWS Tokyo region (ap-northeast-1).',
        '',
      ],
      [
        '2. Backup',
        '',
        'Backups are taken every 4 hours and 10 generations are retained.',
        '',
        '3. Certifications',
        '',
        'We hold ISO/IEC 27017:2015 certification (certificate number CLOUD 700123).',
      ],
    ]);
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-pdf-'));
    const file = path.join(dir, 'larkspur.pdf');
    await writeFile(file, pdf);
    const text = await readDocument(file);
    expect(text).toContain('Customer data is stored in the AWS Tokyo region (ap-northeast-1).');
    const draft = ingestText(text, { fileName: file });
    expect(quoteProblems(draft, text)).toEqual([]);
    expect(draft.services[0]!.name).toBe('Larkspur Notes');
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(metricsOf(draft)).toEqual(['backupGenerations=10 generations', 'backupInterval=4 hours']);
    expect(draft.certifiedBy).toMatchObject([{ certification: 'iso27017', registrationNumber: 'CLOUD 700123' }]);
  });

  it('reads a table’s cells apart, as a DPA annex prints its sub-processors, under headings in capitals', async () => {
    const pdf = minimalPdf([
      [
        'Data Processing Addendum - Annex III',
        'Tamsin Works Ltd',
        'Effective 1 September 2025',
        '',
        'ANNEX III: LIST OF SUB-PROCESSORS',
        '',
        'The Processor engages the following Sub-processors to provide the Tamsin Ledger service.',
        '',
        ['Sub-processor', 'Purpose', 'Location'],
        ['Mailorca Inc.', 'Transactional email', 'United States'],
        ['Deskfern Ltd', 'Support ticketing', 'Ireland'],
        '',
        'ANNEX IV: TECHNICAL AND ORGANISATIONAL MEASURES',
        '',
        'Upon termination of the Agreement, Customer Data is deleted within 60 days.',
      ],
    ]);
    const text = await readDocumentBytes(pdf, 'pdf');
    expect(text).toContain('Mailorca Inc.\tTransactional email\tUnited States');
    const draft = ingestText(text, { fileName: 'annex.pdf' });
    expect(quoteProblems(draft, text)).toEqual([]);
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Tamsin Ledger']);
    expect(draft.documents[0]).toMatchObject({ title: 'Data Processing Addendum - Annex III', publishedOn: '2025-09-01' });
    expect(draft.sections.map((s) => s.heading)).toEqual(['ANNEX III: LIST OF SUB-PROCESSORS', 'ANNEX IV: TECHNICAL AND ORGANISATIONAL MEASURES']);
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['mailorca-inc', 'Transactional email'],
      ['deskfern-ltd', 'Support ticketing'],
    ]);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=60 days']);
  });
});
