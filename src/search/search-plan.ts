/**
 * How a search is planned, whatever the engine: which share of the query's
 * terms a hit must hold, what an engine's text index is asked (the grams of
 * the terms), and what it answers (candidate ids per kind). Each engine
 * profile (src/engines/) answers candidate requests its own way; the exact
 * scoring is one statement for both (src/queries/search.ts).
 */
import { termGrams } from './search-text.js';

/** The kinds of hit, as the statements and the API name them. */
export const searchKinds = ['VENDOR', 'SERVICE', 'CONTROL', 'REGION', 'DISCLOSURE'] as const;
export type SearchKindName = (typeof searchKinds)[number];

/** A hit must hold at least this share of the query's terms, so a long query does not match on one common bigram. */
export const minimumTermShare = 0.5;
export const minimumHits = (termCount: number) => Math.max(1, Math.ceil(termCount * minimumTermShare));

/**
 * Fewest candidates asked of each text index (more when a page asks for more
 * rows). Measured on the large benchmark graph (embedded engine), 14 common
 * queries, median per query with 100 / 200 / 500 / 1,000 candidates: 6–31 /
 * 10–49 / 19–63 / 33–92 ms (the scan: 0.8–2.6 s); at every one of these the
 * top 20 had the scan's scores rank for rank. 200 keeps a query under 50 ms
 * and leaves room for a page of 100 hits of one kind.
 */
export const candidateLimit = 200;

/**
 * The grams to ask a text index for: those of the query's terms, distinct;
 * or undefined when a hit might hold only terms that have none (single
 * characters), which no gram index can find: that query takes the scan.
 * A hit holds at least `minHits` terms, so while fewer terms than that lack
 * grams ("バックアップ 7 世代"), every hit holds one the index finds.
 */
export function candidateGrams(terms: readonly string[], minHits: number): string[] | undefined {
  const grams = terms.map(termGrams);
  if (grams.filter((g) => g.length === 0).length >= minHits) return undefined;
  return [...new Set(grams.flat())];
}

/** What a search asks an engine's text indexes. */
export interface CandidateRequest {
  /** Distinct grams (`candidateGrams`), at least one. */
  grams: readonly string[];
  /** Most ids per list. */
  limit: number;
  /** Only the lists these kinds need; null for all. */
  kinds: readonly SearchKindName[] | null;
}

/**
 * The nodes worth scoring, best match first: vendors and services by the
 * grams of their own text, services by the grams of their disclosures'. A
 * list whose kind was not asked for is empty.
 */
export interface SearchCandidates {
  vendorIds: string[];
  serviceIds: string[];
  disclosingServiceIds: string[];
}

/** An engine's candidate look-up; undefined when it cannot answer this request (the search then scans). */
export type FindSearchCandidates = (request: CandidateRequest) => Promise<SearchCandidates | undefined>;

/** No text index: every search scans (tests compare the two paths with this). */
export const scanOnly: FindSearchCandidates = async () => undefined;
