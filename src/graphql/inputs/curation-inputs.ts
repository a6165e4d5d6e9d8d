/**
 * The inputs of the curation mutations. They mirror the seed-file records
 * field for field: the resolvers validate them with the seed's zod schemas
 * (src/seed/seed-schema.ts), so an API write and a seed file follow one set
 * of rules.
 */
import { Field, Float, ID, InputType } from 'type-graphql';
import { Basis, MetricName, MetricUnit } from '../types/enums.js';

const evidenceDescription = 'The registered document, its section and the verbatim quote this fact rests on.';
const basisDescription = 'STATED when the document says it; INFERRED when it follows from what it says (then `reasoning` is required).';
const reasoningDescription = 'How an INFERRED fact follows from the document; required with INFERRED.';

@InputType({ description: 'Where a fact comes from. The quote must be an exact substring of the registered text of `document`.' })
export class EvidenceInput {
  @Field(() => ID, { description: 'A registered document id (registerDocument, or a seed document).' })
  document!: string;
  @Field(() => String, { description: 'Section heading as printed.' })
  section!: string;
  @Field(() => String, { description: 'The exact words of the document, copied verbatim.' })
  quote!: string;
}

@InputType({ description: 'A source document and its full text.' })
export class RegisterDocumentInput {
  @Field(() => ID, { description: 'New stable id, e.g. `acme-whitepaper-2025`.' })
  id!: string;
  @Field(() => ID, { description: 'The vendor that published it.' })
  vendor!: string;
  @Field(() => String, { description: 'Title as printed.' })
  title!: string;
  @Field(() => String, { description: 'Version as printed.' })
  version!: string;
  @Field(() => String, { description: 'Publication date, YYYY-MM-DD.' })
  publishedOn!: string;
  @Field(() => String, { description: 'Who published it, as printed.' })
  publisher!: string;
  @Field(() => String, { description: 'The full plain text; every quote citing this document is checked against it.' })
  text!: string;
  @Field(() => ID, { nullable: true, description: 'The document this one is a new version of.' })
  previousVersion?: string;
}

@InputType({ description: 'A vendor to create, or to update (all fields replaced) when the id exists.' })
export class VendorInput {
  @Field(() => ID, { description: 'Stable id: letters, digits and : . _ -.' })
  id!: string;
  @Field(() => String, { description: 'Legal name as the documents print it.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string;
  @Field(() => String, { nullable: true, description: 'Web site URL.' })
  website?: string;
}

@InputType({ description: 'A service to create, or to update (all fields replaced) when the id exists.' })
export class ServiceInput {
  @Field(() => ID, { description: 'Stable id: letters, digits and : . _ -.' })
  id!: string;
  @Field(() => String, { description: 'Name as the documents print it.' })
  name!: string;
  @Field(() => ID, { nullable: true, description: 'The vendor that provides it; omitted for a sub-processor whose operator is unknown.' })
  vendor?: string;
  @Field(() => String, { nullable: true, description: 'Kind of service.' })
  category?: string;
  @Field(() => String, { nullable: true, description: 'What the service is.' })
  description?: string;
}

@InputType({ description: 'A service runs on a region (USES_INFRA).' })
export class InfrastructureUsageInput {
  @Field(() => ID, { description: 'The service.' })
  service!: string;
  @Field(() => ID, { description: 'The region, e.g. `aws:ap-northeast-1`.' })
  region!: string;
  @Field(() => String, { nullable: true, description: 'What the infrastructure is used for.' })
  purpose?: string;
  @Field(() => Basis, { description: basisDescription })
  basis!: Basis;
  @Field(() => String, { nullable: true, description: reasoningDescription })
  reasoning?: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}

@InputType({ description: 'A service stores customer data in a country (STORES_DATA_IN).' })
export class DataLocationInput {
  @Field(() => ID, { description: 'The service.' })
  service!: string;
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 country code, e.g. `JP`.' })
  country!: string;
  @Field(() => Basis, { description: basisDescription })
  basis!: Basis;
  @Field(() => String, { nullable: true, description: reasoningDescription })
  reasoning?: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}

@InputType({ description: 'A service depends on another (a sub-processor) (DEPENDS_ON).' })
export class DependencyInput {
  @Field(() => ID, { description: 'The dependent service.' })
  service!: string;
  @Field(() => ID, { description: 'The service it depends on.' })
  dependsOn!: string;
  @Field(() => String, { description: 'What the depended-on service does for it.' })
  function!: string;
  @Field(() => String, { nullable: true, description: 'What data is shared with it.' })
  dataShared?: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}

@InputType({ description: 'A vendor holds a certification (CERTIFIED_BY).' })
export class CertificationHoldingInput {
  @Field(() => ID, { description: 'The vendor.' })
  vendor!: string;
  @Field(() => ID, { description: 'The certification, e.g. `iso27001`.' })
  certification!: string;
  @Field(() => String, { nullable: true, description: 'Registration number as printed.' })
  registrationNumber?: string;
  @Field(() => String, { nullable: true, description: 'Issuing body.' })
  issuer?: string;
  @Field(() => String, { nullable: true, description: 'Edition of the standard the certificate names.' })
  edition?: string;
  @Field(() => String, { nullable: true, description: 'Scope of the certificate as printed.' })
  scope?: string;
  @Field(() => String, { nullable: true, description: 'First day of validity, YYYY-MM-DD.' })
  validFrom?: string;
  @Field(() => String, { nullable: true, description: 'Last day of validity, YYYY-MM-DD (not before validFrom).' })
  validUntil?: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}

@InputType({ description: 'A typed value a disclosure states.' })
export class MetricInput {
  @Field(() => MetricName, { description: 'What is measured.' })
  name!: string;
  @Field(() => Float, { description: 'The value as stated (not negative).' })
  value!: number;
  @Field(() => MetricUnit, { description: 'The unit as stated.' })
  unit!: string;
  @Field(() => String, { description: 'The exact words the value was read from; part of the quote.' })
  raw!: string;
  @Field(() => String, { nullable: true, description: 'What the value applies to when a section gives several.' })
  subject?: string;
}

@InputType({ description: 'What a service discloses about an ISO/IEC 27017 control (IMPLEMENTS).' })
export class DisclosureInput {
  @Field(() => ID, { description: 'The service.' })
  service!: string;
  @Field(() => ID, { description: 'The control, e.g. `iso27017:CLD.8.1.5`.' })
  control!: string;
  @Field(() => String, { description: 'One-sentence summary in English.' })
  summary!: string;
  @Field(() => [MetricInput], { nullable: true, description: 'Typed values the quote states.' })
  metrics?: MetricInput[];
  @Field(() => String, { nullable: true, description: 'What a reviewer should know about the claim.' })
  reviewNote?: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}

@InputType({ description: 'A service synchronises its clocks with a time source (SYNCS_TIME_WITH).' })
export class TimeSyncInput {
  @Field(() => ID, { description: 'The service.' })
  service!: string;
  @Field(() => ID, { description: 'The time source, e.g. `nict`.' })
  timeSource!: string;
  @Field(() => EvidenceInput, { description: evidenceDescription })
  evidence!: EvidenceInput;
}
