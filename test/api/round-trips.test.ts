/**
 * No N+1: a request's database round trips depend on the shape of the
 * query, not on how many items it returns. Counted by the server itself
 * (extensions.queryStats), over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/start-test-app.js';
import { describeOnEngines, startSeededApp } from '../support/test-engines.js';

describeOnEngines('database round trips', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(() => app?.close());

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

    it('do not grow with the number of services returned', async () => {
      const two = await roundTrips(100, everyRelationship);
      const all = await roundTrips(100);
      expect(two.items).toBe(2);
      expect(all.items).toBe(11);
      expect(all.roundTrips).toBe(two.roundTrips);
    });

    it('stay within one per batched field of the query, however many items', async () => {
      // 1 list + 6 fields on Service + 9 below them (certifications, regions, countries, controls, documents,
      // services, time sources, certification nodes, providers), a loader batching once per tick: at most 17.
      const { roundTrips: count } = await roundTrips(100);
      expect(count).toBeGreaterThanOrEqual(10);
      expect(count).toBeLessThanOrEqual(17);
    });
  });
});
