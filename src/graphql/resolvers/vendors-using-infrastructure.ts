/**
 * One page of vendorsUsingInfrastructure in two reads: the page's vendors
 * with the total, then the usages of those vendors alone. A busy region has
 * thousands of vendors; the work, and the evidence sent, follow the page.
 */
import { cypher } from '../../db/cypher-statement.js';
import { Basis } from '../types/enums.js';
import type { VendorInfrastructureDependency } from '../types/questions.js';
import type { InfrastructureUsage } from '../types/edges.js';
import { toInfrastructureUsage } from '../types/edge-mapping.js';
import { toConnection, type ConnectionShape, type Page } from '../pagination.js';
import type { GraphContext } from '../context.js';
import type { UsesInfraRecord, VendorRecord } from '../records.js';

/** The infrastructure asked about: the same filters in both statements. */
export interface InfrastructureFilter {
  provider: string;
  region: string | null;
  basis: Basis | null;
}

async function usagesByVendor(ctx: GraphContext, filter: InfrastructureFilter, vendors: VendorRecord[]): Promise<Map<string, InfrastructureUsage[]>> {
  const byVendor = new Map<string, InfrastructureUsage[]>();
  // Like a DataLoader, an empty page sends nothing.
  if (!vendors.length) return byVendor;
  const rows = await ctx.db.read(cypher('read/questions/vendor-infrastructure-usages'), { ...filter, ids: vendors.map((v) => v.id) });
  for (const row of rows) {
    const usages = byVendor.get(row.vendorId as string) ?? [];
    usages.push(toInfrastructureUsage(row.usage as unknown as UsesInfraRecord));
    byVendor.set(row.vendorId as string, usages);
  }
  return byVendor;
}

export async function vendorsUsingInfrastructurePage(
  ctx: GraphContext,
  filter: InfrastructureFilter,
  page: Page,
): Promise<ConnectionShape<VendorInfrastructureDependency>> {
  const [row] = await ctx.db.read(cypher('read/questions/vendors-using-infrastructure-page'), { ...filter, offset: page.offset, limit: page.limit });
  const vendors = (row?.vendors ?? []) as unknown as VendorRecord[];
  const usages = await usagesByVendor(ctx, filter, vendors);
  const nodes = vendors.map((vendor) => {
    const own = usages.get(vendor.id) ?? [];
    return { vendor, usages: own, strongestBasis: own.some((u) => u.basis === Basis.STATED) ? Basis.STATED : Basis.INFERRED };
  });
  return toConnection(nodes, (row?.totalCount as number) ?? 0, page);
}
