import { Field, InputType } from 'type-graphql';
import { IDFilter, MetricFilter, StringFilter, connectiveDescriptions, noneDescription, someDescription } from './filters.js';
import { Basis, SortDirection } from '../types/enums.js';

@InputType({ description: 'A condition on one infrastructure usage (USES_INFRA edge) and its region.' })
export class InfrastructureUsageWhere {
  @Field(() => [InfrastructureUsageWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: InfrastructureUsageWhere[];
  @Field(() => [InfrastructureUsageWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: InfrastructureUsageWhere[];
  @Field(() => InfrastructureUsageWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: InfrastructureUsageWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Provider of the region: `aws`, `azure`, `gcp`, `undisclosed`.' })
  provider?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Region id, e.g. `aws:ap-northeast-1`.' })
  region?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Country the region lies in, e.g. `JP`.' })
  country?: IDFilter;
  @Field(() => Basis, { nullable: true, description: 'Basis of the usage: STATED or INFERRED.' })
  basis?: Basis;
}

@InputType({ description: 'Filters on the infrastructure a service uses: fields given directly mean some usage matches them all.' })
export class InfrastructureFilter extends InfrastructureUsageWhere {
  @Field(() => InfrastructureUsageWhere, { nullable: true, description: someDescription })
  some?: InfrastructureUsageWhere;
  @Field(() => InfrastructureUsageWhere, { nullable: true, description: noneDescription })
  none?: InfrastructureUsageWhere;
}

@InputType({ description: 'A condition on one data location (STORES_DATA_IN edge) and its country.' })
export class DataLocationWhere {
  @Field(() => [DataLocationWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: DataLocationWhere[];
  @Field(() => [DataLocationWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: DataLocationWhere[];
  @Field(() => DataLocationWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: DataLocationWhere;
  @Field(() => IDFilter, { nullable: true, description: 'The country (ISO alpha-2), e.g. `JP`.' })
  country?: IDFilter;
  @Field(() => String, { nullable: true, description: 'A country other than this one (ISO alpha-2).' })
  outside?: string;
  @Field(() => Basis, { nullable: true, description: 'Basis of the location: STATED or INFERRED.' })
  basis?: Basis;
}

@InputType({ description: 'Filters on where a service stores data: fields given directly mean some location matches them all.' })
export class DataLocationFilter extends DataLocationWhere {
  @Field(() => DataLocationWhere, { nullable: true, description: someDescription })
  some?: DataLocationWhere;
  @Field(() => DataLocationWhere, { nullable: true, description: noneDescription })
  none?: DataLocationWhere;
}

@InputType({ description: 'A condition on one disclosure (IMPLEMENTS edge) and its control.' })
export class DisclosureWhere {
  @Field(() => [DisclosureWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: DisclosureWhere[];
  @Field(() => [DisclosureWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: DisclosureWhere[];
  @Field(() => DisclosureWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: DisclosureWhere;
  @Field(() => IDFilter, { nullable: true, description: 'The control disclosed, e.g. `iso27017:CLD.8.1.5`.' })
  control?: IDFilter;
  @Field(() => MetricFilter, { nullable: true, description: 'The disclosure states a metric within bounds, e.g. `{ name: dataDeletionDays, lte: 30 }`.' })
  metric?: MetricFilter;
}

@InputType({ description: 'Filters on what a service discloses: fields given directly mean some disclosure matches them all.' })
export class DisclosureFilter extends DisclosureWhere {
  @Field(() => DisclosureWhere, { nullable: true, description: someDescription })
  some?: DisclosureWhere;
  @Field(() => DisclosureWhere, { nullable: true, description: noneDescription })
  none?: DisclosureWhere;
}

@InputType({ description: 'Filters on services; every field given must hold. AND, OR and NOT combine filters.' })
export class ServiceWhere {
  @Field(() => [ServiceWhere], { nullable: true, description: connectiveDescriptions.AND })
  AND?: ServiceWhere[];
  @Field(() => [ServiceWhere], { nullable: true, description: connectiveDescriptions.OR })
  OR?: ServiceWhere[];
  @Field(() => ServiceWhere, { nullable: true, description: connectiveDescriptions.NOT })
  NOT?: ServiceWhere;
  @Field(() => IDFilter, { nullable: true, description: 'Service id.' })
  id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Service name.' })
  name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Category, as the document words it.' })
  category?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Provided by one of these vendors.' })
  vendor?: IDFilter;
  @Field(() => InfrastructureFilter, { nullable: true, description: 'The infrastructure it runs on (some / none).' })
  infrastructure?: InfrastructureFilter;
  @Field(() => DataLocationFilter, { nullable: true, description: 'Where it stores data (some / none).' })
  dataLocation?: DataLocationFilter;
  @Field(() => DisclosureFilter, { nullable: true, description: 'What it discloses (some / none).' })
  disclosure?: DisclosureFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Syncs its clock with one of these time sources.' })
  timeSource?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Its vendor holds one of these certifications; NOT for "holds none".' })
  vendorCertification?: IDFilter;
}

@InputType({ description: 'One sort key of services: give one field per element of the `sort` list.' })
export class ServiceSort {
  @Field(() => SortDirection, { nullable: true, description: 'By id.' })
  id?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By name.' })
  name?: SortDirection;
  @Field(() => SortDirection, { nullable: true, description: 'By category.' })
  category?: SortDirection;
}
