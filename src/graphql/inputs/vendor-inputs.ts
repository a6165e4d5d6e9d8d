import { Field, InputType } from 'type-graphql';
import { IDFilter, StringFilter } from './filters.js';
import { SortDirection } from '../types/enums.js';

@InputType({ description: 'Filters on vendors; all given filters must hold.' })
export class VendorWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Legal (Japanese) or English name.' })
  name?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Holds one of these certifications (e.g. `iso27017`).' })
  certification?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'One of its services uses infrastructure of one of these providers.' })
  infrastructureProvider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'One of its services uses one of these regions.' })
  region?: IDFilter;
}

@InputType({ description: 'Sort vendors by one field.' })
export class VendorSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `name`.' })
  name?: SortDirection;
}
