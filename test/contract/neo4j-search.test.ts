/**
 * Search on Neo4j through its FULLTEXT indexes over the search grams
 * (src/engines/neo4j-profile.ts): the same ranking as the embedded engine's
 * text indexes on the real seed, query for query, and the same as Neo4j's
 * own full scan. Runs where the test run has a Neo4j (test/support/
 * neo4j-target.ts); otherwise the suite is reported skipped, with the reason
 * in its title. The Lucene query the profile builds is checked everywhere.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { cypher } from '../../src/db/cypher-statement.js';
import type { Engine } from '../../src/engines/engine-profile.js';
import { luceneQuery, maxGramsPerQuery, neo4jFulltextIndexes } from '../../src/engines/neo4j-profile.js';
import { openEmbedded } from '../../src/engines/open-engine.js';
import { search, searchRows } from '../../src/queries/search.js';
import { candidateGrams, minimumHits, scanOnly, type FindSearchCandidates } from '../../src/search/search-plan.js';
import { searchTerms } from '../../src/search/search-text.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { seedQueries } from '../support/seed-queries.js';
import { describeOn, engines } from '../support/test-engines.js';

const seedDir = path.join(projectRoot, 'seed');
/** The most rows the resolver asks for: `first` 100 with `kinds`. */
const deepest = 100 * 5 + 50;

describe('the Lucene query of the Neo4j profile', () => {
  it('is the grams as terms, with every character Lucene treats as syntax escaped', () => {
    expect(luceneQuery(['デー', 'ータ', 'ne'])).toBe('デー ータ ne');
    expect(luceneQuery(['a+', 'b:', '(c', 'd*', '"e', 'f\\', 'g/', 'h~', '!i', 'j&&', 'k||', '^l', '?m', '[n]', '{o}', '-p'])).toBe(
      'a\\+ b\\: \\(c d\\* \\"e f\\\\ g\\/ h\\~ \\!i j\\&\\& k\\|\\| \\^l \\?m \\[n\\] \\{o\\} \\-p',
    );
  });

  it('holds only grams, never the query text itself', () => {
    // A query full of Lucene syntax still becomes pairs of letters or digits.
    const grams = candidateGrams(searchTerms('title:(aws OR "東京") AND NOT*'), 1)!;
    expect(
      luceneQuery(grams)
        .split(' ')
        .every((gram) => /^[\p{L}\p{N}]{2}$/u.test(gram)),
    ).toBe(true);
    expect(maxGramsPerQuery).toBe(1024);
  });
});

const neo4jTarget = engines.find((engine) => engine.name === 'neo4j')!;

describeOn(neo4jTarget, 'search through the FULLTEXT indexes', (target) => {
  let neo4j: Engine;
  let embedded: Engine;
  let lookups = 0;
  const counted: FindSearchCandidates = (request) => {
    lookups += 1;
    return neo4j.profile.searchCandidates(request);
  };

  beforeAll(async () => {
    await target.empty();
    neo4j = target.open();
    await neo4j.profile.prepare();
    await loadSeed(neo4j.db, seedDir, neo4j.profile.derived);
    embedded = openEmbedded();
    await embedded.profile.prepare();
    await loadSeed(embedded.db, seedDir, embedded.profile.derived);
  });
  afterAll(async () => {
    await neo4j?.db.close();
    await embedded?.db.close();
  });

  it('creates its three indexes once', async () => {
    expect((await neo4j.profile.prepare()).textIndexesCreated).toEqual([]);
    const names = (await neo4j.db.read(cypher('neo4j/fulltext-index-names'))).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining([...neo4jFulltextIndexes]));
  });

  it('ranks every seed query as the embedded engine does, and as its own full scan', async () => {
    const queries = seedQueries(await readSeedFolder(seedDir));
    let answeredByIndex = 0;
    for (const query of queries) {
      const request = { text: query, first: deepest };
      const before = lookups;
      const [onNeo4j, onEmbedded, scanned] = await Promise.all([
        searchRows(neo4j.db, counted, request),
        searchRows(embedded.db, embedded.profile.searchCandidates, request),
        searchRows(neo4j.db, scanOnly, request),
      ]);
      expect(onNeo4j, query).toEqual(onEmbedded);
      expect(onNeo4j, query).toEqual(scanned);
      const terms = searchTerms(query);
      const usedIndex = lookups > before;
      expect(usedIndex, query).toBe(candidateGrams(terms, minimumHits(terms.length)) !== undefined);
      if (usedIndex) answeredByIndex += 1;
    }
    expect(queries.length).toBeGreaterThan(500);
    expect(answeredByIndex / queries.length).toBeGreaterThan(0.8);
  });

  it('gives the API the same hits, scores and snippets, for every kind filter', async () => {
    for (const kinds of [undefined, ['DISCLOSURE'] as const, ['VENDOR', 'SERVICE'] as const]) {
      for (const text of ['データ削除', 'ﾊﾞｯｸｱｯﾌﾟ 世代', 'NTP', 'aws 東京']) {
        const request = { text, first: 20, kinds };
        expect(await search(neo4j.db, neo4j.profile.searchCandidates, request), text).toEqual(
          await search(embedded.db, embedded.profile.searchCandidates, request),
        );
      }
    }
  });
});
