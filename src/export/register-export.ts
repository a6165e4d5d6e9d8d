/** The portfolio register: one row per usage with its vendor, service, infrastructure, data locations and certifications. */
import { portfolioRegister } from '../queries/portfolio-register.js';
import type { GraphReader } from '../queries/statement.js';
import { criticalityName } from './criticality.js';
import { lines, type ExportTable } from './table.js';

export async function registerTable(db: GraphReader, portfolioId: string): Promise<ExportTable> {
  const entries = await portfolioRegister(db, portfolioId);
  const sorted = (values: string[]) => [...values].sort();
  return {
    title: 'Register',
    columns: [
      { header: 'Service id', width: 24 },
      { header: 'Service', width: 32 },
      { header: 'Vendor', width: 32 },
      { header: 'Criticality', width: 12 },
      { header: 'Data classes', width: 18 },
      { header: 'Business owner', width: 20 },
      { header: 'Contract start', width: 14 },
      { header: 'Contract end', width: 14 },
      { header: 'Infrastructure', width: 48 },
      { header: 'Data locations', width: 20 },
      { header: 'Sub-processors', width: 32 },
      { header: 'Certifications', width: 40 },
      { header: 'Notes', width: 40 },
    ],
    rows: entries.map(({ usage, service, vendor, infrastructure, dataLocations, subprocessors, certifications }) => [
      service.id,
      service.name,
      vendor?.name ?? null,
      `${usage.criticality} ${criticalityName(usage.criticality)}`,
      lines(usage.dataClasses ?? []),
      usage.businessOwner ?? null,
      usage.contractStart ?? null,
      usage.contractEnd ?? null,
      lines(sorted(infrastructure.map((r) => `${r.name} [${r.id}] (${r.basis})`))),
      lines(sorted(dataLocations.map((l) => `${l.code} (${l.basis})`))),
      lines(sorted(subprocessors)),
      lines(sorted(certifications.map((c) => (c.validUntil ? `${c.name}, valid until ${c.validUntil}` : c.name)))),
      usage.notes ?? null,
    ]),
  };
}
