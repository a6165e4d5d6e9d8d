/**
 * Runs a search: the statements behind `search(text, first, kinds)`. The
 * resolver and the benchmark's direct plan both call this, so they run the
 * same statements.
 *
 * Two paths, one scoring. Both score a node or disclosure the same way
 * (holds the whole phrase → exact; otherwise the number of query terms it
 * holds, at least `minimumTermShare` of them) and order hits the same way.
 *
 * - Full scan (`read/questions/search`, portable; what Neo4j runs): every
 *   vendor, service, control, region and disclosure is tested.
 * - Candidates (`read/questions/search-candidates`; an engine with text
 *   indexes, i.e. the embedded one): three BM25 indexes over grams (see
 *   `searchGrams`: pairs of adjacent characters) name the `candidateLimit`
 *   vendors, services, and services by the text of their disclosures that
 *   share the most (and rarest) grams with the query; only those, and the
 *   disclosures of those services, are scored. Controls (121) and regions
 *   (30) are scanned.
 *
 * Every text the scan matches holds the grams of the terms it matches, so
 * the indexes miss none of them: the candidate limit is the only difference.
 * What it means: a hit in a vendor or service outside the top
 * `candidateLimit` by BM25 (or in a disclosure of such a service) is not
 * returned, even when it would score as high as the hits returned. Where at
 * most `candidateLimit` vendors and services match (the real seed has 9
 * services), both paths give the same answers. On the large benchmark graph
 * common queries match far more: データ削除 is in 14,297 disclosures, which
 * all score 1 and come in id order on the scan; the candidate path shows 20
 * of them too, mostly others (measured: the same top-20 scores rank for rank
 * for 14 common queries, the same ids 0–8 times in 20).
 *
 * A query whose hits might hold only single-character terms ("網", "7 世代")
 * takes the full scan: a single character has no gram to look up.
 */
import { cypher } from '../db/cypher-statement.js';
import { textIndexes } from '../db/ensure-schema.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { normalizeForSearch, termGrams } from './search-text.js';

/** A hit must hold at least this share of the query's terms, so a long query does not match on one common bigram. */
export const minimumTermShare = 0.5;
export const minimumHits = (termCount: number) => Math.max(1, Math.ceil(termCount * minimumTermShare));

/**
 * Fewest candidates asked of each text index (more when a page asks for more
 * rows). Measured on the large benchmark graph, 14 common queries, median
 * per query with 100 / 200 / 500 / 1,000 candidates: 6–31 / 10–49 / 19–63 /
 * 33–92 ms (the scan: 0.8–2.6 s); at every one of these the top 20 had the
 * scan's scores rank for rank. 200 keeps a query under 50 ms and leaves
 * room for a page of 100 hits of one kind.
 */
export const candidateLimit = 200;

/**
 * What to ask the text indexes for: the grams of the query's terms; or
 * undefined when a hit might hold only terms that have none (single
 * characters), which the indexes cannot find: that query takes the scan.
 * A hit holds at least `minHits` terms, so while fewer terms than that lack
 * grams ("バックアップ 7 世代"), every hit holds one the indexes find.
 */
export function candidateQuery(terms: readonly string[], minHits: number): string | undefined {
  const grams = terms.map(termGrams);
  if (grams.filter((g) => g.length === 0).length >= minHits) return undefined;
  return [...new Set(grams.flat())].join(' ');
}

/**
 * Hits for `text`, best first, at most `limit`: rows of kind, id, serviceId,
 * controlId, text, hits, exact. `terms` is `searchTerms(text)`, not empty;
 * `kinds` (SearchKind names) keeps only hits of those kinds, all when empty.
 */
export async function searchRows(db: GraphDatabase, text: string, terms: readonly string[], limit: number, kinds?: readonly string[]): Promise<Row[]> {
  const wanted = kinds?.length ? kinds : null;
  const params = {
    terms,
    phrase: normalizeForSearch(text),
    minHits: minimumHits(terms.length),
    limit,
    kinds: wanted,
  };
  const candidates = db.textCandidates?.bind(db);
  const query = candidates && candidateQuery(terms, params.minHits);
  if (!candidates || !query) return db.read(cypher('read/questions/search'), params);
  const k = Math.max(candidateLimit, limit);
  const { vendors, services, serviceDisclosures } = textIndexes;
  // An index is asked only for the kinds of hit the caller wants.
  const ask = (kind: string, index: { label: string; property: string }) =>
    !wanted || wanted.includes(kind) ? candidates(index.label, index.property, query, k) : Promise.resolve([]);
  const [vendorIds, serviceIds, disclosingServiceIds] = await Promise.all([
    ask('VENDOR', vendors),
    ask('SERVICE', services),
    ask('DISCLOSURE', serviceDisclosures),
  ]);
  return db.read(cypher('read/questions/search-candidates'), { ...params, vendorIds, serviceIds, disclosingServiceIds });
}
