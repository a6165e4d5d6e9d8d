/**
 * Rejects an operation that is too deep or too costly before any resolver
 * runs, with an error that names the limit, its maximum and the value the
 * operation reached. Introspection fields (`__schema`, `__type`) are not
 * counted, so Sandbox keeps working under any limit.
 *
 * Cost: every field costs 1; a field's selection is multiplied by its
 * `first` argument, or, for a list without one, by an estimated list size.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type { GraphContext } from '../context.js';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Assumed size of a list field that has no `first` argument. */
export const estimatedListSize = 5;

function limitError(limit: 'depth' | 'complexity', max: number, actual: number): GraphQLError {
  return new GraphQLError(`Query ${limit} limit exceeded: ${actual} is over the maximum of ${max}. Ask for fewer nested fields or smaller pages.`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max, actual },
  });
}

interface Measure {
  depth: number;
  cost: number;
}

export function measureOperation(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Measure {
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const type = field ? getNullableType(field.type) : undefined;
        const named = type ? getNamedType(type) : undefined;
        const firstArg = selection.arguments?.find((a) => a.name.value === 'first');
        const first = firstArg ? Number(valueFromASTUntyped(firstArg.value, variables)) : undefined;
        // A connection's `edges` list is already sized by its parent's `first`.
        const multiplier = Number.isFinite(first) ? Math.max(first!, 1) : type && isListType(type) && selection.name.value !== 'edges' ? estimatedListSize : 1;
        const child = selection.selectionSet && named && isCompositeType(named) ? walk(selection.selectionSet, named, seen) : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + child.depth);
        cost += 1 + multiplier * child.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = walk(selection.selectionSet, on && isCompositeType(on) ? on : parent, seen);
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        const child = walk(fragment.selectionSet, on && isCompositeType(on) ? on : parent, new Set([...seen, name]));
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      }
    }
    return { depth, cost };
  };
  return walk(selectionSet, rootType, new Set());
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const root =
            operation.operation === 'query'
              ? schema.getQueryType()
              : operation.operation === 'mutation'
                ? schema.getMutationType()
                : schema.getSubscriptionType();
          if (!root) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const { depth, cost } = measureOperation(schema, operation.selectionSet, root, fragments, request.variables ?? {});
          if (depth > limits.maxDepth) throw limitError('depth', limits.maxDepth, depth);
          if (cost > limits.maxComplexity) throw limitError('complexity', limits.maxComplexity, cost);
        },
      };
    },
  };
}
