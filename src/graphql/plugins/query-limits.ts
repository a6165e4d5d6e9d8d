/**
 * Rejects an operation that is too deep or too costly before any resolver
 * runs, with an error that names the limit, its maximum and the value the
 * operation reached. Introspection fields (`__schema`, `__type`) are not
 * counted, so Sandbox keeps working under any limit.
 *
 * Cost is an upper bound on the items the operation resolves: every field
 * costs 1, plus the work its arguments ask for (field-costs.ts), plus its
 * selection times the items it can return: a page's `first` (its default
 * page size when absent, never more than the nodes there are), a list's
 * measured size. Each fragment is costed once however often it is spread,
 * and the walk stops as soon as the cost passes the maximum: a small
 * document cannot make the check itself expensive.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type { GraphContext } from '../context.js';
import { defaultPageSize } from '../pagination.js';
import { argumentCosts, listSizes, pageNodeLabel, type ArgumentLimits, type GraphSizes, type ListSize } from '../field-costs.js';

export interface QueryLimits extends ArgumentLimits {
  maxDepth: number;
  maxComplexity: number;
  maxPageSize: number;
}

function limitError(limit: 'depth' | 'complexity', max: number, actual: number): GraphQLError {
  const what = limit === 'depth' ? `${actual}` : `an estimated cost of at least ${actual}`;
  return new GraphQLError(`Query ${limit} limit exceeded: ${what} is over the maximum of ${max}. Ask for fewer nested fields or smaller pages.`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max, actual },
  });
}

interface Measure {
  depth: number;
  cost: number;
}

function listSizeOf(size: ListSize, args: Record<string, unknown>, sizes: GraphSizes): number {
  if ('walks' in size) return sizes.degree(size.walks, size.from);
  if ('hops' in size) return size.hops.reduce((product, hop) => product * sizes.degree(hop.walks, hop.from), 1);
  if ('metricValues' in size) return sizes.metricValues(size.metricValues);
  if ('atMost' in size) return size.atMost;
  if ('changes' in size) return sizes.changesPerTarget();
  if ('written' in size) return 1;
  const given = size.argument ? args[size.argument] : undefined;
  return Array.isArray(given) ? given.length : sizes.nodes(size.nodes);
}

/** Items in the list values of the arguments, nested ones included: an `in` filter's ids, a list of services. */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + 1 + listItems(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + listItems(v), 0);
  return 0;
}

function argumentValues(nodes: readonly ArgumentNode[] | undefined, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((nodes ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
}

export function measureOperation(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: QueryLimits,
  sizes: GraphSizes,
): Measure {
  const fragmentMeasures = new Map<string, Measure>();
  const checked = (cost: number) => {
    // Every multiplier is at least 1, so a part over the maximum puts the whole over it.
    if (cost > limits.maxComplexity) throw limitError('complexity', limits.maxComplexity, cost);
    return cost;
  };

  /** How many items the field returns, for each of which its selection is resolved. */
  const itemsOf = (field: GraphQLField<unknown, unknown>, parentName: string, args: Record<string, unknown>): number => {
    const named = getNamedType(field.type);
    if (field.args.some((a) => a.name === 'first')) {
      const declared = field.args.find((a) => a.name === 'first')!.defaultValue;
      const first = Number(args.first ?? declared ?? defaultPageSize);
      // Out-of-range pages are refused by the resolver before any read; costing them at the maximum lets that clearer error through.
      const page = Number.isFinite(first) ? Math.min(Math.max(first, 0), limits.maxPageSize) : limits.maxPageSize;
      const label = pageNodeLabel(named.name);
      return label ? Math.min(page, sizes.nodes(label)) : page;
    }
    if (!isListType(getNullableType(field.type))) return 1;
    const size = listSizes[`${parentName}.${field.name}`];
    return size ? listSizeOf(size, args, sizes) : limits.maxPageSize;
  };

  const fieldMeasure = (selection: FieldNode, parent: GraphQLCompositeType): Measure => {
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
    if (!field) return { depth: 1, cost: 1 };
    const args = argumentValues(selection.arguments, variables);
    const argumentCost = listItems(args) + (argumentCosts[`${parent.name}.${field.name}`]?.(args, limits) ?? 0);
    const named = getNamedType(field.type);
    const child = selection.selectionSet && isCompositeType(named) ? walk(selection.selectionSet, named) : { depth: 0, cost: 0 };
    // A connection's `edges` are sized by the connection's `first`, counted on the connection field.
    const items = selection.name.value === 'edges' && parent.name.endsWith('Connection') ? 1 : itemsOf(field, parent.name, args);
    return { depth: 1 + child.depth, cost: checked(1 + argumentCost + Math.max(items, 1) * child.cost) };
  };

  const fragmentMeasure = (name: string, parent: GraphQLCompositeType): Measure => {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const fragment = fragments[name];
    if (!fragment) return { depth: 0, cost: 0 };
    // Validation refuses fragment cycles before this runs; the placeholder keeps a cycle from looping anyway.
    fragmentMeasures.set(name, { depth: 0, cost: 0 });
    const on = schema.getType(fragment.typeCondition.name.value);
    const measure = walk(fragment.selectionSet, on && isCompositeType(on) ? on : parent);
    fragmentMeasures.set(name, measure);
    return measure;
  };

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        part = fieldMeasure(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        part = walk(selection.selectionSet, on && isCompositeType(on) ? on : parent);
      } else {
        part = fragmentMeasure(selection.name.value, parent);
      }
      depth = Math.max(depth, part.depth);
      cost = checked(cost + part.cost);
    }
    return { depth, cost };
  };
  return walk(selectionSet, rootType);
}

export function queryLimitsPlugin(limits: QueryLimits, sizes: GraphSizes): ApolloServerPlugin<GraphContext> {
  const hooks: GraphQLRequestListener<GraphContext> = {
    async didResolveOperation({ document, operation, schema, request }) {
      if (!operation) return;
      const root =
        operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) return;
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      const { depth } = measureOperation(schema, operation.selectionSet, root, fragments, request.variables ?? {}, limits, sizes);
      if (depth > limits.maxDepth) throw limitError('depth', limits.maxDepth, depth);
    },
  };
  return sameHooksForEveryRequest(hooks);
}
