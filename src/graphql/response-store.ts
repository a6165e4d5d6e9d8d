/**
 * Where the response cache (plugins/response-cache.ts) keeps its answers:
 * an LRU bounded in bytes (RESPONSE_CACHE_MAX_BYTES), counting its hits,
 * misses and evictions for `/metrics`. Entries of an old graph version are
 * never asked for again and age out as the least recently used. What it
 * keeps is decided by its admission (../cache-admission.ts).
 */
import { LRUCache } from 'lru-cache';
import type { ApolloServerPluginResponseCacheOptions } from '@apollo/server-plugin-response-cache';
import type { GraphContext } from './context.js';
import { SecondRequestAdmission } from './cache-admission.js';

type KeyValueCache = NonNullable<ApolloServerPluginResponseCacheOptions<GraphContext>['cache']>;

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  /** Entries dropped to stay within `maxBytes`. */
  evictions: number;
  /** Answers not kept because their question was asked for the first time (cache-admission.ts). */
  notKeptFirstAskings: number;
  entries: number;
  /** Estimated memory held by the entries (keys and serialised answers). */
  bytes: number;
  maxBytes: number;
}

/** Per entry beyond its strings: the LRU's own bookkeeping, roughly. */
const entryOverheadBytes = 100;
/** First askings remembered per byte of budget: one per KiB (64 Ki for the default 64 MiB), at a few bytes each. */
const firstAskingsPerByte = 1 / 1024;

export class ResponseStore implements KeyValueCache {
  private readonly entries: LRUCache<string, string>;
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private readonly admission: SecondRequestAdmission;

  constructor(readonly maxBytes: number) {
    this.admission = new SecondRequestAdmission(Math.max(1024, Math.floor(maxBytes * firstAskingsPerByte)));
    this.entries = new LRUCache<string, string>({
      maxSize: maxBytes,
      // A JavaScript string takes up to two bytes a character (Japanese text does); counting two keeps the bound a bound.
      sizeCalculation: (value, key) => 2 * (value.length + key.length) + entryOverheadBytes,
      dispose: (_value, _key, reason) => {
        if (reason === 'evict') this.evictions += 1;
      },
    });
  }

  async get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) this.misses += 1;
    else this.hits += 1;
    return value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    // An answer larger than the whole budget is not kept (the LRU refuses it).
    this.entries.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
  }

  /** Whether the answer for `key`, just computed, should be kept. */
  admit(key: string): boolean {
    return this.admission.admit(key);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  stats(): ResponseCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      notKeptFirstAskings: this.admission.firstAskings,
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      maxBytes: this.maxBytes,
    };
  }
}
