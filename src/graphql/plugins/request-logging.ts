/**
 * One log line per operation (name, duration, database round trips), the
 * request id on every error a client sees, and unexpected errors logged in
 * full with that id, so a masked error in production can be found.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import { GraphQLError } from 'graphql';
import type { GraphContext } from '../context.js';

/** What the plugin logs through: the server's logger (src/server/logger.ts) has these, and graphql/ stays below server/. */
export interface RequestLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function requestLoggingPlugin(logger: RequestLogger, exposeStats: boolean): ApolloServerPlugin<GraphContext> {
  const hooks: GraphQLRequestListener<GraphContext> = {
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        const original = error.originalError;
        // Errors we raise on purpose (bad input, limits) are the client's; anything else is a bug to look at.
        if (original && !(original instanceof GraphQLError)) {
          logger.error('resolver failed', { requestId: contextValue.requestId, path: error.path, error: original.message, stack: original.stack });
        }
      }
    },
    async willSendResponse({ response, operationName, contextValue }) {
      const durationMs = Math.round((performance.now() - contextValue.startedAt) * 10) / 10;
      const { roundTrips, databaseMs } = contextValue.stats;
      logger.info('graphql', { requestId: contextValue.requestId, operationName, durationMs, roundTrips, databaseMs: Math.round(databaseMs * 10) / 10 });
      response.http.headers.set('x-request-id', contextValue.requestId);
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      result.errors = result.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
      if (exposeStats) {
        result.extensions = { ...result.extensions, queryStats: { roundTrips, databaseMs: Math.round(databaseMs * 100) / 100, durationMs } };
      }
    },
  };
  return sameHooksForEveryRequest(hooks);
}
