/**
 * What a portfolio's findings are judged over: its requirements and its
 * usages, read in one statement. Requirements are typed by kind, so each rule
 * receives exactly the parameters it needs.
 */
import { z } from 'zod';
import { readRows, statement, type GraphReader } from '../statement.js';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const stamps = { createdAt: optional(z.string()), updatedAt: optional(z.string()), recordVersion: optional(z.number()) };

const applicability = {
  id: z.string(),
  title: z.string(),
  appliesToMaxCriticality: optional(z.number()),
  appliesToDataClasses: optional(z.array(z.string())),
  ...stamps,
};

const requirementRecord = z.discriminatedUnion('kind', [
  z.object({ ...applicability, kind: z.literal('DATA_IN_COUNTRIES'), countries: z.array(z.string()) }),
  z.object({ ...applicability, kind: z.enum(['METRIC_AT_MOST', 'METRIC_AT_LEAST']), metric: z.string(), value: z.number() }),
  z.object({
    ...applicability,
    kind: z.literal('CERTIFICATION_HELD'),
    scheme: z.string(),
    requireValid: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
  }),
  z.object({ ...applicability, kind: z.literal('CONTROL_DISCLOSED'), control: z.string() }),
  z.object({ ...applicability, kind: z.literal('NO_INFERRED_ONLY_INFRASTRUCTURE') }),
]);

/** On the embedded engine, collecting an OPTIONAL MATCH that found nothing gives one map of nulls: dropped here. */
const usageRecord = z.object({
  id: z.string(),
  criticality: z.number(),
  dataClasses: optional(z.array(z.string())).transform((v) => v ?? []),
  serviceId: z.string(),
  serviceName: z.string(),
  vendorId: optional(z.string()),
  vendorName: optional(z.string()),
  businessOwner: optional(z.string()),
  contractStart: optional(z.string()),
  contractEnd: optional(z.string()),
  notes: optional(z.string()),
  ...stamps,
});
const present = (value: unknown) => typeof value === 'object' && value !== null && (value as { id?: unknown }).id != null;

const termsRow = z.object({
  portfolioId: z.string(),
  portfolioName: z.string(),
  requirements: z
    .array(z.unknown())
    .transform((items) => items.filter(present))
    .pipe(z.array(requirementRecord)),
  usages: z
    .array(z.unknown())
    .transform((items) => items.filter(present))
    .pipe(z.array(usageRecord)),
});

export type PortfolioRequirement = z.infer<typeof requirementRecord>;
export type RequirementKind = PortfolioRequirement['kind'];
export type RequirementOf<K extends RequirementKind> = Extract<PortfolioRequirement, { kind: K }>;
export type PortfolioUsage = z.infer<typeof usageRecord>;
export type PortfolioTerms = z.infer<typeof termsRow>;

const terms = statement<{ portfolioId: string }>('read/findings/portfolio-terms');

/** The portfolio's requirements (by id) and usages (most critical first, then by service name); undefined when there is no such portfolio. */
export async function readPortfolioTerms(db: GraphReader, portfolioId: string): Promise<PortfolioTerms | undefined> {
  const [row] = await readRows(db, terms, { portfolioId }, termsRow);
  return row;
}

/** Why a requirement does not cover a usage; undefined when it does. */
export function notApplicableBecause(requirement: PortfolioRequirement, usage: PortfolioUsage): string | undefined {
  const { appliesToMaxCriticality: maxCriticality, appliesToDataClasses: dataClasses } = requirement;
  if (maxCriticality !== undefined && usage.criticality > maxCriticality) {
    return `Applies to usages of criticality ${maxCriticality} or more critical; this usage is criticality ${usage.criticality}.`;
  }
  if (dataClasses !== undefined && dataClasses.length > 0 && !usage.dataClasses.some((c) => dataClasses.includes(c))) {
    const held = usage.dataClasses.length > 0 ? usage.dataClasses.join(', ') : 'none';
    return `Applies to usages holding ${dataClasses.join(' or ')} data; this usage holds ${held}.`;
  }
  return undefined;
}
