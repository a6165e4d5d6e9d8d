/** The concentration ranking, every entry with every service it counts. */
import { concentrationReport, type ConcentrationDimension, type ConcentrationReport } from '../queries/concentration.js';
import type { GraphReader } from '../queries/statement.js';
import { criticalityName } from './criticality.js';
import { lines, type ExportTable } from './table.js';

/** An export holds the whole ranking: far more than any graph has entries, or services per entry. */
const everything = 1_000_000;

/** Null when the portfolio does not exist. */
export async function concentrationTable(db: GraphReader, portfolioId: string | null, by: ConcentrationDimension): Promise<ExportTable | null> {
  const report: ConcentrationReport = await concentrationReport(db, { portfolioId, by, limit: everything, servicesPerEntry: everything });
  if (!report.scope.known) return null;
  const scoped = portfolioId !== null;
  const mixColumns = scoped
    ? [
        { header: 'Critical', width: 10 },
        { header: 'Important', width: 10 },
        { header: 'Other', width: 10 },
      ]
    : [];
  return {
    title: `Concentration by ${by.toLowerCase().replace('_', ' ')}`,
    columns: [
      { header: 'Rank', width: 6 },
      { header: 'Key', width: 28 },
      { header: 'Name', width: 40 },
      { header: 'Services', width: 10 },
      { header: `Share of ${report.scope.serviceCount} services (%)`, width: 14 },
      { header: 'Vendors', width: 10 },
      ...mixColumns,
      { header: 'Services depending on it', width: 60 },
    ],
    rows: report.items.map((e, i) => [
      i + 1,
      e.key,
      e.name,
      e.serviceCount,
      Math.round(e.share * 1000) / 10,
      e.vendorCount,
      ...(scoped ? [e.criticality.critical, e.criticality.important, e.criticality.other] : []),
      lines(
        e.services.map(
          ({ service, criticality, direct }) => `${service.name}${scoped ? ` (${criticalityName(criticality)})` : ''}${direct ? '' : ' via a sub-processor'}`,
        ),
      ),
    ]),
  };
}
