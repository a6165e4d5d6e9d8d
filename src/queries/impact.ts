/**
 * Blast radius: which services and vendors a failure of a provider, a
 * region or a service reaches, directly or through DEPENDS_ON chains. A
 * provider or region fails through the USES_INFRA edges to it, a service
 * through DEPENDS_ON chains alone: each kind of target has its own folder of
 * statements, with the same six names and the same row shapes.
 */
import { z } from 'zod';
import { countRow, pageRow, type PageOf, type PageWindow } from './page.js';
import {
  dependsOnRecord,
  serviceRecord,
  usesInfraRecord,
  vendorRecord,
  type DependsOnRecord,
  type ServiceRecord,
  type UsesInfraRecord,
  type VendorRecord,
} from './records.js';
import { readRows, readSingleRow, statement, type GraphReader, type Statement } from './statement.js';

export type ImpactTarget = {
  kind: 'PROVIDER' | 'REGION' | 'SERVICE';
  id: string;
  /** Only the services hit among these (a portfolio's); null or absent for the whole graph. */
  scopeServiceIds?: readonly string[] | null | undefined;
};

type InfrastructureParams = { providerId: string | null; regionId: string | null };
type ServiceParams = { serviceId: string };

/** Only these services (a portfolio's); null for the whole graph. The paths need none: they are read for services already in scope. */
type Scoped = { scopeServiceIds: readonly string[] | null };

/** The windows of both pages, for the statement that reads them together. */
type PagesWindows = { servicesOffset: number; servicesLimit: number; vendorsOffset: number; vendorsLimit: number };

function statementsIn<P extends object>(folder: string) {
  return {
    servicesCount: statement<P & Scoped>(`${folder}/services-count`),
    servicesPage: statement<P & Scoped & PageWindow>(`${folder}/services-page`),
    paths: statement<P & { ids: string[] }>(`${folder}/paths`),
    vendorsCount: statement<P & Scoped>(`${folder}/vendors-count`),
    vendorsPage: statement<P & Scoped & PageWindow>(`${folder}/vendors-page`),
    pages: statement<P & Scoped & PagesWindows>(`${folder}/pages`),
  };
}

const ofInfrastructure = statementsIn<InfrastructureParams>('read/questions/impact-of-infrastructure');
const ofService = statementsIn<ServiceParams>('read/questions/impact-of-service');

type Scope = { statements: ReturnType<typeof statementsIn<object>>; params: object; scoped: Scoped };

function scopeOf(target: ImpactTarget): Scope {
  const scoped = { scopeServiceIds: target.scopeServiceIds ?? null };
  if (target.kind === 'SERVICE') return { statements: ofService as Scope['statements'], params: { serviceId: target.id }, scoped };
  return {
    statements: ofInfrastructure as Scope['statements'],
    params: { providerId: target.kind === 'PROVIDER' ? target.id : null, regionId: target.kind === 'REGION' ? target.id : null },
    scoped,
  };
}

/** One path from an impacted service to the target, as the statement returns it. */
export interface ImpactPathRecord {
  serviceId: string;
  /** The USES_INFRA edge that ends the path; null for a service target. */
  infrastructure: UsesInfraRecord | null;
  /** The DEPENDS_ON edges, from the impacted service on. */
  dependencies: DependsOnRecord[];
}

const pathRow = z.object({ serviceId: z.string(), infrastructure: usesInfraRecord.nullable(), dependencies: z.array(dependsOnRecord) });
const impactedVendor = z.object({ vendor: vendorRecord, serviceIds: z.array(z.string()) });
const pagesRow = z.object({ servicesTotal: z.number(), services: z.array(serviceRecord), vendorsTotal: z.number(), vendors: z.array(impactedVendor) });

export interface ImpactedVendorRecord {
  vendor: VendorRecord;
  /** Its impacted services, in id order. */
  serviceIds: string[];
}

async function count(db: GraphReader, s: Statement<Scoped>, params: Scoped): Promise<number> {
  return (await readSingleRow(db, s, params, countRow)).totalCount;
}

export function countImpactedServices(db: GraphReader, target: ImpactTarget): Promise<number> {
  const scope = scopeOf(target);
  return count(db, scope.statements.servicesCount, { ...scope.params, ...scope.scoped });
}

/** A page of the services hit, nearest first (fewest DEPENDS_ON hops, then id), with the total. */
export async function impactedServicesPage(db: GraphReader, target: ImpactTarget, page: PageWindow): Promise<PageOf<ServiceRecord>> {
  const scope = scopeOf(target);
  const { totalCount, services } = await readSingleRow(
    db,
    scope.statements.servicesPage,
    { ...scope.params, ...scope.scoped, ...page },
    pageRow('services', serviceRecord),
  );
  return { totalCount, items: services };
}

/** Every path from each of these services to the target, shortest first for each service. */
export async function impactPaths(db: GraphReader, target: ImpactTarget, serviceIds: string[]): Promise<ImpactPathRecord[]> {
  // Like a DataLoader, an empty page sends nothing.
  if (!serviceIds.length) return [];
  const scope = scopeOf(target);
  return readRows(db, scope.statements.paths, { ...scope.params, ids: serviceIds }, pathRow);
}

export function countImpactedVendors(db: GraphReader, target: ImpactTarget): Promise<number> {
  const scope = scopeOf(target);
  return count(db, scope.statements.vendorsCount, { ...scope.params, ...scope.scoped });
}

/** A page of the vendors hit, by name then id, with the total. */
export async function impactedVendorsPage(db: GraphReader, target: ImpactTarget, page: PageWindow): Promise<PageOf<ImpactedVendorRecord>> {
  const scope = scopeOf(target);
  const { totalCount, vendors } = await readSingleRow(
    db,
    scope.statements.vendorsPage,
    { ...scope.params, ...scope.scoped, ...page },
    pageRow('vendors', impactedVendor),
  );
  return { totalCount, items: vendors };
}

export interface ImpactPages {
  services: PageOf<ServiceRecord>;
  vendors: PageOf<ImpactedVendorRecord>;
}

/** A page of the services and a page of the vendors hit, as the two functions above give them, from one walk. */
export async function impactedPages(db: GraphReader, target: ImpactTarget, services: PageWindow, vendors: PageWindow): Promise<ImpactPages> {
  const scope = scopeOf(target);
  const row = await readSingleRow(
    db,
    scope.statements.pages,
    {
      ...scope.params,
      ...scope.scoped,
      servicesOffset: services.offset,
      servicesLimit: services.limit,
      vendorsOffset: vendors.offset,
      vendorsLimit: vendors.limit,
    },
    pagesRow,
  );
  return { services: { totalCount: row.servicesTotal, items: row.services }, vendors: { totalCount: row.vendorsTotal, items: row.vendors } };
}
