/**
 * Where the response cache keeps its answers: an LRU bounded in bytes
 * (RESPONSE_CACHE_MAX_BYTES), counting its hits, misses and evictions for
 * `/metrics`. An answer is kept as the bytes sent, so a hit costs no parse
 * and no serialisation (src/server/kept-answers.ts sends it; the plugin
 * plugins/response-cache.ts decides what may be kept). Entries of an old
 * graph version are never asked for again and age out as the least
 * recently used. What it keeps is decided by its admission
 * (./cache-admission.ts).
 */
import { LRUCache } from 'lru-cache';
import type { GraphVersion } from '../db/graph-version.js';
import { versionTag } from '../db/graph-version.js';
import type { Principal } from '../auth/principal.js';
import { SecondRequestAdmission } from './cache-admission.js';

/** A query's answer as kept: its `data`, serialised and encoded once. */
export interface KeptAnswer {
  /** `{"data":…` in UTF-8, without its closing brace: a hit closes it, with its own extensions where they are shown. */
  readonly opening: Buffer;
  /** The content type the answer was first sent with (it follows the request's `accept`, which is part of the key). */
  readonly contentType: string;
  readonly operationName: string | null;
}

/** What the plugin noted to keep (plugins/response-cache.ts): `{"data":…}` and the operation's name. */
export interface AnswerToKeep {
  data: string;
  operationName: string | null;
}

export function keptAnswerOf({ data, operationName }: AnswerToKeep, contentType: string): KeptAnswer {
  // `data` is `{"data":…}` as JSON.stringify wrote it: its last character is the closing brace.
  return { opening: Buffer.from(data.slice(0, -1), 'utf8'), contentType, operationName };
}

/**
 * What keys an answer: the graph version it reflects, who asks (field access and portfolios depend on it), and the
 * request itself. Not the graph sizes the query limits estimate with (read again just after writes): the limits
 * guard the computing of an answer, and a kept one costs none, so an answer kept under the sizes before is served.
 */
export interface AnswerRequest {
  version: GraphVersion;
  principal: Principal;
  /** The request's `accept` header: it decides the answer's content type. */
  accept: string | undefined;
  /** The request body as received: the query's text, operation name and variables. */
  body: string;
}

export function answerKey({ version, principal, accept, body }: AnswerRequest): string {
  return JSON.stringify([versionTag(version), principal.subject ?? null, [...principal.roles].sort(), accept ?? null, body]);
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  /** Entries dropped to stay within `maxBytes`. */
  evictions: number;
  /** Answers not kept because their question was asked for the first time (cache-admission.ts). */
  notKeptFirstAskings: number;
  entries: number;
  /** Estimated memory held by the entries (keys and encoded answers). */
  bytes: number;
  maxBytes: number;
}

/** Per entry beyond its key and bytes: the LRU's bookkeeping and the entry object, roughly. */
const entryOverheadBytes = 200;
/** First askings remembered per byte of budget: one per KiB (64 Ki for the default 64 MiB), at a few bytes each. */
const firstAskingsPerByte = 1 / 1024;

export class ResponseStore {
  private readonly entries: LRUCache<string, KeptAnswer>;
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private readonly admission: SecondRequestAdmission;

  constructor(
    readonly maxBytes: number,
    /** How long an answer may be served at most, even when no write advanced the graph version. */
    ttlSeconds: number,
  ) {
    this.admission = new SecondRequestAdmission(Math.max(1024, Math.floor(maxBytes * firstAskingsPerByte)));
    this.entries = new LRUCache<string, KeptAnswer>({
      maxSize: maxBytes,
      ttl: ttlSeconds * 1000,
      // A key is a JavaScript string: up to two bytes a character (Japanese text is), so counting two keeps the bound a bound.
      sizeCalculation: (answer, key) => answer.opening.length + answer.contentType.length + 2 * key.length + entryOverheadBytes,
      dispose: (_answer, _key, reason) => {
        if (reason === 'evict') this.evictions += 1;
      },
    });
  }

  /** The answer kept for `key`, counted as a hit or a miss. */
  lookUp(key: string): KeptAnswer | undefined {
    const answer = this.entries.get(key);
    if (answer === undefined) this.misses += 1;
    else this.hits += 1;
    return answer;
  }

  /** Whether the answer for `key`, just computed, should be kept. */
  admit(key: string): boolean {
    return this.admission.admit(key);
  }

  /** Keeps `answer` (an answer larger than the whole budget is not kept: the LRU refuses it). */
  keep(key: string, answer: KeptAnswer): void {
    this.entries.set(key, answer);
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
