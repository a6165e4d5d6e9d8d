/** HTML and PDF inputs end to end: the reader's text is what quotes are checked against. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.js';
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
});
