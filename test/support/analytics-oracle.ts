/**
 * A second reading of concentration and metric summaries, for the tests:
 * computed in TypeScript from the seed files themselves (not through the
 * graph), with the rules the API states. The tests compare the API's
 * answers over HTTP to these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeMetric } from '../../src/seed/normalize-metric.js';
import { readSeedFolder, type SeedSet } from '../../src/seed/read-seed.js';
import type { MetricName, SeedFile } from '../../src/seed/seed-schema.js';
import { seedDir } from './seed-copy.js';

export type Dimension = 'PROVIDER' | 'REGION' | 'COUNTRY' | 'SUBPROCESSOR' | 'CERTIFICATION_ISSUER';
export type Grouping = 'PROVIDER' | 'REGION' | 'VENDOR' | 'CERTIFICATION' | 'CRITICALITY';

/** A service in scope: every service over the whole graph (criticality undefined), or a portfolio's usage. */
export interface Root {
  service: string;
  criticality?: number;
}

export interface OracleEntry {
  key: string;
  serviceCount: number;
  vendorCount: number;
  critical: number;
  important: number;
  other: number;
  serviceIds: string[];
}

export interface OracleGroup {
  key: string;
  count: number;
  serviceCount: number;
  min: number;
  max: number;
  average: number;
}

/** The catalogue seed (documents and reference data), without portfolios. */
export function readCatalogueSeed(): Promise<SeedSet> {
  return readSeedFolder(seedDir, (file) => !file.startsWith('portfolios'));
}

/** A portfolio seed file's usages, as roots. */
export function portfolioRoots(portfolioId: string): Root[] {
  const file = JSON.parse(readFileSync(path.join(seedDir, 'portfolios', `${portfolioId}.json`), 'utf8')) as {
    usages: Array<{ service: string; criticality: number }>;
  };
  return file.usages.map((u) => ({ service: u.service, criticality: u.criticality }));
}

type SectionName = 'services' | 'regions' | 'usesInfra' | 'storesDataIn' | 'dependsOn' | 'certifiedBy' | 'disclosures';

export class AnalyticsOracle {
  constructor(private readonly seed: SeedSet) {}

  /** Every record of one section, over all seed files. */
  private all<K extends SectionName>(key: K): SeedFile[K] {
    return this.seed.files.flatMap(({ data }) => data[key] as unknown[]) as SeedFile[K];
  }

  /** Every service of the seed, as whole-graph roots. */
  everyService(): Root[] {
    return [...new Set(this.all('services').map((s) => s.id))].map((service) => ({ service }));
  }

  private vendorOf(service: string): string | undefined {
    return this.all('services').find((s) => s.id === service)?.vendor;
  }

  /** The service and what it reaches through DEPENDS_ON, with the fewest hops to each. */
  private reach(service: string): Map<string, number> {
    const hops = new Map([[service, 0]]);
    let frontier = [service];
    for (let depth = 1; depth <= 8 && frontier.length; depth++) {
      frontier = this.all('dependsOn')
        .filter((d) => frontier.includes(d.service) && !hops.has(d.dependsOn))
        .map((d) => d.dependsOn);
      for (const s of frontier) hops.set(s, depth);
    }
    return hops;
  }

  private keysOf(reached: string, depth: number, by: Dimension): string[] {
    const regions = this.all('usesInfra')
      .filter((u) => u.service === reached)
      .map((u) => this.all('regions').find((r) => r.id === u.region)!);
    switch (by) {
      case 'PROVIDER':
        return regions.map((r) => r.provider);
      case 'REGION':
        return regions.map((r) => r.id);
      case 'COUNTRY':
        return [
          ...regions.flatMap((r) => (r.country ? [r.country] : [])),
          ...this.all('storesDataIn')
            .filter((l) => l.service === reached)
            .map((l) => l.country),
        ];
      case 'SUBPROCESSOR':
        return depth > 0 ? [reached] : [];
      case 'CERTIFICATION_ISSUER': {
        const vendor = this.vendorOf(reached);
        return this.all('certifiedBy').flatMap((c) => (c.vendor === vendor && c.issuer ? [c.issuer] : []));
      }
    }
  }

  /** Every entry, in the API's order: most services, then most critical, then most important, then key. */
  concentration(roots: Root[], by: Dimension): OracleEntry[] {
    const entries = new Map<string, Root[]>();
    for (const root of roots) {
      const keys = new Set([...this.reach(root.service)].flatMap(([reached, depth]) => this.keysOf(reached, depth, by)));
      for (const key of keys) entries.set(key, [...(entries.get(key) ?? []), root]);
    }
    const count = (rs: Root[], c: number) => rs.filter((r) => r.criticality === c).length;
    return [...entries]
      .map(([key, rs]) => ({
        key,
        serviceCount: rs.length,
        vendorCount: new Set(rs.map((r) => this.vendorOf(r.service)).filter(Boolean)).size,
        critical: count(rs, 1),
        important: count(rs, 2),
        other: count(rs, 3),
        serviceIds: rs.map((r) => r.service).sort(),
      }))
      .sort((a, b) => b.serviceCount - a.serviceCount || b.critical - a.critical || b.important - a.important || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private groupsOf(root: Root, groupBy: Grouping): string[] {
    const vendor = this.vendorOf(root.service);
    switch (groupBy) {
      case 'PROVIDER':
      case 'REGION':
        return this.all('usesInfra')
          .filter((u) => u.service === root.service)
          .map((u) => (groupBy === 'REGION' ? u.region : this.all('regions').find((r) => r.id === u.region)!.provider));
      case 'VENDOR':
        return vendor ? [vendor] : [];
      case 'CERTIFICATION':
        return this.all('certifiedBy').flatMap((c) => (c.vendor === vendor ? [c.certification] : []));
      case 'CRITICALITY':
        return root.criticality === undefined ? [] : [String(root.criticality)];
    }
  }

  /** One group per key with a value, by key. */
  metricSummary(roots: Root[], metric: MetricName, groupBy: Grouping): OracleGroup[] {
    const groups = new Map<string, Array<{ service: string; value: number }>>();
    for (const root of roots) {
      const values = this.all('disclosures')
        .filter((d) => d.service === root.service)
        .flatMap((d) => d.metrics.filter((m) => m.name === metric).map((m) => normalizeMetric(m.name, m.value, m.unit)!.normalizedValue));
      if (values.length === 0) continue;
      for (const key of new Set(this.groupsOf(root, groupBy)))
        groups.set(key, [...(groups.get(key) ?? []), ...values.map((value) => ({ service: root.service, value }))]);
    }
    return [...groups]
      .map(([key, vs]) => ({
        key,
        count: vs.length,
        serviceCount: new Set(vs.map((v) => v.service)).size,
        min: Math.min(...vs.map((v) => v.value)),
        max: Math.max(...vs.map((v) => v.value)),
        average: vs.reduce((sum, v) => sum + v.value, 0) / vs.length,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
