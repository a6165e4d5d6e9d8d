/**
 * npm run ingest -- <file> [--out draft.json] [--vendor <id>] [--service <id>] [--format text|markdown|html|pdf] [--text-out file.txt]
 *
 * Reads a whitepaper (text, Markdown, HTML or PDF with a text layer) and
 * writes a draft seed document for review. Needs no server or database.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentFormats, formatOf, readDocument, type DocumentFormat } from './read-document.js';
import { ingestText } from './assemble-draft.js';

interface CliArgs {
  file: string;
  out?: string;
  vendor?: string;
  service?: string;
  format?: DocumentFormat;
  textOut?: string;
}

const usage = 'usage: npm run ingest -- <file> [--out draft.json] [--vendor <id>] [--service <id>] [--format text|markdown|html|pdf] [--text-out file.txt]';
const idPattern = /^[A-Za-z0-9][A-Za-z0-9:._-]*$/;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: Partial<CliArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${usage}`);
      return v;
    };
    if (arg === '--out') args.out = value();
    else if (arg === '--vendor') args.vendor = value();
    else if (arg === '--service') args.service = value();
    else if (arg === '--text-out') args.textOut = value();
    else if (arg === '--format') {
      const f = value();
      if (!(documentFormats as readonly string[]).includes(f)) throw new Error(`--format must be one of ${documentFormats.join(', ')}, not "${f}"`);
      args.format = f as DocumentFormat;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else if (args.file) throw new Error(`only one input file, got "${args.file}" and "${arg}"\n${usage}`);
    else args.file = arg;
  }
  if (!args.file) throw new Error(`no input file\n${usage}`);
  for (const key of ['vendor', 'service'] as const) {
    if (args[key] !== undefined && !idPattern.test(args[key])) throw new Error(`--${key} "${args[key]}" must be letters, digits and : . _ - (no spaces)`);
  }
  return args as CliArgs;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const format = args.format ?? formatOf(args.file);
  const text = await readDocument(args.file, format);
  if (!text.trim()) throw new Error(`${args.file}: no text found${format === 'pdf' ? ' (a PDF without a text layer, e.g. a scan, cannot be read)' : ''}`);
  const draft = ingestText(text, { fileName: args.file, vendor: args.vendor, service: args.service });
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  if (args.out) {
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, json);
  } else process.stdout.write(json);
  // HTML and PDF quotes are substrings of the extracted text: keep it so the seed loader can check them.
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
