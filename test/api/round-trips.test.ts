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
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { roundTrips: result.extensions!.queryStats!.roundTrips, items: result.data!.services.edges.length };
  }

  describe('database round trips', () => {
    // A level runs only when some item has data there (a service without sub-processors never asks for
    // dependsOn), so the small page is chosen to reach every relationship the query asks for.
    const everyRelationship = { id: { in: ['goooon', 'ism-cloudone'] } };

    // One per batched field of the query, a loader batching once per tick: the page of services with its
    // totalCount and the vendors it names, as the query selects them (1); infrastructure, dataLocations,
    // disclosures, dependencies, timeSources of the services (5); below them the vendors' certifications,
    // and the certifications, regions, providers, countries, documents, controls, sub-processor services and
    // time sources they point to (9). The README states this number ("No N+1"); change both together.
    const perQueryShape = 15;

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

describeOnEngines('reads folded into one statement', (engine) => {
  const app = useSeededApp(engine);

  async function ask(query: string, variables?: Record<string, unknown>) {
    const result = await app.client.request(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { data: result.data!, roundTrips: result.extensions!.queryStats!.roundTrips };
  }

  it('a lookup with its vendor is two batched statements, and the vendor is the one vendor(id) gives', async () => {
    const withVendor = await ask('query ($id: ID!) { service(id: $id) { id name vendor { id name nameEn website } } }', { id: 'gluegent-gate' });
    expect(withVendor.roundTrips).toBe(2);
    const vendorId = withVendor.data.service.vendor.id;
    const vendor = await ask('query ($id: ID!) { vendor(id: $id) { id name nameEn website } }', { id: vendorId });
    expect(withVendor.data.service.vendor).toEqual(vendor.data.vendor);
    expect((await ask('query { service(id: "no-such-service") { id vendor { id } } }')).data.service).toBeNull();
  });

  it("vendorsUsingInfrastructure's usages come with their services, equal to what each service's lookup gives", async () => {
    const query = (service: string) =>
      `{ vendorsUsingInfrastructure(provider: "aws", first: 50) { edges { node { vendor { id } usages { basis ${service} } } } } }`;
    const withServices = await ask(query('service { id name category description }'));
    const without = await ask(query(''));
    // The provider and its regions (the arguments' check), the page, the usages: the services add no statement.
    expect(withServices.roundTrips).toBe(without.roundTrips);
    const usages = withServices.data.vendorsUsingInfrastructure.edges.flatMap((e: any) => e.node.usages);
    expect(usages.length).toBeGreaterThan(1);
    for (const usage of usages) {
      const looked = await ask('query ($id: ID!) { service(id: $id) { id name category description } }', { id: usage.service.id });
      expect(usage.service).toEqual(looked.data.service);
    }
  });

  it("a list's vendors come with its page (through a fragment too) and equal what each service's lookup gives", async () => {
    const listed = await ask('query { services(first: 100) { edges { node { id ...V } } } } fragment V on Service { vendor { id name nameEn website } }');
    expect(listed.roundTrips).toBe(1);
    const looked = await Promise.all(
      listed.data.services.edges.map(
        async (e: any) => (await ask('query ($id: ID!) { service(id: $id) { vendor { id } } }', { id: e.node.id })).data.service.vendor,
      ),
    );
    // Every service of the seed has a vendor; the vendors are those the services name.
    expect(listed.data.services.edges.map((e: any) => e.node.vendor?.id)).toEqual(looked.map((v) => v?.id));
    expect(looked.every((v) => v !== null)).toBe(true);
    // An empty page reads no vendor.
    const none = await ask('query { services(first: 5, where: { id: { eq: "no-such-service" } }) { totalCount edges { node { id vendor { id } } } } }');
    expect(none.data.services).toEqual({ totalCount: 0, edges: [] });
    // Not selected, not read: the page alone.
    expect((await ask('query { services(first: 100) { edges { node { id name } } } }')).roundTrips).toBe(1);
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
