/**
 * Where a list's statement starts. Without a starting point it matches
 * every node of the list's label and tests the whole filter on each; a
 * filter that requires a relationship to a few named nodes (services on a
 * provider's regions) is cheaper answered from those nodes: MATCH the
 * pattern from them, keep each list node once (WITH DISTINCT), and test
 * only the rest of the filter. "Some edge matches P" is exactly "the node
 * is reached by an edge matching P", so taking such a conjunct out of the
 * filter and into the MATCH selects the same nodes.
 *
 * Only conjuncts are taken: a top-level field of the filter, or one inside
 * a top-level AND (never under OR or NOT, where the condition is not
 * required of every match).
 */
import type Cypher from '@neo4j/cypher-builder';
import type { Connectives } from './conditions.js';
import type { Predicate } from './compile-where.js';

/** The MATCH a statement starts from, and what is left of the filter for its WHERE. */
export interface StartingPoint<F> {
  pattern: Cypher.Pattern;
  where: Predicate | undefined;
  rest: F;
}

/** Finds a starting point in a filter, for the list's `node`; undefined: start from every node of the label. */
export type FindStartingPoint<F> = (node: Cypher.Node, filter: F, path: string) => StartingPoint<F> | undefined;

/** A conjunct a field offers: the MATCH it starts from, and what is left of the field's value (undefined: nothing). */
export type TakeConjunct<V> = (
  node: Cypher.Node,
  value: V,
  path: string,
) => { pattern: Cypher.Pattern; where: Predicate | undefined; left: V | undefined } | undefined;

/**
 * A starting point from the first field of `F` (in the order of `takers`)
 * whose value offers one, at the top level of the filter or inside a
 * top-level AND.
 */
export function startingPointFrom<F extends Connectives<F>>(takers: { [K in keyof F]?: TakeConjunct<NonNullable<F[K]>> }): FindStartingPoint<F> {
  const find = (node: Cypher.Node, filter: F, path: string): StartingPoint<F> | undefined => {
    for (const [key, take] of Object.entries(takers) as Array<[keyof F & string, TakeConjunct<unknown> | undefined]>) {
      const value = filter[key];
      if (value == null || !take) continue;
      const taken = take(node, value, `${path}.${key}`);
      if (!taken) continue;
      const rest = { ...filter };
      if (taken.left === undefined) delete rest[key];
      else rest[key] = taken.left as F[typeof key];
      return { pattern: taken.pattern, where: taken.where, rest };
    }
    const and = filter.AND ?? [];
    for (const [i, element] of and.entries()) {
      const inner = find(node, element, `${path}.AND[${i}]`);
      if (inner) return { ...inner, rest: { ...filter, AND: and.map((e, j) => (j === i ? inner.rest : e)) } };
    }
    return undefined;
  };
  return find;
}
