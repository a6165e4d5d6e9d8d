import { Field, InputType } from 'type-graphql';
import { IDFilter, MetricFilter, StringFilter } from './filters.js';
import { Basis, SortDirection } from '../types/enums.js';

@InputType({ description: 'Filters on the infrastructure a service uses.' })
export class InfrastructureFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Provider ids: `aws`, `azure`, `gcp`, `undisclosed`.' })
  provider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Region ids, e.g. `aws:ap-northeast-1`.' })
  region?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Countries the regions lie in, e.g. `JP`.' })
  country?: IDFilter;
  @Field(() => Basis, { nullable: true, description: 'Count only links with this basis (e.g. STATED only).' })
  basis?: Basis;
}

@InputType({ description: 'Filters on where a service stores data.' })
export class DataLocationFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Stores data in one of these countries.' })
  country?: IDFilter;
  @Field(() => String, { nullable: true, description: 'Stores data in some country other than this one (ISO alpha-2).' })
  outside?: string;
}

@InputType({ description: 'Filters on what a service discloses.' })
export class DisclosureFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Discloses one of these controls, e.g. `iso27017:CLD.8.1.5`.' })
  control?: IDFilter;
  @Field(() => MetricFilter, { nullable: true, description: 'Has a disclosure metric within bounds, e.g. `{ name: dataDeletionDays, lte: 30 }`.' })
  metric?: MetricFilter;
}

@InputType({ description: 'Filters on services; all given filters must hold.' })
export class ServiceWhere {
  @Field(() => IDFilter, { nullable: true, description: 'Its own id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Name as printed.' })
  name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Category (exact `eq`/`in` only).' })
  category?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Provided by one of these vendors.' })
  vendor?: IDFilter;
  @Field(() => InfrastructureFilter, { nullable: true, description: 'Uses infrastructure that matches.' })
  infrastructure?: InfrastructureFilter;
  @Field(() => DataLocationFilter, { nullable: true, description: 'Stores data where this says.' })
  dataLocation?: DataLocationFilter;
  @Field(() => DisclosureFilter, { nullable: true, description: 'Discloses what this says.' })
  disclosure?: DisclosureFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Syncs its clock with one of these time sources.' })
  timeSource?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Its vendor holds one of these certifications.' })
  vendorCertification?: IDFilter;
}

@InputType({ description: 'Sort services by one field.' })
export class ServiceSort {
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `id`.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `name`.' })
  name?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'Sort by `category`.' })
  category?: SortDirection;
}
