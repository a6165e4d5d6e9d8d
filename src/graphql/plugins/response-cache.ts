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
 * An answer is kept only when its question is asked a second time
 * (../cache-admission.ts): one-off questions cost no serialisation and
 * evict nothing. The key uses the query's hash Apollo already computed,
 * not a second hash of the whole text.
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
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { versionTag, type GraphVersion } from '../../db/graph-version.js';
import type { GraphContext } from '../context.js';
import type { ResponseStore } from '../response-store.js';

/** What the plugin keys an answer by (its `cacheKeyData`): the query's text, name and variables, our extra data, and its session mode. */
interface CacheKeyData {
  source?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  extra?: unknown;
  sessionMode?: number;
}

export interface ResponseCacheOptions {
  store: ResponseStore;
  ttlSeconds: number;
  /** The committed graph version (the engine's: no round trip counted against the request). */
  graphVersion: () => Promise<GraphVersion>;
}

export function responseCachePlugins({ store, ttlSeconds, graphVersion }: ResponseCacheOptions): ApolloServerPlugin<GraphContext>[] {
  const policyAndHeaderHooks: GraphQLRequestListener<GraphContext> = {
    // Runs only when the answer was not in the cache.
    async executionDidStart({ operation, overallCachePolicy }) {
      if (operation.operation === 'query') overallCachePolicy.replace({ maxAge: ttlSeconds, scope: 'PUBLIC' });
    },
    async willSendResponse({ operation, metrics, response, contextValue }) {
      if (operation?.operation === 'query') {
        response.http.headers.set('x-cache', metrics.responseCacheHit ? 'hit' : 'miss');
        const version = contextValue.responseCache.versionRead;
        if (version) response.http.headers.set('x-graph-version', String(version.counter));
      } else if (operation?.operation === 'mutation') {
        // The version this write (or a later one) made: a client can tell its next read is at least this.
        response.http.headers.set('x-graph-version', String((await graphVersion()).counter));
      }
    },
  };
  const policyAndHeaders: ApolloServerPlugin<GraphContext> = { requestDidStart: async () => policyAndHeaderHooks };
  const cache = responseCachePlugin<GraphContext>({
    cache: store,
    async extraCacheKeyData({ contextValue }) {
      const version = await graphVersion();
      contextValue.responseCache.versionRead = version;
      const { subject, roles } = contextValue.principal;
      return { graph: versionTag(version), subject: subject ?? null, roles: [...roles].sort() };
    },
    // Apollo's query hash (a SHA-256 of the text) stands for the text, so nothing is hashed twice; the variables stay
    // as they are (bounded by MAX_BODY_BYTES, and a key's length counts against the store's budget).
    generateCacheKey(requestContext, keyData) {
      const { source, operationName, variables, extra, sessionMode } = keyData as CacheKeyData;
      const key = JSON.stringify([requestContext.queryHash ?? source, operationName ?? null, variables ?? {}, extra ?? null, sessionMode ?? null]);
      (requestContext.contextValue as GraphContext).responseCache.keyAsked = key;
      return key;
    },
    async shouldWriteToCache({ contextValue }) {
      const key = contextValue.responseCache.keyAsked;
      return key !== undefined && store.admit(key);
    },
  });
  return [policyAndHeaders, cache];
}
