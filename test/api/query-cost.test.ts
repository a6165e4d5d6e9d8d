/**
 * The cost of an operation is bounded before it runs, soundly (issue 13,
 * reproductions #1 to #3): fragments are costed once, pages without `first`
 * at their default size, lists at what they can return, search at its
 * terms, list arguments at their length. Each refused request answers at
 * once (a client timeout catches a stalled server) and the server keeps
 * answering after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNullableType, isListType, isObjectType, Kind, parse, type OperationDefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { buildGraphSchema } from '../../src/graphql/build-schema.js';
import { listSizes, type GraphSizes } from '../../src/graphql/field-costs.js';
import { measureOperation, type QueryLimits } from '../../src/graphql/plugins/query-limits.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Posts an operation with a client timeout: a server that stalls fails the test instead of hanging it. */
async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: response.status, ...body };
}

async function expectStillAnswering() {
  const vendor = await app.client.data('{ vendor(id: "sios") { id } }');
  expect(vendor).toEqual({ vendor: { id: 'sios' } });
}

/** `fragment F0 on Vendor { id }`, and each next fragment spreads the one before twice: 2^n spreads of F0. */
function fragmentFanOut(n: number): string {
  const fragments = ['fragment F0 on Vendor { id }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Vendor { ...F${i - 1} ...F${i - 1} }`);
  return `{ vendor(id: "sios") { ...F${n} } } ${fragments.join(' ')}`;
}

const cjkText = (characters: number) => Array.from({ length: characters }, (_, i) => String.fromCharCode(0x4e00 + (i % 2000))).join(' ');
const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('reproduction #1: fragment fan-out', () => {
  it('is refused at once as over the complexity limit, each fragment costed once', async () => {
    const result = await post(fragmentFanOut(39));
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity', max: 50000 });
    await expectStillAnswering();
  });

  it('a fan-out within the limit is answered', async () => {
    const result = await post(fragmentFanOut(8));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ vendor: { id: 'sios' } });
  });
});

describe('reproduction #2: search cost follows the text', () => {
  it('refuses a search text over MAX_SEARCH_TEXT_LENGTH, naming `text`', async () => {
    const result = await post(`query ($t: String!) { ${aliases(40, 'search(text: $t, first: 1) { score }')} }`, { t: cjkText(5000) });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    expect(result.errors![0]!.message).toMatch(/"text": must be at most 200 characters \(MAX_SEARCH_TEXT_LENGTH\), got 9999/);
    await expectStillAnswering();
  });

  it('counts every term of the text: many aliased searches of long texts are over the complexity limit', async () => {
    // The reproduction's 40 aliases with a text the length limit lets through: 100 terms, 4,000 each, 160,000 in all.
    const result = await post(`query ($t: String!) { ${aliases(40, 'search(text: $t, first: 1) { score }')} }`, { t: cjkText(100) });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity' });
  });

  it('a search text at the maximum length is answered', async () => {
    const result = await post('query ($t: String!) { search(text: $t, first: 1) { score } }', { t: 'データ'.repeat(66) + 'デー' });
    expect(result.errors).toBeUndefined();
  });
});

