/**
 * The filter language of every list, as the query layer sees it (the
 * GraphQL inputs in src/graphql/inputs/ have the same shape, so a `where`
 * argument is a filter as it stands). In the style of the Neo4j GraphQL
 * Library: conditions per field, `AND` / `OR` / `NOT` at every level, and
 * relationship filters that say `some` or `none`.
 */

/** An id equal to `eq`, or one of `in`. Both given: both must hold. */
export interface IdCondition {
  eq?: string | null;
  in?: string[] | null;
}

/**
 * Text: `eq` and `in` compare exactly; `contains` and `startsWith` ignore
 * case and full-width/half-width differences (both sides NFKC-normalised and
 * lower-cased). Every operator given must hold.
 */
export interface TextCondition {
  eq?: string | null;
  in?: string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}

/** Boolean connectives, at every level of a filter. Empty `AND` holds; empty `OR` matches nothing. */
export interface Connectives<F> {
  AND?: F[] | null;
  OR?: F[] | null;
  NOT?: F | null;
}

/**
 * A filter on the edges of one relationship. Conditions given directly mean
 * "some edge satisfies them all"; `some` says so explicitly, `none` that no
 * edge does. Everything given must hold.
 */
export type Quantified<F> = F & {
  some?: F | null;
  none?: F | null;
};

/** A metric a disclosure states, within bounds (on its value normalised to days, hours, %...). */
export interface MetricCondition {
  name: string;
  lt?: number | null;
  lte?: number | null;
  gt?: number | null;
  gte?: number | null;
}

export type SortDirection = 'ASC' | 'DESC';
/** A list of single-field sort keys, applied in order; ties always end in id order. */
export type SortList<K extends string> = Array<Partial<Record<K, SortDirection | null>>>;

/**
 * A filter or sort the query layer cannot run as given, with the path of the
 * field at fault (`where.dataLocation.outside`). The API turns it into a
 * BAD_USER_INPUT error naming that field.
 */
export class QueryInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Invalid argument "${field}": ${problem}`);
    this.name = 'QueryInputError';
  }
}
