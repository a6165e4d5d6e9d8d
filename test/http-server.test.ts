/** The HTTP surface: GraphQL round trip, health, Sandbox, introspection settings, CSRF, request ids. */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, startSeededApp, useSeededApp } from './support/test-engines.js';

describeOnEngines('the HTTP surface', (engine) => {
  describe('HTTP server (development settings)', () => {
    const app = useSeededApp(engine, { NODE_ENV: 'development' });

    it('answers { __typename } at /graphql', async () => {
      expect(await app.client.data('{ __typename }')).toEqual({ __typename: 'Query' });
    });

    it('reports the database as reachable on GET /health', async () => {
      const response = await fetch(new URL('/health', app.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', engine: engine.name, database: 'reachable' });
    });

    it('serves the Apollo Sandbox landing page to a browser', async () => {
      const response = await fetch(app.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('embeddable-sandbox');
    });

    it('allows introspection in development', async () => {
      const data = await app.client.data<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
      expect(data.__schema.queryType.name).toBe('Query');
    });

    it('blocks a simple GET request that could be a CSRF, and accepts it with the preflight header', async () => {
      const url = `${app.url}?query=${encodeURIComponent('{ __typename }')}`;
      const blocked = await fetch(url);
      expect(blocked.status).toBe(400);
      expect(await blocked.text()).toMatch(/CSRF/);
      const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
    });

    it('echoes a request id, or makes one, and attaches it to errors', async () => {
      const given = await app.client.request('{ __typename }', undefined, { 'x-request-id': 'trace-123' });
      expect(given.headers.get('x-request-id')).toBe('trace-123');
      const made = await app.client.request('{ vendors(first: -1) { totalCount } }');
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.errors?.[0]?.extensions?.requestId).toBe(made.headers.get('x-request-id'));
    });

    it('answers unknown paths with 404, bad JSON with 400 and oversized bodies with 413', async () => {
      expect((await fetch(new URL('/nope', app.url))).status).toBe(404);
      const badJson = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
      expect(badJson.status).toBe(400);
      const huge = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }),
      });
      expect(huge.status).toBe(413);
    });
  });

  describe('HTTP server (production settings)', () => {
    it('turns introspection off by default, and on when INTROSPECTION=true', async () => {
      const closed = await startSeededApp(engine, { NODE_ENV: 'production', WRITES_ENABLED: 'false' });
      try {
        const result = await closed.client.request('{ __schema { queryType { name } } }');
        expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      } finally {
        await closed.close();
      }
      const open = await startSeededApp(engine, { NODE_ENV: 'production', WRITES_ENABLED: 'false', INTROSPECTION: 'true' });
      try {
        expect((await open.client.data('{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
      } finally {
        await open.close();
      }
    });
  });
});
