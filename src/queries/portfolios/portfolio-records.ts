/**
 * The rows the portfolio statements return, decoded with zod like every
 * row of the query layer (../records.ts): a property a node lacks comes back
 * as null and leaves as an absent field.
 */
import { z } from 'zod';
import { requirementKinds } from '../../seed/portfolio-schema.js';
import { metricNames } from '../../seed/seed-schema.js';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const text = z.string();
const optionalText = optional(z.string());
const stamps = { createdAt: optionalText, updatedAt: optionalText, recordVersion: optional(z.number()) };

export const portfolioRecord = z.object({ id: text, name: text, description: optionalText, ...stamps });
export type PortfolioRecord = z.infer<typeof portfolioRecord>;

export const usageRecord = z.object({
  id: text,
  serviceId: text,
  criticality: z.number().int(),
  dataClasses: optional(z.array(text)).transform((v) => v ?? []),
  businessOwner: optionalText,
  contractStart: optionalText,
  contractEnd: optionalText,
  notes: optionalText,
  ...stamps,
});
export type UsageRecord = z.infer<typeof usageRecord>;

/** What a portfolio-scoped question reads first: the current usages, each with its service's vendor. */
export const scopeRecord = z.object({ usages: z.array(usageRecord.extend({ vendorId: optionalText })) });
export type ScopeRecord = z.infer<typeof scopeRecord>;

/** A requirement as stored: its kind's parameters, absent for the other kinds. */
export const requirementRecord = z.object({
  id: text,
  title: text,
  kind: z.enum(requirementKinds),
  countries: optional(z.array(text)),
  metric: optional(z.enum(metricNames)),
  value: optional(z.number()),
  scheme: optionalText,
  requireValid: optional(z.boolean()),
  control: optionalText,
  appliesToMaxCriticality: optional(z.number().int()),
  appliesToDataClasses: optional(z.array(text)),
  ...stamps,
});
export type RequirementRecord = z.infer<typeof requirementRecord>;
