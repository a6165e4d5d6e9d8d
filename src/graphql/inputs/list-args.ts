import { ArgsType, Field, Int } from 'type-graphql';
import { invalidArgument } from '../errors.js';
import type { SortDirection } from '../types/enums.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: 0 to the maximum page size (default 20).' })
  first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the item to continue after (pageInfo.endCursor).' })
  after?: string;
}

/**
 * A sort input has one field per sortable property (`{ name: DESC }`); one
 * may be set. Returns the Cypher sort parameters.
 */
export function sortParams(sort: object | undefined | null, fallback: string): { sortField: string; sortDescending: boolean } {
  const set = Object.entries(sort ?? {}).filter(([, direction]) => direction != null) as Array<[string, SortDirection]>;
  if (set.length > 1) throw invalidArgument('sort', `give one sort field, got ${set.map(([k]) => k).join(', ')}`);
  const [field, direction] = set[0] ?? [fallback, 'ASC'];
  return { sortField: field, sortDescending: direction === 'DESC' };
}
