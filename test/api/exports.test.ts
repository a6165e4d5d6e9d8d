/**
 * Exports over HTTP: CSV (UTF-8 with a byte-order mark, CRLF, quoted) and
 * XLSX, read back here and held to the oracle computed from the seed files;
 * the errors that name the parameter; and the same authentication as the API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsOracle, readCatalogueSeed } from '../support/analytics-oracle.js';
import { seedDir } from '../support/seed-copy.js';
import { csvRows, download, errorOf, xlsxRows } from '../support/export-download.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { hs256Token } from '../support/tokens.js';

describeOnEngines('exports', (engine) => {
  const app = useSeededApp(engine);
  let oracle: AnalyticsOracle;
  beforeAll(async () => {
    oracle = new AnalyticsOracle(await readCatalogueSeed());
  });

  describe('the concentration over the whole graph', () => {
    it('is a CSV Excel opens in Japanese: BOM, CRLF, the ranking in order with its services', async () => {
      const file = await download(app.url, '/export/concentration.csv?by=REGION');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('content-disposition')).toContain('filename="concentration-all-region.csv"');
      expect(file.body.toString('utf8')).toContain('\r\n');
      const [header, ...rows] = csvRows(file.body);
      expect(header).toEqual(['Rank', 'Key', 'Name', 'Services', 'Share of 11 services (%)', 'Vendors', 'Services depending on it']);
      const expected = oracle.concentration(oracle.everyService(), 'REGION');
      expect(rows.map((r) => [r[1], Number(r[3]), Number(r[5])])).toEqual(expected.map((e) => [e.key, e.serviceCount, e.vendorCount]));
      // Japanese names intact, one per line inside the quoted cell.
      const sactonaRegion = rows.find((r) => r[1] === 'undisclosed:jp-kanto')!;
      expect(sactonaRegion[6]!.split('\n')).toEqual(['Sactonaインフラサービス']);
      const gcp = rows.find((r) => r[1] === 'gcp:us')!;
      expect(gcp[6]!.split('\n').sort()).toEqual(['Gluegent Apps グループスケジューラ', 'Gluegent Apps 共有アドレス帳', 'Gluegent Flow', 'Gluegent Gadgets']);
    });

    it('is an XLSX with the same rows', async () => {
      const [csv, xlsx] = await Promise.all([
        download(app.url, '/export/concentration.csv?by=COUNTRY'),
        download(app.url, '/export/concentration.xlsx?by=COUNTRY'),
      ]);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const { sheet, rows } = await xlsxRows(xlsx.body);
      expect(sheet).toBe('Concentration by country');
      expect(rows).toEqual(csvRows(csv.body));
      expect(rows.slice(1).map((r) => r[1])).toEqual(oracle.concentration(oracle.everyService(), 'COUNTRY').map((e) => e.key));
    });
  });

  describe('the register of the demo portfolio', () => {
    const portfolio = JSON.parse(readFileSync(path.join(seedDir, 'portfolios', 'demo-shoji.json'), 'utf8'));

    /** What the register must say of each usage, from the seed files: by criticality, then service name. */
    async function expectedRows() {
      const seed = await readCatalogueSeed();
      const all = (pick: (data: any) => any[]): any[] => seed.files.flatMap(({ data }) => pick(data));
      const services = all((d) => d.services);
      const vendors = all((d) => d.vendors);
      return portfolio.usages
        .map((u: any) => {
          const service = services.find((s: any) => s.id === u.service);
          return {
            id: u.service,
            service: service.name,
            vendor: vendors.find((v: any) => v.id === service.vendor).name,
            criticality: String(u.criticality),
            dataClasses: [...u.dataClasses],
            locations: all((d) => d.storesDataIn)
              .filter((l: any) => l.service === u.service)
              .map((l: any) => l.country)
              .sort(),
          };
        })
        .sort((a: any, b: any) => a.criticality.localeCompare(b.criticality) || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
    }

    const summary = (rows: string[][]) => {
      const [header, ...body] = rows;
      const at = (name: string) => header!.indexOf(name);
      return body.map((r) => ({
        id: r[at('Service id')],
        service: r[at('Service')],
        vendor: r[at('Vendor')],
        criticality: r[at('Criticality')]!.split(' ')[0],
        dataClasses: r[at('Data classes')]!.split('\n'),
        locations: r[at('Data locations')]!.split('\n').map((l) => l.split(' ')[0]),
      }));
    };

    it('is a CSV with one row per usage, in order, with Japanese names intact', async () => {
      const file = await download(app.url, '/export/register.csv?portfolio=demo-shoji');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toContain('filename="register-demo-shoji.csv"');
      const rows = csvRows(file.body);
      expect(summary(rows)).toEqual(await expectedRows());
      expect(rows.flat().join(' ')).toContain('サイオステクノロジー株式会社');
      // Gluegent Gate: infrastructure INFERRED on AWS in Japan, as the seed says.
      const gate = rows.find((r) => r[0] === 'gluegent-gate')!;
      expect(gate[rows[0]!.indexOf('Infrastructure')]).toMatch(/\[aws:jp\] \(INFERRED\)/);
    });

    it('is an XLSX with the same rows', async () => {
      const [csv, xlsx] = await Promise.all([
        download(app.url, '/export/register.csv?portfolio=demo-shoji'),
        download(app.url, '/export/register.xlsx?portfolio=demo-shoji'),
      ]);
      const { sheet, rows } = await xlsxRows(xlsx.body);
      expect(sheet).toBe('Register');
      expect(rows).toEqual(csvRows(csv.body));
      expect(summary(rows)).toEqual(await expectedRows());
    });
  });

  describe('the findings of the demo portfolio', () => {
    const portfolio = JSON.parse(readFileSync(path.join(seedDir, 'portfolios', 'demo-shoji.json'), 'utf8'));

    it('judge every usage against every requirement, each FAIL of the JP-only rule quoting where the data is', async () => {
      const [csv, xlsx] = await Promise.all([
        download(app.url, '/export/findings.csv?portfolio=demo-shoji'),
        download(app.url, '/export/findings.xlsx?portfolio=demo-shoji'),
      ]);
      expect([csv.status, xlsx.status]).toEqual([200, 200]);
      const [header, ...rows] = csvRows(csv.body);
      const at = (name: string) => header!.indexOf(name);
      const pairs = new Set(rows.map((r) => `${r[at('Service id')]} ${r[at('Requirement id')]!.split('|').at(-1)}`));
      expect([...pairs].sort()).toEqual(portfolio.usages.flatMap((u: any) => portfolio.requirements.map((q: any) => `${u.service} ${q.id}`)).sort());
      // Personal data of a Gluegent service kept in the United States: FAIL, with the whitepaper's sentence.
      const personalInUs = portfolio.usages
        .filter((u: any) => u.dataClasses.includes('PERSONAL') && ['gluegent-flow', 'gluegent-apps-addressbook'].includes(u.service))
        .map((u: any) => u.service);
      expect(personalInUs.length).toBeGreaterThan(0);
      for (const service of personalInUs) {
        const row = rows.find((r) => r[at('Service id')] === service && r[at('Requirement id')]!.endsWith('|jp-only-personal'))!;
        expect(row[at('Status')]).toBe('FAIL');
        expect(row[at('Quote')]).toContain('データはアメリカ合衆国に保管されます。');
        expect(row[at('Document')]).toBe('gluegent-whitepaper');
      }
      const { sheet, rows: sheetRows } = await xlsxRows(xlsx.body);
      expect(sheet).toBe('Findings');
      expect(sheetRows).toEqual([header, ...rows]);
    });
  });

  describe('refuses, naming the parameter', () => {
    it.each([
      ['/export/nope.csv', 404, 'name'],
      ['/export/concentration.pdf', 400, 'format'],
      ['/export/concentration', 400, 'format'],
      ['/export/concentration.csv?by=CONTINENT', 400, 'by'],
      ['/export/register.csv', 400, 'portfolio'],
      ['/export/findings.csv', 400, 'portfolio'],
      ['/export/findings.xlsx?portfolio=no-such-portfolio', 404, 'portfolio'],
      ['/export/register.xlsx?portfolio=no-such-portfolio', 404, 'portfolio'],
      ['/export/concentration.csv?portfolio=no-such-portfolio', 404, 'portfolio'],
    ])('%s: %i', async (path, status, parameter) => {
      const file = await download(app.url, path);
      expect(file.status).toBe(status);
      expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const error = errorOf(file);
      expect(error.extensions.parameter).toBe(parameter);
      expect(error.message).toContain(`"${parameter}"`);
    });

    it('answers a POST with 405', async () => {
      const response = await fetch(new URL('/export/concentration.csv', app.url), { method: 'POST' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    });
  });
});

