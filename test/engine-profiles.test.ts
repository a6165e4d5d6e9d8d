/**
 * Each engine profile writes only what its engine reads: every property it
 * has the loader derive is read by a statement that engine runs (the shared
 * read statements, or its own), or by its own text indexes. So Neo4j stores
 * no property that only the embedded engine reads, and the other way round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';
import { embeddedTextIndexes } from '../src/engines/embedded-profile.js';
import type { EngineProfile } from '../src/engines/engine-profile.js';
import { openEmbedded, openNeo4j } from '../src/engines/open-engine.js';
import { buildListStatement, lists } from '../src/queries/lists.js';
import { metricNames } from '../src/seed/seed-schema.js';

/** The text of every file under `folder` (relative to the project) whose name passes `keep`. */
function textsUnder(folder: string, keep: (name: string) => boolean = () => true): string[] {
  const root = path.join(projectRoot, folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

/**
 * The list statements the query layer builds from a filter (one per shape):
 * here the metric filter's, bounded on one side and on both, for every metric.
 */
const builtMetricFilters = metricNames.flatMap((name) =>
  [{ lte: 1 }, { gte: 1 }, { gte: 1, lte: 2 }].map(
    (bounds) =>
      buildListStatement(lists.services, { filter: { disclosure: { metric: { name, ...bounds } } }, sort: null, page: { offset: 0, limit: 1 } }).statement.text,
  ),
);

/** What both engines run to answer requests: the shared read statements, files and built. */
const sharedReads = [...textsUnder('cypher/read'), ...builtMetricFilters];

const readers = {
  embedded: [...sharedReads, ...Object.values(embeddedTextIndexes).map((index) => `n.${index.property}`)],
  neo4j: [...sharedReads, ...textsUnder('cypher/neo4j'), ...textsUnder('cypher/schema', (name) => name.startsWith('neo4j-'))],
};

const isRead = (texts: readonly string[], property: string) => texts.some((text) => new RegExp(`\\.${property}\\b`).test(text));

/** Every property the profile derives for a vendor and for a service that states every metric. */
function derivedProperties(profile: EngineProfile): string[] {
  const vendor = profile.derived.vendor('biznet');
  const service = profile.derived.service({
    searchText: 'goooon',
    disclosureSearchTexts: ['データ削除'],
    metrics: metricNames.map((name, i) => ({ name, value: i + 1 })),
  });
  return [...Object.keys(vendor), ...Object.keys(service)];
}

describe('engine profiles', () => {
  const embedded = openEmbedded();
  // No connection is made: only the profile's derivations are read.
  const neo4j = openNeo4j({ uri: 'bolt://localhost:7687', user: 'neo4j', password: 'unused' });
  afterAll(async () => {
    await embedded.db.close();
    await neo4j.db.close();
  });

  it.each([
    ['embedded', embedded.profile],
    ['neo4j', neo4j.profile],
  ] as const)('%s: every property the loader derives for it is read on that engine', (engine, profile) => {
    const properties = derivedProperties(profile);
    expect(properties).toEqual(expect.arrayContaining(['searchGrams', 'disclosureSearchGrams', 'dataDeletionDaysMin', 'disclosedMetricValues']));
    expect(properties.filter((property) => !isRead(readers[engine], property))).toEqual([]);
  });

  it('would name a derived property no statement of the engine reads', () => {
    expect(isRead(readers.neo4j, 'searchGrams')).toBe(true);
    expect(isRead(readers.neo4j, 'readByNothing')).toBe(false);
    // A property only the loader and the backfill statements (cypher/admin/) name is not read.
    expect(isRead(readers.embedded, 'searchGram')).toBe(false);
  });
});
