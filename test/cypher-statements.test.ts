/**
 * Every statement in cypher/ (and the test fixtures) passes Neo4j's own
 * parser and linter with no diagnostic, declares exactly the parameters it
 * uses, names only labels and relationship types of the model, and runs on
 * the embedded engine against the seeded graph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRoot, parseStatement, splitScript, type CypherStatement } from '../src/db/cypher-statement.js';
import { nodeLabels, relationshipTypes } from '../src/db/graph-model.js';
import type { GraphDatabase } from '../src/db/graph-database.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { projectRoot } from '../src/config/project-root.js';
import { seedDir } from './support/seed-copy.js';
import { describeOnEngines } from './support/test-engines.js';

function statementsUnder(root: string, prefix: string): CypherStatement[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return parseStatement(`${prefix}${path.relative(root, file).replace(/\.cypher$/, '')}`, readFileSync(file, 'utf8'));
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const statements = [...statementsUnder(cypherRoot, ''), ...statementsUnder(path.join(projectRoot, 'test/fixtures/cypher'), 'test/')];
const isScript = (s: CypherStatement) => s.name.startsWith('schema/');
/** Statements only the Neo4j profile runs (src/engines/neo4j-profile.ts): linted everywhere, run on Neo4j only. */
const isNeo4jOnly = (s: CypherStatement) => s.name.startsWith('neo4j/');

/**
 * Neo4j 5's procedures and functions with their signatures, as the language
 * support package ships them, so a misspelt procedure, a wrong argument or
 * an unknown YIELD column fails the lint.
 */
const { procedures, functions } = testData.mockSchema;

/** Parameters as the app passes them, for running each statement once on real data. */
const sampleParams: Record<string, unknown> = {
  ids: ['sios', 'goooon', 'aws', 'aws:ap-northeast-1', 'iso27017', 'iso27017:12.3.1', 'gluegent-whitepaper', 'nist', 'JP'],
  rows: [],
  offset: 0,
  limit: 5,
  sortField: 'id',
  sortDescending: false,
  terms: ['デー', 'ータ'],
  phrase: 'データ',
  minHits: 1,
  query: 'デー ータ',
  timeoutSeconds: 60,
  vendorIds: ['biznet'],
  serviceIds: ['goooon'],
  disclosingServiceIds: ['goooon', 'elink'],
  provider: 'aws',
  country: 'JP',
  serviceId: 'sendgrid',
  providerId: 'azure',
  id: 'fixture-vendor',
  value: 1,
  subjectId: 'goooon',
  props: {},
  previousId: 'goooon-whitepaper',
  targetId: 'goooon|azure:japaneast',
  since: '2020-01-01T00:00:00.000Z',
  change: {
    id: 'fixture-change',
    at: '2020-01-01T00:00:00.000Z',
    actor: 'test',
    operation: 'CREATE',
    targetId: 'fixture',
    targetKind: 'Test',
    recordVersion: 1,
  },
};

/** Neo4j's linter's diagnostics for `text`, with the model's labels and types and Neo4j's procedures and functions. */
function lint(text: string, params: readonly string[]): string[] {
  const { diagnostics } = lintCypherQuery(text, {
    labels: [...nodeLabels],
    relationshipTypes: [...relationshipTypes],
    parameters: Object.fromEntries(params.map((p) => [p, sampleParams[p] ?? null])),
    procedures,
    functions,
  });
  return diagnostics.map((d) => `${d.message} (offset ${d.offsets.start})`);
}

describe('Cypher statements', () => {
  it('are all found', () => {
    expect(statements.length).toBeGreaterThan(40);
  });

  it('are linted against the procedures Neo4j has: a misspelt one, or a column it does not yield, is reported', () => {
    expect(lint("CALL db.index.fulltext.queryNodes('i', $query, {limit: $limit}) YIELD node RETURN node.id", ['query', 'limit'])).toEqual([]);
    expect(lint("CALL db.index.fulltext.queryNode('i', $query) YIELD node RETURN node.id", ['query'])).not.toEqual([]);
    expect(lint("CALL db.index.fulltext.queryNodes('i', $query) YIELD hit RETURN hit", ['query'])).not.toEqual([]);
  });

  describe.each(statements.map((s) => [s.name, s] as const))('%s', (_name, statement) => {
    it("passes Neo4j's parser and linter with no diagnostics", () => {
      const parts = isScript(statement) ? splitScript(statement) : [statement.text];
      for (const text of parts) expect(lint(text, statement.params)).toEqual([]);
    });

    it('declares exactly the parameters it uses', () => {
      const body = statement.text.replace(/^\s*\/\/.*$/gm, '');
      const used = [...new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
      expect(used).toEqual([...statement.params].sort());
    });
  });
});

describeOnEngines('Cypher statements, on the seeded graph', (engine) => {
  let db: GraphDatabase;
  beforeAll(async () => {
    await engine.empty();
    const opened = engine.open();
    db = opened.db;
    await opened.profile.prepare();
    await loadSeed(db, seedDir, opened.profile.derived);
  });
  afterAll(() => db?.close());

  const runnable = (s: CypherStatement) =>
    !isScript(s) && (!isNeo4jOnly(s) || engine.name === 'neo4j') && !s.name.startsWith('test/delete') && !s.name.startsWith('test/create');
  it.each(statements.filter(runnable).map((s) => [s.name, s] as const))('%s runs', async (_name, statement) => {
    const params = Object.fromEntries(statement.params.map((p) => [p, sampleParams[p] ?? null]));
    // Neo4j refuses a writing statement in a read transaction, even with nothing to write (`rows: []`).
    const writes = /\b(MERGE|CREATE|SET|DELETE|REMOVE)\b/.test(statement.text.replace(/\/\/.*$/gm, ''));
    const run = writes ? db.write(statement, params) : db.read(statement, params);
    await expect(run).resolves.toBeInstanceOf(Array);
  });
});
