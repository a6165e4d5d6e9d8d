/**
 * Search through the embedded engine's text indexes (the candidate path)
 * against the portable full scan: grams that find every text the
 * scan matches, the same answers on the real seed, the indexes created once
 * and still used after a restart, and width and case folded on both paths.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import type { GraphDatabase } from '../../src/db/graph-database.js';
import { embeddedTextIndexes } from '../../src/engines/embedded-profile.js';
import type { EngineProfile } from '../../src/engines/engine-profile.js';
import { openEmbedded } from '../../src/engines/open-engine.js';
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { searchRows, type SearchRow } from '../../src/queries/search.js';
import { candidateGrams, minimumHits, scanOnly, type FindSearchCandidates } from '../../src/search/search-plan.js';
import { normalizeForSearch, searchGrams, searchTerms, termGrams } from '../../src/search/search-text.js';
import { statementFixture as fixture } from '../support/statement-fixtures.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { seedQueries, seedTexts } from '../support/seed-queries.js';

const seedDir = path.join(projectRoot, 'seed');
/** The most rows the resolver asks for: `first` 100 with `kinds`. */
const deepest = 100 * 5 + 50;
const gramSet = (grams: string) => new Set(grams.split(' ').filter(Boolean));

/** The profile's candidate look-up, counting its calls. */
function counting(profile: EngineProfile): { candidates: FindSearchCandidates; lookups: () => number } {
  let lookups = 0;
  return {
    candidates: (request) => {
      lookups += 1;
      return profile.searchCandidates(request);
    },
    lookups: () => lookups,
  };
}

/** The rows the resolver scores for `text` at its deepest page. */
const rowsFor = (db: GraphDatabase, candidates: FindSearchCandidates, text: string, first = deepest) => searchRows(db, candidates, { text, first });
const gramsOf = (text: string) => candidateGrams(searchTerms(text), minimumHits(searchTerms(text).length));

