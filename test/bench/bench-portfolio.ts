/**
 * The benchmark's portfolio: a generated customer using 300 services of the
 * loaded graph, half of them on the busiest region (so the portfolio-scoped
 * questions have a real concentration and blast radius), the rest spread
 * over the service ids, with a fixed mix of criticalities and data classes
 * and the demo portfolio's six kinds of requirement. Written after the graph
 * is loaded, through the seed's own portfolio import (with its change
 * records), in one transaction. Deterministic: the same graph gives the same
 * portfolio.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseStatement } from '../../src/db/cypher-statement.js';
import { portfolioFolder } from '../../src/seed/read-seed.js';
import type { GraphDatabase } from '../../src/db/graph-database.js';
import { importPortfolio } from '../../src/queries/portfolios/import-portfolios.js';
import type { DerivedProperties } from '../../src/seed/derived-properties.js';
import { portfolioSchema, type PortfolioFile } from '../../src/seed/portfolio-schema.js';

export const benchPortfolioId = 'bench-portfolio';

const servicesOnRegion = parseStatement(
  'bench/services-on-region',
  `// Services that USES_INFRA the region, by id.
// @param regionId  region id
// @param limit     services to return
MATCH (s:Service)-[:USES_INFRA]->(:Region {id: $regionId})
RETURN DISTINCT s.id AS id
ORDER BY id
LIMIT $limit`,
);

const everyServiceId = parseStatement(
  'bench/every-service-id',
  `MATCH (s:Service)
RETURN s.id AS id
ORDER BY id`,
);

/** 2 in 10 critical, 3 in 10 important, the rest other. */
const criticalityAt = (i: number) => (i % 10 < 2 ? 1 : i % 10 < 5 ? 2 : 3);
const dataClassMix = [['PERSONAL', 'CONFIDENTIAL'], ['CONFIDENTIAL'], ['PERSONAL'], ['PUBLIC'], ['INTERNAL']];

/** Picks the services: up to half on the busy region, then evenly over the rest. */
export async function benchPortfolioServices(db: GraphDatabase, busyRegionId: string, usages: number): Promise<string[]> {
  const onRegion = (await db.read(servicesOnRegion, { regionId: busyRegionId, limit: Math.floor(usages / 2) })).map((r) => String(r.id));
  const chosen = new Set(onRegion);
  const others = (await db.read(everyServiceId)).map((r) => String(r.id)).filter((id) => !chosen.has(id));
  const wanted = Math.min(usages - chosen.size, others.length);
  const step = others.length / Math.max(1, wanted);
  for (let i = 0; i < wanted; i++) chosen.add(others[Math.floor(i * step)]!);
  return [...chosen];
}

export function benchPortfolioFile(serviceIds: readonly string[]): PortfolioFile {
  return portfolioSchema.parse({
    id: benchPortfolioId,
    name: 'Benchmark Trading (ベンチ商事)',
    description: 'A generated customer for the benchmark: 300 usages over the generated graph.',
    usages: serviceIds.map((service, i) => ({
      service,
      criticality: criticalityAt(i),
      dataClasses: dataClassMix[i % dataClassMix.length],
      businessOwner: `Owner ${i % 17}`,
      contractStart: '2025-04-01',
      contractEnd: '2027-03-31',
    })),
    requirements: [
      { id: 'jp-only-personal', title: 'Personal data stays in Japan', kind: 'DATA_IN_COUNTRIES', countries: ['JP'], appliesToDataClasses: ['PERSONAL'] },
      { id: 'deletion-within-30-days', title: 'Data deleted within 30 days', kind: 'METRIC_AT_MOST', metric: 'dataDeletionDays', value: 30 },
      { id: 'incident-notice-72h', title: 'Incidents notified within 72 hours', kind: 'METRIC_AT_MOST', metric: 'incidentNotificationHours', value: 72 },
      {
        id: 'valid-isms-critical',
        title: 'Critical: valid ISMS certificate',
        kind: 'CERTIFICATION_HELD',
        scheme: 'iso27001',
        requireValid: true,
        appliesToMaxCriticality: 1,
      },
      { id: 'backup-disclosed', title: 'Backup practice disclosed', kind: 'CONTROL_DISCLOSED', control: 'iso27017:12.3.1' },
      { id: 'no-inferred-only-infrastructure', title: 'Infrastructure stated', kind: 'NO_INFERRED_ONLY_INFRASTRUCTURE' },
    ],
  });
}

/** Writes the portfolio into the loaded graph; returns how many usages it has. */
/**
 * The portfolio as a seed file in `folder`'s portfolios/, for a server
 * started on the folder to load as it loads a customer's. The same graph
 * gives the same file, so the reference (writeBenchPortfolio) holds the same
 * portfolio.
 */
export async function saveBenchPortfolio(db: GraphDatabase, folder: string, busyRegionId: string, usages = 300): Promise<void> {
  const file = benchPortfolioFile(await benchPortfolioServices(db, busyRegionId, usages));
  await mkdir(path.join(folder, portfolioFolder), { recursive: true });
  await writeFile(path.join(folder, portfolioFolder, `${benchPortfolioId}.json`), `${JSON.stringify(file, null, 2)}\n`);
}

export async function writeBenchPortfolio(db: GraphDatabase, derived: DerivedProperties, busyRegionId: string, usages = 300): Promise<number> {
  const file = benchPortfolioFile(await benchPortfolioServices(db, busyRegionId, usages));
  const ctx = { actor: 'bench', now: new Date().toISOString(), derived };
  await db.transaction((tx) => importPortfolio(tx, { file: 'bench-portfolio.json', data: file }, ctx));
  return file.usages.length;
}
