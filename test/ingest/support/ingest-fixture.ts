/** Reads a fixture under test/fixtures/ingest/ the way the CLI does and ingests it. */
import path from 'node:path';
import { projectRoot } from '../../../src/config/project-root.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { ingestText } from '../../../src/ingest/assemble-draft.js';
import type { SeedFile } from '../../../src/seed/seed-schema.js';

export const fixturePath = (name: string) => path.join(projectRoot, 'test', 'fixtures', 'ingest', name);

export async function ingestFixture(name: string): Promise<{ text: string; draft: SeedFile }> {
  const text = await readDocument(fixturePath(name));
  return { text, draft: ingestText(text, { fileName: name }) };
}

export const regionsOf = (draft: SeedFile) => draft.usesInfra.map((u) => u.region).sort();
export const certificatesOf = (draft: SeedFile) => draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber ?? '-'}`).sort();
export const metricsOf = (draft: SeedFile) => draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`)).sort();
export const controlsOf = (draft: SeedFile) => [...new Set(draft.disclosures.map((d) => d.control))].sort();
