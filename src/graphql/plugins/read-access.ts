/**
 * AUTH_READS=required: every operation needs a token with at least the
 * reader role, checked once per operation before any resolver runs
 * (mutations are checked again, field by field, by `@Authorized`).
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import { hasRole } from '../../auth/principal.js';
import type { GraphContext } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

const hooks: GraphQLRequestListener<GraphContext> = {
  async didResolveOperation({ contextValue }) {
    const { principal } = contextValue;
    if (principal.subject === undefined) throw unauthenticated('Not authenticated: reads on this server need a bearer token (AUTH_READS=required)');
    if (!hasRole(principal, 'reader')) throw forbidden('Forbidden: reads need the reader role');
  },
};

export function readAccessPlugin(): ApolloServerPlugin<GraphContext> {
  return sameHooksForEveryRequest(hooks);
}
