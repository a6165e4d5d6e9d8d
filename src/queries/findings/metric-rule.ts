/**
 * METRIC_AT_MOST / METRIC_AT_LEAST: every value the service discloses for
 * the metric, normalised to the metric's canonical unit
 * (src/seed/normalize-metric.ts), is within the bound. FAIL when any value
 * is beyond it (the worst value decides: a deletion deadline of 90 days for
 * one kind of data breaks "at most 30" even if another kind takes 10);
 * PASS when all are within; UNKNOWN when no disclosure states the metric.
 * A value converted through a calendar approximation (months as 30 days,
 * business days as 7/5 days) says so in the note.
 */
import { z } from 'zod';
import { implementsRecord, type ImplementsRecord } from '../records.js';
import { readRows, statement } from '../statement.js';
import { evidenceFields, type FindingEvidence } from './finding.js';
import { byService, listed, type Rule } from './rule.js';

const disclosures = statement<{ serviceIds: string[]; metrics: string[] }>('read/findings/metric-disclosures');
const row = z.object({ serviceId: z.string(), disclosure: implementsRecord });

interface StatedValue {
  disclosure: ImplementsRecord;
  normalized: number;
  unit: string;
  raw: string;
  approximate: boolean;
}

function valuesOf(disclosure: ImplementsRecord, metric: string): StatedValue[] {
  return disclosure.metricNames.flatMap((name, i) =>
    name === metric
      ? [
          {
            disclosure,
            normalized: disclosure.metricNormalized[i]!,
            unit: disclosure.metricNormalizedUnits[i]!,
            raw: disclosure.metricRaws[i]!,
            approximate: disclosure.metricApproximate[i]!,
          },
        ]
      : [],
  );
}

const described = (v: StatedValue) => `${v.normalized} ${v.unit}${v.approximate ? ' (approximate)' : ''} from "${v.raw}"`;

function valueEvidence(metric: string, values: StatedValue[]): FindingEvidence[] {
  const byDisclosure = new Map<string, StatedValue[]>();
  for (const v of values) byDisclosure.set(v.disclosure.id, [...(byDisclosure.get(v.disclosure.id) ?? []), v]);
  return [...byDisclosure.values()].map((group) => ({
    factId: group[0]!.disclosure.id,
    factType: 'IMPLEMENTS',
    claim: `${metric}: ${group.map(described).join('; ')}`,
    serviceId: group[0]!.disclosure.serviceId,
    ...evidenceFields(group[0]!.disclosure),
  }));
}

export const metricRule: Rule<'METRIC_AT_MOST' | 'METRIC_AT_LEAST'> = {
  kinds: ['METRIC_AT_MOST', 'METRIC_AT_LEAST'],
  async prepare(db, serviceIds, requirements) {
    const metrics = [...new Set(requirements.map((r) => r.metric))];
    const found = byService(await readRows(db, disclosures, { serviceIds, metrics }, row));
    return (requirement, usage) => {
      const { metric, value: bound } = requirement;
      const values = (found.get(usage.serviceId) ?? []).flatMap((r) => valuesOf(r.disclosure, metric));
      if (values.length === 0) {
        return { status: 'UNKNOWN', evidence: [], note: `No disclosure of ${usage.serviceName} states ${metric}.` };
      }
      const atMost = requirement.kind === 'METRIC_AT_MOST';
      const comparison = atMost ? 'at most' : 'at least';
      const beyond = values.filter((v) => (atMost ? v.normalized > bound : v.normalized < bound));
      if (beyond.length > 0) {
        return {
          status: 'FAIL',
          evidence: valueEvidence(metric, beyond),
          note: `${metric} must be ${comparison} ${bound} ${values[0]!.unit}; the documents give ${listed(beyond.map(described))}.`,
        };
      }
      return {
        status: 'PASS',
        evidence: valueEvidence(metric, values),
        note: `Every ${metric} value disclosed (${listed(values.map(described))}) is ${comparison} ${bound} ${values[0]!.unit}.`,
      };
    };
  },
};
