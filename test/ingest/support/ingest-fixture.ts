/** Reads a fixture under test/fixtures/ingest/ the way the CLI does and ingests it. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { projectRoot } from '../../../src/config/project-root.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { ingestText } from '../../../src/ingest/assemble-draft.js';
import { referenceData } from '../../../src/ingest/reference-data.js';
import type { SeedFile } from '../../../src/seed/seed-schema.js';
import type { SeedSet } from '../../../src/seed/read-seed.js';
import { quoteProblems } from '../../../src/ingest/verify-quotes.js';
import { validateSeed } from '../../../src/seed/validate-seed.js';

export const fixturePath = (name: string) => path.join(projectRoot, 'test', 'fixtures', 'ingest', name);

export async function ingestFixture(name: string): Promise<{ text: string; draft: SeedFile }> {
  const text = await readDocument(fixturePath(name));
  return { text, draft: ingestText(text, { fileName: name }) };
}

export const regionsOf = (draft: SeedFile) => draft.usesInfra.map((u) => u.region).sort();
export const certificatesOf = (draft: SeedFile) => draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber ?? '-'}`).sort();
export const metricsOf = (draft: SeedFile) => draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`)).sort();
export const controlsOf = (draft: SeedFile) => [...new Set(draft.disclosures.map((d) => d.control))].sort();

/** The draft as the seed loader would meet it: the reference data plus the draft as a document file, with its source text. */
export function asLoadedWithReference(name: string, text: string, draft: SeedFile): SeedSet {
  return {
    root: 'seed',
    files: [
      { file: 'reference/all.json', data: referenceData() },
      { file: `documents/${name}.json`, data: draft },
    ],
    sources: new Map([[draft.documents[0]!.sourceFile, text]]),
  };
}

/** `npm run ingest` as a user runs it: the CLI in its own process. */
export const ingestCli = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/ingest/ingest-cli.ts'), ...args], { cwd: projectRoot });

/** Every quote of the draft, for the traps no fact may cite. */
export const quotesOf = (draft: SeedFile) =>
  [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith, ...draft.dependsOn, ...draft.disclosures].map(
    (f) => f.evidence.quote,
  );

/** A draft as the seed loader meets it: every quote verbatim in the text read, the file valid against the reference data. */
export function expectValidDraft(name: string, text: string, draft: SeedFile): void {
  expect(quoteProblems(draft, text)).toEqual([]);
  for (const d of draft.disclosures) for (const m of d.metrics) expect(d.evidence.quote).toContain(m.raw);
  expect(() => validateSeed(asLoadedWithReference(name, text, draft))).not.toThrow();
}
