/** The command line of `npm run ingest`, checked with a message that names the option and the problem. */
import { documentFormats, type DocumentFormat } from './read-document.js';

export interface CliArgs {
  file: string;
  out?: string;
  vendor?: string;
  service?: string;
  format?: DocumentFormat;
  textOut?: string;
}

const usage =
  'usage: npm run ingest -- <file> [--out draft.json] [--vendor <id>] [--service <id>] [--format text|markdown|html|pdf|xlsx|csv|docx] [--text-out file.txt]';
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
