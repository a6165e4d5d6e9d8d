/**
 * Whole answers kept per graph version, with Apollo's response-cache plugin
 * (@apollo/server-plugin-response-cache) over a bounded store
 * (../response-store.ts). A query's answer is keyed by its text, operation
 * name and variables, plus:
 *
 * - the graph version (src/db/graph-version.ts), read before the query
 *   runs: every committed write advances it, so the first read after a
 *   write misses and sees the write. An answer computed while a write
 *   commits is stored under the version read before it, which no request
 *   asks for once the write has committed.
 * - the caller's scope: subject and roles. Field access depends on roles,
 *   and portfolio data is the customer's own: answers are never shared
 *   between callers, only between anonymous requests (all of them see the
 *   same public catalogue) and repeated requests of one caller.
 *
 * Mutations are never cached, nor any answer with an error (the plugin's
 * rules). No field carries a cache hint: the version decides freshness, so
 * every query gets one policy here (maxAge RESPONSE_CACHE_TTL_SECONDS) and
 * Apollo's per-field cache-control hooks stay off. The TTL only bounds how
 * long a change made around this service (Cypher typed into Neo4j Browser,
 * which advances no version) can go unseen.
 *
 * Each answer says `x-cache: hit|miss` and the `x-graph-version` it reflects.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { versionTag, type GraphVersion } from '../../db/graph-version.js';
import type { GraphContext } from '../context.js';
import type { ResponseStore } from '../response-store.js';

export interface ResponseCacheOptions {
  store: ResponseStore;
  ttlSeconds: number;
  /** The committed graph version (the engine's: no round trip counted against the request). */
  graphVersion: () => Promise<GraphVersion>;
}

export function responseCachePlugins({ store, ttlSeconds, graphVersion }: ResponseCacheOptions): ApolloServerPlugin<GraphContext>[] {
  const versionRead = new WeakMap<GraphContext, GraphVersion>();
  const policyAndHeaders: ApolloServerPlugin<GraphContext> = {
    async requestDidStart() {
      return {
        // Runs only when the answer was not in the cache.
        async executionDidStart({ operation, overallCachePolicy }) {
          if (operation.operation === 'query') overallCachePolicy.replace({ maxAge: ttlSeconds, scope: 'PUBLIC' });
        },
        async willSendResponse({ operation, metrics, response, contextValue }) {
          if (operation?.operation === 'query') {
            response.http.headers.set('x-cache', metrics.responseCacheHit ? 'hit' : 'miss');
            const version = versionRead.get(contextValue);
            if (version) response.http.headers.set('x-graph-version', String(version.counter));
          } else if (operation?.operation === 'mutation') {
            // The version this write (or a later one) made: a client can tell its next read is at least this.
            response.http.headers.set('x-graph-version', String((await graphVersion()).counter));
          }
        },
      };
    },
  };
  const cache = responseCachePlugin<GraphContext>({
    cache: store,
    async extraCacheKeyData({ contextValue }) {
      const version = await graphVersion();
      versionRead.set(contextValue, version);
      const { subject, roles } = contextValue.principal;
      return { graph: versionTag(version), subject: subject ?? null, roles: [...roles].sort() };
    },
  });
  return [policyAndHeaders, cache];
}
