/**
 * The query layer's statements are checked before a request needs them:
 * every file it declares exists (a missing one fails at import, so at
 * start-up), a declared parameter left out is an error, rows that do not
 * fit their schema are an error naming the field; and every statement shape
 * the filter compiler can build passes Neo4j's linter and runs on the
 * embedded engine, from a corpus covering every field, operator, nesting,
 * quantifier and sort key the GraphQL schema offers.
 */
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { isInputObjectType, isEnumType, getNamedType, type GraphQLInputObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';
import { openEmbedded } from '../src/engines/open-engine.js';
import { nodeLabels, relationshipTypes } from '../src/db/graph-model.js';
import { buildGraphSchema } from '../src/graphql/build-schema.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { statement, declaredStatements } from '../src/queries/statement.js';
import { buildListStatement, lists } from '../src/queries/lists.js';
import { readOneEach } from '../src/queries/keyed-lookups.js';
import { byId } from '../src/queries/nodes.js';
import { RowShapeError } from '../src/queries/decode.js';
import type { CypherStatement } from '../src/db/cypher-statement.js';

describe('statements declared by the query layer', () => {
  it('a missing or misspelt statement fails when its module loads, naming the file', () => {
    expect(() => statement('read/by-id/vendorz')).toThrow(/vendorz\.cypher/);
  });

  it('every declared statement was read from its file', async () => {
    await buildGraphSchema(); // imports every resolver, so every query module
    const names = declaredStatements().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['read/by-id/vendors', 'read/related/service-disclosures', 'read/questions/impact-of-infrastructure/paths']));
    for (const s of declaredStatements()) expect(s.text.length, s.name).toBeGreaterThan(0);
  });

  describe('on the embedded engine', () => {
    const { db, profile } = openEmbedded();
    beforeAll(async () => {
      await profile.prepare();
      await loadSeed(db, path.join(projectRoot, 'seed'), profile.derived);
    });

    it('refuses to run a statement without one of its declared parameters', async () => {
      await expect(db.read(byId.vendors.statement, {})).rejects.toThrow(/needs parameter\(s\) \$ids/);
      await expect(db.read(byId.vendors.statement, { ids: ['sios'], extra: 1 })).rejects.toThrow(/does not declare parameter\(s\) \$extra/);
    });

    it('decodes rows into typed records, and a row of another shape is an error naming the field', async () => {
      const [sios] = await readOneEach(db, byId.vendors, ['sios']);
      expect(sios).toMatchObject({ id: 'sios', name: 'サイオステクノロジー株式会社' });
      // The same statement read as if it returned controls: `code` is missing.
      const wrong = { ...byId.vendors, schema: byId.controls.schema } as unknown as typeof byId.vendors;
      await expect(readOneEach(db, wrong, ['sios'])).rejects.toThrow(RowShapeError);
      await expect(readOneEach(db, wrong, ['sios'])).rejects.toThrow(/node\.code/);
    });
  });
});

/** Conditions exercising every operator of a condition input type at once. */
function conditionFor(type: GraphQLInputObjectType): Record<string, unknown> {
  switch (type.name) {
    case 'IDFilter':
      return { eq: 'sios', in: ['sios', 'goooon'] };
    case 'StringFilter':
      return { eq: 'x', in: ['x', 'y'], contains: 'Ｘ', startsWith: 'x' };
    case 'MetricFilter':
      return { name: 'dataDeletionDays', lt: 90, lte: 60, gt: 1, gte: 2 };
    default:
      throw new Error(`no corpus condition for ${type.name}: a new condition type needs one here`);
  }
}

const conditionTypes = new Set(['IDFilter', 'StringFilter', 'MetricFilter']);

/** Every field of a where type, each with all its operators (relationship filters: directly, under `some` and under `none`). */
function corpusFilters(type: GraphQLInputObjectType): Array<Record<string, unknown>> {
  const filters: Array<Record<string, unknown>> = [];
  for (const field of Object.values(type.getFields())) {
    if (['AND', 'OR', 'NOT'].includes(field.name)) continue;
    const fieldType = getNamedType(field.type);
    if (isInputObjectType(fieldType) && !conditionTypes.has(fieldType.name)) {
      // A relationship filter: its direct fields, `some` and `none`, each with its own nested corpus.
      for (const nested of corpusFilters(fieldType)) filters.push({ [field.name]: nested });
      continue;
    }
    const condition = isInputObjectType(fieldType)
      ? conditionFor(fieldType)
      : isEnumType(fieldType)
        ? fieldType.getValues()[0]!.value
        : fieldType.name === 'Boolean'
          ? true
          : 'JP';
    filters.push({ [field.name]: condition });
  }
  return filters;
}

