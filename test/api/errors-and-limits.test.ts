/** Bad input gets a typed error naming the argument; limits say which was hit; internal errors are masked in production. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine-profile.js';
import type { Logger } from '../../src/server/logger.js';
import { coreDatabase } from '../support/core-database.js';
import { describeOnEngines, startSeededApp, useSeededApp } from '../support/test-engines.js';
import { maxCursorOffset } from '../../src/graphql/pagination.js';

/** The cursor of offset 2^53 - 1, as the reproduction #4 sent it. */
const farCursor = 'b2Zmc2V0OjkwMDcxOTkyNTQ3NDA5OTE';
const cursorAt = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

describeOnEngines('errors and limits', (engine) => {
  const app = useSeededApp(engine, { MAX_PAGE_SIZE: '50', MAX_QUERY_DEPTH: '8', MAX_QUERY_COMPLEXITY: '20000' });

  async function errorOf(query: string, variables?: Record<string, unknown>) {
    const result = await app.client.request(query, variables);
    expect(result.errors, JSON.stringify(result.data)).toBeDefined();
    return result.errors![0]!;
  }

  describe('invalid arguments', () => {
    it.each([
      [
        'an unknown provider',
        '{ vendorsUsingInfrastructure(provider: "oracle") { totalCount } }',
        'NOT_FOUND',
        'provider',
        /unknown infrastructure provider "oracle"/,
      ],
      [
        'an unknown region of a provider',
        '{ vendorsUsingInfrastructure(provider: "aws", region: "japaneast") { totalCount } }',
        'NOT_FOUND',
        'region',
        /unknown region of aws "japaneast"/,
      ],
      ['a cursor this API did not issue', '{ services(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'BAD_USER_INPUT', 'after', /is not a cursor/],
      ['a negative first', '{ services(first: -1) { totalCount } }', 'BAD_USER_INPUT', 'first', /from 0 to 50/],
      ['a page over the maximum page size', '{ controls(first: 51) { totalCount } }', 'BAD_USER_INPUT', 'first', /at most 50/],
      [
        'a page of vendors on a provider over the maximum page size',
        '{ vendorsUsingInfrastructure(provider: "aws", first: 51) { totalCount } }',
        'BAD_USER_INPUT',
        'first',
        /at most 50/,
      ],
      [
        'a cursor this API did not issue, for vendors on a provider',
        '{ vendorsUsingInfrastructure(provider: "aws", after: "bm90LWEtY3Vyc29y") { totalCount } }',
        'BAD_USER_INPUT',
        'after',
        /is not a cursor/,
      ],
      [
        'a page of impacted services over the maximum page size',
        '{ impactOf(id: "azure") { services(first: 51) { totalCount } } }',
        'BAD_USER_INPUT',
        'first',
        /at most 50/,
      ],
      [
        'a page of impacted vendors over the maximum page size',
        '{ impactOf(id: "azure") { vendors(first: 51) { totalCount } } }',
        'BAD_USER_INPUT',
        'first',
        /at most 50/,
      ],
      [
        'a cursor this API did not issue, for impacted services',
        '{ impactOf(id: "azure") { services(after: "b2Zmc2V0Oi0x") { totalCount } } }',
        'BAD_USER_INPUT',
        'after',
        /is not a cursor/,
      ],
      [
        'a cursor this API did not issue, for impacted vendors',
        '{ impactOf(id: "azure") { vendors(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
        'BAD_USER_INPUT',
        'after',
        /is not a cursor/,
      ],
      ['a cursor with a fractional offset', `{ controls(first: 1, after: "${cursorAt(1.5)}") { totalCount } }`, 'BAD_USER_INPUT', 'after', /is not a cursor/],
      // Reproduction #4: the offset 2^53 - 1 switched pagination off (every control, repeated cursors).
      [
        'a cursor past the largest offset',
        `{ controls(first: 1, after: "${farCursor}") { totalCount } }`,
        'BAD_USER_INPUT',
        'after',
        /offset 9007199254740991 is over/,
      ],
      [
        'a cursor past the largest offset, for impacted services',
        `{ impactOf(id: "azure") { services(first: 1, after: "${farCursor}") { totalCount } } }`,
        'BAD_USER_INPUT',
        'after',
        /offset 9007199254740991 is over/,
      ],
      [
        'a cursor past the largest offset, for impacted vendors',
        `{ impactOf(id: "azure") { vendors(first: 1, after: "${farCursor}") { totalCount } } }`,
        'BAD_USER_INPUT',
        'after',
        /offset 9007199254740991 is over/,
      ],
      [
        'a cursor past the largest offset, for vendors on a provider',
        `{ vendorsUsingInfrastructure(provider: "aws", first: 1, after: "${farCursor}") { totalCount } }`,
        'BAD_USER_INPUT',
        'after',
        /offset 9007199254740991 is over/,
      ],
      [
        'two sort fields in one element',
        '{ services(sort: { name: ASC, id: DESC }) { totalCount } }',
        'BAD_USER_INPUT',
        'sort[0]',
        /one field per sort element/,
      ],
      [
        'a country that is not an ISO code',
        '{ servicesStoringDataOutside(country: "Japan") { service { id } } }',
        'BAD_USER_INPUT',
        'country',
        /ISO 3166-1 alpha-2/,
      ],
      [
        'an impact target that does not exist',
        '{ impactOf(id: "nowhere") { target { id } } }',
        'NOT_FOUND',
        'id',
        /unknown provider, region or service "nowhere"/,
      ],
      [
        'a comparison on both a control and a metric',
        '{ compareServices(control: "iso27017:12.3.1", metric: backupGenerations) { silent } }',
        'BAD_USER_INPUT',
        'control',
        /exactly one/,
      ],
      ['a search with nothing to search for', '{ search(text: "  、。 ") { id } }', 'BAD_USER_INPUT', 'text', /at least one/],
    ])('%s', async (_case, query, code, argumentName, message) => {
      const error = await errorOf(query);
      expect(error.extensions).toMatchObject({ code, argumentName });
      expect(error.message).toMatch(message);
      expect(error.message).toContain(`"${argumentName}"`);
    });

    it.each([
      ['controls', (after: string) => `{ page: controls(first: 1, after: "${after}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`],
      [
        'impacted services',
        (after: string) => `{ impactOf(id: "azure") { page: services(first: 1, after: "${after}") { totalCount edges { cursor } pageInfo { hasNextPage } } } }`,
      ],
      [
        'impacted vendors',
        (after: string) => `{ impactOf(id: "azure") { page: vendors(first: 1, after: "${after}") { totalCount edges { cursor } pageInfo { hasNextPage } } } }`,
      ],
      [
        'vendors on a provider',
        (after: string) =>
          `{ page: vendorsUsingInfrastructure(provider: "aws", first: 1, after: "${after}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`,
      ],
    ])('a cursor past the end of the %s gives an empty page, up to the largest offset', async (_list, query) => {
      for (const offset of [1000, maxCursorOffset]) {
        const data = await app.client.data(query(cursorAt(offset)));
        const page = (data.page ?? data.impactOf.page) as { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
        expect(page.totalCount).toBeGreaterThan(0);
        expect(page.edges).toEqual([]);
        expect(page.pageInfo.hasNextPage).toBe(false);
      }
    });

    it('a value of the wrong type is refused by GraphQL validation, naming the variable', async () => {
      const error = await errorOf('query ($first: Int) { services(first: $first) { totalCount } }', { first: 'ten' });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/\$first/);
    });
  });

  describe('limits', () => {
    it('refuses a query deeper than MAX_QUERY_DEPTH, saying which limit and by how much', async () => {
      const error = await errorOf(`{ vendors { edges { node { services { dependencies { dependsOn { dependents { service { vendor { id } } } } } } } } } }`);
      expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', max: 8, actual: 10 });
      expect(error.message).toMatch(/depth limit exceeded: 10 is over the maximum of 8/);
    });

    it('refuses a query whose estimated cost is over MAX_QUERY_COMPLEXITY', async () => {
      // Eight wide branches, each fanning out over disclosures of disclosures, within the depth limit.
      const branches = Array.from({ length: 8 }, (_, i) => `b${i}: disclosures { control { disclosures { service { id } } } }`).join(' ');
      const error = await errorOf(`{ services(first: 50) { edges { node { ${branches} } } } }`);
      expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity', max: 20000 });
      expect(error.extensions!.actual as number).toBeGreaterThan(20000);
    });

    it('lets an ordinary nested list of 50 services with infrastructure and disclosures through', async () => {
      const result = await app.client.request(
        `{ services(first: 50) { edges { node { id infrastructure { basis region { id provider { id } } } disclosures { control { id code } metrics { name normalizedValue } } } } } }`,
      );
      expect(result.errors).toBeUndefined();
    });

    it('does not count introspection against the limits, so Sandbox keeps working', async () => {
      const result = await app.client.request(
        `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`,
      );
      expect(result.errors).toBeUndefined();
    });
  });

  describe('HTTP status of a request refused for what the client sent', () => {
    it.each([
      // Reproduction #6: a limit error was a 500.
      ['a page over the maximum page size', '{ vendors(first: 1000000) { totalCount } }', 'BAD_USER_INPUT'],
      [
        'a query over the depth limit',
        '{ vendors { edges { node { services { dependencies { dependsOn { dependents { service { vendor { id } } } } } } } } } }',
        'QUERY_LIMIT_EXCEEDED',
      ],
      [
        'a query over the complexity limit',
        '{ controls(first: 50) { edges { node { disclosures { service { disclosures { control { disclosures { id } } } } } } } } }',
        'QUERY_LIMIT_EXCEEDED',
      ],
      ['GraphQL that does not parse', '{ vendors(first: 1 { totalCount } }', 'GRAPHQL_PARSE_FAILED'],
      ['a field the schema does not have', '{ servic(id: "x") { id } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['a bad argument value', '{ services(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ])('%s is a 400 with its code', async (_case, query, code) => {
      const result = await app.client.request(query);
      expect(result.errors![0]!.extensions?.code).toBe(code);
      expect(result.status).toBe(400);
    });

    it('an id the graph does not hold is a 404', async () => {
      const result = await app.client.request('{ vendorsUsingInfrastructure(provider: "oracle") { totalCount } }');
      expect(result.errors![0]!.extensions?.code).toBe('NOT_FOUND');
      expect(result.status).toBe(404);
    });
  });

  describe('in production, errors do not reveal the schema', () => {
    let production: Awaited<ReturnType<typeof startSeededApp>>;
    beforeAll(async () => {
      production = await startSeededApp(engine, { NODE_ENV: 'production', WRITES_ENABLED: 'false' });
    });
    afterAll(() => production.close());

    it.each([
      // Reproduction #7: `Did you mean "service" or "services"?` with introspection off.
      ['a misspelt field', '{ servic(id: "x") { id } }', undefined, /Cannot query field "servic" on type "Query"\.$/],
      ['a misspelt argument', '{ vendor(idd: "x") { id } }', undefined, /Unknown argument "idd" on field "Query\.vendor"\.$/],
      ['a misspelt enum value', '{ vendors(sort: { name: ASCX }) { totalCount } }', undefined, /ASCX/],
      ['a misspelt input field in a variable', 'query ($w: VendorWhere) { vendors(where: $w) { totalCount } }', { w: { idd: { eq: 'x' } } }, /"idd"/],
    ])('%s: no suggestion', async (_case, query, variables, message) => {
      const result = await production.client.request(query, variables);
      expect(result.status).toBe(400);
      expect(result.errors![0]!.message).toMatch(message);
      expect(result.errors![0]!.message).not.toMatch(/Did you mean/);
    });
  });

  describe('internal errors', () => {
    /** A database whose vendor lookups fail like a broken disk would. */
    function failingVendorLookups(): Engine {
      const { db, profile } = engine.open();
      const failing = coreDatabase(db, {
        read: (statement, params) =>
          statement.name === 'read/by-id/vendors' ? Promise.reject(new Error('disk on fire at /var/lib/secret')) : db.read(statement, params),
      });
      return { db: failing, profile };
    }

    it('are masked in production, carry the request id, and are logged in full with it', async () => {
      const logged: Array<Record<string, unknown>> = [];
      const logger: Logger = {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: (message, fields) => logged.push({ message, ...fields }),
      };
      const production = await startSeededApp(engine, { NODE_ENV: 'production', WRITES_ENABLED: 'false' }, failingVendorLookups(), logger);
      try {
        const result = await production.client.request('{ vendor(id: "sios") { id } }');
        const [error] = result.errors!;
        expect(error!.message).not.toContain('disk on fire');
        expect(error!.message).toMatch(/^Internal server error/);
        expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: result.headers.get('x-request-id') });
        expect(logged).toContainEqual(
          expect.objectContaining({ message: 'resolver failed', requestId: result.headers.get('x-request-id'), error: 'disk on fire at /var/lib/secret' }),
        );
      } finally {
        await production.close();
      }
    });

    it('show their message in development', async () => {
      const development = await startSeededApp(engine, { NODE_ENV: 'development' }, failingVendorLookups());
      try {
        const result = await development.client.request('{ vendor(id: "sios") { id } }');
        expect(result.errors![0]!.message).toContain('disk on fire');
      } finally {
        await development.close();
      }
    });
  });
});
