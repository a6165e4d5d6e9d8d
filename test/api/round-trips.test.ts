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
