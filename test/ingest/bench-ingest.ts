/**
 * npm run ingest:bench — how long ingestion takes on a 50-page document.
 *
 * Text: the seed whitepapers and the test fixtures concatenated, each section
 * renumbered, until the text reaches 50 pages of 1,500 characters (a dense
 * Japanese A4 page). PDF: 50 pages of 45 lines written by minimalPdf. Reports
 * the median of 5 runs after one warm-up; not a test, nothing asserts on time.
 */
import { readFile, readdir, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/config/project-root.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { outline } from '../../src/ingest/sections.js';
import { minimalPdf } from './support/minimal-pdf.js';

const pages = 50;
const charsPerPage = 1500;

/** Every section of every sample document, renumbered into one long whitepaper. */
async function fiftyPageText(): Promise<string> {
  const dirs = [path.join(projectRoot, 'seed', 'sources'), path.join(projectRoot, 'test', 'fixtures', 'ingest')];
  const sections: string[] = [];
  for (const dir of dirs) {
    for (const f of (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f))) {
      const text = await readFile(path.join(dir, f), 'utf8');
      for (const s of outline(text).sections) sections.push(`${s.heading.replace(/^[#\d.\s]+/u, '')}\n\n${s.body.text.trim()}`);
    }
  }
  let out = 'Benchmark Suite セキュリティホワイトペーパー\n第 1.0 版\n2025 年 1 月 1 日\nベンチマーク株式会社\n\n';
  for (let n = 0; out.length < pages * charsPerPage; n++) out += `${Math.floor(n / 9) + 1}.${(n % 9) + 1}. ${sections[n % sections.length]}\n\n`;
  return out;
}

function fiftyPagePdf(): Uint8Array {
  const line = (p: number, l: number) =>
    [
      `Customer data for tenant ${p}-${l} is stored in the AWS Tokyo region (ap-northeast-1) and backed up every 6 hours.`,
      `Section ${p}.${l} describes access control, encryption in transit and logging practices.`,
      `Incidents are reported to customers within 24 hours; data is deleted within 30 days after termination.`,
    ][l % 3]!;
  return minimalPdf(Array.from({ length: pages }, (_, p) => [`${p + 1}. Part ${p + 1}`, '', ...Array.from({ length: 45 }, (_, l) => line(p, l))]));
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function main(): Promise<void> {
  const text = await fiftyPageText();
  const textMs = await median(async () => ingestText(text, { fileName: 'bench.txt' }));
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-bench-'));
  const pdfFile = path.join(dir, 'bench.pdf');
  await writeFile(pdfFile, fiftyPagePdf());
  const pdfMs = await median(async () => ingestText(await readDocument(pdfFile), { fileName: pdfFile }));
  const draft = ingestText(text, { fileName: 'bench.txt' });
  process.stdout.write(
    `50-page text (${text.length} characters, ${draft.sections.length} sections, ${draft.disclosures.length} disclosures): ${textMs.toFixed(0)} ms median of 5\n` +
      `50-page PDF (read + ingest): ${pdfMs.toFixed(0)} ms median of 5\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
