/** Bad input gets a typed error naming the argument; limits say which was hit; internal errors are masked in production. */
import { describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../../src/db/graph-database.js';
import type { Logger } from '../../src/server/logger.js';
import { coreDatabase } from '../support/core-database.js';
import { describeOnEngines, startSeededApp, useSeededApp } from '../support/test-engines.js';

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

  describe('internal errors', () => {
    /** A database whose vendor lookups fail like a broken disk would. */
    function failingVendorLookups(): GraphDatabase {
      const db = engine.open();
      return coreDatabase(db, {
        read: (statement, params) =>
          statement.name === 'read/by-id/vendors' ? Promise.reject(new Error('disk on fire at /var/lib/secret')) : db.read(statement, params),
      });
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
