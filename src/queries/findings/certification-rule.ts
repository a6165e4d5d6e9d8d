/**
 * CERTIFICATION_HELD: the vendor of the service holds a certificate of the
 * scheme. Without `requireValid`, holding it is enough (PASS). With it, the
 * certificate must be in force on the day asked about: VALID passes, EXPIRED
 * and NOT_YET_VALID fail, and a certificate whose documents print no
 * validUntil is UNKNOWN (held, but nothing shows it is still in force). No
 * certificate of the scheme, or no named vendor, is UNKNOWN: a whitepaper
 * that does not mention a certificate does not show it is missing.
 */
import { z } from 'zod';
import { certifiedByRecord, type CertifiedByRecord } from '../records.js';
import { readRows, statement } from '../statement.js';
import { certificationStatus } from '../validity.js';
import { evidenceFields, type FindingEvidence } from './finding.js';
import type { Rule } from './rule.js';

const holdings = statement<{ serviceIds: string[]; schemes: string[] }>('read/findings/vendor-certifications');
/** With no certificate of the schemes, the vendor's row holds one map of nulls on the embedded engine (none on Neo4j): dropped. */
const row = z.object({
  serviceId: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  holdings: z
    .array(z.unknown())
    .transform((items) => items.filter((h) => (h as { id?: unknown } | null)?.id != null))
    .pipe(z.array(certifiedByRecord)),
});

function dates(h: CertifiedByRecord): string {
  if (h.validFrom && h.validUntil) return `valid ${h.validFrom} to ${h.validUntil}`;
  if (h.validUntil) return `valid until ${h.validUntil}`;
  if (h.validFrom) return `valid from ${h.validFrom}, no end date given`;
  return 'no validity dates given';
}

const holdingEvidence = (h: CertifiedByRecord): FindingEvidence => ({
  factId: h.id,
  factType: 'CERTIFIED_BY',
  claim: `${h.vendorId} holds ${h.certificationId}${h.registrationNumber ? ` (${h.registrationNumber})` : ''}, ${dates(h)}`,
  vendorId: h.vendorId,
  ...evidenceFields(h),
});

export const certificationRule: Rule<'CERTIFICATION_HELD'> = {
  kinds: ['CERTIFICATION_HELD'],
  async prepare(db, serviceIds, requirements, today) {
    const schemes = [...new Set(requirements.map((r) => r.scheme))];
    const vendors = new Map((await readRows(db, holdings, { serviceIds, schemes }, row)).map((r) => [r.serviceId, r]));
    return (requirement, usage) => {
      const vendor = vendors.get(usage.serviceId);
      if (!vendor) return { status: 'UNKNOWN', evidence: [], note: `The documents name no vendor for ${usage.serviceName}.` };
      const holding = vendor.holdings.find((h) => h.certificationId === requirement.scheme);
      if (!holding) {
        return { status: 'UNKNOWN', evidence: [], note: `The documents state no ${requirement.scheme} certificate for ${vendor.vendorName}.` };
      }
      const evidence = [holdingEvidence(holding)];
      if (!requirement.requireValid) return { status: 'PASS', evidence, note: `${vendor.vendorName} holds ${requirement.scheme}.` };
      switch (certificationStatus(holding, today)) {
        case 'VALID':
          return { status: 'PASS', evidence, note: `${vendor.vendorName} holds ${requirement.scheme}, valid on ${today} (until ${holding.validUntil}).` };
        case 'EXPIRED':
          return { status: 'FAIL', evidence, note: `${vendor.vendorName}'s ${requirement.scheme} certificate expired on ${holding.validUntil}.` };
        case 'NOT_YET_VALID':
          return { status: 'FAIL', evidence, note: `${vendor.vendorName}'s ${requirement.scheme} certificate is valid only from ${holding.validFrom}.` };
        case 'UNKNOWN':
          return {
            status: 'UNKNOWN',
            evidence,
            note: `${vendor.vendorName} holds ${requirement.scheme}, but the documents give no end of validity: nothing shows it is in force on ${today}.`,
          };
      }
    };
  },
};
