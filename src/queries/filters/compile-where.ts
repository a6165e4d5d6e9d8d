/**
 * Compiles a filter tree into one Cypher predicate with
 * `@neo4j/cypher-builder`. Values only ever become parameters; the Cypher
 * text is made of the labels, relationship types and property names of the
 * filter specs (src/queries/filters/list-specs.ts), never of user input, so
 * a filter cannot inject anything. A filter field absent or null adds
 * nothing: the statement holds only the predicates the request asks for.
 */
import Cypher from '@neo4j/cypher-builder';
import { normalizeForSearch } from '../../search/search-text.js';
import { QueryInputError, type Connectives, type IdCondition, type Quantified, type TextCondition } from './conditions.js';

export type Predicate = Cypher.Predicate;

/** Compiles one field's condition, given the variables in scope (a node, or an edge and its ends). */
export type FieldCompiler<Scope, V> = (scope: Scope, value: V, path: string) => Predicate | undefined;

type FieldsOf<F> = Exclude<keyof F, keyof Connectives<F>>;

/** How each field of a filter `F` compiles, over the variables `Scope`. Every field the filter type has must be here. */
export type FilterSpec<F, Scope> = { [K in FieldsOf<F>]-?: FieldCompiler<Scope, NonNullable<F[K]>> };

const always: Predicate = Cypher.true;
const never: Predicate = Cypher.false;

/** The predicate of a whole filter: every field given must hold; AND, OR and NOT nest. Undefined: no condition. */
export function compileWhere<F extends Connectives<F>, Scope>(spec: FilterSpec<F, Scope>, scope: Scope, filter: F, path: string): Predicate | undefined {
  const parts: Array<Predicate | undefined> = [];
  for (const [key, value] of Object.entries(filter) as Array<[string, unknown]>) {
    if (value == null) continue;
    if (key === 'AND') {
      parts.push(...(value as F[]).map((f, i) => compileWhere(spec, scope, f, `${path}.AND[${i}]`)));
    } else if (key === 'OR') {
      const alternatives = (value as F[]).map((f, i) => compileWhere(spec, scope, f, `${path}.OR[${i}]`) ?? always);
      parts.push(alternatives.length ? Cypher.or(...alternatives) : never);
    } else if (key === 'NOT') {
      // Cypher's logic has a third value: `x.nameEn = $p` is null where nameEn is missing, and NOT null is null,
      // which drops the row. A filter means two values (a missing property matches nothing), so the negated
      // predicate counts null as false. Outside NOT, AND and OR only ever turn null into "not selected".
      const negated = compileWhere(spec, scope, value as F, `${path}.NOT`) ?? always;
      parts.push(Cypher.not(Cypher.coalesce(negated, never)));
    } else {
      const field = (spec as Record<string, FieldCompiler<Scope, unknown> | undefined>)[key];
      // The GraphQL input and the spec are checked against the same type at compile time; this is a guard for callers outside it.
      if (!field) throw new QueryInputError(`${path}.${key}`, 'is not a field this list can be filtered by');
      parts.push(field(scope, value, `${path}.${key}`));
    }
  }
  return Cypher.and(...parts);
}

/** `eq` / `in` on one property. */
export function idField<Scope>(property: (scope: Scope) => Cypher.Property): FieldCompiler<Scope, IdCondition> {
  return (scope, c) => {
    const p = property(scope);
    return Cypher.and(c.eq != null ? Cypher.eq(p, new Cypher.Param(c.eq)) : undefined, c.in != null ? Cypher.in(p, new Cypher.Param(c.in)) : undefined);
  };
}

/** A boolean property equal to the value given. */
export function booleanField<Scope>(property: (scope: Scope) => Cypher.Property): FieldCompiler<Scope, boolean> {
  return (scope, value) => Cypher.eq(property(scope), new Cypher.Param(value));
}

/** An enum-valued property (e.g. `basis`) equal to the value given. */
export function enumField<Scope>(property: (scope: Scope) => Cypher.Property): FieldCompiler<Scope, string> {
  return (scope, value) => Cypher.eq(property(scope), new Cypher.Param(value));
}

