import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';

describe('configuration', () => {
  it('defaults to the embedded engine in memory on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, neo4j: undefined, graphDataDir: undefined, introspection: true, limits: { maxPageSize: 100 } });
  });

  it('uses Neo4j when NEO4J_URI is set, routing URIs included', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret', database: 'graph' });
  });

  it('names the variable and the problem when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: /);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI: must be a neo4j:\/\//);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD: is required/);
    expect(() => loadConfig({ MAX_PAGE_SIZE: '0' })).toThrow(/MAX_PAGE_SIZE/);
  });

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
