/**
 * `npm run export -- <name> --format csv|xlsx [--portfolio <id>] [--by <dimension>] [--out <file>]`:
 * writes an export (src/export/) from the configured engine, without a
 * server: the embedded graph in GRAPH_DATA_DIR (seeded first when empty,
 * as the server does), or Neo4j when NEO4J_URI is set. Without --out the
 * file goes to standard output. An entry point, like main.ts.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/config.js';
import { openEngine } from './engines/open-engine.js';
import { exportDefinitions, ExportRequestError, runExport } from './export/exports.js';
import { importSeedFolder } from './queries/curation/import-seed.js';
import { countNodes } from './queries/graph-size.js';

const usage = `Usage: npm run export -- <name> --format csv|xlsx [--portfolio <id>] [--by <dimension>] [--out <file>]
Exports:
${Object.entries(exportDefinitions)
  .map(([name, d]) => `  ${name.padEnd(14)} ${d.description}${d.portfolio === 'required' ? ' (needs --portfolio)' : ''}`)
  .join('\n')}`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, portfolio: { type: 'string' }, by: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length === 0 ? 'Name the export.' : `One export at a time, got ${positionals.join(', ')}.`);
if (!values.format) fail('Give --format csv or --format xlsx.');

const config = loadConfig();
const { db, profile } = openEngine(config);
try {
  await profile.prepare();
  if (config.seedOnEmpty && (await countNodes(db)) === 0) await importSeedFolder(db, config.seedDir, profile.derived);
  const file = await runExport(db, { name: positionals[0]!, format: values.format, portfolioId: values.portfolio ?? null, by: values.by ?? null });
  if (values.out) {
    await writeFile(values.out, file.body);
    console.error(`Wrote ${file.body.length} bytes to ${values.out}`);
  } else {
    process.stdout.write(file.body);
  }
} catch (error) {
  if (error instanceof ExportRequestError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
