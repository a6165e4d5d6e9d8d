/**
 * A plugin whose hooks keep nothing per request (what a request needs is in
 * its context): Apollo gets the same hooks object for every request, so no
 * object or closure is made per request to hold them.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphContext } from '../context.js';

export function sameHooksForEveryRequest(hooks: GraphQLRequestListener<GraphContext>): ApolloServerPlugin<GraphContext> {
  return { requestDidStart: async () => hooks };
}
