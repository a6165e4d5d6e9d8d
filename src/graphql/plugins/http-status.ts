/**
 * The HTTP status of an operation that failed as a whole because of the
 * client (no data, every error a client's: see error-codes.ts): 400 for bad
 * input, limits, parse and validation errors, 404/408/413/429 where they fit.
 * Monitoring then counts client mistakes as 4xx, not server failures. A
 * response with data keeps 200: GraphQL reports field errors next to it.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import type { GraphQLFormattedError } from 'graphql';
import { clientErrorStatus } from '../error-codes.js';
import type { GraphContext } from '../context.js';

/** The status for these errors, or undefined when one of them is not a client error with a status. */
export function statusForErrors(errors: readonly GraphQLFormattedError[]): number | undefined {
  const statuses = errors.map((e) => {
    const code = e.extensions?.code;
    return typeof code === 'string' ? clientErrorStatus[code] : undefined;
  });
  return statuses.every((s) => s !== undefined) ? statuses[0] : undefined;
}

const hooks: GraphQLRequestListener<GraphContext> = {
  async willSendResponse({ response }) {
    if (response.body.kind !== 'single') return;
    const { data, errors } = response.body.singleResult;
    if (data != null || !errors?.length) return;
    const status = statusForErrors(errors);
    if (status !== undefined) response.http.status = status;
  },
};

export function httpStatusPlugin(): ApolloServerPlugin<GraphContext> {
  return sameHooksForEveryRequest(hooks);
}