describe('statements the filter compiler builds', () => {
  const corpus: Array<[string, CypherStatement, Record<string, unknown>]> = [];
  const bigOnes: Array<[string, { statement: CypherStatement; params: Record<string, unknown> }]> = [];
  const { db, profile } = openEmbedded();

  beforeAll(async () => {
    const schema = await buildGraphSchema();
    const query = schema.getQueryType()!.getFields();
    for (const [name, definition] of Object.entries(lists)) {
      const whereType = getNamedType(query[name]!.args.find((a) => a.name === 'where')!.type) as GraphQLInputObjectType;
      const sortType = getNamedType(query[name]!.args.find((a) => a.name === 'sort')!.type) as GraphQLInputObjectType;
      const sortAll = Object.keys(sortType.getFields()).map((k, i) => ({ [k]: i % 2 ? 'DESC' : 'ASC' }));
      const page = { offset: 0, limit: 5 };
      const build = (filter: Record<string, unknown> | null, sort: Array<Record<string, string>> | null) =>
        buildListStatement(definition as never, { filter: filter as never, sort: sort as never, page });
      const add = (label: string, built: ReturnType<typeof build>) => corpus.push([`${name} ${label}`, built.statement, built.params]);
      add('unfiltered', build(null, null));
      add('sorted by every key', build(null, sortAll));
      const leaves = corpusFilters(whereType);
      for (const filter of leaves) add(JSON.stringify(filter), build(filter, null));
      // Nesting: the connectives over leaves, and within each relationship filter's edge condition.
      const [a, b, c] = [leaves[0]!, leaves[1 % leaves.length]!, leaves.at(-1)!];
      add('AND, OR and NOT nested', build({ AND: [a, { OR: [{ NOT: b }, c, { AND: [] }] }], OR: [] }, null));
      for (const [key, value] of leaves.flatMap((f) => Object.entries(f))) {
        const edge = (value as Record<string, unknown>).some as Record<string, unknown> | undefined;
        if (edge)
          add(
            `${key} with connectives inside some and none`,
            build({ [key]: { some: { AND: [edge], NOT: edge }, none: { OR: [edge, { NOT: edge }] } } }, null),
          );
      }
      // Everything at once, run (not linted: the linter's time grows steeply with a statement's length).
      bigOnes.push([`${name} every filter at once`, build({ AND: leaves, NOT: { OR: leaves } }, sortAll)]);
    }
    await profile.prepare();
    await loadSeed(db, path.join(projectRoot, 'seed'), profile.derived);
  });

  it('covers every list, field and operator', () => {
    expect(corpus.length).toBeGreaterThan(60);
  });

  it("passes Neo4j's parser and linter with no diagnostics, and runs on the embedded engine", async () => {
    const problems: string[] = [];
    for (const [label, s, params] of corpus) {
      const { diagnostics } = lintCypherQuery(s.text, { labels: [...nodeLabels], relationshipTypes: [...relationshipTypes], parameters: params });
      problems.push(...diagnostics.map((d) => `${label}: ${d.message}`));
      // Parameters only: no value of the filter appears in the text.
      for (const value of ['sios', 'goooon', 'Ｘ', 'JP', 'dataDeletionDays'])
        if (s.text.includes(`'${value}'`)) problems.push(`${label}: value ${value} in the Cypher text`);
      await db.read(s, params).catch((error: Error) => problems.push(`${label}: ${error.message}`));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('the deepest statement each list can produce runs on the embedded engine', async () => {
    for (const [label, { statement: s, params }] of bigOnes) await expect(db.read(s, params), label).resolves.toBeInstanceOf(Array);
  });
});

describe('where a list statement starts', () => {
  const page = { offset: 0, limit: 5 };
  const startOf = (definition: (typeof lists)['services'] | (typeof lists)['vendors'], filter: Record<string, unknown>) =>
    buildListStatement(definition as never, { filter: filter as never, sort: null, page }).statement.text.split('\n')[0];

  it('a required provider or region condition starts from the regions, directly, under some, or inside a top-level AND', () => {
    for (const filter of [
      { infrastructure: { provider: { eq: 'aws' } } },
      { infrastructure: { some: { region: { in: ['aws-tokyo'] } }, none: { basis: 'INFERRED' } } },
      { AND: [{ name: { contains: 'a' } }, { infrastructure: { provider: { eq: 'aws' }, basis: 'STATED' } }] },
    ])
      expect(startOf(lists.services, filter), JSON.stringify(filter)).toMatch(/^MATCH \(\w+:Region\)<-\[\w+:USES_INFRA/);
    for (const filter of [{ infrastructureProvider: { eq: 'aws' } }, { region: { in: ['aws-tokyo'] }, name: { contains: 'a' } }])
      expect(startOf(lists.vendors, filter), JSON.stringify(filter)).toMatch(/^MATCH \(\w+:Region\)<-\[\w+:USES_INFRA.*<-\[:PROVIDES\]-\(\w+:Vendor\)/);
  });

  it('a condition that is not required of every match (under OR, NOT or none), or names no region, keeps the scan of the label', () => {
    for (const filter of [
      { OR: [{ infrastructure: { provider: { eq: 'aws' } } }] },
      { NOT: { infrastructure: { provider: { eq: 'aws' } } } },
      { infrastructure: { none: { provider: { eq: 'aws' } } } },
      { infrastructure: { basis: 'STATED' } },
    ])
      expect(startOf(lists.services, filter), JSON.stringify(filter)).toMatch(/^MATCH \(\w+:Service\)$/);
  });
});
