/** Filter inputs shared by every `where`, in the shape of the Neo4j GraphQL Library. */
import { Field, Float, ID, InputType } from 'type-graphql';
import { MetricName } from '../types/enums.js';
import { normalizeForSearch } from '../../search/search-text.js';

@InputType({ description: 'Matches an id exactly (`eq`) or one of several (`in`). Both given: both must hold.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Exactly this id.' })
  eq?: string;
  @Field(() => [ID], { nullable: true, description: 'Any of these ids.' })
  in?: string[];
}

@InputType({ description: 'Text filter. `contains` and `startsWith` ignore case and full-width/half-width differences (NFKC); `eq` and `in` are exact.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this text.' })
  eq?: string;
  @Field(() => [String], { nullable: true, description: 'Exactly one of these texts.' })
  in?: string[];
  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case and width.' })
  contains?: string;
  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case and width.' })
  startsWith?: string;
}

@InputType({ description: 'Matches disclosures carrying the metric `name` whose normalised value satisfies every bound given.' })
export class MetricFilter {
  @Field(() => MetricName, { description: 'The metric.' })
  name!: string;
  @Field(() => Float, { nullable: true, description: 'Normalised value less than this.' })
  lt?: number;
  @Field(() => Float, { nullable: true, description: 'Normalised value at most this.' })
  lte?: number;
  @Field(() => Float, { nullable: true, description: 'Normalised value greater than this.' })
  gt?: number;
  @Field(() => Float, { nullable: true, description: 'Normalised value at least this.' })
  gte?: number;
}

/** An IDFilter as one list parameter: null when absent; `eq` and `in` together intersect. */
export function idList(filter: IDFilter | undefined | null): string[] | null {
  if (!filter) return null;
  const eq = filter.eq != null ? [filter.eq] : null;
  const list = filter.in ?? null;
  if (eq && list) return eq.filter((id) => list.includes(id));
  return eq ?? list;
}

export function textParams(filter: StringFilter | undefined | null): { in: string[] | null; contains: string | null; startsWith: string | null } {
  const eq = filter?.eq != null ? [filter.eq] : null;
  const list = filter?.in ?? null;
  return {
    in: eq && list ? eq.filter((v) => list.includes(v)) : (eq ?? list),
    contains: filter?.contains != null ? normalizeForSearch(filter.contains) : null,
    startsWith: filter?.startsWith != null ? normalizeForSearch(filter.startsWith) : null,
  };
}
