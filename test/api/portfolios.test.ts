/**
 * Portfolios over HTTP, on every engine: the demo portfolio the seed loads
 * (seed/portfolios/demo-shoji.json), its usages filtered and paginated, its
 * requirements, and a re-seed that changes nothing. No auth is configured
 * here (the development user); portfolio-auth.test.ts covers roles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { seedDir } from '../support/seed-copy.js';
import { importSeedFolder } from '../../src/queries/curation/import-seed.js';

const demo = JSON.parse(await readFile(path.join(seedDir, 'portfolios', 'demo-shoji.json'), 'utf8')) as {
  id: string;
  name: string;
  usages: Array<{ service: string; criticality: number; dataClasses: string[] }>;
  requirements: Array<{ id: string; kind: string }>;
};

const USAGES = `query($first: Int, $after: String, $where: PortfolioUsageWhere) {
  portfolio(id: "demo-shoji") { usages(first: $first, after: $after, where: $where) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id criticality dataClasses businessOwner contractStart contractEnd service { id name } } } } } }`;

describeOnEngines('Portfolios: the seed demo portfolio', (engine) => {
  const app = useSeededApp(engine);
  const usages = async (variables: Record<string, unknown>) => (await app.client.data(USAGES, variables)).portfolio.usages;

  it('lists the portfolios and reads one by id, with every usage of its seed file', async () => {
    const data = await app.client.data(
      `{ portfolios { id name recordVersion } portfolio(id: "demo-shoji") { id name description usages(first: 50) { totalCount } } }`,
    );
    expect(data.portfolios).toEqual([{ id: 'demo-shoji', name: demo.name, recordVersion: 1 }]);
    expect(data.portfolio.usages.totalCount).toBe(demo.usages.length);
    expect(data.portfolio.description).toMatch(/fictional/);
    expect((await app.client.data(`{ portfolio(id: "nobody") { id } }`)).portfolio).toBeNull();
  });

  it('orders usages most critical first, with the service of each', async () => {
    const page = await usages({ first: 50 });
    const criticalities = page.edges.map((e: any) => e.node.criticality);
    expect(criticalities).toEqual([...criticalities].sort());
    const first = page.edges[0].node;
    const seeded = demo.usages.find((u) => u.service === first.service.id)!;
    expect(first).toMatchObject({ id: `demo-shoji|uses|${seeded.service}`, criticality: seeded.criticality, dataClasses: seeded.dataClasses });
    expect(page.edges.map((e: any) => e.node.service.id).sort()).toEqual(demo.usages.map((u) => u.service).sort());
  });

  it('filters usages by criticality and by data class (any case), and combines both', async () => {
    const ids = (page: any) => page.edges.map((e: any) => e.node.service.id).sort();
    const expected = (keep: (u: (typeof demo.usages)[number]) => boolean) =>
      demo.usages
        .filter(keep)
        .map((u) => u.service)
        .sort();
    const critical = await usages({ first: 50, where: { criticality: 1 } });
    expect(ids(critical)).toEqual(expected((u) => u.criticality === 1));
    expect(critical.totalCount).toBe(expected((u) => u.criticality === 1).length);
    expect(ids(await usages({ first: 50, where: { dataClass: 'personal' } }))).toEqual(expected((u) => u.dataClasses.includes('PERSONAL')));
    const both = await usages({ first: 50, where: { criticality: 2, dataClass: 'PERSONAL' } });
    expect(ids(both)).toEqual(expected((u) => u.criticality === 2 && u.dataClasses.includes('PERSONAL')));
    expect(ids(both).length).toBeGreaterThan(0);
  });

  it('pages through usages with cursors, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await usages({ first: 4, after });
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(demo.usages.length);
    expect(new Set(seen).size).toBe(demo.usages.length);
  });

  it('refuses a criticality outside 1..3 and a malformed data class, naming the field', async () => {
    const bad = await app.client.request(USAGES, { where: { criticality: 4 } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'where.criticality' });
    const badClass = await app.client.request(USAGES, { where: { dataClass: 'not a class' } });
    expect(badClass.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'where.dataClass' });
  });

  it('holds the requirements of its seed file, each with its kind and parameters', async () => {
    const data = await app.client.data(
      `{ portfolio(id: "demo-shoji") { requirements { id title kind countries metric value scheme requireValid control appliesToMaxCriticality appliesToDataClasses } } }`,
    );
    const requirements = data.portfolio.requirements;
    expect(requirements.map((r: any) => r.id).sort()).toEqual(demo.requirements.map((r) => `demo-shoji|req|${r.id}`).sort());
    expect(requirements.find((r: any) => r.kind === 'DATA_IN_COUNTRIES')).toMatchObject({
      countries: ['JP'],
      appliesToDataClasses: ['PERSONAL'],
      metric: null,
    });
    expect(requirements.find((r: any) => r.kind === 'CERTIFICATION_HELD')).toMatchObject({
      scheme: 'iso27001',
      requireValid: true,
      appliesToMaxCriticality: 1,
    });
    expect(
      requirements
        .filter((r: any) => r.kind === 'METRIC_AT_MOST')
        .map((r: any) => [r.metric, r.value])
        .sort(),
    ).toEqual([
      ['dataDeletionDays', 30],
      ['incidentNotificationHours', 72],
    ]);
  });

  it('records the seeded portfolio in its history, and a re-seed changes and records nothing', async () => {
    const history = await app.client.data(`{ history(id: "demo-shoji|uses|goooon") { operation actor version } }`);
    expect(history.history).toEqual([{ operation: 'CREATE', actor: 'seed', version: 1 }]);
    const again = await importSeedFolder(app.db, seedDir, app.profile.derived);
    expect(again).toMatchObject({ portfolios: 1, portfolioChanges: 0 });
    const after = await app.client.data(`{ portfolio(id: "demo-shoji") { recordVersion usages(first: 50) { totalCount } } }`);
    expect(after.portfolio).toEqual({ recordVersion: 1, usages: { totalCount: demo.usages.length } });
  });
});
