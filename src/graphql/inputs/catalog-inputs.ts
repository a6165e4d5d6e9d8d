/** Where and sort inputs of the reference lists: regions, providers, certifications, controls, documents. */
import { Field, InputType } from 'type-graphql';
import { IDFilter, StringFilter, connectiveDescriptions } from './filters.js';
import { SortDirection } from '../types/enums.js';

@InputType({ description: 'Filters on regions; every field given must hold. AND, OR and NOT combine filters.' })
export class RegionWhere {
  @Field(() => [RegionWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: RegionWhere[];
  @Field(() => [RegionWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: RegionWhere[];
  @Field(() => RegionWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: RegionWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Region id, e.g. `aws:ap-northeast-1`.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Region code, e.g. `ap-northeast-1`.' })
  code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Region name, e.g. "Asia Pacific (Tokyo)".' })
  name?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Operated by one of these providers.' })
  provider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Located in one of these countries (ISO alpha-2).' })
  country?: IDFilter;
  @Field(() => Boolean, { nullable: true, description: 'False for placeholder locations the documents do not name.' })
  disclosed?: boolean;
}

@InputType({ description: 'One sort key of regions: give one field per element of the `sort` list.' })
export class RegionSort {
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By region code.' })
  code?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By name.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on infrastructure providers; every field given must hold. AND, OR and NOT combine filters.' })
export class InfrastructureProviderWhere {
  @Field(() => [InfrastructureProviderWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: InfrastructureProviderWhere[];
  @Field(() => [InfrastructureProviderWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: InfrastructureProviderWhere[];
  @Field(() => InfrastructureProviderWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: InfrastructureProviderWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Provider id: `aws`, `azure`, `gcp`, `undisclosed`.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Provider name, e.g. "Amazon Web Services".' })
  name?: StringFilter;
}

@InputType({ description: 'One sort key of providers: give one field per element of the `sort` list.' })
export class InfrastructureProviderSort {
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By name.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on certification schemes; every field given must hold. AND, OR and NOT combine filters.' })
export class CertificationWhere {
  @Field(() => [CertificationWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: CertificationWhere[];
  @Field(() => [CertificationWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: CertificationWhere[];
  @Field(() => CertificationWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: CertificationWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Scheme id, e.g. `iso27017`.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Scheme name, e.g. "ISMS-CLOUD".' })
  name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Standard, e.g. "ISO/IEC 27017".' })
  standard?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Held by one of these vendors.' })
  heldBy?: IDFilter;
}

@InputType({ description: 'One sort key of certifications: give one field per element of the `sort` list.' })
export class CertificationSort {
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By name.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on controls; every field given must hold. AND, OR and NOT combine filters.' })
export class ControlWhere {
  @Field(() => [ControlWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: ControlWhere[];
  @Field(() => [ControlWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: ControlWhere[];
  @Field(() => ControlWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: ControlWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Control id, e.g. `iso27017:CLD.8.1.5`.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Code, e.g. `12.3.1`; `startsWith` "12." or "CLD" (ignoring case).' })
  code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Japanese or English title (`startsWith`: the Japanese title).' })
  title?: StringFilter;
  @Field(() => Boolean, { nullable: true, description: 'True for the seven CLD controls.' })
  cloudSpecific?: boolean;
  @Field(() => IDFilter, { nullable: true, description: 'Disclosed by one of these services.' })
  disclosedBy?: IDFilter;
}

@InputType({ description: 'One sort key of controls: `code` is catalog order (5.1.1 … 18.2.3, each CLD control after the one it extends).' })
export class ControlSort {
  @Field(() => SortDirection, { nullable: true, description: 'By catalog order.' })
  code?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
}

@InputType({ description: 'Filters on documents; every field given must hold. AND, OR and NOT combine filters.' })
export class DocumentWhere {
  @Field(() => [DocumentWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: DocumentWhere[];
  @Field(() => [DocumentWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: DocumentWhere[];
  @Field(() => DocumentWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: DocumentWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Document id, e.g. `goooon-whitepaper`.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Title, as printed.' })
  title?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Published by one of these vendors.' })
  vendor?: IDFilter;
}

@InputType({ description: 'One sort key of documents: give one field per element of the `sort` list.' })
export class DocumentSort {
  @Field(() => SortDirection, { nullable: true, description: 'By publication date.' })
  publishedOn?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By title.' })
  title?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
}
