/**
 * A portfolio's findings (src/queries/findings/): each usage and
 * requirement with its status and the note that explains it, one row per
 * fact that decides it (what it says, the verbatim quote, the document and
 * section it is quoted from), or one row with the evidence columns empty
 * when nothing was found. A quote keeps its own line breaks, so a row holds
 * one quote: a spreadsheet filter on Status still shows every quote.
 */
import { dayOf } from '../queries/calendar.js';
import { evaluateFindings } from '../queries/findings/evaluate-findings.js';
import type { GraphReader } from '../queries/statement.js';
import { criticalityName } from './criticality.js';
import type { ExportTable } from './table.js';

/** Null when the portfolio does not exist. `today`: the day certificates must be valid on. */
export async function findingsTable(db: GraphReader, portfolioId: string, today = dayOf(new Date())): Promise<ExportTable | null> {
  const evaluated = await evaluateFindings(db, portfolioId, today);
  if (!evaluated) return null;
  return {
    title: 'Findings',
    columns: [
      { header: 'Service id', width: 24 },
      { header: 'Service', width: 32 },
      { header: 'Vendor', width: 32 },
      { header: 'Criticality', width: 12 },
      { header: 'Requirement id', width: 28 },
      { header: 'Requirement', width: 40 },
      { header: 'Status', width: 16 },
      { header: 'Note', width: 48 },
      { header: 'Evidence', width: 40 },
      { header: 'Quote', width: 60 },
      { header: 'Document', width: 24 },
      { header: 'Section', width: 24 },
    ],
    rows: evaluated.findings.flatMap(({ usage, requirement, status, note, evidence }) => {
      const finding = [
        usage.serviceId,
        usage.serviceName,
        usage.vendorName ?? null,
        `${usage.criticality} ${criticalityName(usage.criticality)}`,
        requirement.id,
        requirement.title,
        status,
        note,
      ];
      if (evidence.length === 0) return [[...finding, null, null, null, null]];
      return evidence.map((e) => [...finding, e.claim, e.quote, e.documentId, e.section]);
    }),
  };
}
