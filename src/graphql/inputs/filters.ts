/** Condition inputs shared by every `where`, in the shape of the Neo4j GraphQL Library; their meaning is src/queries/filters/conditions.ts. */
import { Field, Float, ID, InputType } from 'type-graphql';
import { MetricName } from '../types/enums.js';

@InputType({ description: 'Matches an id exactly (`eq`) or one of several (`in`). Both given: both must hold.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this id.' })
  eq?: string;
  @Field(() => [ID], { nullable: true, description: 'One of these ids (an empty list matches nothing).' })
  in?: string[];
}

@InputType({
  description:
    'Text filter; every operator given must hold. `eq` and `in` compare exactly; `contains` and `startsWith` ignore case, and full-width/half-width differences on names and titles (NFKC).',
})
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this text.' })
  eq?: string;
  @Field(() => [String], { nullable: true, description: 'Exactly one of these texts (an empty list matches nothing).' })
  in?: string[];
  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' })
  contains?: string;
  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' })
  startsWith?: string;
}

@InputType({ description: 'A metric `name` whose normalised value (days, hours, %...) satisfies every bound given; no bound: the metric is stated at all.' })
export class MetricFilter {
  @Field(() => MetricName, { description: 'The metric, e.g. `dataDeletionDays`.' })
  name!: string;
  @Field(() => Float, { nullable: true, description: 'Less than.' })
  lt?: number;
  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;
  @Field(() => Float, { nullable: true, description: 'Greater than.' })
  gt?: number;
  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;
}

export const connectiveDescriptions = {
  AND: 'Every filter of the list must hold (an empty list holds).',
  OR: 'At least one filter of the list must hold (an empty list matches nothing).',
  NOT: 'The filter must not hold.',
} as const;

export const someDescription = 'Some edge of this relationship matches this filter (the same as giving its fields directly).';
export const noneDescription = 'No edge of this relationship matches this filter.';
