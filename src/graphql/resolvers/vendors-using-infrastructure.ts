/** One page of vendorsUsingInfrastructure as a connection, each vendor with its usages and their strongest basis. */
import { vendorsUsingInfrastructure, type InfrastructureSelector } from '../../queries/infrastructure-dependents.js';
import { Basis } from '../types/enums.js';
import type { VendorInfrastructureDependency } from '../types/questions.js';
import { toInfrastructureUsage } from '../types/edge-mapping.js';
import { toConnection, type ConnectionShape, type Page } from '../pagination.js';
import type { GraphContext } from '../context.js';
import { inScope, type PortfolioScope } from '../portfolio-access.js';

export async function vendorsUsingInfrastructurePage(
  ctx: GraphContext,
  selector: InfrastructureSelector,
  page: Page,
  scope: PortfolioScope | null = null,
): Promise<ConnectionShape<VendorInfrastructureDependency>> {
  const { items, totalCount } = await vendorsUsingInfrastructure(ctx.db, selector, page);
  // The usages' services came with them: a query asking for them (InfrastructureUsage.service) reads no more.
  for (const { services } of items) for (const [id, service] of services) ctx.loaders.services.prime(id, service);
  const nodes = items.map(({ vendor, usages }) => ({
    vendor,
    // Each usage's service says what it is to the portfolio (InfrastructureUsage.service).
    usages: usages.map((u) => inScope(toInfrastructureUsage(u), scope)),
    strongestBasis: usages.some((u) => u.basis === Basis.STATED) ? Basis.STATED : Basis.INFERRED,
  }));
  return toConnection(nodes, totalCount, page);
}
