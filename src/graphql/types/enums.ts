import { registerEnumType } from 'type-graphql';
import { metricNames, metricUnits } from '../../seed/seed-schema.js';

export enum Basis {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}
registerEnumType(Basis, {
  name: 'Basis',
  description: 'How a fact is known: STATED by the document, or INFERRED from what it says (with the reasoning).',
  valuesConfig: {
    STATED: { description: 'The document says it.' },
    INFERRED: { description: 'Derived from what the document says; `reasoning` explains how.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });

/** Metric names and units come from the seed schema, so the API and the data cannot drift apart. */
export const MetricName = Object.fromEntries(metricNames.map((n) => [n, n])) as { [K in (typeof metricNames)[number]]: K };
registerEnumType(MetricName, {
  name: 'MetricName',
  description: 'A typed value read from a disclosure, e.g. dataDeletionDays (days after contract end until data is deleted).',
});
export const MetricUnit = Object.fromEntries(metricUnits.map((n) => [n, n])) as { [K in (typeof metricUnits)[number]]: K };
registerEnumType(MetricUnit, { name: 'MetricUnit', description: 'The unit a metric was stated in.' });

export enum ImpactTargetKind {
  PROVIDER = 'PROVIDER',
  REGION = 'REGION',
  SERVICE = 'SERVICE',
}
registerEnumType(ImpactTargetKind, { name: 'ImpactTargetKind', description: 'What kind of node an impact analysis starts from.' });

export enum HopKind {
  DEPENDS_ON = 'DEPENDS_ON',
  USES_INFRA = 'USES_INFRA',
  OPERATED_BY = 'OPERATED_BY',
}
registerEnumType(HopKind, { name: 'HopKind', description: 'The relationship one hop of an impact path follows.' });

export enum SearchKind {
  VENDOR = 'VENDOR',
  SERVICE = 'SERVICE',
  CONTROL = 'CONTROL',
  REGION = 'REGION',
  DISCLOSURE = 'DISCLOSURE',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is.' });
