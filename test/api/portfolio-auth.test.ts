/**
 * Portfolio data is the customer's own: with authentication configured it
 * needs the reader role even where catalogue reads are public, and portfolio
 * writes need editor. Over HTTP on every engine, with HS256 tokens.
 */
import { expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { hs256Token } from '../support/tokens.js';

const secret = 'portfolio-auth-test-secret-at-least-32-characters';
const bearer = async (roles: string[]) => ({ authorization: `Bearer ${await hs256Token(secret, 'pat', roles)}` });

const PORTFOLIO_READS = [
  ['portfolios', '{ portfolios { id } }'],
  ['portfolio', '{ portfolio(id: "demo-shoji") { id usages(first: 1) { totalCount } } }'],
  ['impactOf scoped', '{ impactOf(id: "azure", portfolio: "demo-shoji") { services(first: 5) { totalCount } } }'],
  ['services scoped', '{ services(first: 5, portfolio: "demo-shoji") { totalCount } }'],
  ['vendors scoped', '{ vendors(first: 5, portfolio: "demo-shoji") { totalCount } }'],
  ['servicesStoringDataOutside scoped', '{ servicesStoringDataOutside(country: "JP", portfolio: "demo-shoji") { service { id } } }'],
  ['vendorsUsingInfrastructure scoped', '{ vendorsUsingInfrastructure(provider: "aws", portfolio: "demo-shoji") { totalCount } }'],
  ['search scoped', '{ search(text: "バックアップ", portfolio: "demo-shoji") { id } }'],
] as const;

const CREATE = `mutation { createPortfolio(input: { id: "auth-test", name: "Auth test" }) { actor version } }`;

describeOnEngines('Portfolio access with authentication configured (catalogue reads public)', (engine) => {
  const app = useSeededApp(engine, { AUTH_JWT_SECRET: secret });

  it('serves the catalogue without a token', async () => {
    const result = await app.client.request('{ impactOf(id: "azure") { services(first: 5) { totalCount } } services(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
  });

  // A nullable field (portfolio(id)) is nulled next to its error and the response keeps 200, as for every field error (plugins/http-status.ts).
  const statusOf = (result: { data?: unknown }, status: number) => (result.data ? 200 : status);

  it.each(PORTFOLIO_READS)('refuses %s without a token: UNAUTHENTICATED, 401', async (_what, query) => {
    const result = await app.client.request(query);
    expect(result.status).toBe(statusOf(result, 401));
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result.data ?? null)).not.toContain('demo-shoji');
  });

  it.each(PORTFOLIO_READS)('refuses %s to a token with no role: FORBIDDEN, 403', async (_what, query) => {
    const result = await app.client.request(query, undefined, await bearer([]));
    expect(result.status).toBe(statusOf(result, 403));
    expect(JSON.stringify(result.data ?? null)).not.toContain('demo-shoji');
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it.each(PORTFOLIO_READS)('serves %s to a reader', async (_what, query) => {
    const result = await app.client.request(query, undefined, await bearer(['reader']));
    expect(result.errors).toBeUndefined();
  });

  it('refuses portfolio writes to a reader (FORBIDDEN) and records an editor’s under their name', async () => {
    const asReader = await app.client.request(CREATE, undefined, await bearer(['reader']));
    expect(asReader.status).toBe(403);
    expect(asReader.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await app.client.request(CREATE);
    expect(anonymous.status).toBe(401);
    const asEditor = await app.client.request(CREATE, undefined, await bearer(['editor']));
    expect(asEditor.errors).toBeUndefined();
    expect(asEditor.data!.createPortfolio).toEqual({ actor: 'pat', version: 1 });
    const usage = await app.client.request(
      `mutation { addUsage(portfolio: "auth-test", input: { service: "goooon", criticality: 1 }) { version } }`,
      undefined,
      await bearer(['reader']),
    );
    expect(usage.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
