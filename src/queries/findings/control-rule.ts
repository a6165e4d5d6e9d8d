/**
 * CONTROL_DISCLOSED: the service discloses what it does for the control
 * (IMPLEMENTS). PASS with the disclosures quoted; UNKNOWN when it discloses
 * nothing about it (silence is not a breach).
 */
import { z } from 'zod';
import { implementsRecord, type ImplementsRecord } from '../records.js';
import { readRows, statement } from '../statement.js';
import { evidenceFields, type FindingEvidence } from './finding.js';
import { byService, type Rule } from './rule.js';

const disclosures = statement<{ serviceIds: string[]; controls: string[] }>('read/findings/control-disclosures');
const row = z.object({ serviceId: z.string(), disclosure: implementsRecord });

const disclosureEvidence = (d: ImplementsRecord): FindingEvidence => ({
  factId: d.id,
  factType: 'IMPLEMENTS',
  claim: `${d.controlId}: ${d.summary}`,
  serviceId: d.serviceId,
  ...evidenceFields(d),
});

export const controlRule: Rule<'CONTROL_DISCLOSED'> = {
  kinds: ['CONTROL_DISCLOSED'],
  async prepare(db, serviceIds, requirements) {
    const controls = [...new Set(requirements.map((r) => r.control))];
    const found = byService(await readRows(db, disclosures, { serviceIds, controls }, row));
    return (requirement, usage) => {
      const disclosed = (found.get(usage.serviceId) ?? []).map((r) => r.disclosure).filter((d) => d.controlId === requirement.control);
      if (disclosed.length === 0) {
        return { status: 'UNKNOWN', evidence: [], note: `${usage.serviceName} discloses nothing about ${requirement.control}.` };
      }
      const count = disclosed.length === 1 ? 'one disclosure' : `${disclosed.length} disclosures`;
      return { status: 'PASS', evidence: disclosed.map(disclosureEvidence), note: `${usage.serviceName} discloses ${requirement.control} (${count}).` };
    };
  },
};
