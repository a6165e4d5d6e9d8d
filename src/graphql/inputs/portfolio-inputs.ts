/**
 * The inputs of the portfolio mutations and of `Portfolio.usages`. They
 * mirror the portfolio seed file (seed/portfolios/*.json) field for field:
 * the writes validate them with its zod schemas (src/seed/portfolio-schema.ts).
 */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MetricName } from '../types/enums.js';
import { RequirementKind } from '../types/portfolios.js';
import type { RequirementKind as RequirementKindValue } from '../../seed/portfolio-schema.js';

const criticalityDescription = 'Criticality to the portfolio: 1 critical, 2 important, 3 other.';
const dataClassesDescription = 'Classes of data the service holds, e.g. PERSONAL, CONFIDENTIAL, PUBLIC (stored in upper case).';

@InputType({ description: 'A new portfolio.' })
export class PortfolioInput {
  @Field(() => ID, { description: 'Lower-kebab id, e.g. `demo-shoji`.' })
  id!: string;
  @Field(() => String, { description: 'Name of the organisation or business unit.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'What the portfolio is.' })
  description?: string;
}

@InputType({ description: 'Changes to a portfolio: a field given replaces the current one; description given as null is removed; others are kept.' })
export class PortfolioPatchInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description; null removes it.' })
  description?: string | null;
}

@InputType({ description: 'A service the portfolio uses.' })
export class PortfolioUsageInput {
  @Field(() => ID, { description: 'The service id, e.g. `gluegent-gate`.' })
  service!: string;
  @Field(() => Int, { description: criticalityDescription })
  criticality!: number;
  @Field(() => [String], { nullable: true, description: dataClassesDescription })
  dataClasses?: string[];
  @Field(() => String, { nullable: true, description: 'Who in the organisation owns the usage.' })
  businessOwner?: string;
  @Field(() => String, { nullable: true, description: 'Contract start date, YYYY-MM-DD.' })
  contractStart?: string;
  @Field(() => String, { nullable: true, description: 'Contract end date, YYYY-MM-DD; not before contractStart.' })
  contractEnd?: string;
  @Field(() => String, { nullable: true, description: 'Free notes.' })
  notes?: string;
}

@InputType({ description: 'Changes to a usage: a field given replaces the current one; an optional field given as null is removed; others are kept.' })
export class PortfolioUsagePatchInput {
  @Field(() => Int, { nullable: true, description: criticalityDescription })
  criticality?: number | null;
  @Field(() => [String], { nullable: true, description: dataClassesDescription })
  dataClasses?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Who owns the usage; null removes it.' })
  businessOwner?: string | null;
  @Field(() => String, { nullable: true, description: 'Contract start date, YYYY-MM-DD; null removes it.' })
  contractStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Contract end date, YYYY-MM-DD; null removes it.' })
  contractEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Free notes; null removes them.' })
  notes?: string | null;
}

@InputType({
  description: 'A requirement: its kind and that kind’s parameters (a parameter of another kind is refused), and optionally which usages it applies to.',
})
export class RequirementInput {
  @Field(() => ID, { description: 'Slug, unique within the portfolio, e.g. `jp-only-personal`; the same slug again replaces the requirement.' })
  id!: string;
  @Field(() => String, { description: 'What the rule says, for people.' })
  title!: string;
  @Field(() => RequirementKind, { description: 'What the rule checks.' })
  kind!: RequirementKindValue;
  @Field(() => [String], { nullable: true, description: 'DATA_IN_COUNTRIES: allowed countries, ISO 3166-1 alpha-2 (e.g. JP).' })
  countries?: string[];
  @Field(() => MetricName, { nullable: true, description: 'METRIC_AT_MOST / METRIC_AT_LEAST: the metric.' })
  metric?: string;
  @Field(() => Float, { nullable: true, description: 'METRIC_AT_MOST / METRIC_AT_LEAST: the bound, in the metric’s canonical unit (days, hours, ...).' })
  value?: number;
  @Field(() => ID, { nullable: true, description: 'CERTIFICATION_HELD: the certification scheme id, e.g. `iso27001`.' })
  scheme?: string;
  @Field(() => Boolean, { nullable: true, description: 'CERTIFICATION_HELD: the certificate must be valid today (default false).' })
  requireValid?: boolean;
  @Field(() => ID, { nullable: true, description: 'CONTROL_DISCLOSED: the control id, e.g. `iso27017:12.3.1`.' })
  control?: string;
  @Field(() => Int, { nullable: true, description: 'Apply only to usages of this criticality or more critical (1..3).' })
  appliesToMaxCriticality?: number;
  @Field(() => [String], { nullable: true, description: 'Apply only to usages holding one of these data classes.' })
  appliesToDataClasses?: string[];
}

@InputType({ description: 'Filters on a portfolio’s usages; every field given must hold.' })
export class PortfolioUsageWhere {
  @Field(() => Int, { nullable: true, description: 'Only usages of this criticality (1, 2 or 3).' })
  criticality?: number;
  @Field(() => String, { nullable: true, description: 'Only usages holding this data class (any case), e.g. PERSONAL.' })
  dataClass?: string;
}
