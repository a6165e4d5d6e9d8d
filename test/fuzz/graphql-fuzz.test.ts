/**
 * Fuzzing the API over HTTP (issue 13, item 8): a few hundred random
 * operations against a server started as a separate production process, so
 * a request that blocks it shows as a client timeout here. Valid operations
 * are generated from the schema (fields, arguments of their types, nested
 * selections); malformed ones break the syntax, name unknown fields, send
 * variables of the wrong type, huge numbers, odd unicode, deep nesting and
 * thousands of aliases. Every answer must come within the client timeout,
 * never be a 5xx, never suggest schema names ("Did you mean"), and never
 * show an internal error unmasked; the server must still answer a lookup
 * afterwards. The server runs with writes enabled and a token key, as
 * production must: generated mutations are refused without a token and
 * answered or refused as the client's fault with an admin's.
 *
 * Reproducible: the seed is fixed (FUZZ_SEED overrides it; a failure prints
 * the seed and path that fast-check needs to replay it). FUZZ_RUNS_SCALE
 * multiplies the number of operations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildGraphSchema } from '../../src/graphql/build-schema.js';
import { hs256Token } from '../support/tokens.js';
import { isClientErrorCode } from '../../src/graphql/error-codes.js';
import { projectRoot } from '../../src/config/project-root.js';

const seed = Number(process.env.FUZZ_SEED ?? 13);
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS_SCALE ?? 1)));
/** Longer than any answer the limits let through; shorter than a stalled server. */
const clientTimeoutMs = 10_000;
const maskedMessage = /^Internal server error\. The request id in extensions identifies it in the server log\.$/;

let server: ChildProcess;
let url: string;
let schema: GraphQLSchema;
const serverLog: string[] = [];
/** Production refuses to start with writes enabled and no token key. */
const tokenKey = randomBytes(32).toString('hex');
let adminToken: string;

