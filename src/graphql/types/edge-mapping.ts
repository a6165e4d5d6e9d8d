/** From the rows Cypher returns to the edge types, evidence and metrics unflattened. */
import type * as R from '../../queries/records.js';
import type { Basis } from './enums.js';
import { evidenceOf, lifecycleOf } from './evidence.js';
import type { CertificationHolding, DataLocation, Dependency, Disclosure, InfrastructureUsage, Metric, TimeSync } from './edges.js';

export const toInfrastructureUsage = (e: R.UsesInfraRecord): InfrastructureUsage => ({
  id: e.id,
  serviceId: e.serviceId,
  regionId: e.regionId,
  purpose: e.purpose,
  basis: e.basis as Basis,
  reasoning: e.reasoning,
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});

export const toDataLocation = (e: R.StoresDataInRecord): DataLocation => ({
  id: e.id,
  serviceId: e.serviceId,
  countryId: e.countryId,
  basis: e.basis as Basis,
  reasoning: e.reasoning,
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});

export const toDependency = (e: R.DependsOnRecord): Dependency => ({
  id: e.id,
  serviceId: e.serviceId,
  dependsOnId: e.dependsOnId,
  function: e.function,
  dataShared: e.dataShared,
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});

export const toCertificationHolding = (e: R.CertifiedByRecord): CertificationHolding => ({
  id: e.id,
  vendorId: e.vendorId,
  certificationId: e.certificationId,
  registrationNumber: e.registrationNumber,
  issuer: e.issuer,
  edition: e.edition,
  scope: e.scope,
  validFrom: e.validFrom,
  validUntil: e.validUntil,
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});

export const toTimeSync = (e: R.SyncsTimeWithRecord): TimeSync => ({
  id: e.id,
  serviceId: e.serviceId,
  timeSourceId: e.timeSourceId,
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});

export function metricsOf(e: R.ImplementsRecord): Metric[] {
  return e.metricNames.map((name, i) => ({
    name,
    value: e.metricValues[i]!,
    unit: e.metricUnits[i]!,
    raw: e.metricRaws[i]!,
    subject: e.metricSubjects[i] || undefined,
    normalizedValue: e.metricNormalized[i]!,
    normalizedUnit: e.metricNormalizedUnits[i]!,
    approximate: e.metricApproximate[i]!,
  }));
}

export const toDisclosure = (e: R.ImplementsRecord): Disclosure => ({
  id: e.id,
  serviceId: e.serviceId,
  controlId: e.controlId,
  summary: e.summary,
  quote: e.evidenceQuote,
  section: e.evidenceSection,
  reviewNote: e.reviewNote,
  metrics: metricsOf(e),
  evidence: evidenceOf(e),
  ...lifecycleOf(e),
});