describe('exports with authentication configured', () => {
  const secret = 'an-export-test-secret-of-at-least-32-characters';
  let app: TestApp;
  let readsRequired: TestApp;
  beforeAll(async () => {
    [app, readsRequired] = await Promise.all([startTestApp({ AUTH_JWT_SECRET: secret }), startTestApp({ AUTH_JWT_SECRET: secret, AUTH_READS: 'required' })]);
  });
  afterAll(async () => {
    await app?.close();
    await readsRequired?.close();
  });
  const bearer = async (roles: string[]) => ({ authorization: `Bearer ${await hs256Token(secret, 'alice', roles)}` });

  it('serves the catalogue export without a token while reads are public', async () => {
    expect((await download(app.url, '/export/concentration.csv')).status).toBe(200);
  });

  it('needs a reader for portfolio data: 401 without a token, 403 without the role, then the request is checked', async () => {
    const path = '/export/register.csv?portfolio=no-such-portfolio';
    const anonymous = await download(app.url, path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(errorOf(anonymous).extensions.code).toBe('UNAUTHENTICATED');
    const roleless = await download(app.url, path, await bearer([]));
    expect(roleless.status).toBe(403);
    expect(errorOf(roleless).extensions.code).toBe('FORBIDDEN');
    // The reader gets as far as the portfolio: unknown here.
    expect((await download(app.url, path, await bearer(['reader']))).status).toBe(404);
  });

  it('refuses a token that does not verify, even for the catalogue', async () => {
    const file = await download(app.url, '/export/concentration.csv', { authorization: 'Bearer not-a-token' });
    expect(file.status).toBe(401);
  });

  it('needs a reader for every export under AUTH_READS=required', async () => {
    expect((await download(readsRequired.url, '/export/concentration.csv')).status).toBe(401);
    expect((await download(readsRequired.url, '/export/concentration.csv', await bearer(['reader']))).status).toBe(200);
  });
});
