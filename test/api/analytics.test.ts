/**
 * Concentration and metric summaries over HTTP, held to an oracle computed
 * from the seed files in TypeScript (test/support/analytics-oracle.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { metricNames } from '../../src/seed/seed-schema.js';
import { AnalyticsOracle, readCatalogueSeed, type Dimension, type Grouping } from '../support/analytics-oracle.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

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
