/**
 * A customer's own view of the supply chain: portfolios, what each uses and
 * the rules it holds its suppliers to. Relationship fields (the service of
 * a usage, a portfolio's usages and requirements) are field resolvers in
 * ../resolvers/portfolio-resolver.ts.
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { requirementKinds, type RequirementKind as RequirementKindValue } from '../../seed/portfolio-schema.js';
import { MetricName } from './enums.js';
import { connectionOf } from './connections.js';

@ObjectType({
  description:
    'An organisation or business unit: the services it uses, and the requirements it holds their vendors to. Needs the reader role when authentication is configured.',
})
export class Portfolio {
  @Field(() => ID, { description: 'Lower-kebab id, e.g. `demo-shoji`.' })
  id!: string;
  @Field(() => String, { description: 'Name, e.g. "株式会社デモ商事 (Demo Shoji)".' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'What the portfolio is.' })
  description?: string;
  @Field(() => String, { nullable: true, description: 'When it was created (ISO 8601).' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When it last changed (ISO 8601).' })
  updatedAt?: string;
  @Field(() => Int, { nullable: true, description: 'Write version: pass as `expectedVersion` to change it safely.' })
  recordVersion?: number;
}

@ObjectType({ description: 'A service a portfolio uses: how much it matters, what data it holds, who owns it and the contract dates.' })
export class PortfolioUsage {
  @Field(() => ID, { description: 'Usage id, `<portfolio>|uses|<service>`; its history is `history(id: ...)`.' })
  id!: string;
  /** The service's id; the `service` field resolves it. */
  serviceId!: string;
  @Field(() => Int, { description: 'Criticality to the portfolio: 1 critical, 2 important, 3 other.' })
  criticality!: number;
  @Field(() => [String], { description: 'Classes of data the service holds for the portfolio, upper case, e.g. PERSONAL, CONFIDENTIAL, PUBLIC.' })
  dataClasses!: string[];
  @Field(() => String, { nullable: true, description: 'Who in the organisation owns the usage.' })
  businessOwner?: string;
  @Field(() => String, { nullable: true, description: 'Contract start date, YYYY-MM-DD.' })
  contractStart?: string;
  @Field(() => String, { nullable: true, description: 'Contract end date, YYYY-MM-DD; absent when open-ended.' })
  contractEnd?: string;
  @Field(() => String, { nullable: true, description: 'Free notes.' })
  notes?: string;
  @Field(() => String, { nullable: true, description: 'When it was added (ISO 8601).' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When it last changed (ISO 8601).' })
  updatedAt?: string;
  @Field(() => Int, { nullable: true, description: 'Write version: pass as `expectedVersion` to change it safely.' })
  recordVersion?: number;
}

export const PortfolioUsageConnection = connectionOf(PortfolioUsage, 'PortfolioUsage');

export const RequirementKind = Object.fromEntries(requirementKinds.map((k) => [k, k])) as { [K in RequirementKindValue]: K };
const requirementKindDescriptions: Record<RequirementKindValue, string> = {
  DATA_IN_COUNTRIES: 'Customer data is stored only in `countries`.',
  METRIC_AT_MOST: 'The disclosed `metric` is at most `value` (in the metric’s canonical unit: days, hours, ...).',
  METRIC_AT_LEAST: 'The disclosed `metric` is at least `value` (canonical unit).',
  CERTIFICATION_HELD: 'The vendor holds a certification of `scheme` (e.g. `iso27001`); with `requireValid`, one valid today.',
  CONTROL_DISCLOSED: 'The service discloses `control` (e.g. `iso27017:12.3.1`).',
  NO_INFERRED_ONLY_INFRASTRUCTURE: 'The service’s infrastructure is known from at least one STATED fact, not only INFERRED links.',
};
registerEnumType(RequirementKind, {
  name: 'RequirementKind',
  description: 'What a requirement checks; each kind takes its own parameters.',
  valuesConfig: Object.fromEntries(requirementKinds.map((k) => [k, { description: requirementKindDescriptions[k] }])),
});

@ObjectType({ description: 'A typed rule a portfolio holds its suppliers to, applied to its usages (all, or those in scope by criticality or data class).' })
export class Requirement {
  @Field(() => ID, { description: 'Requirement id, `<portfolio>|req|<slug>`.' })
  id!: string;
  @Field(() => String, { description: 'What the rule says, for people.' })
  title!: string;
  @Field(() => RequirementKind, { description: 'What the rule checks.' })
  kind!: RequirementKindValue;
  @Field(() => [String], { nullable: true, description: 'DATA_IN_COUNTRIES: the allowed countries (ISO 3166-1 alpha-2).' })
  countries?: string[];
  @Field(() => MetricName, { nullable: true, description: 'METRIC_AT_MOST / METRIC_AT_LEAST: the metric.' })
  metric?: string;
  @Field(() => Float, { nullable: true, description: 'METRIC_AT_MOST / METRIC_AT_LEAST: the bound, in the metric’s canonical unit.' })
  value?: number;
  @Field(() => String, { nullable: true, description: 'CERTIFICATION_HELD: the certification scheme id, e.g. `iso27001`.' })
  scheme?: string;
  @Field(() => Boolean, { nullable: true, description: 'CERTIFICATION_HELD: whether the certificate must be valid today.' })
  requireValid?: boolean;
  @Field(() => String, { nullable: true, description: 'CONTROL_DISCLOSED: the control id, e.g. `iso27017:12.3.1`.' })
  control?: string;
  @Field(() => Int, { nullable: true, description: 'Applies only to usages of this criticality or more critical (1..3); all when absent.' })
  appliesToMaxCriticality?: number;
  @Field(() => [String], { nullable: true, description: 'Applies only to usages holding one of these data classes; all when absent.' })
  appliesToDataClasses?: string[];
  @Field(() => String, { nullable: true, description: 'When it was created (ISO 8601).' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When it last changed (ISO 8601).' })
  updatedAt?: string;
  @Field(() => Int, { nullable: true, description: 'Write version: pass as `expectedVersion` to change it safely.' })
  recordVersion?: number;
}
