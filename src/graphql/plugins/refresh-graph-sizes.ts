/**
 * After a mutation that wrote something, the graph sizes the cost estimate
 * reads (field-costs.ts) are read again, so lists that grew are estimated
 * at their new size. The read runs after the answer is sent (at most one a
 * second: LiveGraphSizes); the next requests use the old sizes until it ends.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import type { LiveGraphSizes } from '../field-costs.js';
import type { GraphContext } from '../context.js';

export function refreshGraphSizesPlugin(sizes: LiveGraphSizes): ApolloServerPlugin<GraphContext> {
  const hooks: GraphQLRequestListener<GraphContext> = {
    async willSendResponse({ operation, response }) {
      if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
      // A mutation refused as a whole wrote nothing; one with data may have written some of its fields.
      if (response.body.singleResult.data == null) return;
      sizes.refresh();
    },
  };
  return sameHooksForEveryRequest(hooks);
}
