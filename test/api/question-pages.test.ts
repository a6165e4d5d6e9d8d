/**
 * The questions whose answers run to megabytes on a large graph are
 * paginated like the lists: vendorsUsingInfrastructure, and the services
 * and vendors of impactOf. Walking the pages gives the whole answer once,
 * in order; an impact report reads only the parts a query asks for.
 */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { connectionFields, walkConnection } from '../support/connection-pages.js';
import { gluegentOnGoogleCloud } from '../support/seed-facts.js';

describeOnEngines('paginated questions', (engine) => {
  const app = useSeededApp(engine);

  const vendorsQuery = `query ($first: Int, $after: String) {
    vendorsUsingInfrastructure(provider: "aws", first: $first, after: $after) { ${connectionFields} } }
    fragment Node on VendorInfrastructureDependency { vendor { id name } strongestBasis usages { service { id } region { id } basis } }`;

  const impactedServicesQuery = `query ($first: Int, $after: String) {
    impactOf(id: "gcp") { services(first: $first, after: $after) { ${connectionFields} } } }
    fragment Node on ImpactedService { service { id } direct basis paths { basis hops { relationship fromId toId basis } } }`;

  const impactedVendorsQuery = `query ($first: Int, $after: String) {
    impactOf(id: "undisclosed") { vendors(first: $first, after: $after) { ${connectionFields} } } }
    fragment Node on ImpactedVendor { vendor { id name } serviceIds }`;

  describe('vendorsUsingInfrastructure pages', () => {
    it('walk over the whole answer one vendor at a time, each vendor once, by name then id, as one page gives it', async () => {
      const { nodes, pages, totalCount } = await walkConnection(app.client, vendorsQuery, (d) => d.vendorsUsingInfrastructure, 1);
      const whole = await walkConnection(app.client, vendorsQuery, (d) => d.vendorsUsingInfrastructure, 100);
      expect(totalCount).toBe(2);
      expect(pages).toBe(2);
      expect(whole.pages).toBe(1);
      expect(nodes).toEqual(whole.nodes);
      expect(nodes.map((n) => n.vendor.id)).toEqual(['qualitysoft', 'sios']);
      const keys = nodes.map((n) => `${n.vendor.name}\u0000${n.vendor.id}`);
      expect(keys).toEqual([...keys].sort());
      expect(nodes[1]).toMatchObject({
        strongestBasis: 'INFERRED',
        usages: [{ service: { id: 'gluegent-gate' }, region: { id: 'aws:jp' }, basis: 'INFERRED' }],
      });
    });

    it('give an empty last page after the last cursor, still with the total', async () => {
      const { vendorsUsingInfrastructure: all } = await app.client.data(`{ vendorsUsingInfrastructure(provider: "aws") { pageInfo { endCursor } } }`);
      const { vendorsUsingInfrastructure: past } = await app.client.data(
        `query ($after: String) { vendorsUsingInfrastructure(provider: "aws", after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } } }`,
        { after: all.pageInfo.endCursor },
      );
      expect(past).toEqual({ totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null }, edges: [] });
    });
  });

  describe('impactOf pages', () => {
    it('walk over every impacted service once, nearest first then by id, each with its paths', async () => {
      const { nodes, pages, totalCount } = await walkConnection(app.client, impactedServicesQuery, (d) => d.impactOf.services, 3);
      const whole = await walkConnection(app.client, impactedServicesQuery, (d) => d.impactOf.services, 100);
      expect(totalCount).toBe(4);
      expect(pages).toBe(2);
      expect(nodes).toEqual(whole.nodes);
      expect(nodes.map((n) => n.service.id)).toEqual(gluegentOnGoogleCloud);
      for (const node of nodes) {
        expect(node).toMatchObject({ direct: true, basis: 'STATED' });
        expect(node.paths).toEqual([
          {
            basis: 'STATED',
            hops: [
              { relationship: 'USES_INFRA', fromId: node.service.id, toId: 'gcp:us', basis: 'STATED' },
              { relationship: 'OPERATED_BY', fromId: 'gcp:us', toId: 'gcp', basis: 'STATED' },
            ],
          },
        ]);
      }
    });

    it('walk over every impacted vendor once, by name then id, with its impacted services', async () => {
      const { nodes, pages, totalCount } = await walkConnection(app.client, impactedVendorsQuery, (d) => d.impactOf.vendors, 1);
      expect(totalCount).toBe(2);
      expect(pages).toBe(2);
      expect(nodes).toEqual([
        { vendor: { id: 'outlook-consulting', name: 'アウトルックコンサルティング株式会社' }, serviceIds: ['sactona'] },
        { vendor: { id: 'baimosoft', name: '株式会社バイモソフト' }, serviceIds: ['elink'] },
      ]);
    });

    it('read only the parts a query asks for: the target alone, a count, a page, the paths', async () => {
      const roundTrips = async (selection: string) => {
        const result = await app.client.request(`{ impactOf(id: "azure:japaneast") { ${selection} } }`);
        expect(result.errors).toBeUndefined();
        return result.extensions!.queryStats!.roundTrips;
      };
      const target = await roundTrips('target { id }');
      expect(await roundTrips('target { id } services { totalCount }')).toBe(target + 1);
      expect(await roundTrips('target { id } services { pageInfo { hasNextPage } }')).toBe(target + 1);
      // A page read counts too: totalCount asked with edges or pageInfo costs nothing more.
      expect(await roundTrips('target { id } services { totalCount edges { node { direct paths { basis } } } }')).toBe(target + 2);
      expect(await roundTrips('target { id } services { edges { node { direct } } totalCount pageInfo { hasNextPage } }')).toBe(target + 2);
      expect(await roundTrips('target { id } vendors { totalCount edges { node { serviceIds } } }')).toBe(target + 1);
      // Both pages from one walk (src/graphql/impact-page-reader.ts), then the paths of the services' page.
      expect(
        await roundTrips('target { id } services { totalCount edges { node { paths { basis } } } } vendors { totalCount edges { node { serviceIds } } }'),
      ).toBe(target + 2);
      // Two windows of one part, under aliases: each page on its own, each with its paths.
      expect(await roundTrips('target { id } a: services(first: 1) { edges { node { direct } } } b: services(first: 2) { edges { node { direct } } }')).toBe(
        target + 4,
      );
    });

    it('give both pages read together as each page read alone, for every kind of target, window and scope', async () => {
      const page = `totalCount edges { cursor node { service { id name vendor { id } } direct basis paths { basis hops { fromId toId } } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
      const vendorPage = `totalCount edges { cursor node { vendor { id name nameEn website } serviceIds } } pageInfo { hasNextPage endCursor }`;
      const common = `$id: ID!, $portfolio: ID`;
      const servicesArgs = `$sFirst: Int, $sAfter: String`;
      const vendorsArgs = `$vFirst: Int, $vAfter: String`;
      const both = `query (${common}, ${servicesArgs}, ${vendorsArgs}) { impactOf(id: $id, portfolio: $portfolio) {
        services(first: $sFirst, after: $sAfter) { ${page} } vendors(first: $vFirst, after: $vAfter) { ${vendorPage} } } }`;
      const servicesAlone = `query (${common}, ${servicesArgs}) { impactOf(id: $id, portfolio: $portfolio) { services(first: $sFirst, after: $sAfter) { ${page} } } }`;
      const vendorsAlone = `query (${common}, ${vendorsArgs}) { impactOf(id: $id, portfolio: $portfolio) { vendors(first: $vFirst, after: $vAfter) { ${vendorPage} } } }`;
      // Each query is sent only the variables it declares.
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const declared = Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}:`)));
        const result = await app.client.request(query, declared);
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        return result.data!.impactOf;
      };
      const ids = await app.client.request(
        '{ infrastructureProviders(first: 100) { edges { node { id } } } regions(first: 100) { edges { node { id } } } services(first: 100) { edges { node { id } } } }',
      );
      const targets = [...ids.data!.infrastructureProviders.edges, ...ids.data!.regions.edges, ...ids.data!.services.edges].map(
        (e: any) => e.node.id as string,
      );
      let hit = 0;
      for (const id of targets) {
        for (const portfolio of [null, 'demo-shoji']) {
          const first = { id, portfolio, sFirst: 2, vFirst: 1 };
          const together = await ask(both, first);
          expect(together.services).toEqual((await ask(servicesAlone, first)).services);
          expect(together.vendors).toEqual((await ask(vendorsAlone, first)).vendors);
          if (together.services.totalCount > 0) hit += 1;
          // The next windows, of other sizes, past the end too.
          const next = { ...first, sFirst: 1, sAfter: together.services.pageInfo.endCursor, vFirst: 3, vAfter: together.vendors.pageInfo.endCursor };
          const later = await ask(both, next);
          expect(later.services).toEqual((await ask(servicesAlone, next)).services);
          expect(later.vendors).toEqual((await ask(vendorsAlone, next)).vendors);
        }
      }
      // Targets that hit something and targets that hit nothing were both compared.
      expect(hit).toBeGreaterThan(3);
      expect(hit).toBeLessThan(targets.length * 2);
    });
  });
});
