/**
 * No N+1 with portfolios: the round trips of a portfolio query depend on the
 * shape of the query, not on how many portfolios, usages or requirements it
 * returns; a question scoped to a portfolio costs one round trip more than
 * the same question over the whole graph (the scope read), however many of
 * its services are hit. Counted by the server (extensions.queryStats).
 */
import { expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

const NESTED = `{ portfolios { id requirements { id kind } usages(first: 50, where: { criticality: 1 }) { totalCount edges { node { criticality service { id vendor { id } } } } } } }`;

describeOnEngines('portfolio round trips', (engine) => {
  const app = useSeededApp(engine);
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await app.client.request(query, variables);
    expect(result.errors).toBeUndefined();
    return { data: result.data!, roundTrips: result.extensions!.queryStats!.roundTrips };
  };

  // portfolios (1); the usages page of every portfolio, and their requirements (2); the usages' services (1); their vendors (1).
  const nestedShape = 5;

  it(`portfolios with usages, services, vendors and requirements: ${nestedShape} round trips for one portfolio as for two`, async () => {
    const one = await run(NESTED);
    expect(one.data.portfolios).toHaveLength(1);
    expect(one.roundTrips).toBe(nestedShape);
    await run(`mutation { createPortfolio(input: { id: "second-unit", name: "Second unit" }) { version } }`);
    for (const service of ['goooon', 'elink', 'sactona'])
      await run(`mutation($s: ID!) { addUsage(portfolio: "second-unit", input: { service: $s, criticality: 1 }) { version } }`, { s: service });
    await run(
      `mutation { addRequirement(portfolio: "second-unit", input: { id: "jp", title: "JP", kind: DATA_IN_COUNTRIES, countries: ["JP"] }) { version } }`,
    );
    const two = await run(NESTED);
    expect(two.data.portfolios).toHaveLength(2);
    expect(two.data.portfolios.map((p: any) => p.usages.totalCount)).toEqual([3, 3]);
    expect(two.roundTrips).toBe(nestedShape);
  });

  const IMPACT = `query($id: ID!, $portfolio: ID) { impactOf(id: $id, portfolio: $portfolio) {
    services(first: 50) { totalCount edges { node { criticality service { id name criticality usage { businessOwner } } paths { hops { fromId toId } } } } }
    vendors(first: 50) { totalCount edges { node { vendor { id } serviceIds } } } } }`;

  it.each(['azure', 'aws', 'sendgrid'])('impactOf(%s) scoped to a portfolio costs the unscoped round trips plus one', async (target) => {
    const all = await run(IMPACT, { id: target });
    const scoped = await run(IMPACT, { id: target, portfolio: 'demo-shoji' });
    expect(scoped.roundTrips).toBe(all.roundTrips + 1);
  });

  it.each([
    ['services', `query($p: ID) { services(first: 50, portfolio: $p) { edges { node { id criticality vendor { id } } } } }`],
    ['vendors', `query($p: ID) { vendors(first: 50, portfolio: $p) { edges { node { id services { id criticality } } } } }`],
    [
      'servicesStoringDataOutside',
      `query($p: ID) { servicesStoringDataOutside(country: "JP", portfolio: $p) { service { id criticality } locations { country { code } } } }`,
    ],
    [
      'vendorsUsingInfrastructure',
      `query($p: ID) { vendorsUsingInfrastructure(provider: "aws", portfolio: $p) { edges { node { usages { service { id criticality } } } } } }`,
    ],
    ['search', `query($p: ID) { search(text: "データ", portfolio: $p) { id service { id criticality } } }`],
  ])('%s scoped to a portfolio costs at most one round trip more than over the whole graph', async (_name, query) => {
    const all = await run(query);
    const scoped = await run(query, { p: 'demo-shoji' });
    // Search scoped skips the text-index look-up (the portfolio's services are its candidates): one more, one less.
    expect(scoped.roundTrips).toBeLessThanOrEqual(all.roundTrips + 1);
    expect(scoped.roundTrips).toBeGreaterThan(0);
  });
});
