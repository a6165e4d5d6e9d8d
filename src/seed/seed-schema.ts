/**
 * The format of a seed file: a JSON document that contributes records to the
 * graph. Every section is optional, so a file can hold reference data (the
 * control catalog, providers and regions) or everything one whitepaper says.
 * The loader reads all files, validates each against this schema, checks
 * references across the union, then MERGEs the result in one transaction.
 *
 * Facts that come from a whitepaper (edges with `evidence`) must quote it
 * verbatim; the quote check runs against `seed/sources/<sourceFile>`.
 */
import { z } from 'zod';

/** Human-readable ids: `sios`, `aws:ap-northeast-1`, `iso27017:CLD.8.1.5`. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9:._-]*$/, 'must be letters, digits and : . _ - (no spaces)');

const text = z.string().trim().min(1, 'must not be empty');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v), 'is not a calendar date');

export const basisSchema = z.enum(['STATED', 'INFERRED']);

/**
 * Where a fact comes from. `document` defaults to the only document of the
 * seed file; `section` is the heading as printed; `quote` is copied verbatim.
 */
export const evidenceSchema = z.strictObject({
  document: idSchema.optional(),
  section: text,
  quote: text,
});

/** STATED needs nothing more; INFERRED must say how it was inferred. */
const withBasis = {
  basis: basisSchema,
  reasoning: text.optional(),
};
/**
 * What automatic ingestion (src/ingest) adds to each fact it proposes, so a
 * reviewer can judge it: how sure the rule is, which rule produced it, and
 * what to check. Hand-curated files may omit them; the loader ignores them.
 */
const proposal = {
  confidence: z.number().min(0).max(1).optional(),
  rule: text.optional(),
  reviewNote: text.optional(),
};

function requireReasoningWhenInferred(value: { basis: 'STATED' | 'INFERRED'; reasoning?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.basis === 'INFERRED' && !value.reasoning) {
    ctx.addIssue({ code: 'custom', path: ['reasoning'], message: 'is required when basis is INFERRED' });
  }
}

export const metricNames = [
  'dataDeletionDays',
  'incidentNotificationHours',
  'backupGenerations',
  'backupInterval',
  'backupRetentionDays',
  'maintenanceNoticeDays',
  'logRetentionDays',
  'availabilityPercent',
  'passwordMinLength',
] as const;
export const metricUnits = [
  'days',
  'businessDays',
  'weeks',
  'months',
  'years',
  'hours',
  'businessHours',
  'minutes',
  'generations',
  'percent',
  'characters',
] as const;

/** A typed value a user can sort and filter by; `raw` is the verbatim text it was read from. */
export const metricSchema = z.strictObject({
  name: z.enum(metricNames),
  value: z.number().finite().nonnegative(),
  unit: z.enum(metricUnits),
  raw: text,
  /** What the value is about when a section gives several (for example a data kind: "データベース"). */
  subject: text.optional(),
});

export const countrySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  name: text,
  nameJa: text.optional(),
});

export const providerSchema = z.strictObject({ id: idSchema, name: text });

export const regionSchema = z.strictObject({
  id: idSchema,
  code: text,
  name: text,
  provider: idSchema,
  /** Omitted when even the country is unknown. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** False for a placeholder such as `undisclosed:jp` or `gcp:us` that stands for a location the document does not name. */
  disclosed: z.boolean().default(true),
});

export const timeSourceSchema = z.strictObject({
  id: idSchema,
  name: text,
  description: text.optional(),
});

export const certificationSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** The scheme, shared by all holders: "ISO/IEC 27001". */
  standard: text,
});

export const frameworkSchema = z.strictObject({ id: idSchema, name: text, edition: text });

export const controlSchema = z.strictObject({
  id: idSchema,
  code: text,
  titleEn: text,
  /** Japanese title (JIS Q 27002 / JIS Q 27017) where known. */
  title: text.optional(),
  framework: idSchema,
  /** The clause the control sits in, e.g. "12 Operations security". */
  clause: text.optional(),
  /** True for the seven cloud-specific CLD controls that ISO/IEC 27017 adds. */
  cloudSpecific: z.boolean().default(false),
});