beforeAll(async () => {
  schema = await buildGraphSchema();
  adminToken = await hs256Token(tokenKey, 'fuzz', ['admin']);
  server = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/main.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
      GRAPH_DATA_DIR: '',
      NEO4J_URI: '',
      AUTH_JWT_SECRET: tokenKey,
      WRITES_ENABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      serverLog.push(chunk.toString());
      const found = /(http:\/\/localhost:\d+\/graphql)/.exec(chunk.toString());
      if (found) resolve(found[1]!.replace('localhost', '127.0.0.1'));
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${serverLog.join('')}`)));
  });
});

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  server.kill('SIGTERM');
  const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await once(server, 'exit');
  clearTimeout(killer);
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

async function send(body: string, contentType = 'application/json', token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    signal: AbortSignal.timeout(clientTimeoutMs),
  });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}

/** What must hold for any request: an answer in time, not a 5xx, every error a client's or masked. */
function expectWellBehaved(answer: Answer, sent: string): void {
  const context = `sent: ${sent.slice(0, 500)}\ngot: ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 1000)}`;
  expect(answer.status, context).toBeLessThan(500);
  for (const error of answer.body?.errors ?? []) {
    // Production shows no schema hints: no field, argument or enum names the client did not write.
    expect(error.message, context).not.toMatch(/Did you mean/);
    const code = error.extensions?.code;
    if (isClientErrorCode(code)) continue;
    expect(code, context).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message, context).toMatch(maskedMessage);
    expect(Object.keys(error.extensions ?? {}).sort(), context).toEqual(['code', 'requestId']);
  }
}

async function sendOperation(query: string, variables?: unknown, token?: string): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  const answer = await send(body, 'application/json', token);
  expectWellBehaved(answer, body);
  return answer;
}

// ---- Valid operations, generated from the schema ----

/** Ids and texts the seed graph holds, so that generated operations reach real data as well as misses. */
const knownIds = ['sios', 'goooon', 'sendgrid', 'aws', 'azure', 'gcp', 'aws:ap-northeast-1', 'azure:japaneast', 'iso27017', 'iso27017:12.3.1', 'nist', 'JP'];
const textArb = fc.oneof(
  fc.constantFrom(...knownIds, 'データ', 'バックアップ 世代', 'NTP', 'ap-northeast-1', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

function valueArb(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType, depth);
  if (isListType(type)) return fc.array(valueArb(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as unknown));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // Only a little nesting: filters of filters are plenty.
    if (depth > 2) return fc.constant({});
    // Every required field (a mutation's input has some), and a few optional ones.
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    const optional = fields.filter((f) => !required.includes(f));
    return fc
      .subarray(optional, { maxLength: Math.min(2, optional.length) })
      .map((chosen) => [...required, ...chosen])
      .chain((chosen) =>
        fc.tuple(...chosen.map((f) => valueArb(f.type, depth + 1))).map((values) => Object.fromEntries(chosen.map((f, i) => [f.name, values[i]]))),
      );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -3, max: 120 }));
      case 'Float':
        return fc.double({ min: -1e6, max: 1e6, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      default:
        return textArb;
    }
  }
  return fc.constant(null);
}

/** The value as a GraphQL literal; none for a value a scalar cannot print (a JSON object argument). */
function literalOf(value: unknown, type: GraphQLInputType) {
  try {
    return astFromValue(value, type);
  } catch {
    return null;
  }
}

/** Arguments: every required one, some optional ones; a value that cannot be a literal is left out. */
function argumentsArb(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const optional = args.filter((a) => !required.includes(a));
  return fc.subarray(optional, { maxLength: Math.min(2, optional.length) }).chain((chosen) => {
    const given = [...required, ...chosen];
    if (given.length === 0) return fc.constant('');
    return fc.tuple(...given.map((a) => valueArb(a.type, 0))).map((values) => {
      const parts = given.flatMap((a, i) => {
        const literal = literalOf(values[i], a.type);
        return literal ? [`${a.name}: ${print(literal)}`] : [];
      });
      return parts.length ? `(${parts.join(', ')})` : '';
    });
  });
}

function selectionArb(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const candidates = depth <= 0 && leaves.length ? leaves : fields;
  return fc
    .subarray(candidates, { minLength: 1, maxLength: Math.min(3, candidates.length) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => fieldArb(f, depth))).map((parts) => `{ ${parts.join(' ')} }`));
}

function fieldArb(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  const sub = isObjectType(named) ? selectionArb(named, depth - 1) : fc.constant('');
  return fc.tuple(argumentsArb(field.args), sub).map(([args, selection]) => `${field.name}${args} ${selection}`);
}

const validOperationArb = () => selectionArb(schema.getQueryType()!, 4);
const mutationArb = () => selectionArb(schema.getMutationType()!, 2).map((selection) => `mutation ${selection}`);

// ---- Malformed operations ----

const identifierArb = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,10}$/);

/** A valid operation with characters deleted, inserted or replaced: broken syntax, unknown names, wrong literals. */
const mutatedArb = () =>
  fc
    .tuple(
      validOperationArb(),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([query, edits]) =>
      edits.reduce((text, [at, edit, chars]) => {
        const i = text.length ? at % text.length : 0;
        if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1 + (at % 3));
        if (edit === 'insert') return text.slice(0, i) + chars + text.slice(i);
        return text.slice(0, i) + chars + text.slice(i + chars.length);
      }, query),
    );

const malformedArb = () =>
  fc.oneof(
    mutatedArb(),
    // Anything at all.
    fc.string({ unit: 'binary', maxLength: 200 }),
    // Fields and arguments the schema does not have.
    fc.tuple(identifierArb, identifierArb).map(([field, argument]) => `{ ${field}(${argument}: 1) { id } vendor(id: "sios") { ${field} } }`),
    // Numbers past any integer, and past JavaScript's.
    fc.constantFrom('1e400', '99999999999999999999999', '-2147483649', '2147483648', '0.5', 'NaN', '-0').map((n) => `{ vendors(first: ${n}) { totalCount } }`),
    // Odd unicode in strings and names.
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => `{ search(text: ${JSON.stringify(s)}) { id } vendor(id: ${JSON.stringify(s)}) { id } }`),
    fc.constantFrom('\u0000', '\uFEFF', '\uD800', '\u202E', 'ｖｅｎｄｏｒ', '𝒗𝒆𝒏𝒅𝒐𝒓').map((s) => `{ ${s}(id: "${s}") { id } }`),
    // Deep nesting, valid and not.
    fc.integer({ min: 20, max: 2000 }).map((n) => `${'{ vendor(id: "sios") { services { vendor '.repeat(n)}{ id }${' } }'.repeat(n)} }`),
    fc.integer({ min: 100, max: 5000 }).map((n) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`),
    // Thousands of aliases, distinct or all the same response name.
    fc.integer({ min: 500, max: 5000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: vendor(id: "sios") { id }`).join(' ')} }`),
    fc.integer({ min: 500, max: 3000 }).map((n) => `{ ${'same: vendor(id: "sios") { id } '.repeat(n)}}`),
    // Fragments spread in circles, and spread by the thousand.
    fc.constant('{ vendor(id: "sios") { ...A } } fragment A on Vendor { ...B } fragment B on Vendor { ...A }'),
    fc.integer({ min: 100, max: 3000 }).map((n) => `{ vendor(id: "sios") { ${'...F '.repeat(n)}} } fragment F on Vendor { id services { id } }`),
  );

