/**
 * npm run ingest:cues [-- --all]
 *
 * Prints, for each wording family of each pattern in src/ingest, in how many
 * seed sources it matches and which test fixtures it matches. Without --all
 * only the families found in exactly one seed source are listed: those must
 * be general wording (test/ingest/cue-audit.test.ts holds the reasons).
 */
import { auditCues, singleSourceAlternatives } from './cue-audit.js';

async function main(): Promise<void> {
  const audited = await auditCues();
  const shown = process.argv.includes('--all') ? audited : singleSourceAlternatives(audited);
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  process.stdout.write(
    [
      `${audited.length} wording families; ${audited.filter((a) => a.seedSources.length === 0).length} match no seed source, ${singleSourceAlternatives(audited).length} exactly one.`,
      '',
      '| where | wording family | seed sources | fixtures |',
      '| --- | --- | ---: | --- |',
      ...shown.map((a) => `| ${a.where} | \`${cell(a.alternative)}\` | ${a.seedSources.length} | ${a.fixtures.join(', ')} |`),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest:cues: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
