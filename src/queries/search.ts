/**
 * The search query: `search(text, first, kinds)`. Both engines run it the
 * same way, so they rank alike:
 *
 * 1. the query is normalised and cut into terms (src/search/search-text.ts);
 * 2. the engine's text indexes name candidate vendors and services from the
 *    grams of those terms (`FindSearchCandidates`, from the engine profile:
 *    BM25 indexes on the embedded engine, FULLTEXT indexes on Neo4j);
 * 3. one statement scores the candidates, the disclosures of the candidate
 *    services, and every control and region exactly (holds the whole phrase
 *    → exact; otherwise the number of terms held, at least `minimumTermShare`
 *    of them) and orders the hits.
 *
 * A query whose hits might hold only single-character terms ("網",
 * "7 世代") has no grams to look up, and the portable full scan scores
 * every node instead (also when an engine cannot take a request).
 *
 * Every text the scan matches holds the grams of the terms it matches, so
 * the indexes miss none of them: the candidate limit is the only difference
 * from the scan. A hit in a vendor or service outside the top
 * `candidateLimit` by the index's score (or in a disclosure of such a
 * service) is not returned, even when it would score as high as the hits
 * returned. Where at most `candidateLimit` vendors and services match (the
 * real seed has 9 services), both paths give the same answers. On the large
 * benchmark graph common queries match far more: データ削除 is in 14,297
 * disclosures, which all score 1 and come in id order on the scan; the
 * candidate path shows 20 of them too, mostly others (measured: the same
 * top-20 scores rank for rank for 14 common queries, the same ids 0–8 times
 * in 20).
 */
import { z } from 'zod';
import {
  candidateGrams,
  candidateLimit,
  minimumHits,
  searchKinds,
  type FindSearchCandidates,
  type SearchCandidates,
  type SearchKindName,
} from '../search/search-plan.js';
import { normalizeForSearch, searchTerms, snippetAround } from '../search/search-text.js';
import { readRows, statement, type GraphReader } from './statement.js';

interface ScoringParams {
  terms: readonly string[];
  phrase: string;
  minHits: number;
  limit: number;
  kinds: readonly SearchKindName[] | null;
}
const scan = statement<ScoringParams>('read/questions/search');
const scoreCandidates = statement<ScoringParams & SearchCandidates>('read/questions/search-candidates');

/** A row of either statement (both project the same columns). */
const searchRow = z.object({
  kind: z.enum(searchKinds),
  id: z.string(),
  serviceId: z.string().nullable(),
  controlId: z.string().nullable(),
  text: z.string(),
  hits: z.number().int().nonnegative(),
  exact: z.boolean(),
});
export type SearchRow = z.infer<typeof searchRow>;

export interface SearchRequest {
  text: string;
  /** Most hits returned. */
  first: number;
  /** Only hits of these kinds; all when absent or empty. */
  kinds?: readonly SearchKindName[] | undefined;
  /**
   * Only about these services (a portfolio's) and their vendors: they are the
   * candidates, every one scored exactly, with no index look-up; controls and
   * regions, which belong to no portfolio, are left out.
   */
  scope?: { serviceIds: readonly string[]; vendorIds: readonly string[] } | null | undefined;
}

/** The kinds a portfolio-scoped search can find: its services, their vendors and their disclosures. */
const scopedKinds: readonly SearchKindName[] = ['VENDOR', 'SERVICE', 'DISCLOSURE'];

export interface SearchHitRecord {
  kind: SearchKindName;
  id: string;
  /** 1 for the whole phrase; otherwise 0.9 × the share of the query's terms the text holds. */
  score: number;
  snippet: string;
  /** The service: the hit itself (SERVICE) or the disclosing one (DISCLOSURE). */
  serviceId: string | null;
  /** The control: the hit itself (CONTROL) or the one disclosed (DISCLOSURE). */
  controlId: string | null;
}

/** The scored rows for the request's `terms` (`searchTerms(text)`, not empty). */
async function scoredRows(db: GraphReader, findCandidates: FindSearchCandidates, request: SearchRequest, terms: readonly string[]): Promise<SearchRow[]> {
  const kinds = request.kinds?.length ? request.kinds : null;
  const params: ScoringParams = { terms, phrase: normalizeForSearch(request.text), minHits: minimumHits(terms.length), limit: request.first, kinds };
  if (request.scope) {
    const { serviceIds, vendorIds } = request.scope;
    const scoped = { ...params, kinds: scopedKinds.filter((k) => !kinds || kinds.includes(k)) };
    if (scoped.kinds.length === 0) return [];
    return readRows(
      db,
      scoreCandidates,
      { ...scoped, vendorIds: [...vendorIds], serviceIds: [...serviceIds], disclosingServiceIds: [...serviceIds] },
      searchRow,
    );
  }
  const grams = candidateGrams(terms, params.minHits);
  const candidates = grams && (await findCandidates({ grams, limit: Math.max(candidateLimit, request.first), kinds }));
  return candidates ? readRows(db, scoreCandidates, { ...params, ...candidates }, searchRow) : readRows(db, scan, params, searchRow);
}

/**
 * The scored rows for `text`, best first, at most `first`; none when the
 * text has no term. The tests compare the candidate path with the scan on
 * these rows.
 */
export function searchRows(db: GraphReader, findCandidates: FindSearchCandidates, request: SearchRequest): Promise<SearchRow[]> {
  const terms = searchTerms(request.text);
  return terms.length === 0 ? Promise.resolve([]) : scoredRows(db, findCandidates, request, terms);
}

/** Hits for `text`, best first, at most `first`, with their score and a snippet around the match; none when the text has no term. */
export async function search(db: GraphReader, findCandidates: FindSearchCandidates, request: SearchRequest): Promise<SearchHitRecord[]> {
  const terms = searchTerms(request.text);
  if (terms.length === 0) return [];
  const rows = await scoredRows(db, findCandidates, request, terms);
  return rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    score: row.exact ? 1 : Math.round((0.9 * row.hits * 1000) / terms.length) / 1000,
    snippet: snippetAround(row.text, request.text, terms),
    serviceId: row.serviceId,
    controlId: row.controlId,
  }));
}
