/** Search queries and texts cut from the real seed, for comparing search paths (the embedded text indexes, Neo4j's, the full scan). */
import type { SeedSet } from '../../src/seed/read-seed.js';
import { searchTerms } from '../../src/search/search-text.js';

/** Every text search matches in the seed: names, titles, summaries, quotes. */
export function seedTexts(seed: SeedSet): string[] {
  return seed.files.flatMap(({ data }) => [
    ...data.vendors.flatMap((v) => [v.name, v.nameEn ?? '']),
    ...data.services.flatMap((s) => [s.name, s.description ?? '']),
    ...data.controls.flatMap((c) => [c.code, c.title ?? '', c.titleEn]),
    ...data.regions.map((r) => r.name),
    ...data.disclosures.flatMap((d) => [d.summary, d.evidence.quote, d.evidence.section]),
  ]);
}

/** Queries cut from the seed's texts (whole titles and names, pieces of quotes and summaries, parts of words), plus hand-picked ones. */
export function seedQueries(seed: SeedSet): string[] {
  const queries = new Set([
    'データ削除',
    '完全に消去',
    'バックアップ 世代',
    'バックアップ世代',
    'ＮＴＰ',
    'ntp',
    'aws 東京',
    'net',
    'cloud',
    'customer',
    '量子暗号衛星',
  ]);
  for (const { data } of seed.files) {
    for (const c of data.controls) if (c.title) queries.add(c.title);
    for (const v of data.vendors) queries.add(v.name);
    for (const s of data.services) queries.add(s.name);
    for (const r of data.regions) queries.add(r.name);
    for (const d of data.disclosures) {
      const quote = [...d.evidence.quote.replace(/\s+/g, '')];
      const middle = Math.floor(quote.length / 2);
      queries.add(quote.slice(0, 6).join(''));
      queries.add(quote.slice(middle, middle + 4).join(''));
      queries.add(d.summary.split(' ').slice(1, 3).join(' '));
      queries.add(d.summary.slice(3, 9));
    }
  }
  return [...queries].filter((q) => searchTerms(q).length > 0);
}
