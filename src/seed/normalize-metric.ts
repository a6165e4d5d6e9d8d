/**
 * Each metric name has one canonical unit, so a user can sort "deleted within
 * 90 日" against "60 営業日" and "1 か月". A conversion through a calendar
 * approximation (months, years, business days) is marked approximate; the
 * stated value, unit and raw text are always kept beside it.
 */
import type { MetricName, MetricUnit } from './seed-schema.js';

type Canonical = 'days' | 'hours' | 'generations' | 'percent' | 'characters';

export const canonicalUnitOf: Record<MetricName, Canonical> = {
  dataDeletionDays: 'days',
  incidentNotificationHours: 'hours',
  backupGenerations: 'generations',
  backupInterval: 'hours',
  backupRetentionDays: 'days',
  maintenanceNoticeDays: 'days',
  logRetentionDays: 'days',
  availabilityPercent: 'percent',
  passwordMinLength: 'characters',
};

/** Days per unit; `approximate` where the calendar makes the length vary. */
const daysPer: Partial<Record<MetricUnit, { days: number; approximate: boolean }>> = {
  minutes: { days: 1 / 1440, approximate: false },
  hours: { days: 1 / 24, approximate: false },
  // A business day of eight business hours: an hour of it is an eighth of 7/5 calendar days (4.2 hours). Notice
  // promised within 4 business hours can come that long after the event when it falls on a Friday evening.
  businessHours: { days: 7 / 5 / 8, approximate: true },
  days: { days: 1, approximate: false },
  // Five business days to a calendar week; holidays make the real figure longer.
  businessDays: { days: 7 / 5, approximate: true },
  weeks: { days: 7, approximate: false },
  months: { days: 30, approximate: true },
  years: { days: 365, approximate: true },
};

export interface NormalizedMetric {
  normalizedValue: number;
  normalizedUnit: Canonical;
  approximate: boolean;
}

/** Undefined when the unit cannot express the metric (a deletion deadline in generations). */
export function normalizeMetric(name: MetricName, value: number, unit: MetricUnit): NormalizedMetric | undefined {
  const canonical = canonicalUnitOf[name];
  if (canonical === 'days' || canonical === 'hours') {
    const factor = daysPer[unit];
    if (!factor) return undefined;
    const days = value * factor.days;
    const normalizedValue = canonical === 'days' ? days : days * 24;
    return { normalizedValue: Math.round(normalizedValue * 1000) / 1000, normalizedUnit: canonical, approximate: factor.approximate };
  }
  return unit === canonical ? { normalizedValue: value, normalizedUnit: canonical, approximate: false } : undefined;
}
