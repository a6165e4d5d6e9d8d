/**
 * Relationships with properties, exposed as edge types: the property lives
 * on the edge (basis, evidence, registration number, metrics), and the two
 * ends are field resolvers in ../resolvers/edge-resolvers.ts.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Basis, MetricName, MetricUnit } from './enums.js';
import { Evidence } from './evidence.js';

@ObjectType({ description: 'Service USES_INFRA Region: a service runs on (or keeps data in) this infrastructure.' })
export class InfrastructureUsage {
  @Field(() => ID, { description: 'Stable fact id (service|region): what `retract`, `history` and `fact` take.' })
  id!: string;
  serviceId!: string;
  regionId!: string;
  @Field(() => String, { nullable: true, description: 'What the infrastructure is used for, where the document says.' })
  purpose?: string;
  @Field(() => Basis, { description: 'Whether the document states this or it is inferred.' })
  basis!: Basis;
  @Field(() => String, { nullable: true, description: 'How an INFERRED link was derived.' })
  reasoning?: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}

@ObjectType({ description: 'Service STORES_DATA_IN Country.' })
export class DataLocation {
  @Field(() => ID, { description: 'Stable fact id (service|country): what `retract`, `history` and `fact` take.' })
  id!: string;
  serviceId!: string;
  countryId!: string;
  @Field(() => Basis, { description: 'Whether the document states this or it is inferred.' })
  basis!: Basis;
  @Field(() => String, { nullable: true, description: 'How an INFERRED location was derived.' })
  reasoning?: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}

@ObjectType({ description: 'Service DEPENDS_ON Service: a sub-processor or other service this one relies on.' })
export class Dependency {
  @Field(() => ID, { description: 'Stable fact id (service|dependsOn): what `retract`, `history` and `fact` take.' })
  id!: string;
  serviceId!: string;
  dependsOnId!: string;
  @Field(() => String, { description: 'What the depended-on service does for this one, as the document says.' })
  function!: string;
  @Field(() => String, { nullable: true, description: 'What data is shared with it, as the document says.' })
  dataShared?: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}

@ObjectType({ description: 'Vendor CERTIFIED_BY Certification: a certificate a vendor holds.' })
export class CertificationHolding {
  @Field(() => ID, { description: 'Stable fact id (vendor|certification): what `retract`, `history` and `fact` take.' })
  id!: string;
  vendorId!: string;
  certificationId!: string;
  @Field(() => String, { nullable: true, description: 'Registration number as printed, e.g. "IS 687131".' })
  registrationNumber?: string;
  @Field(() => String, { nullable: true, description: 'Issuing body, only where the document names it.' })
  issuer?: string;
  @Field(() => String, { nullable: true, description: 'Edition of the standard the certificate names.' })
  edition?: string;
  @Field(() => String, { nullable: true, description: 'Scope of the certificate as printed.' })
  scope?: string;
  @Field(() => String, { nullable: true, description: 'First day of validity (YYYY-MM-DD), where known.' })
  validFrom?: string;
  @Field(() => String, { nullable: true, description: 'Last day of validity (YYYY-MM-DD), where known.' })
  validUntil?: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}

@ObjectType({
  description:
    'A typed value read from a disclosure, for sorting and filtering. `value` and `unit` are as stated; `normalizedValue` is in the canonical unit of the metric.',
})
export class Metric {
  @Field(() => MetricName, { description: 'What is measured.' })
  name!: string;
  @Field(() => Float, { description: 'The value as the document states it.' })
  value!: number;
  @Field(() => MetricUnit, { description: 'The unit as the document states it.' })
  unit!: string;
  @Field(() => String, { description: 'The exact words the value was read from, e.g. "60 営業日以内".' })
  raw!: string;
  @Field(() => String, { nullable: true, description: 'What the value applies to when a section gives several (e.g. a data kind).' })
  subject?: string;
  @Field(() => Float, { description: 'The value in the canonical unit (days, hours, generations, percent, characters).' })
  normalizedValue!: number;
  @Field(() => String, { description: 'The canonical unit of `normalizedValue`.' })
  normalizedUnit!: string;
  @Field(() => Boolean, { description: 'True when normalising needed a calendar approximation (months as 30 days, business days as 7/5 days).' })
  approximate!: boolean;
}

@ObjectType({ description: 'Service IMPLEMENTS Control: what a service discloses about one ISO/IEC 27017 control.' })
export class Disclosure {
  serviceId!: string;
  controlId!: string;
  @Field(() => ID, { description: 'Stable id: service, control, document and section.' })
  id!: string;
  @Field(() => String, { description: 'One-sentence summary in English.' })
  summary!: string;
  @Field(() => String, { description: 'The verbatim quote (same as evidence.quote).' })
  quote!: string;
  @Field(() => String, { description: 'Section heading (same as evidence.section).' })
  section!: string;
  @Field(() => String, { nullable: true, description: 'What a reviewer should know: an odd, contradictory or weak claim, quoted as is and flagged here.' })
  reviewNote?: string;
  @Field(() => [Metric], { description: 'Typed values stated in this disclosure.' })
  metrics!: Metric[];
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}

@ObjectType({ description: 'Service SYNCS_TIME_WITH TimeSource.' })
export class TimeSync {
  @Field(() => ID, { description: 'Stable fact id (service|timeSource): what `retract`, `history` and `fact` take.' })
  id!: string;
  serviceId!: string;
  timeSourceId!: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote this rests on.' })
  evidence!: Evidence;
  @Field(() => String, { nullable: true, description: 'When the fact was first written through the API (ISO 8601); null for one the seed loaded.' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When the fact last changed through the API (ISO 8601); null for one the seed loaded.' })
  updatedAt?: string;
  @Field(() => Int, { description: 'Version of the fact (1 for one the seed loaded): pass it as `expectedVersion` to change it.' })
  version!: number;
}
