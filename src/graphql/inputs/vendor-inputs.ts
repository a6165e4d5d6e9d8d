import { Field, InputType } from 'type-graphql';
import { IDFilter, StringFilter, connectiveDescriptions } from './filters.js';
import { SortDirection } from '../types/enums.js';

@InputType({ description: 'Filters on vendors; every field given must hold. AND, OR and NOT combine filters.' })
export class VendorWhere {
  @Field(() => [VendorWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: VendorWhere[];
  @Field(() => [VendorWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: VendorWhere[];
  @Field(() => VendorWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: VendorWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Vendor id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Legal (Japanese) or English name (`startsWith`: the legal name).' })
  name?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Holds one of these certifications (e.g. `iso27017`); NOT for "holds none".' })
  certification?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'One of its services uses infrastructure of one of these providers.' })
  infrastructureProvider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'One of its services uses one of these regions.' })
  region?: IDFilter;
}

@InputType({ description: 'One sort key of vendors: give one field per element of the `sort` list.' })
export class VendorSort {
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By legal name.' })
  name?: SortDirection;
}
