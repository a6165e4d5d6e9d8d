/**
 * npm run ingest:eval [-- --details]
 *
 * Ingests every seed/sources/*.txt and compares the draft with the hand-made
 * seed/documents/<same name>.json: precision and recall per fact kind, and
 * the share of quotes found verbatim in the source.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../config/project-root.js';
import { seedFileSchema } from '../../seed/seed-schema.js';
import { ingestText } from '../assemble-draft.js';
import { quoteProblems } from '../verify-quotes.js';
import { addScores, compareDraft, factKinds, precision, recall, type FactKind, type KindScore } from './compare-draft.js';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const sources = path.join(projectRoot, 'seed', 'sources');
  const emptyScore = (): KindScore => ({ truePositives: 0, proposed: 0, expected: 0, missed: [], extra: [] });
  const totals = Object.fromEntries(factKinds.map((k) => [k, emptyScore()])) as Record<FactKind, KindScore>;
  let quotes = 0;
  let verbatim = 0;
  for (const file of (await readdir(sources)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(path.join(sources, file), 'utf8');
    const goldFile = path.join(projectRoot, 'seed', 'documents', file.replace(/\.txt$/, '.json'));
    const gold = seedFileSchema.parse(JSON.parse(await readFile(goldFile, 'utf8')));
    const draft = ingestText(text, { fileName: file });
    const problems = quoteProblems(draft, text).length;
    const count =
      draft.usesInfra.length +
      draft.storesDataIn.length +
      draft.dependsOn.length +
      draft.certifiedBy.length +
      draft.disclosures.length +
      draft.syncsTimeWith.length;
    quotes += count;
    verbatim += count - problems;
    const scores = compareDraft(draft, gold);
    for (const kind of factKinds) totals[kind] = addScores(totals[kind], scores[kind]);
    if (details) {
      process.stdout.write(`\n## ${file}\n`);
      for (const kind of factKinds) {
        const s = scores[kind];
        if (s.missed.length || s.extra.length) process.stdout.write(`${kind}: missed ${JSON.stringify(s.missed)} extra ${JSON.stringify(s.extra)}\n`);
      }
    }
  }
  const rows = factKinds.map((k) => {
    const s = totals[k];
    return `| ${k} | ${s.expected} | ${s.proposed} | ${s.truePositives} | ${pct(precision(s))} | ${pct(recall(s))} |`;
  });
  process.stdout.write(
    [
      '',
      '| fact kind | gold | proposed | matched | precision | recall |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Quotes verbatim: ${verbatim} of ${quotes} (${pct(quotes ? verbatim / quotes : 1)})`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest:eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
