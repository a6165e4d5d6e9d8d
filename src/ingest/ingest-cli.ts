/**
 * npm run ingest -- <file> [--out draft.json] [--vendor <id>] [--service <id>] [--format text|markdown|html|pdf|xlsx|csv|docx] [--text-out file.txt]
 *
 * Reads a whitepaper or a check sheet (text, Markdown, HTML, PDF with a text
 * layer, an Excel workbook, CSV or a Word document) and writes a draft seed
 * document for review. Needs no server or database. An .xls or .doc file is
 * refused with what to save it as.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatOf, readDocument } from './read-document.js';
import { parseArgs } from './ingest-cli-args.js';
import { ingestText } from './assemble-draft.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const format = args.format ?? formatOf(args.file);
  const text = await readDocument(args.file, format);
  if (!text.trim()) throw new Error(`${args.file}: no text found${format === 'pdf' ? ' (a PDF without a text layer, e.g. a scan, cannot be read)' : ''}`);
  const draft = ingestText(text, { fileName: args.file, vendor: args.vendor, service: args.service });
  // Empty sections are left out: the schema defaults them, and the reviewer reads only what was proposed.
  const json = `${JSON.stringify(draft, (key, value: unknown) => (key && Array.isArray(value) && value.length === 0 && key !== 'metrics' ? undefined : value), 2)}\n`;
  if (args.out) {
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, json);
  } else process.stdout.write(json);
  // HTML, PDF, XLSX, CSV and DOCX quotes are substrings of the extracted text: keep it so the seed loader can check them.
  const textOut =
    args.textOut ?? (args.out && format !== 'text' && format !== 'markdown' ? path.join(path.dirname(args.out), draft.documents[0]!.sourceFile) : undefined);
  if (textOut) await writeFile(textOut, text);
  const review = [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith, ...draft.dependsOn].filter(
    (f) => f.reviewNote,
  ).length;
  process.stderr.write(
    `${args.file}: ${draft.sections.length} sections, ${draft.disclosures.length} disclosures (${draft.disclosures.reduce((n, d) => n + d.metrics.length, 0)} metrics), ` +
      `${draft.usesInfra.length} infrastructure, ${draft.storesDataIn.length} data locations, ${draft.certifiedBy.length} certifications, ` +
      `${draft.syncsTimeWith.length} time sources, ${draft.dependsOn.length} dependencies; ${review} facts with a review note; every quote verified` +
      `${args.out ? `; written to ${args.out}` : ''}${textOut ? ` (text: ${textOut})` : ''}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