describe('search grams', () => {
  it('cut text into pairs of letters or digits of one kind, and a query into the grams of its terms', () => {
    expect(gramSet(searchGrams([normalizeForSearch('BizNet データ削除、ntp.nict.jp')]))).toEqual(
      new Set(['bi', 'iz', 'zn', 'ne', 'et', 'デー', 'ータ', 'タ削', '削除', 'nt', 'tp', 'ni', 'ic', 'ct', 'jp']),
    );
    expect(searchTerms('データ削除').map(termGrams)).toEqual([['デー'], ['ータ'], ['タ削'], ['削除']]);
    expect(termGrams('ntp.nict.jp')).toEqual(['nt', 'tp', 'ni', 'ic', 'ct', 'jp']);
    // A single character has no gram.
    expect(termGrams('網')).toEqual([]);
    expect(termGrams('7')).toEqual([]);
  });

  it('hold any pair of letters, beyond the basic plane and beyond the first 2^15 characters seen too', () => {
    // 50,000 distinct characters (kanji of both planes), in pairs.
    const chars = [...Array.from({ length: 20_000 }, (_, i) => 0x4e00 + i), ...Array.from({ length: 30_000 }, (_, i) => 0x20000 + i)].map((c) =>
      String.fromCodePoint(c),
    );
    const text = chars.join('');
    const grams = gramSet(searchGrams([text]));
    expect(grams.size).toBe(chars.length - 1);
    for (const i of [0, 19_999, 32_767, 32_768, 49_998]) expect(grams.has(chars[i]! + chars[i + 1]!), String(i)).toBe(true);
    expect(termGrams(chars[49_998]! + chars[49_999]!)).toEqual([chars[49_998]! + chars[49_999]!]);
  });

  it('send a query to the indexes unless its hits might hold only single characters', () => {
    expect(gramsOf('ＮＥＴ データ')).toEqual(['ne', 'et', 'デー', 'ータ']);
    expect(gramsOf('網')).toBeUndefined();
    // Two terms, one needed: a hit may hold only "7".
    expect(gramsOf('7 世代')).toBeUndefined();
    // Seven terms, four needed: every hit holds a term with grams.
    expect(gramsOf('バックアップ 7 世代')).toEqual(['バッ', 'ック', 'クア', 'アッ', 'ップ', '世代']);
  });

  it('of a text hold the grams of every term the text contains, so the index misses nothing the scan matches', async () => {
    const texts = seedTexts(await readSeedFolder(seedDir)).map(normalizeForSearch);
    let checked = 0;
    for (const [i, text] of texts.entries()) {
      const grams = gramSet(searchGrams([text]));
      const chars = [...text];
      // Terms of pieces of the text itself, of every length from 1 to 8 characters.
      for (let start = i % 7; start < chars.length; start += 7) {
        for (const term of searchTerms(chars.slice(start, start + 1 + (start % 8)).join(''))) {
          const own = termGrams(term);
          if (!text.includes(term) || own.length === 0) continue;
          for (const gram of own) expect(grams.has(gram), `${JSON.stringify(term)} in ${JSON.stringify(text.slice(0, 40))}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

describe("search on the embedded engine's text indexes (embedded only)", () => {
  const { db, profile } = openEmbedded();
  beforeAll(async () => {
    await profile.prepare();
    await loadSeed(db, seedDir, profile.derived);
  });
  afterAll(() => db.close());

  it('gives the same answers as the full scan on the real seed', async () => {
    const indexed = counting(profile);
    const queries = seedQueries(await readSeedFolder(seedDir));
    let answeredByIndex = 0;
    for (const query of queries) {
      const before = indexed.lookups();
      const [fromIndex, fromScan] = await Promise.all([rowsFor(db, indexed.candidates, query), rowsFor(db, scanOnly, query)]);
      expect(fromIndex, query).toEqual(fromScan);
      const usedIndex = indexed.lookups() > before;
      expect(usedIndex, query).toBe(gramsOf(query) !== undefined);
      if (usedIndex) answeredByIndex += 1;
    }
    expect(queries.length).toBeGreaterThan(500);
    // Nearly every query goes through the index; one with a single-character term takes the scan.
    expect(answeredByIndex / queries.length).toBeGreaterThan(0.8);
  });

  it("keeps the grams of every service's disclosures on the service, and a second load leaves them as they were", async () => {
    const check = async () => {
      const rows = await db.read(fixture('service-disclosure-grams'));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(gramSet(row.grams as string), row.id as string).toEqual(gramSet(searchGrams(row.disclosureTexts as string[])));
      return rows;
    };
    const once = await check();
    await loadSeed(db, seedDir, profile.derived);
    expect(await check()).toEqual(once);
  });

  it('gives a graph loaded before the search grams existed its grams at start-up', async () => {
    const [counts] = await db.read(fixture('count-search-nodes'));
    const nodes = (counts!.vendors as number) + (counts!.services as number);
    await db.write(fixture('delete-search-grams'));
    expect(await rowsFor(db, profile.searchCandidates, 'バックアップ')).not.toEqual(await rowsFor(db, scanOnly, 'バックアップ'));
    expect(await profile.prepare()).toMatchObject({ textIndexesCreated: [], searchGramsWritten: nodes });
    expect(await profile.prepare()).toMatchObject({ textIndexesCreated: [], searchGramsWritten: 0 });
    for (const query of ['バックアップ', 'net', 'ＮＴＰ', '完全に消去']) {
      expect(await rowsFor(db, profile.searchCandidates, query), query).toEqual(await rowsFor(db, scanOnly, query));
    }
  });

  it('finds the same hits for a full-width or half-width variant of a query', async () => {
    const variants = [
      ['バックアップ', 'ﾊﾞｯｸｱｯﾌﾟ'],
      ['データ削除', 'ﾃﾞｰﾀ削除'],
      ['NTP', 'ＮＴＰ', 'ntp'],
      ['90 日以内', '９０ 日以内'],
      ['AWS 東京', 'ＡＷＳ　東京'],
    ];
    for (const [query, ...others] of variants) {
      const expected = await rowsFor(db, profile.searchCandidates, query!);
      expect(expected.length, query).toBeGreaterThan(0);
      for (const other of others) {
        expect(gramsOf(other), other).toBeDefined();
        expect(await rowsFor(db, profile.searchCandidates, other), other).toEqual(expected);
      }
    }
  });
});

describe("the embedded engine's text indexes on a persistent graph (embedded only)", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const all = Object.values(embeddedTextIndexes).map(({ label, property }) => `${label}.${property}`);
  const { serviceDisclosures } = embeddedTextIndexes;
  const grams = gramsOf('データ削除')!.join(' ');

  it('are created once, then found again after a restart and used', async () => {
    const first = openEmbedded(dataDir);
    let before: SearchRow[];
    let candidates: string[];
    try {
      expect((await first.profile.prepare()).textIndexesCreated).toEqual(all);
      expect((await first.profile.prepare()).textIndexesCreated).toEqual([]);
      await loadSeed(first.db, seedDir, first.profile.derived);
      candidates = await first.db.textSearch(serviceDisclosures.label, serviceDisclosures.property, grams, 20);
      expect(candidates.length).toBeGreaterThan(0);
      before = await rowsFor(first.db, first.profile.searchCandidates, '完全に消去', 20);
      expect(before.length).toBeGreaterThan(0);
    } finally {
      await first.db.close();
    }

    const second = openEmbedded(dataDir);
    try {
      // Before anything is created: the indexes came back with the graph file, filled.
      expect(await second.db.textSearch(serviceDisclosures.label, serviceDisclosures.property, grams, 20)).toEqual(candidates);
      expect((await second.profile.prepare()).textIndexesCreated).toEqual([]);
      const indexed = counting(second.profile);
      expect(await rowsFor(second.db, indexed.candidates, '完全に消去', 20)).toEqual(before);
      expect(indexed.lookups()).toBe(1);
    } finally {
      await second.db.close();
    }
  });
});

describeOnEngines('search over HTTP through the text indexes', (engine) => {
  const app = useSeededApp(engine);

  const query = 'query ($text: String!) { search(text: $text, first: 50) { kind id score snippet } }';

  it('answers a Japanese query and its half-width and full-width variants alike, through the index', async () => {
    const results = [];
    for (const text of ['バックアップ 世代', 'ﾊﾞｯｸｱｯﾌﾟ 世代', 'ＮＴＰ', 'NTP']) {
      const response = await app.client.request(query, { text });
      expect(response.errors).toBeUndefined();
      // Outside production the response says what the engine did, the same on both: one candidate look-up (the three text indexes), then one statement.
      expect(response.extensions?.queryStats?.roundTrips, text).toBe(2);
      results.push(response.data!.search);
    }
    expect(results[0].length).toBeGreaterThan(0);
    expect(results[1]).toEqual(results[0]);
    expect(results[2].length).toBeGreaterThan(0);
    expect(results[3]).toEqual(results[2]);
  });
});
