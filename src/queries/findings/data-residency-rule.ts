/**
 * DATA_IN_COUNTRIES: the service's data stays in the given countries. FAIL
 * when any location it STORES_DATA_IN, stated or inferred, is outside them
 * (those locations quoted); PASS when every known location is inside (at
 * least one known); UNKNOWN when the documents name none. Only the service's
 * own locations count: a sub-processor's are its own usage's business.
 */
import { z } from 'zod';
import { storesDataInRecord, type StoresDataInRecord } from '../records.js';
import { readRows, statement } from '../statement.js';
import { evidenceFields, type FindingEvidence } from './finding.js';
import { byService, listed, type Rule } from './rule.js';

const locations = statement<{ serviceIds: string[] }>('read/findings/data-locations');
const row = z.object({ serviceId: z.string(), location: storesDataInRecord });

const locationEvidence = (l: StoresDataInRecord): FindingEvidence => ({
  factId: l.id,
  factType: 'STORES_DATA_IN',
  claim: `stores data in ${l.countryId} (${l.basis})`,
  serviceId: l.serviceId,
  basis: l.basis,
  reasoning: l.reasoning,
  ...evidenceFields(l),
});

export const dataResidencyRule: Rule<'DATA_IN_COUNTRIES'> = {
  kinds: ['DATA_IN_COUNTRIES'],
  async prepare(db, serviceIds) {
    const found = byService(await readRows(db, locations, { serviceIds }, row));
    return (requirement, usage) => {
      const known = (found.get(usage.serviceId) ?? []).map((r) => r.location);
      const allowed = listed(requirement.countries);
      if (known.length === 0) {
        return { status: 'UNKNOWN', evidence: [], note: `The documents state no data location for ${usage.serviceName}.` };
      }
      const outside = known.filter((l) => !requirement.countries.includes(l.countryId));
      if (outside.length > 0) {
        const where = listed(outside.map((l) => `${l.countryId} (${l.basis.toLowerCase()})`));
        return { status: 'FAIL', evidence: outside.map(locationEvidence), note: `Stores data in ${where}, outside ${allowed}.` };
      }
      return {
        status: 'PASS',
        evidence: known.map(locationEvidence),
        note: `Every data location the documents give (${listed(known.map((l) => l.countryId))}) is in ${allowed}.`,
      };
    };
  },
};