describe('reproduction #3: pages without `first` and plain lists', () => {
  it('refuses 50 aliases of a deep walk through lists, which returned 641 MB', async () => {
    const walk = 'vendors { edges { node { services { disclosures { control { disclosures { service { disclosures { quote } } } } } } } } }';
    const result = await post(`{ ${aliases(50, walk)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity' });
    await expectStillAnswering();
  });

  it('counts the ids of a list argument: a comparison of 60,000 services is refused', async () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `s${i}`);
    const result = await post('query ($ids: [ID!]) { compareServices(services: $ids, metric: backupGenerations) { silent } }', { ids });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity' });
  });
});

describe('documents over MAX_QUERY_TOKENS', () => {
  it('are refused while parsing: thousands of aliases of one field took seconds to validate', async () => {
    const result = await post(`{ ${'same: vendor(id: "sios") { id } '.repeat(3000)}}`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(result.errors![0]!.message).toMatch(/Document contains more th.. 5000 tokens/);
    await expectStillAnswering();
  });
});

describe('the estimate', () => {
  const limits: QueryLimits = { maxDepth: 100, maxComplexity: Number.MAX_SAFE_INTEGER, maxPageSize: 100, maxSearchTextLength: 200 };
  /** A graph with room for every page: 1,000 nodes of each label, each node with 7 relationships of each type, 3 metric values each. */
  const sizes: GraphSizes = { nodes: () => 1000, degree: () => 7, metricValues: () => 3, changesPerTarget: () => 5 };

  async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    const schema = await buildGraphSchema();
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return measureOperation(schema, operation.selectionSet, schema.getQueryType()!, fragments, variables, limits, sizes).cost;
  }

  it('costs a fragment as if its selection were written out where it is spread', async () => {
    const spread = await costOf('{ vendors { edges { node { ...V } } } a: vendor(id: "x") { ...V } } fragment V on Vendor { id services { id } }');
    const written = await costOf('{ vendors { edges { node { id services { id } } } } a: vendor(id: "x") { id services { id } } }');
    expect(spread).toBe(written);
  });

  it('costs a page without `first` at the default page size (20)', async () => {
    expect(await costOf('{ vendors { edges { node { id } } } }')).toBe(await costOf('{ vendors(first: 20) { edges { node { id } } } }'));
    expect(await costOf('{ vendors(first: 21) { edges { node { id } } } }')).toBeGreaterThan(await costOf('{ vendors { edges { node { id } } } }'));
  });

  it('costs a plain list at the size measured on the graph', async () => {
    // vendor: 1 + services (1 + 7 × id) = 9; plus the vendor field itself.
    expect(await costOf('{ vendor(id: "x") { services { id } } }')).toBe(1 + 1 + 7 * 1);
  });

  it('costs a history at the most changes one node or fact has recorded', async () => {
    expect(await costOf('{ history(id: "x") { id } }')).toBe(1 + 5 * 1);
  });

  it('costs every id of an `in` filter and every term of a search text', async () => {
    const few = await costOf('{ services(where: { id: { in: ["a"] } }) { totalCount } }');
    const many = await costOf('{ services(where: { id: { in: ["a", "b", "c", "d"] } }) { totalCount } }');
    expect(many - few).toBe(3);
    const short = await costOf('query ($t: String!) { search(text: $t) { id } }', { t: 'データ' });
    const long = await costOf('query ($t: String!) { search(text: $t) { id } }', { t: 'データ削除の方針' });
    expect(long).toBeGreaterThan(short);
  });

  it('declares a size for every list field of the schema that has no `first`, and for no other field', async () => {
    const schema = await buildGraphSchema();
    const undeclared: string[] = [];
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((a) => a.name === 'first') || (field.name === 'edges' && type.name.endsWith('Connection'));
        const list = isListType(getNullableType(field.type));
        const coordinate = `${type.name}.${field.name}`;
        if (!list || paged) continue;
        lists.push(coordinate);
        if (!listSizes[coordinate]) undeclared.push(coordinate);
      }
    }
    expect(undeclared).toEqual([]);
    expect(Object.keys(listSizes).filter((coordinate) => !lists.includes(coordinate))).toEqual([]);
  });
});

describe('the graph sizes after writes', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({ MAX_QUERY_COMPLEXITY: '12' });
  });
  afterAll(() => small.close());

  it('are read again after a mutation commits: a history grown by writes is estimated at its new length', async () => {
    const history = '{ history(id: "cost-probe") { id at } }';
    expect((await small.client.request(history)).errors).toBeUndefined();
    for (let version = 1; version <= 6; version++) {
      const written = await small.client.request(`mutation { upsertVendor(input: { id: "cost-probe", name: "コスト ${version}" }) { version } }`);
      expect(written.errors).toBeUndefined();
    }
    // 1 + 6 changes × 2 fields = 13 > 12, once the sizes are read again (after the answer is sent).
    let refused: Record<string, unknown> | undefined;
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      // Named per attempt: an answer the response cache kept under the sizes before would be served (it costs nothing).
      const result = await small.client.request(`query Attempt${attempt} ${history}`);
      refused = result.errors?.[0]?.extensions;
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refused).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity', max: 12 });
  });
});
