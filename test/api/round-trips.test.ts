/**
 * No N+1: a request's database round trips depend on the shape of the
 * query, not on how many items it returns. Counted by the server itself
 * (extensions.queryStats), over HTTP.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

describeOnEngines('the nested list of services', (engine) => {
  const app = useSeededApp(engine);

  const nested = `query ($first: Int, $where: ServiceWhere) {
    services(first: $first, where: $where) { totalCount edges { node {
      id name vendor { id name certifications { registrationNumber certification { id } } }
      infrastructure { basis region { id code provider { id } country { code } } evidence { document { id title version } section quote } }
      dataLocations { country { code } basis }
      disclosures { control { id code title } summary metrics { name value } evidence { document { id } } }
      dependencies { dependsOn { id } }
      timeSources { timeSource { id } }
    } } } }`;

  async function roundTrips(first: number, where?: Record<string, unknown>): Promise<{ roundTrips: number; items: number }> {
    const result = await app.client.request(nested, { first, where });
    expect(result.errors).toBeUndefined();
    return { roundTrips: result.extensions!.queryStats!.roundTrips, items: result.data!.services.edges.length };
  }

  describe('database round trips', () => {
    // A level runs only when some item has data there (a service without sub-processors never asks for
    // dependsOn), so the small page is chosen to reach every relationship the query asks for.
    const everyRelationship = { id: { in: ['goooon', 'ism-cloudone'] } };

    // One per batched field of the query, a loader batching once per tick: the page of services with its
    // totalCount (1); vendor, infrastructure, dataLocations, disclosures, dependencies, timeSources of the
    // services (6); below them the vendors' certifications, and the certifications, regions, providers,
    // countries, documents, controls, sub-processor services and time sources they point to (9). The README
    // states this number ("No N+1"); change both together.
    const perQueryShape = 16;

    it(`take exactly ${perQueryShape}, for 2 services as for all 11`, async () => {
      const two = await roundTrips(100, everyRelationship);
      const all = await roundTrips(100);
      expect(two.items).toBe(2);
      expect(all.items).toBe(11);
      expect(two.roundTrips).toBe(perQueryShape);
      expect(all.roundTrips).toBe(perQueryShape);
    });

    it('are the number the README states', () => {
      const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
      expect(readme).toContain(`takes ${perQueryShape} round trips for 2 services or for all of them`);
    });
  });
});

describeOnEngines('concentration and metric summaries', (engine) => {
  const app = useSeededApp(engine);

  async function roundTrips(query: string, variables: Record<string, unknown>): Promise<{ roundTrips: number; data: any }> {
    const result = await app.client.request(query, variables);
    expect(result.errors).toBeUndefined();
    return { roundTrips: result.extensions!.queryStats!.roundTrips, data: result.data };
  }

  // The ranking with each entry's services, and the scope it is over: two statements, run together.
  it('take 2 round trips for a concentration, for 1 entry as for all, with or without a portfolio', async () => {
    const query = `query ($by: ConcentrationDimension!, $first: Int, $portfolio: ID) {
      concentration(by: $by, first: $first, portfolio: $portfolio) { totalCount scope { serviceCount criticality { critical } }
        entries { key serviceCount criticality { critical } services(first: 20) { service { id name } criticality direct } } } }`;
    for (const portfolio of [null, 'demo-shoji']) {
      const one = await roundTrips(query, { by: 'REGION', first: 1, portfolio });
      const all = await roundTrips(query, { by: 'REGION', first: 20, portfolio });
      expect(one.data.concentration.entries).toHaveLength(1);
      expect(all.data.concentration.entries.length).toBeGreaterThan(2);
      expect([one.roundTrips, all.roundTrips]).toEqual([2, 2]);
    }
  });

  it('take 1 round trip for a metric summary over the graph, 2 over a portfolio (its existence is checked alongside)', async () => {
    const query = `query ($groupBy: MetricGrouping!, $portfolio: ID) { metricSummary(metric: dataDeletionDays, groupBy: $groupBy, portfolio: $portfolio) { groups { key count } } }`;
    expect((await roundTrips(query, { groupBy: 'VENDOR', portfolio: null })).roundTrips).toBe(1);
    expect((await roundTrips(query, { groupBy: 'CRITICALITY', portfolio: 'demo-shoji' })).roundTrips).toBe(2);
  });
});
