/**
 * The rows the statements return, as zod schemas: node properties as
 * stored, and edges with the ids of both ends. Every row is decoded with
 * these (src/queries/decode.ts) on its way out of the query layer, so a
 * projection that changes in a `.cypher` file fails a test with the field
 * that no longer fits, instead of reaching a client as a wrong answer.
 *
 * A property a node may lack comes back from a map projection as `null`;
 * `optional` turns that into an absent field, as the GraphQL types expect.
 */
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const text = z.string();
const optionalText = optional(z.string());

export const basisSchema = z.enum(['STATED', 'INFERRED']);

const evidence = {
  evidenceDocument: text,
  evidenceSection: text,
  evidenceQuote: text,
  // Written by the curation API (src/queries/curation/); absent on facts the seed loaded.
  createdAt: optionalText,
  updatedAt: optionalText,
  recordVersion: optional(z.number()),
};

export const vendorRecord = z.object({ id: text, name: text, nameEn: optionalText, website: optionalText });
export const serviceRecord = z.object({ id: text, name: text, category: optionalText, description: optionalText, vendorId: optionalText });
export const regionRecord = z.object({ id: text, code: text, name: text, provider: text, countryCode: optionalText, disclosed: z.boolean() });
export const providerRecord = z.object({ id: text, name: text });
export const countryRecord = z.object({ id: text, code: text, name: text, nameJa: optionalText });
export const certificationRecord = z.object({ id: text, name: text, standard: text });
export const controlRecord = z.object({
  id: text,
  code: text,
  title: optionalText,
  titleEn: text,
  clause: optionalText,
  cloudSpecific: z.boolean(),
  position: z.number(),
});
export const frameworkRecord = z.object({ id: text, name: text, edition: text });
export const documentRecord = z.object({ id: text, title: text, version: text, publishedOn: text, publisher: text, sourceFile: optionalText });
export const revisionRecord = z.object({ id: text, version: text, date: text, changes: text });
export const timeSourceRecord = z.object({ id: text, name: text, description: optionalText });

export const usesInfraRecord = z.object({
  id: text,
  serviceId: text,
  regionId: text,
  purpose: optionalText,
  basis: basisSchema,
  reasoning: optionalText,
  ...evidence,
});
export const storesDataInRecord = z.object({ id: text, serviceId: text, countryId: text, basis: basisSchema, reasoning: optionalText, ...evidence });
export const dependsOnRecord = z.object({ id: text, serviceId: text, dependsOnId: text, function: text, dataShared: optionalText, ...evidence });
export const certifiedByRecord = z.object({
  id: text,
  vendorId: text,
  certificationId: text,
  registrationNumber: optionalText,
  issuer: optionalText,
  edition: optionalText,
  scope: optionalText,
  validFrom: optionalText,
  validUntil: optionalText,
  ...evidence,
});
export const syncsTimeWithRecord = z.object({ id: text, serviceId: text, timeSourceId: text, ...evidence });
/** One of a disclosure's metric lists: absent when it states no metric (the loader writes no empty lists). */
const metricList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((values) => values ?? []);
/** A disclosure: its metrics as parallel lists (Neo4j properties hold no maps); the GraphQL layer zips them. */
export const implementsRecord = z.object({
  id: text,
  serviceId: text,
  controlId: text,
  summary: text,
  reviewNote: optionalText,
  metricNames: metricList(text),
  metricValues: metricList(z.number()),
  metricUnits: metricList(text),
  metricRaws: metricList(text),
  metricSubjects: metricList(text),
  metricNormalized: metricList(z.number()),
  metricNormalizedUnits: metricList(text),
  metricApproximate: metricList(z.boolean()),
  ...evidence,
});

export type Basis = z.infer<typeof basisSchema>;
export type VendorRecord = z.infer<typeof vendorRecord>;
export type ServiceRecord = z.infer<typeof serviceRecord>;
/** A service as resolvers get it: `vendor` present when the statement that read the service read its vendor too. */
export type ServiceRoot = ServiceRecord & { vendor?: VendorRecord | null | undefined };
export type RegionRecord = z.infer<typeof regionRecord>;
export type ProviderRecord = z.infer<typeof providerRecord>;
export type CountryRecord = z.infer<typeof countryRecord>;
export type CertificationRecord = z.infer<typeof certificationRecord>;
export type ControlRecord = z.infer<typeof controlRecord>;
export type FrameworkRecord = z.infer<typeof frameworkRecord>;
export type DocumentRecord = z.infer<typeof documentRecord>;
export type RevisionRecord = z.infer<typeof revisionRecord>;
export type TimeSourceRecord = z.infer<typeof timeSourceRecord>;
export type UsesInfraRecord = z.infer<typeof usesInfraRecord>;
export type StoresDataInRecord = z.infer<typeof storesDataInRecord>;
export type DependsOnRecord = z.infer<typeof dependsOnRecord>;
export type CertifiedByRecord = z.infer<typeof certifiedByRecord>;
export type SyncsTimeWithRecord = z.infer<typeof syncsTimeWithRecord>;
export type ImplementsRecord = z.infer<typeof implementsRecord>;
/** What every evidence-carrying edge record has. */
export type EvidenceProps = Pick<UsesInfraRecord, 'evidenceDocument' | 'evidenceSection' | 'evidenceQuote' | 'createdAt' | 'updatedAt' | 'recordVersion'>;
