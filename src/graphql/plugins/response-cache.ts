/**
 * The GraphQL side of the response cache: which answers may be kept, and
 * the headers a computed query answer carries. The lookup itself happens in
 * the HTTP front (src/server/kept-answers.ts), before GraphQL runs: a kept
 * answer is sent as stored bytes, with no parse, validation, execution or
 * serialisation. So a query that reaches this plugin was not in the cache.
 *
 * The front has already read the graph version (src/db/graph-version.ts)
 * and keyed the request (../response-store.ts: version, caller's scope,
 * `accept`, body) into the request's `responseCache` notes. Here, once the
 * answer is computed, it is marked for keeping when:
 *
 * - the operation is a query (mutations never are);
 * - it ended without any error, with `data`, as a complete (not
 *   incremental) answer;
 * - its question was asked before (../cache-admission.ts): one-off
 *   questions cost no serialisation and evict nothing.
 *
 * The access checks ran before (the read-access plugin and the auth
 * checker), and the caller's subject and roles are part of the key, so an
 * answer is only ever served to a caller who was given it.
 *
 * Each query answer says `x-cache: miss` and the `x-graph-version` it
 * reflects; a mutation's answer says the version its write made.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { sameHooksForEveryRequest } from './every-request.js';
import type { GraphVersion } from '../../db/graph-version.js';
import type { GraphContext } from '../context.js';
import type { ResponseStore } from '../response-store.js';

export interface ResponseCacheOptions {
  store: ResponseStore;
  /** The committed graph version (the engine's: no round trip counted against the request). */
  graphVersion: () => Promise<GraphVersion>;
}

export function responseCachePlugin({ store, graphVersion }: ResponseCacheOptions): ApolloServerPlugin<GraphContext> {
  const hooks: GraphQLRequestListener<GraphContext> = {
    async willSendResponse({ operation, operationName, response, contextValue }) {
      if (operation?.operation === 'mutation') {
        // The version this write (or a later one) made: a client can tell its next read is at least this.
        response.http.headers.set('x-graph-version', String((await graphVersion()).counter));
        return;
      }
      if (operation?.operation !== 'query') return;
      const notes = contextValue.responseCache;
      response.http.headers.set('x-cache', 'miss');
      if (notes.versionRead) response.http.headers.set('x-graph-version', String(notes.versionRead.counter));
      if (notes.key === undefined || response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return;
      const { data, errors } = response.body.singleResult;
      if (errors?.length || !data || !store.admit(notes.key)) return;
      notes.answer = { data: JSON.stringify({ data }), operationName: operationName ?? null };
    },
  };
  return sameHooksForEveryRequest(hooks);
}
