/**
 * Concentration and metric summaries over HTTP, held to an oracle computed
 * from the seed files in TypeScript (test/support/analytics-oracle.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricNames } from '../../src/seed/seed-schema.js';
import { AnalyticsOracle, portfolioRoots, readCatalogueSeed, type Dimension, type Grouping } from '../support/analytics-oracle.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { hs256Token } from '../support/tokens.js';

const dimensions: Dimension[] = ['PROVIDER', 'REGION', 'COUNTRY', 'SUBPROCESSOR', 'CERTIFICATION_ISSUER'];
const wholeGraphGroupings: Grouping[] = ['PROVIDER', 'REGION', 'VENDOR', 'CERTIFICATION'];

const concentrationQuery = `query ($by: ConcentrationDimension!, $portfolio: ID, $first: Int) {
  concentration(by: $by, portfolio: $portfolio, first: $first) {
    by totalCount scope { serviceCount vendorCount criticality { critical important other } }
    entries { key name serviceCount vendorCount share criticality { critical important other }
      services(first: 20) { service { id name } criticality direct } }
  }
}`;

const summaryQuery = `query ($metric: MetricName!, $groupBy: MetricGrouping!, $portfolio: ID) {
  metricSummary(metric: $metric, groupBy: $groupBy, portfolio: $portfolio) { metric unit groupBy groups { key name count serviceCount min max average } }
}`;

describeOnEngines('concentration and metric summaries over the whole graph', (engine) => {
  const app = useSeededApp(engine);
  let oracle: AnalyticsOracle;
  beforeAll(async () => {
    oracle = new AnalyticsOracle(await readCatalogueSeed());
  });

  it.each(dimensions)('ranks what every service depends on by %s, as the seed files say', async (by) => {
    const { concentration } = await app.client.data(concentrationQuery, { by, first: 20 });
    const expected = oracle.concentration(oracle.everyService(), by);
    expect(expected.length).toBeGreaterThan(0);
    expect(concentration.totalCount).toBe(expected.length);
    expect(concentration.scope).toEqual({ serviceCount: oracle.everyService().length, vendorCount: expect.any(Number), criticality: null });
    expect(
      concentration.entries.map((e: any) => ({
        key: e.key,
        serviceCount: e.serviceCount,
        vendorCount: e.vendorCount,
        serviceIds: e.services.map((s: any) => s.service.id).sort(),
      })),
    ).toEqual(expected.map(({ key, serviceCount, vendorCount, serviceIds }) => ({ key, serviceCount, vendorCount, serviceIds })));
    for (const entry of concentration.entries) {
      expect(entry.share).toBeCloseTo(entry.serviceCount / concentration.scope.serviceCount);
      expect(entry.criticality).toBeNull();
    }
  });

  it('names the largest provider concentration: the four Gluegent services on Google Cloud', async () => {
    const { concentration } = await app.client.data(concentrationQuery, { by: 'PROVIDER', first: 1 });
    expect(concentration.entries).toHaveLength(1);
    expect(concentration.entries[0]).toMatchObject({ key: 'gcp', name: 'Google Cloud', serviceCount: 4, vendorCount: 1 });
    expect(concentration.totalCount).toBeGreaterThan(1);
  });

  it("ranks the sub-processors reached through DEPENDS_ON, and counts a service's own infrastructure as direct", async () => {
    const { concentration } = await app.client.data(concentrationQuery, { by: 'PROVIDER', first: 20 });
    const azure = concentration.entries.find((e: any) => e.key === 'azure');
    expect(azure.services.find((s: any) => s.service.id === 'goooon')).toMatchObject({ direct: true });
    const { concentration: subprocessors } = await app.client.data(concentrationQuery, { by: 'SUBPROCESSOR', first: 20 });
    expect(subprocessors.entries.map((e: any) => e.key).sort()).toEqual(['azure-app-service', 'sendgrid']);
  });

  it("lists an entry's services up to services(first)", async () => {
    const { concentration } = await app.client.data(
      `{ concentration(by: PROVIDER, first: 1) { entries { serviceCount services(first: 2) { service { id } } } } }`,
    );
    const [entry] = concentration.entries;
    expect(entry.serviceCount).toBeGreaterThan(2);
    expect(entry.services).toHaveLength(2);
  });

  it.each(wholeGraphGroupings)('summarises every metric grouped by %s, as the seed files say', async (groupBy) => {
    for (const metric of metricNames) {
      const { metricSummary } = await app.client.data(summaryQuery, { metric, groupBy });
      const expected = oracle.metricSummary(oracle.everyService(), metric, groupBy);
      expect(
        metricSummary.groups.map(({ name: _name, ...rest }: any) => rest),
        `${metric} by ${groupBy}`,
      ).toEqual(expected.map((g) => ({ ...g, average: expect.closeTo(g.average, 6) })));
    }
  });

  it('gives the canonical unit of the metric', async () => {
    const { metricSummary } = await app.client.data(summaryQuery, { metric: 'incidentNotificationHours', groupBy: 'VENDOR' });
    expect(metricSummary).toMatchObject({ metric: 'incidentNotificationHours', unit: 'hours', groupBy: 'VENDOR' });
    expect(metricSummary.groups.length).toBeGreaterThan(0);
  });

  describe('bad input', () => {
    it('refuses CRITICALITY without a portfolio, naming groupBy', async () => {
      const result = await app.client.request(summaryQuery, { metric: 'dataDeletionDays', groupBy: 'CRITICALITY' });
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
      expect(result.errors?.[0]?.message).toMatch(/CRITICALITY needs a portfolio/);
    });

    it('answers an unknown portfolio with NOT_FOUND naming portfolio', async () => {
      for (const [query, variables] of [
        [concentrationQuery, { by: 'REGION', portfolio: 'no-such-portfolio' }],
        [summaryQuery, { metric: 'dataDeletionDays', groupBy: 'VENDOR', portfolio: 'no-such-portfolio' }],
      ] as const) {
        const result = await app.client.request(query, variables);
        expect(result.status).toBe(404);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'portfolio' });
      }
    });

    it('refuses a page over the maximum, naming first', async () => {
      const result = await app.client.request(concentrationQuery, { by: 'REGION', first: 1000 });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    });
  });
});

describeOnEngines('concentration and metric summaries over the demo portfolio', (engine) => {
  const app = useSeededApp(engine);
  const portfolio = 'demo-shoji';
  let oracle: AnalyticsOracle;
  beforeAll(async () => {
    oracle = new AnalyticsOracle(await readCatalogueSeed());
  });

  it.each(dimensions)('ranks what the portfolio depends on by %s with the criticality mix, as the seed files say', async (by) => {
    const roots = portfolioRoots(portfolio);
    const { concentration } = await app.client.data(concentrationQuery, { by, portfolio, first: 20 });
    const count = (c: number) => roots.filter((r) => r.criticality === c).length;
    expect(concentration.scope).toEqual({
      serviceCount: roots.length,
      vendorCount: expect.any(Number),
      criticality: { critical: count(1), important: count(2), other: count(3) },
    });
    const expected = oracle.concentration(roots, by);
    expect(concentration.totalCount).toBe(expected.length);
    expect(
      concentration.entries.map((e: any) => ({
        key: e.key,
        serviceCount: e.serviceCount,
        vendorCount: e.vendorCount,
        ...e.criticality,
        serviceIds: e.services.map((s: any) => s.service.id).sort(),
      })),
    ).toEqual(expected);
    for (const entry of concentration.entries) {
      const criticalities = entry.services.map((s: any) => s.criticality);
      // Most critical first, each with the portfolio's criticality of its usage.
      expect(criticalities).toEqual([...criticalities].sort());
      for (const s of entry.services) expect(s.criticality).toBe(roots.find((r) => r.service === s.service.id)!.criticality);
    }
  });

  it('says in one query how many of the critical services one provider carries', async () => {
    const { concentration } = await app.client.data(
      `query ($portfolio: ID) { concentration(by: PROVIDER, portfolio: $portfolio, first: 1) { scope { criticality { critical } } entries { name criticality { critical } } } }`,
      { portfolio },
    );
    const top = oracle.concentration(portfolioRoots(portfolio), 'PROVIDER')[0]!;
    expect(concentration.entries[0].criticality.critical).toBe(top.critical);
    expect(concentration.scope.criticality.critical).toBe(portfolioRoots(portfolio).filter((r) => r.criticality === 1).length);
  });

  it.each([...wholeGraphGroupings, 'CRITICALITY' as const])('summarises every metric over the portfolio grouped by %s', async (groupBy) => {
    for (const metric of metricNames) {
      const { metricSummary } = await app.client.data(summaryQuery, { metric, groupBy, portfolio });
      const expected = oracle.metricSummary(portfolioRoots(portfolio), metric, groupBy);
      expect(
        metricSummary.groups.map(({ name: _name, ...rest }: any) => rest),
        `${metric} by ${groupBy}`,
      ).toEqual(expected.map((g) => ({ ...g, average: expect.closeTo(g.average, 6) })));
    }
  });

  it('names the criticality groups', async () => {
    const { metricSummary } = await app.client.data(summaryQuery, { metric: 'dataDeletionDays', groupBy: 'CRITICALITY', portfolio });
    expect(metricSummary.groups.map((g: any) => [g.key, g.name])).toEqual([
      ['1', 'critical'],
      ['2', 'important'],
      ['3', 'other'],
    ]);
  });
});

describe('portfolio-scoped aggregations with authentication configured', () => {
  const secret = 'an-analytics-test-secret-of-at-least-32-chars';
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: secret });
  });
  afterAll(() => app?.close());

  it('serve the whole graph to anyone, but a portfolio only to a reader', async () => {
    expect((await app.client.request(concentrationQuery, { by: 'REGION' })).errors).toBeUndefined();
    const anonymous = await app.client.request(concentrationQuery, { by: 'REGION', portfolio: 'demo-shoji' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const summary = await app.client.request(summaryQuery, { metric: 'dataDeletionDays', groupBy: 'CRITICALITY', portfolio: 'demo-shoji' });
    expect(summary.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await hs256Token(secret, 'alice', ['reader']);
    const reader = await app.client.request(concentrationQuery, { by: 'REGION', portfolio: 'demo-shoji' }, { authorization: `Bearer ${token}` });
    expect(reader.errors).toBeUndefined();
    expect(reader.data!.concentration.scope.serviceCount).toBe(portfolioRoots('demo-shoji').length);
  });
});
