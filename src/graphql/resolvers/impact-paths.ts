/**
 * Turns the impact statement's rows (one per path) into the report: paths
 * as hops from the impacted service to the target, grouped per service and
 * per vendor. A path is as strong as its weakest hop.
 */
import { Basis, HopKind, ImpactTargetKind } from '../types/enums.js';
import type { ImpactHop, ImpactPath, ImpactReport, ImpactTarget } from '../types/questions.js';
import { evidenceOf } from '../types/evidence.js';
import type { GraphContext } from '../context.js';
import type { DependsOnRecord, ServiceRecord, UsesInfraRecord, VendorRecord } from '../records.js';

export interface ImpactRow {
  serviceId: string;
  infrastructure: UsesInfraRecord | null;
  dependencies: DependsOnRecord[];
}

function pathOf(row: ImpactRow, target: ImpactTarget, providerOf: (regionId: string) => string | undefined): ImpactPath {
  const hops: ImpactHop[] = row.dependencies.map((d) => ({
    relationship: HopKind.DEPENDS_ON,
    fromId: d.serviceId,
    toId: d.dependsOnId,
    // Sub-processor links are read from the document's own table: stated.
    basis: Basis.STATED,
    evidence: evidenceOf(d),
  }));
  if (row.infrastructure) {
    const u = row.infrastructure;
    hops.push({
      relationship: HopKind.USES_INFRA,
      fromId: u.serviceId,
      toId: u.regionId,
      basis: u.basis as Basis,
      reasoning: u.reasoning,
      evidence: evidenceOf(u),
    });
    if (target.kind === ImpactTargetKind.PROVIDER) {
      hops.push({ relationship: HopKind.OPERATED_BY, fromId: u.regionId, toId: providerOf(u.regionId) ?? target.id, basis: Basis.STATED });
    }
  }
  return { hops, basis: hops.some((h) => h.basis === Basis.INFERRED) ? Basis.INFERRED : Basis.STATED };
}

export async function assembleImpact(ctx: GraphContext, target: ImpactTarget, rows: ImpactRow[]): Promise<ImpactReport> {
  const regionIds = [...new Set(rows.flatMap((r) => (r.infrastructure ? [r.infrastructure.regionId] : [])))];
  const regions = await ctx.loaders.regions.loadMany(regionIds);
  const providerByRegion = new Map(regions.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r.provider] as const] : [])));

  const pathsByService = new Map<string, ImpactPath[]>();
  for (const row of rows) {
    const paths = pathsByService.get(row.serviceId) ?? [];
    paths.push(pathOf(row, target, (id) => providerByRegion.get(id)));
    pathsByService.set(row.serviceId, paths);
  }
  const serviceIds = [...pathsByService.keys()];
  const services = (await ctx.loaders.services.loadMany(serviceIds)) as Array<ServiceRecord | null>;

  const impacted = serviceIds.map((serviceId, i) => {
    const paths = pathsByService.get(serviceId)!.sort((a, b) => a.hops.length - b.hops.length);
    return {
      serviceId,
      service: services[i]!,
      direct: paths.some((p) => p.hops.every((h) => h.relationship !== HopKind.DEPENDS_ON)),
      paths,
      basis: paths.some((p) => p.basis === Basis.STATED) ? Basis.STATED : Basis.INFERRED,
    };
  });

  const byVendor = new Map<string, string[]>();
  for (const s of impacted) {
    if (!s.service?.vendorId) continue;
    byVendor.set(s.service.vendorId, [...(byVendor.get(s.service.vendorId) ?? []), s.serviceId]);
  }
  const vendorIds = [...byVendor.keys()];
  const vendors = (await ctx.loaders.vendors.loadMany(vendorIds)) as Array<VendorRecord | null>;
  return {
    target,
    services: impacted,
    vendors: vendorIds.map((id, i) => ({ vendor: vendors[i]!, serviceIds: byVendor.get(id)! })),
  };
}
