/**
 * Questions scoped to a portfolio, over HTTP on every engine: each answers
 * only about the services the portfolio uses (and their vendors), every
 * service with its criticality there, and agrees with the same question
 * over the whole graph narrowed by hand to the portfolio's services (the
 * seed file, read here, is the oracle). An unknown portfolio is NOT_FOUND.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { seedDir } from '../support/seed-copy.js';

const demo = JSON.parse(await readFile(path.join(seedDir, 'portfolios', 'demo-shoji.json'), 'utf8')) as {
  usages: Array<{ service: string; criticality: number }>;
};
const criticalityOf = new Map(demo.usages.map((u) => [u.service, u.criticality]));
const ours = (id: string) => criticalityOf.has(id);

const IMPACT = `query($id: ID!, $portfolio: ID) { impactOf(id: $id, portfolio: $portfolio) {
  services(first: 100) { totalCount edges { node { criticality direct service { id criticality usage { businessOwner } } paths { basis hops { relationship fromId toId basis evidence { quote } } } } } }
  vendors(first: 100) { totalCount edges { node { vendor { id } serviceIds } } } } }`;

describeOnEngines('Questions scoped to a portfolio', (engine) => {
  const app = useSeededApp(engine);
  const impact = async (id: string, portfolio?: string) => (await app.client.data(IMPACT, { id, portfolio })).impactOf;

  describe('impactOf', () => {
    it.each(['azure', 'aws', 'azure:japaneast', 'sendgrid', 'undisclosed'])(
      'impactOf(%s, portfolio) reports only our services hit, each with its criticality and the same paths as over the whole graph',
      async (target) => {
        const [all, scoped] = await Promise.all([impact(target), impact(target, 'demo-shoji')]);
        const expected = all.services.edges.filter((e: any) => ours(e.node.service.id));
        expect(scoped.services.totalCount).toBe(expected.length);
        expect(scoped.services.edges.map((e: any) => e.node.service.id)).toEqual(expected.map((e: any) => e.node.service.id));
        for (const { node } of scoped.services.edges) {
          expect(node.criticality).toBe(criticalityOf.get(node.service.id));
          expect(node.service.criticality).toBe(criticalityOf.get(node.service.id));
          expect(node.service.usage.businessOwner).toEqual(expect.any(String));
          expect(node.paths).toEqual(all.services.edges.find((e: any) => e.node.service.id === node.service.id).node.paths);
        }
        // Vendors: those of our services hit, with only our services.
        const hitIds = new Set(expected.map((e: any) => e.node.service.id));
        const expectedVendors = all.vendors.edges
          .map((e: any) => ({ vendor: e.node.vendor, serviceIds: e.node.serviceIds.filter((id: string) => hitIds.has(id)) }))
          .filter((v: any) => v.serviceIds.length > 0);
        expect(scoped.vendors.edges.map((e: any) => e.node)).toEqual(expectedVendors);
        // Over the whole graph, no criticality.
        for (const { node } of all.services.edges) expect([node.criticality, node.service.criticality, node.service.usage]).toEqual([null, null, null]);
      },
    );

    it('names our critical service hit by Azure, GooooN, and the path: its stated use of Japan East', async () => {
      const scoped = await impact('azure', 'demo-shoji');
      const critical = scoped.services.edges.filter((e: any) => e.node.criticality === 1).map((e: any) => e.node);
      expect(critical.map((n: any) => n.service.id)).toContain('goooon');
      const goooon = critical.find((n: any) => n.service.id === 'goooon');
      expect(goooon.paths.length).toBeGreaterThan(0);
      const hops = goooon.paths.flatMap((p: any) => p.hops);
      expect(hops.some((h: any) => h.relationship === 'USES_INFRA')).toBe(true);
      expect(hops.every((h: any) => h.relationship === 'OPERATED_BY' || h.evidence.quote.length > 0)).toBe(true);
    });

    it('leaves out the services a smaller portfolio does not use, and the vendors with none of its services', async () => {
      await app.client.data(`mutation { createPortfolio(input: { id: "hr-unit", name: "人事部" }) { version } }`);
      await app.client.data(`mutation { addUsage(portfolio: "hr-unit", input: { service: "goooon", criticality: 1 }) { version } }`);
      await app.client.data(`mutation { addUsage(portfolio: "hr-unit", input: { service: "gluegent-flow", criticality: 2 }) { version } }`);
      const [all, scoped] = await Promise.all([impact('gcp'), impact('gcp', 'hr-unit')]);
      expect(all.services.totalCount).toBeGreaterThan(1);
      expect(scoped.services.edges.map((e: any) => [e.node.service.id, e.node.criticality])).toEqual([['gluegent-flow', 2]]);
      expect(scoped.vendors.edges.map((e: any) => e.node)).toEqual([{ vendor: { id: 'sios' }, serviceIds: ['gluegent-flow'] }]);
      expect((await impact('aws', 'hr-unit')).services.totalCount).toBe(0);
    });

    it('answers NOT_FOUND for an unknown portfolio, naming the argument', async () => {
      const result = await app.client.request(IMPACT, { id: 'azure', portfolio: 'nobody' });
      expect(result.status).toBe(404);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'portfolio' });
    });
  });

  it('servicesStoringDataOutside(JP, portfolio): our services only, with criticality, the same locations', async () => {
    const query = `query($portfolio: ID) { servicesStoringDataOutside(country: "JP", portfolio: $portfolio) { service { id criticality } locations { id evidence { quote } } } }`;
    const [all, scoped] = await Promise.all([app.client.data(query), app.client.data(query, { portfolio: 'demo-shoji' })]);
    const expected = all.servicesStoringDataOutside
      .filter((r: any) => ours(r.service.id))
      .map((r: any) => ({ ...r, service: { id: r.service.id, criticality: criticalityOf.get(r.service.id) } }));
    expect(expected.length).toBeGreaterThan(0);
    expect(scoped.servicesStoringDataOutside).toEqual(expected);
    expect(JSON.stringify(scoped)).toContain('データはアメリカ合衆国に保管されます。');
  });

  it('vendorsUsingInfrastructure(portfolio): vendors of our services only, each usage’s service with its criticality', async () => {
    const query = `query($portfolio: ID) { vendorsUsingInfrastructure(provider: "aws", first: 50, portfolio: $portfolio) { totalCount edges { node { vendor { id } usages { id service { id criticality } } } } } }`;
    const [all, scoped] = await Promise.all([app.client.data(query), app.client.data(query, { portfolio: 'demo-shoji' })]);
    const expected = all.vendorsUsingInfrastructure.edges
      .map((e: any) => ({
        vendor: e.node.vendor,
        usages: e.node.usages
          .filter((u: any) => ours(u.service.id))
          .map((u: any) => ({ ...u, service: { ...u.service, criticality: criticalityOf.get(u.service.id) } })),
      }))
      .filter((v: any) => v.usages.length > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(scoped.vendorsUsingInfrastructure.edges.map((e: any) => e.node)).toEqual(expected);
    expect(scoped.vendorsUsingInfrastructure.totalCount).toBe(expected.length);
  });

  it('services and vendors lists (portfolio): only ours, with filters, criticality and the vendor’s services narrowed', async () => {
    const services = await app.client.data(`{ services(first: 50, portfolio: "demo-shoji") { totalCount edges { node { id criticality } } } }`);
    expect(services.services.edges.map((e: any) => [e.node.id, e.node.criticality]).sort()).toEqual([...criticalityOf.entries()].sort());
    const all = await app.client.data(`{ services(first: 50) { totalCount } }`);
    expect(all.services.totalCount).toBeGreaterThan(services.services.totalCount);
    const filtered = await app.client.data(`{ services(first: 50, portfolio: "demo-shoji", where: { vendor: { eq: "sios" } }) { edges { node { id } } } }`);
    expect(filtered.services.edges.map((e: any) => e.node.id).sort()).toEqual([...criticalityOf.keys()].filter((id) => id.startsWith('gluegent')).sort());
    const vendors = await app.client.data(`{ vendors(first: 50, portfolio: "demo-shoji") { edges { node { id services { id criticality } } } } }`);
    const vendorServices = vendors.vendors.edges.flatMap((e: any) => e.node.services);
    expect(vendorServices.map((s: any) => s.id).sort()).toEqual([...criticalityOf.keys()].sort());
    expect(vendorServices.every((s: any) => s.criticality === criticalityOf.get(s.id))).toBe(true);
    expect(vendors.vendors.edges.map((e: any) => e.node.id)).not.toContain('microsoft');
  });

  it('search(portfolio): hits about our services, their vendors and disclosures only', async () => {
    const query = `query($portfolio: ID) { search(text: "バックアップ", first: 50, portfolio: $portfolio) { kind id service { id criticality } } }`;
    const [all, scoped] = await Promise.all([app.client.data(query), app.client.data(query, { portfolio: 'demo-shoji' })]);
    expect(scoped.search.length).toBeGreaterThan(0);
    for (const hit of scoped.search) {
      expect(['VENDOR', 'SERVICE', 'DISCLOSURE']).toContain(hit.kind);
      if (hit.service) expect(hit.service.criticality).toBe(criticalityOf.get(hit.service.id));
    }
    const expected = all.search.filter((h: any) => h.service && ours(h.service.id)).map((h: any) => h.id);
    expect(
      scoped.search
        .filter((h: any) => h.service)
        .map((h: any) => h.id)
        .sort(),
    ).toEqual(expected.sort());
  });
});
