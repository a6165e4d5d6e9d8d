/**
 * NO_INFERRED_ONLY_INFRASTRUCTURE: nothing the service runs on is known by
 * inference alone. Checked for the service and for every service it reaches
 * through DEPENDS_ON: FAIL when one of them has infrastructure but only
 * INFERRED links to it (each quoted with its reasoning); PASS when none does
 * and at least one STATED link is known; UNKNOWN when no infrastructure is
 * known for any of them.
 */
import { z } from 'zod';
import { usesInfraRecord } from '../records.js';
import { readRows, statement } from '../statement.js';
import { evidenceFields, type FindingEvidence } from './finding.js';
import { byService, listed, type Rule } from './rule.js';

const chains = statement<{ serviceIds: string[] }>('read/findings/infrastructure-chains');
const row = z.object({ serviceId: z.string(), holderName: z.string(), via: z.array(z.string()), usage: usesInfraRecord });
type ChainRow = z.infer<typeof row>;

const usageEvidence = ({ usage, via }: ChainRow): FindingEvidence => ({
  factId: usage.id,
  factType: 'USES_INFRA',
  claim: `${usage.serviceId} uses ${usage.regionId} (${usage.basis})${via.length > 0 ? ` — reached through ${via.join(' → ')}` : ''}`,
  serviceId: usage.serviceId,
  basis: usage.basis,
  reasoning: usage.reasoning,
  ...evidenceFields(usage),
});

export const infrastructureRule: Rule<'NO_INFERRED_ONLY_INFRASTRUCTURE'> = {
  kinds: ['NO_INFERRED_ONLY_INFRASTRUCTURE'],
  async prepare(db, serviceIds) {
    const found = byService(await readRows(db, chains, { serviceIds }, row));
    return (_requirement, usage) => {
      const links = [...(found.get(usage.serviceId) ?? [])].sort((a, b) => a.via.length - b.via.length || a.usage.id.localeCompare(b.usage.id));
      if (links.length === 0) {
        return { status: 'UNKNOWN', evidence: [], note: `No infrastructure is known for ${usage.serviceName} or the services it depends on.` };
      }
      const byHolder = new Map<string, ChainRow[]>();
      for (const link of links) byHolder.set(link.usage.serviceId, [...(byHolder.get(link.usage.serviceId) ?? []), link]);
      const inferredOnly = [...byHolder.values()].filter((held) => held.every((l) => l.usage.basis === 'INFERRED'));
      if (inferredOnly.length > 0) {
        const names = listed(inferredOnly.map((held) => held[0]!.holderName));
        return {
          status: 'FAIL',
          evidence: inferredOnly.flat().map(usageEvidence),
          note: `The infrastructure of ${names} is known only by inference (${listed(inferredOnly.flat().map((l) => l.usage.regionId))}).`,
        };
      }
      const stated = links.filter((l) => l.usage.basis === 'STATED');
      return {
        status: 'PASS',
        evidence: stated.map(usageEvidence),
        note: `Every service in the chain with known infrastructure has a STATED link (${listed([...new Set(stated.map((l) => l.usage.regionId))])}).`,
      };
    };
  },
};