/** Variables of every kind for operations whose variables have declared types. */
const anyJsonArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, 2 ** 53, 2 ** 31, -1, 0.5, '', 'ten', [], {}, null, '\u0000', 'x'.repeat(10_000)),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const variableOperations = [
  'query ($first: Int, $after: String) { vendors(first: $first, after: $after) { totalCount edges { cursor node { id } } } }',
  'query ($t: String!, $first: Int!) { search(text: $t, first: $first) { id score kind } }',
  'query ($id: ID!) { impactOf(id: $id) { target { id } services { totalCount } vendors { totalCount } } }',
  'query ($w: ServiceWhere, $s: ServiceSort) { services(where: $w, sort: $s) { totalCount edges { node { id } } } }',
  'query ($ids: [ID!], $m: MetricName) { compareServices(services: $ids, metric: $m) { silent bestValue } }',
  'query ($p: ID!, $r: String, $b: Basis) { vendorsUsingInfrastructure(provider: $p, region: $r, basis: $b) { totalCount } }',
];

// ---- The properties ----

describe(`fuzzing the API (seed ${seed})`, () => {
  it('answers valid operations generated from the schema within the limits, never with a 5xx or an unmasked error', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(validOperationArb(), async (selection) => {
        const answer = await sendOperation(selection);
        // A valid operation is either answered or refused for a limit or an argument: never a syntax or schema error.
        for (const error of answer.body?.errors ?? []) {
          expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'], `${selection}\n${error.message}`).not.toContain(
            error.extensions?.code,
          );
        }
        if (answer.body?.data) answered++;
      }),
      { seed, numRuns: runs(200) },
    );
    // The generator reaches the data, not only the limits.
    expect(answered).toBeGreaterThan(runs(200) / 4);
  });

  it('refuses malformed operations with a client error, in time', async () => {
    await fc.assert(
      fc.asyncProperty(malformedArb(), async (query) => {
        await sendOperation(query);
      }),
      { seed, numRuns: runs(150) },
    );
  });

  it('refuses variables of the wrong type, size or shape with a client error, in time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...variableOperations),
        fc.dictionary(fc.constantFrom('first', 'after', 't', 'id', 'w', 's', 'ids', 'm', 'p', 'r', 'b'), anyJsonArb),
        async (query, variables) => {
          await sendOperation(query, variables);
        },
      ),
      { seed, numRuns: runs(100) },
    );
  });

  it('refuses malformed request bodies with a client error, in time', async () => {
    const bodyArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }))
        .map(([query, variables, operationName]) => JSON.stringify({ query, variables, operationName })),
      fc.array(fc.constant({ query: '{ vendor(id: "sios") { id } }' }), { maxLength: 3 }).map((batch) => JSON.stringify(batch)),
    );
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom('application/json', 'text/plain', 'application/graphql'), async (body, contentType) => {
        expectWellBehaved(await send(body, contentType), body);
      }),
      { seed, numRuns: runs(60) },
    );
  });

  it('refuses generated mutations without a token (401), and answers or refuses them as the client fault with an admin token', async () => {
    await fc.assert(
      fc.asyncProperty(mutationArb(), async (mutation) => {
        const anonymous = await sendOperation(mutation);
        const codes = (anonymous.body?.errors ?? []).map((e) => e.extensions?.code);
        // Invalid input is refused by validation before anyone is asked for a token; anything that validates needs one.
        if (!codes.includes('GRAPHQL_VALIDATION_FAILED')) {
          expect(anonymous.status, mutation).toBe(401);
          expect(codes, mutation).toContain('UNAUTHENTICATED');
        }
        await sendOperation(mutation, undefined, adminToken);
      }),
      { seed, numRuns: runs(60) },
    );
  });

  it('still answers a lookup and its health check afterwards', async () => {
    const answer = await sendOperation('{ vendor(id: "sios") { id } }');
    expect(answer.body?.data).toEqual({ vendor: { id: 'sios' } });
    const health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(clientTimeoutMs) });
    expect(health.status).toBe(200);
  });
});