/**
 * A text field: `eq` / `in` against any of the `exact` properties;
 * `contains` / `startsWith` against its folded form: a property the loader
 * stored NFKC-normalised and lower-cased (`nameKey`), or else the property
 * lower-cased at query time.
 */
export function textField<Scope extends { node: Cypher.Node }>(
  exact: string[],
  folded: { stored: string } | { lowered: string[] },
): FieldCompiler<Scope, TextCondition> {
  return ({ node }, c) => {
    const foldedForms = 'stored' in folded ? [node.property(folded.stored)] : folded.lowered.map((p) => Cypher.toLower(node.property(p)));
    const anyExact = (value: Cypher.Param, op: typeof Cypher.eq) => Cypher.or(...exact.map((p) => op(node.property(p), value)));
    const anyFolded = (text: string, op: typeof Cypher.contains) => {
      const value = new Cypher.Param(normalizeForSearch(text));
      return Cypher.or(...foldedForms.map((form) => op(form, value)));
    };
    return Cypher.and(
      c.eq != null ? anyExact(new Cypher.Param(c.eq), Cypher.eq) : undefined,
      c.in != null ? anyExact(new Cypher.Param(c.in), Cypher.in) : undefined,
      c.contains != null ? anyFolded(c.contains, Cypher.contains) : undefined,
      c.startsWith != null ? anyFolded(c.startsWith, Cypher.startsWith) : undefined,
    );
  };
}

/** The pattern from the owner to one related edge, with fresh variables each call, and the scope its filter sees. */
export type RelatedPattern<Owner, Scope> = (owner: Owner) => { pattern: Cypher.Pattern; scope: Scope };

/** "Some related edge (or node) matches `filter`": an EXISTS subquery, its WHERE the filter's predicate. */
export function existsRelated<Owner, F extends Connectives<F>, Scope>(
  related: RelatedPattern<Owner, Scope>,
  spec: FilterSpec<F, Scope>,
  owner: Owner,
  filter: F,
  path: string,
): Predicate {
  const { pattern, scope } = related(owner);
  const where = compileWhere(spec, scope, filter, path);
  const match = new Cypher.Match(pattern);
  return new Cypher.Exists(where ? match.where(where) : match);
}

/**
 * A relationship filter with `some` / `none` (see `Quantified`). `shortcut`
 * may answer a `some` filter from the owner's own properties (a derived
 * copy) where that is exactly equivalent and cheaper; undefined: no shortcut.
 */
export function quantifiedField<Owner, F extends Connectives<F>, Scope>(
  related: RelatedPattern<Owner, Scope>,
  spec: FilterSpec<F, Scope>,
  shortcut?: (owner: Owner, filter: F, path: string) => Predicate | undefined,
): FieldCompiler<Owner, Quantified<F>> {
  const some = (owner: Owner, filter: F, path: string) => shortcut?.(owner, filter, path) ?? existsRelated(related, spec, owner, filter, path);
  return (owner, value, path) => {
    const { some: someFilter, none: noneFilter, ...direct } = value;
    const directGiven = Object.values(direct).some((v) => v != null);
    return Cypher.and(
      directGiven ? some(owner, direct as F, path) : undefined,
      someFilter != null ? some(owner, someFilter, `${path}.some`) : undefined,
      noneFilter != null ? Cypher.not(some(owner, noneFilter, `${path}.none`)) : undefined,
    );
  };
}

/** An id condition on a node reached through a pattern: "some related node's property matches". */
export function relatedIdField<Owner>(related: RelatedPattern<Owner, { target: Cypher.Node }>, property = 'id'): FieldCompiler<Owner, IdCondition> {
  type ById = { id?: IdCondition | null } & Connectives<never>;
  const spec: FilterSpec<ById, { target: Cypher.Node }> = { id: idField(({ target }) => target.property(property)) };
  return (owner, c, path) =>
    c.eq == null && c.in == null ? undefined : existsRelated<Owner, ById, { target: Cypher.Node }>(related, spec, owner, { id: c }, path);
}
