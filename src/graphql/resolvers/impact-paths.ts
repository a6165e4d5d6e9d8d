/**
 * The services of one page of an impact report, with their paths: the paths
 * statement's rows (one per path, shortest first for each service) become
 * hops from the impacted service to the target. A path is as strong as its
 * weakest hop.
 */
import { Basis, HopKind, ImpactTargetKind } from '../types/enums.js';
import type { ImpactHop, ImpactPath, ImpactTarget, ImpactedService } from '../types/questions.js';
import { evidenceOf } from '../types/evidence.js';
import type { GraphContext } from '../context.js';
import type { ServiceRecord } from '../../queries/records.js';
import { impactPaths, type ImpactPathRecord } from '../../queries/impact.js';

function pathOf(row: ImpactPathRecord, target: ImpactTarget): ImpactPath {
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
    // The statement matched the region by its provider, so the provider is the target.
    if (target.kind === ImpactTargetKind.PROVIDER) {
      hops.push({ relationship: HopKind.OPERATED_BY, fromId: u.regionId, toId: target.id, basis: Basis.STATED });
    }
  }
  return { hops, basis: hops.some((h) => h.basis === Basis.INFERRED) ? Basis.INFERRED : Basis.STATED };
}

/** The page's services, in the order given, each with every path that links it to the target. */
export async function impactedServices(ctx: GraphContext, target: ImpactTarget, services: ServiceRecord[]): Promise<ImpactedService[]> {
  const rows = await impactPaths(
    ctx.db,
    target,
    services.map((s) => s.id),
  );
  const pathsByService = new Map<string, ImpactPath[]>();
  for (const row of rows) {
    const paths = pathsByService.get(row.serviceId) ?? [];
    paths.push(pathOf(row, target));
    pathsByService.set(row.serviceId, paths);
  }
  return services.map((service) => {
    const paths = pathsByService.get(service.id) ?? [];
    return {
      serviceId: service.id,
      service,
      direct: paths.some((p) => p.hops.every((h) => h.relationship !== HopKind.DEPENDS_ON)),
      paths,
      basis: paths.some((p) => p.basis === Basis.STATED) ? Basis.STATED : Basis.INFERRED,
    };
  });
}
