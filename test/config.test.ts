import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';

describe('configuration', () => {
  it('defaults to the embedded engine in memory on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, neo4j: undefined, graphDataDir: undefined, introspection: true, limits: { maxPageSize: 100 } });
  });

  it('uses Neo4j when NEO4J_URI is set, routing URIs included', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret', database: 'graph', connectTimeoutMs: 15_000 });
  });

  it('names the variable and the problem when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: /);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI: must be a neo4j:\/\//);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD: is required/);
    expect(() => loadConfig({ MAX_PAGE_SIZE: '0' })).toThrow(/MAX_PAGE_SIZE/);
  });

  it.each([' ', '0x10', '1e3', '-1', '4000.5', '70000'])('rejects PORT=%j on one line naming PORT and the value', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(new RegExp(`^Invalid configuration: PORT: [^\\n]*got ${JSON.stringify(port).replace('.', '\\.')}$`));
  });

  it('takes a decimal PORT, and an empty one as unset', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it('names SEED_DIR and the path when the seed folder does not exist, unless seeding is off', () => {
    expect(() => loadConfig({ SEED_DIR: '/no/such/seed' })).toThrow(/^Invalid configuration: SEED_DIR: no folder at \/no\/such\/seed$/);
    expect(loadConfig({ SEED_DIR: '/no/such/seed', SEED_ON_EMPTY: 'false' }).seedOnEmpty).toBe(false);
  });

  it('sets every runtime bound deliberately, each configurable', () => {
    expect(loadConfig({}).http).toEqual({
      requestTimeoutMs: 10_000,
      statementConcurrency: 2,
      maxBodyBytes: 1_048_576,
      headersTimeoutMs: 10_000,
      receiveTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
      healthTimeoutMs: 2_000,
      shutdownGraceMs: 10_000,
      rateLimitPerMinute: 0,
    });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '2500', RATE_LIMIT_PER_MINUTE: '120' }).http).toMatchObject({ requestTimeoutMs: 2500, rateLimitPerMinute: 120 });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '0' })).toThrow(/REQUEST_TIMEOUT_MS: must be from 1/);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '60000' })).toThrow(/HEADERS_TIMEOUT_MS: must not be over HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
