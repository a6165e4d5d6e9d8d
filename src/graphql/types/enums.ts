import { registerEnumType } from 'type-graphql';
import { metricNames, metricUnits, type MetricName as MetricNameValue, type MetricUnit as MetricUnitValue } from '../../seed/seed-schema.js';

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
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending order.',
  valuesConfig: { ASC: { description: 'Smallest first (A to Z, earliest first).' }, DESC: { description: 'Largest first (Z to A, latest first).' } },
});

/** Metric names and units come from the seed schema, so the API and the data cannot drift apart. */
export const MetricName = Object.fromEntries(metricNames.map((n) => [n, n])) as { [K in (typeof metricNames)[number]]: K };
/** One per metric the seed schema knows: a metric added there without a description here fails type-checking. */
const metricNameDescriptions: Record<MetricNameValue, string> = {
  dataDeletionDays: 'How long after the contract ends customer data is deleted (normalised to days).',
  incidentNotificationHours: 'How soon customers are told of a security incident (normalised to hours).',
  backupGenerations: 'How many backup generations are kept.',
  backupInterval: 'How often a backup is taken (normalised to hours).',
  backupRetentionDays: 'How long backups are kept (normalised to days).',
  maintenanceNoticeDays: 'How far ahead planned maintenance is announced (normalised to days).',
  logRetentionDays: 'How long logs are kept (normalised to days).',
  availabilityPercent: 'The availability target, in percent.',
  passwordMinLength: 'The shortest password allowed, in characters.',
};
registerEnumType(MetricName, {
  name: 'MetricName',
  description: 'A typed value read from a disclosure, e.g. dataDeletionDays (days after contract end until data is deleted).',
  valuesConfig: Object.fromEntries(metricNames.map((n) => [n, { description: metricNameDescriptions[n] }])),
});
export const MetricUnit = Object.fromEntries(metricUnits.map((n) => [n, n])) as { [K in (typeof metricUnits)[number]]: K };
const metricUnitDescriptions: Record<MetricUnitValue, string> = {
  days: 'Calendar days.',
  businessDays: 'Business days (営業日); normalised as 7/5 calendar days each, approximately.',
  weeks: 'Weeks.',
  months: 'Months; normalised as 30 days each, approximately.',
  years: 'Years; normalised as 365 days each, approximately.',
  hours: 'Hours.',
  businessHours: 'Business hours (営業時間内の時間); normalised as an eighth of a business day (4.2 hours) each, approximately.',
  minutes: 'Minutes.',
  generations: 'Backup generations.',
  percent: 'Percent.',
  characters: 'Characters.',
};
registerEnumType(MetricUnit, {
  name: 'MetricUnit',
  description: 'The unit a metric was stated in.',
  valuesConfig: Object.fromEntries(metricUnits.map((u) => [u, { description: metricUnitDescriptions[u] }])),
});

export enum ImpactTargetKind {
  PROVIDER = 'PROVIDER',
  REGION = 'REGION',
  SERVICE = 'SERVICE',
}
registerEnumType(ImpactTargetKind, {
  name: 'ImpactTargetKind',
  description: 'What kind of node an impact analysis starts from.',
  valuesConfig: {
    PROVIDER: { description: 'An infrastructure provider: every region it operates fails.' },
    REGION: { description: 'One region of a provider.' },
    SERVICE: { description: 'A service others depend on, e.g. a sub-processor.' },
  },
});

export enum HopKind {
  DEPENDS_ON = 'DEPENDS_ON',
  USES_INFRA = 'USES_INFRA',
  OPERATED_BY = 'OPERATED_BY',
}
registerEnumType(HopKind, {
  name: 'HopKind',
  description: 'The relationship one hop of an impact path follows.',
  valuesConfig: {
    DEPENDS_ON: { description: 'A service relies on another service (a sub-processor).' },
    USES_INFRA: { description: 'A service runs on, or keeps data in, a region.' },
    OPERATED_BY: { description: 'A region is operated by its provider.' },
  },
});

export enum SearchKind {
  VENDOR = 'VENDOR',
  SERVICE = 'SERVICE',
  CONTROL = 'CONTROL',
  REGION = 'REGION',
  DISCLOSURE = 'DISCLOSURE',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesConfig: {
    VENDOR: { description: 'A vendor, found by its name.' },
    SERVICE: { description: 'A service, found by its name or description.' },
    CONTROL: { description: 'An ISO/IEC 27017 control, found by its code or title.' },
    REGION: { description: 'A region, found by its name.' },
    DISCLOSURE: { description: "A passage of a service's disclosure: its summary, quote or section." },
  },
});
