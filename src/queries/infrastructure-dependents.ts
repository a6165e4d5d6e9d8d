/**
 * Vendors whose services run on a provider (or one of its regions), a page
 * at a time, in two reads: the page's vendors with the total, then the
 * usages of those vendors alone, each with its service. A busy region has thousands of vendors; the
 * work, and the evidence sent, follow the page.
 */
import { z } from 'zod';
import type { PageOf, PageWindow } from './page.js';
import { pageRow } from './page.js';
import { serviceRecord, usesInfraRecord, vendorRecord, type Basis, type ServiceRecord, type UsesInfraRecord, type VendorRecord } from './records.js';
import { readRows, readSingleRow, statement, type GraphReader } from './statement.js';

/** The infrastructure asked about: the same in both statements. */
export interface InfrastructureSelector {
  provider: string;
  /** A region code (`ap-northeast-1`) or id (`aws:ap-northeast-1`); null: every region of the provider. */
  region: string | null;
  /** Only usages of this basis; null: both. */
  basis: Basis | null;
  /** Only these services (a portfolio's); null: the whole graph. */
  scopeServiceIds: readonly string[] | null;
}

const vendorsPage = statement<InfrastructureSelector & PageWindow>('read/questions/vendors-using-infrastructure-page');
const vendorUsages = statement<InfrastructureSelector & { ids: string[] }>('read/questions/vendor-infrastructure-usages');
const usageRow = z.object({ vendorId: z.string(), usage: usesInfraRecord, service: serviceRecord });

export interface VendorDependency {
  vendor: VendorRecord;
  /** The vendor's usages of the infrastructure, by service then region. */
  usages: UsesInfraRecord[];
  /** The services of those usages, by id: read with them, as the look-up by id gives them. */
  services: Map<string, ServiceRecord>;
}

export async function vendorsUsingInfrastructure(db: GraphReader, selector: InfrastructureSelector, page: PageWindow): Promise<PageOf<VendorDependency>> {
  const { totalCount, vendors } = await readSingleRow(db, vendorsPage, { ...selector, ...page }, pageRow('vendors', vendorRecord));
  const byVendor = new Map<string, Omit<VendorDependency, 'vendor'>>();
  // Like a DataLoader, an empty page sends nothing.
  if (vendors.length) {
    for (const { vendorId, usage, service } of await readRows(db, vendorUsages, { ...selector, ids: vendors.map((v) => v.id) }, usageRow)) {
      let found = byVendor.get(vendorId);
      if (!found) byVendor.set(vendorId, (found = { usages: [], services: new Map() }));
      found.usages.push(usage);
      found.services.set(service.id, service);
    }
  }
  return { totalCount, items: vendors.map((vendor) => ({ vendor, ...(byVendor.get(vendor.id) ?? { usages: [], services: new Map() }) })) };
}
