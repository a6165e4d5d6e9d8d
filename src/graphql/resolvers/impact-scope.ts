/**
 * Which statements an impact analysis runs, with which parameters. A
 * provider or a region fails through the USES_INFRA edges to it, a service
 * through DEPENDS_ON chains alone: each kind of target has its own folder
 * of statements, with the same five names and the same row shapes.
 */
import { cypher, type CypherStatement } from '../../db/cypher-statement.js';
import { ImpactTargetKind } from '../types/enums.js';
import type { ImpactTarget } from '../types/questions.js';

export type ImpactStatement = 'services-count' | 'services-page' | 'paths' | 'vendors-count' | 'vendors-page';

export interface ImpactScope {
  target: ImpactTarget;
  /** The parameters every statement of the folder takes. */
  params: Record<string, string | null>;
  statement(name: ImpactStatement): CypherStatement;
}

export function impactScope(target: ImpactTarget): ImpactScope {
  if (target.kind === ImpactTargetKind.SERVICE) {
    return { target, params: { serviceId: target.id }, statement: (name) => cypher(`read/questions/impact-of-service/${name}`) };
  }
  return {
    target,
    params: {
      providerId: target.kind === ImpactTargetKind.PROVIDER ? target.id : null,
      regionId: target.kind === ImpactTargetKind.REGION ? target.id : null,
    },
    statement: (name) => cypher(`read/questions/impact-of-infrastructure/${name}`),
  };
}
