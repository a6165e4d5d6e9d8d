/**
 * Per-request DataLoaders: every relationship field asks its loader, and
 * the loader sends one Cypher statement for all the parents a request
 * touches. A nested query's round trips grow with its depth, never with the
 * number of items it returns.
 */
import DataLoader from 'dataloader';
import { cypher } from '../db/cypher-statement.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import type * as R from './records.js';

function byId<T>(db: GraphDatabase, statement: string): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(cypher(`read/by-id/${statement}`), { ids: [...ids] });
    const found = new Map(rows.map((row) => [row.key as string, row.node as unknown as T]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function related<T>(db: GraphDatabase, statement: string, column: 'node' | 'edge'): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows: Row[] = await db.read(cypher(`read/related/${statement}`), { ids: [...ids] });
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = row.key as string;
      const group = groups.get(key) ?? [];
      group.push(row[column] as unknown as T);
      groups.set(key, group);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(db: GraphDatabase) {
  return {
    vendors: byId<R.VendorRecord>(db, 'vendors'),
    services: byId<R.ServiceRecord>(db, 'services'),
    regions: byId<R.RegionRecord>(db, 'regions'),
    providers: byId<R.ProviderRecord>(db, 'infrastructure-providers'),
    countries: byId<R.CountryRecord>(db, 'countries'),
    certifications: byId<R.CertificationRecord>(db, 'certifications'),
    controls: byId<R.ControlRecord>(db, 'controls'),
    frameworks: byId<R.FrameworkRecord>(db, 'frameworks'),
    documents: byId<R.DocumentRecord>(db, 'documents'),
    timeSources: byId<R.TimeSourceRecord>(db, 'time-sources'),

    vendorServices: related<R.ServiceRecord>(db, 'vendor-services', 'node'),
    vendorCertifications: related<R.CertifiedByRecord>(db, 'vendor-certifications', 'edge'),
    vendorDocuments: related<R.DocumentRecord>(db, 'vendor-documents', 'node'),
    serviceInfrastructure: related<R.UsesInfraRecord>(db, 'service-infrastructure', 'edge'),
    serviceDataLocations: related<R.StoresDataInRecord>(db, 'service-data-locations', 'edge'),
    serviceDependencies: related<R.DependsOnRecord>(db, 'service-dependencies', 'edge'),
    serviceDependents: related<R.DependsOnRecord>(db, 'service-dependents', 'edge'),
    serviceDisclosures: related<R.ImplementsRecord>(db, 'service-disclosures', 'edge'),
    serviceTimeSources: related<R.SyncsTimeWithRecord>(db, 'service-time-sources', 'edge'),
    regionServices: related<R.UsesInfraRecord>(db, 'region-services', 'edge'),
    providerRegions: related<R.RegionRecord>(db, 'provider-regions', 'node'),
    certificationHolders: related<R.CertifiedByRecord>(db, 'certification-holders', 'edge'),
    controlDisclosures: related<R.ImplementsRecord>(db, 'control-disclosures', 'edge'),
    controlFramework: related<R.FrameworkRecord>(db, 'control-framework', 'node'),
    documentRevisions: related<R.RevisionRecord>(db, 'document-revisions', 'node'),
    documentPublisher: related<R.VendorRecord>(db, 'document-publisher', 'node'),
    timeSourceServices: related<R.SyncsTimeWithRecord>(db, 'time-source-services', 'edge'),
    disclosures: new DataLoader<string, R.ImplementsRecord | null>(async (ids) => {
      const rows = await db.read(cypher('read/questions/disclosure-by-id'), { ids: [...ids] });
      const found = new Map(rows.map((row) => [row.key as string, row.edge as unknown as R.ImplementsRecord]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The whole catalog, read once per request that needs a coverage view. */
    catalog: new DataLoader<'all', R.ControlRecord[]>(async (keys) => {
      const rows = await db.read(cypher('read/catalog/all-controls'));
      const controls = rows.map((row) => row.node as unknown as R.ControlRecord);
      return keys.map(() => controls);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