export const vendorSchema = z.strictObject({
  id: idSchema,
  name: text,
  nameEn: text.optional(),
  website: z.url().optional(),
  ...proposal,
});

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** Omitted for a third-party service (a sub-processor) whose provider the documents do not name. */
  vendor: idSchema.optional(),
  category: text.optional(),
  description: text.optional(),
  ...proposal,
});

export const documentSchema = z.strictObject({
  id: idSchema,
  title: text,
  version: text,
  publishedOn: isoDate,
  publisher: text,
  /** The vendor that published it (PUBLISHED edge). */
  vendor: idSchema,
  /** File name under seed/sources/ (and ../shared/whitepapers/) holding the verbatim text. */
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  revisions: z.array(z.strictObject({ version: text, date: isoDate, changes: text })).default([]),
  ...proposal,
});

export const usesInfraSchema = z
  .strictObject({ service: idSchema, region: idSchema, purpose: text.optional(), ...withBasis, evidence: evidenceSchema, ...proposal })
  .superRefine(requireReasoningWhenInferred);

export const storesDataInSchema = z
  .strictObject({ service: idSchema, country: z.string().regex(/^[A-Z]{2}$/), ...withBasis, evidence: evidenceSchema, ...proposal })
  .superRefine(requireReasoningWhenInferred);

export const dependsOnSchema = z.strictObject({
  service: idSchema,
  dependsOn: idSchema,
  function: text,
  dataShared: text.optional(),
  evidence: evidenceSchema,
  ...proposal,
});

export const certifiedBySchema = z
  .strictObject({
    vendor: idSchema,
    certification: idSchema,
    registrationNumber: text.optional(),
    issuer: text.optional(),
    /** The edition the certificate names, e.g. "JIS Q 27001:2014 (ISO/IEC 27001:2013)". */
    edition: text.optional(),
    scope: text.optional(),
    /** The certificate's period of validity, where the document prints it. */
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    evidence: evidenceSchema,
    ...proposal,
  })
  .refine((c) => !c.validFrom || !c.validUntil || c.validFrom <= c.validUntil, { path: ['validUntil'], message: 'must not be before validFrom' });

export const disclosureSchema = z.strictObject({
  service: idSchema,
  control: idSchema,
  summary: text,
  evidence: evidenceSchema,
  metrics: z.array(metricSchema).default([]),
  /** What a reviewer should know about the claim (awkward, contradictory or odd); the quote is never corrected. */
  ...proposal,
});

export const syncsTimeWithSchema = z.strictObject({
  service: idSchema,
  timeSource: idSchema,
  evidence: evidenceSchema,
  ...proposal,
});

/** Every section of a whitepaper, and what became of it, for the coverage report. */
export const sectionSchema = z.strictObject({
  document: idSchema.optional(),
  heading: text,
  /** Why no disclosure came from the section; required when no disclosure cites it. */
  skippedBecause: text.optional(),
  ...proposal,
});

export const seedFileSchema = z.strictObject({
  $comment: z.string().optional(),
  countries: z.array(countrySchema).default([]),
  providers: z.array(providerSchema).default([]),
  regions: z.array(regionSchema).default([]),
  timeSources: z.array(timeSourceSchema).default([]),
  certifications: z.array(certificationSchema).default([]),
  frameworks: z.array(frameworkSchema).default([]),
  controls: z.array(controlSchema).default([]),
  vendors: z.array(vendorSchema).default([]),
  services: z.array(serviceSchema).default([]),
  documents: z.array(documentSchema).default([]),
  usesInfra: z.array(usesInfraSchema).default([]),
  storesDataIn: z.array(storesDataInSchema).default([]),
  dependsOn: z.array(dependsOnSchema).default([]),
  certifiedBy: z.array(certifiedBySchema).default([]),
  disclosures: z.array(disclosureSchema).default([]),
  syncsTimeWith: z.array(syncsTimeWithSchema).default([]),
  sections: z.array(sectionSchema).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type MetricName = (typeof metricNames)[number];
export type MetricUnit = (typeof metricUnits)[number];
