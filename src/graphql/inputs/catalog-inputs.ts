/** Where and sort inputs of the reference lists: regions, providers, certifications, controls, documents. */
import { Field, InputType } from 'type-graphql';
import { IDFilter, StringFilter } from './filters.js';
import { SortDirection } from '../types/enums.js';

@InputType({ description: 'Filters on regions; all given filters must hold.' })
export class RegionWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Region code, e.g. `ap-northeast-1` (exact `eq`/`in`).' })
  code?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Operated by one of these providers, e.g. `aws`.' })
  provider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Lies in one of these countries, e.g. `JP`.' })
  country?: IDFilter;
  @Field(() => Boolean, { nullable: true, description: 'False for placeholder locations the documents do not name.' })
  disclosed?: boolean;
}

@InputType({ description: 'Sort regions by one field.' })
export class RegionSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `code`.' })
  code?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `name`.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on infrastructure providers.' })
export class InfrastructureProviderWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Name (`contains` only).' })
  name?: StringFilter;
}

@InputType({ description: 'Sort providers by one field.' })
export class InfrastructureProviderSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `name`.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on certification schemes.' })
export class CertificationWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Standard, e.g. "ISO/IEC 27017" (exact `eq`/`in`).' })
  standard?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Held by one of these vendors.' })
  heldBy?: IDFilter;
}

@InputType({ description: 'Sort certifications by one field.' })
export class CertificationSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `name`.' })
  name?: SortDirection;
}

@InputType({ description: 'Filters on controls; all given filters must hold.' })
export class ControlWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Code: exact `eq`/`in`, or `startsWith` ("12.", "CLD").' })
  code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Japanese or English title (`contains`).' })
  title?: StringFilter;
  @Field(() => Boolean, { nullable: true, description: 'True for the seven CLD controls.' })
  cloudSpecific?: boolean;
  @Field(() => IDFilter, { nullable: true, description: 'Disclosed by one of these services.' })
  disclosedBy?: IDFilter;
}

@InputType({ description: 'Sort controls: `code` is catalog order (5.1.1 … 18.2.3, each CLD control after the one it extends).' })
export class ControlSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `code`.' })
  code?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
}

@InputType({ description: 'Filters on documents.' })
export class DocumentWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Published by one of these vendors.' })
  vendor?: IDFilter;
}

@InputType({ description: 'Sort documents by one field.' })
export class DocumentSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `publishedOn`.' })
  publishedOn?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `title`.' })
  title?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
}
