/**
 * `npm run coverage:knowledge`: for each whitepaper, how many of its
 * sections became disclosures, which gave other facts only (certificates,
 * locations), and which gave nothing, with the reason recorded in the seed.
 */
import path from 'node:path';
import { projectRoot } from '../config/project-root.js';
import { readSeedFolder, type SeedSet } from './read-seed.js';
import { defaultDocumentOf, validateSeed } from './validate-seed.js';

export interface DocumentCoverage {
  document: string;
  title: string;
  sections: number;
  disclosureSections: string[];
  otherFactSections: string[];
  skipped: Array<{ heading: string; reason: string }>;
  disclosures: number;
}

export function knowledgeCoverage(seed: SeedSet): DocumentCoverage[] {
  return seed.files.flatMap(({ data }) =>
    data.documents.map((document) => {
      const ofThis = <T extends { evidence: { document?: string; section: string } }>(records: T[]) =>
        records.filter((r) => (r.evidence.document ?? defaultDocumentOf(data)) === document.id);
      const disclosures = ofThis(data.disclosures);
      const disclosureHeadings = new Set(disclosures.map((d) => d.evidence.section));
      const otherHeadings = new Set(
        [...ofThis(data.usesInfra), ...ofThis(data.storesDataIn), ...ofThis(data.dependsOn), ...ofThis(data.certifiedBy), ...ofThis(data.syncsTimeWith)].map(
          (r) => r.evidence.section,
        ),
      );
      const sections = data.sections.filter((s) => (s.document ?? defaultDocumentOf(data)) === document.id);
      return {
        document: document.id,
        title: document.title,
        sections: sections.length,
        disclosureSections: sections.filter((s) => disclosureHeadings.has(s.heading)).map((s) => s.heading),
        otherFactSections: sections.filter((s) => !disclosureHeadings.has(s.heading) && otherHeadings.has(s.heading)).map((s) => s.heading),
        skipped: sections
          .filter((s) => !disclosureHeadings.has(s.heading) && !otherHeadings.has(s.heading))
          .map((s) => ({ heading: s.heading, reason: s.skippedBecause ?? '' })),
        disclosures: disclosures.length,
      };
    }),
  );
}

export function formatCoverage(coverage: DocumentCoverage[]): string {
  const lines: string[] = [];
  for (const c of coverage) {
    lines.push(`${c.document} — ${c.title}`);
    lines.push(
      `  ${c.disclosureSections.length} of ${c.sections} sections became disclosures (${c.disclosures} disclosures); ${c.otherFactSections.length} gave other facts only; ${c.skipped.length} gave none`,
    );
    for (const heading of c.otherFactSections) lines.push(`    other facts only: ${heading}`);
    for (const s of c.skipped) lines.push(`    no facts: ${s.heading} — ${s.reason}`);
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const seed = await readSeedFolder(process.argv[2] ?? path.join(projectRoot, 'seed'));
  validateSeed(seed);
  console.log(formatCoverage(knowledgeCoverage(seed)));
}
