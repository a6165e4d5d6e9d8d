/**
 * The format of a portfolio: what one organisation (or business unit) uses
 * of the catalogue, and the rules it holds its suppliers to. A seed file
 * `seed/portfolios/<id>.json` is one portfolio; the portfolio mutations
 * validate their input with the same schemas, so a usage written through the
 * API and one loaded from a file are alike.
 *
 * Requirements are typed rules over the facts, one `kind` each with its own
 * parameters (the contract in the findings evaluation reads them as stored).
 */
import { z } from 'zod';
import { idSchema, isoDate, metricNames } from './seed-schema.js';

const text = z.string().trim().min(1, 'must not be empty');

/** Portfolio and requirement ids are lower-kebab slugs: `demo-shoji`, `jp-only-personal`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug: letters a-z, digits and single hyphens (e.g. demo-shoji)');

export const criticalityDescription = '1 (critical), 2 (important) or 3 (other)';
export const criticalitySchema = z
  .number({ error: `must be ${criticalityDescription}` })
  .int(`must be ${criticalityDescription}`)
  .min(1, `must be ${criticalityDescription}`)
  .max(3, `must be ${criticalityDescription}`);

/** A class of data the service handles; free words, stored in upper case (`personal` → `PERSONAL`). */
export const dataClassSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a word of letters, digits and _ (e.g. PERSONAL, CONFIDENTIAL, PUBLIC)')
  .transform((v) => v.toUpperCase());

const dataClassesSchema = z
  .array(dataClassSchema)
  .transform((list) => [...new Set(list)])
  .default([]);

/** The fields of a usage, shared by the seed file and the mutations (which refine them field by field). */
export const usageFields = {
  criticality: criticalitySchema,
  dataClasses: dataClassesSchema,
  businessOwner: text.optional(),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  notes: text.optional(),
};

/** ISO dates as YYYY-MM-DD compare as strings. */
export function refineContractDates(value: { contractStart?: string | undefined; contractEnd?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.contractStart && value.contractEnd && value.contractEnd < value.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: `must not be before contractStart (${value.contractStart})` });
  }
}

export const usageSchema = z.strictObject({ service: idSchema, ...usageFields }).superRefine(refineContractDates);

export const requirementKinds = [
  'DATA_IN_COUNTRIES',
  'METRIC_AT_MOST',
  'METRIC_AT_LEAST',
  'CERTIFICATION_HELD',
  'CONTROL_DISCLOSED',
  'NO_INFERRED_ONLY_INFRASTRUCTURE',
] as const;
export type RequirementKind = (typeof requirementKinds)[number];

/** Which usages a requirement applies to: all, or those of criticality ≤ N, or those handling one of the data classes. */
const scope = {
  id: slugSchema,
  title: text,
  appliesToMaxCriticality: criticalitySchema.optional(),
  appliesToDataClasses: z.array(dataClassSchema).min(1, 'must name at least one data class, or be left out').optional(),
};

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. JP');
const metricBound = { metric: z.enum(metricNames), value: z.number().finite() };

export const requirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...scope, kind: z.literal('DATA_IN_COUNTRIES'), countries: z.array(countryCode).min(1, 'must name at least one country') }),
  z.strictObject({ ...scope, kind: z.literal('METRIC_AT_MOST'), ...metricBound }),
  z.strictObject({ ...scope, kind: z.literal('METRIC_AT_LEAST'), ...metricBound }),
  z.strictObject({ ...scope, kind: z.literal('CERTIFICATION_HELD'), scheme: idSchema, requireValid: z.boolean().default(false) }),
  z.strictObject({ ...scope, kind: z.literal('CONTROL_DISCLOSED'), control: idSchema }),
  z.strictObject({ ...scope, kind: z.literal('NO_INFERRED_ONLY_INFRASTRUCTURE') }),
]);
export type RequirementRecord = z.infer<typeof requirementSchema>;
export type UsageRecord = z.infer<typeof usageSchema>;

function uniqueBy<T>(list: T[], key: (item: T) => string, path: string, what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [path, i], message: `${what} "${k}" is listed twice` });
    seen.add(k);
  });
}

export const portfolioSchema = z
  .strictObject({
    id: slugSchema,
    name: text,
    description: text.optional(),
    usages: z.array(usageSchema).default([]),
    requirements: z.array(requirementSchema).default([]),
  })
  .superRefine((p, ctx) => {
    uniqueBy(p.usages, (u) => u.service, 'usages', 'service', ctx);
    uniqueBy(p.requirements, (r) => r.id, 'requirements', 'requirement', ctx);
  });
export type PortfolioFile = z.infer<typeof portfolioSchema>;

/** Ids as the contract spells them: a usage is `<portfolio>|uses|<service>`, a requirement `<portfolio>|req|<slug>`. */
export const usageId = (portfolioId: string, serviceId: string) => `${portfolioId}|uses|${serviceId}`;
export const requirementId = (portfolioId: string, slug: string) => `${portfolioId}|req|${slug}`;
