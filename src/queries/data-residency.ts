/** Where customer data lives: services storing it outside a country, with the evidence. */
import { z } from 'zod';
import { serviceRecord, storesDataInRecord, type ServiceRecord, type StoresDataInRecord } from './records.js';
import { readRows, statement, type GraphReader } from './statement.js';

const outside = statement<{ country: string; scopeServiceIds: readonly string[] | null }>('read/questions/services-storing-data-outside');
const row = z.object({ service: serviceRecord, locations: z.array(storesDataInRecord) });

export interface ServiceStoringDataOutside {
  service: ServiceRecord;
  locations: StoresDataInRecord[];
}

/** Services with at least one data location outside `country` (ISO alpha-2), by service name; only those locations. `scopeServiceIds`: only these services (a portfolio's); null for all. */
export function servicesStoringDataOutside(
  db: GraphReader,
  country: string,
  scopeServiceIds: readonly string[] | null = null,
): Promise<ServiceStoringDataOutside[]> {
  return readRows(db, outside, { country, scopeServiceIds }, row);
}
