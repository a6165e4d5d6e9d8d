/**
 * Findings and the compliance matrix over HTTP, on every engine, on the seed
 * and its demo portfolio (seed/portfolios/demo-shoji.json). Expectations
 * come from the seed files and from the catalogue read through the API, not
 * from numbers written here: each requirement kind is checked for PASS,
 * FAIL and UNKNOWN against the facts that decide it, with their quotes.
 * Findings are computed live: a curation write changes them.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { seedDir } from '../support/seed-copy.js';
import { gluegentOnGoogleCloud } from '../support/seed-facts.js';
import { hs256Token } from '../support/tokens.js';

interface DemoUsage {
  service: string;
  criticality: number;
  dataClasses: string[];
}
interface DemoRequirement {
  id: string;
  kind: string;
  countries?: string[];
  metric?: string;
  value?: number;
  scheme?: string;
  control?: string;
  appliesToMaxCriticality?: number;
  appliesToDataClasses?: string[];
}
const demo = JSON.parse(await readFile(path.join(seedDir, 'portfolios', 'demo-shoji.json'), 'utf8')) as {
  id: string;
  usages: DemoUsage[];
  requirements: DemoRequirement[];
};
interface SeedLocation {
  service: string;
  country: string;
  basis: string;
  evidence: { section: string; quote: string };
}
const seedLocations: SeedLocation[] = [];
for (const file of await readdir(path.join(seedDir, 'documents'))) {
  const seed = JSON.parse(await readFile(path.join(seedDir, 'documents', file), 'utf8')) as { storesDataIn?: SeedLocation[] };
  seedLocations.push(...(seed.storesDataIn ?? []));
}

const usSentence = 'データはアメリカ合衆国に保管されます。';
/** The services whose data location the Gluegent whitepaper gives as the United States, in that sentence. */
const storedInUs = seedLocations.filter((l) => l.country === 'US' && l.evidence.quote.includes(usSentence)).map((l) => l.service);
const requirement = (slug: string) => demo.requirements.find((r) => r.id === slug)!;
const applies = (r: DemoRequirement, u: DemoUsage) =>
  (r.appliesToMaxCriticality === undefined || u.criticality <= r.appliesToMaxCriticality) &&
  (r.appliesToDataClasses === undefined || u.dataClasses.some((c) => r.appliesToDataClasses!.includes(c)));

/** The day certificates are judged on. */
const asOf = '2026-06-15';
const allStatuses = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_APPLICABLE'];

const FINDINGS = `query($portfolio: ID!, $where: FindingWhere, $first: Int, $after: String, $asOf: String) {
  findings(portfolio: $portfolio, where: $where, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status note service { id } usage { id criticality dataClasses } requirement { id kind }
      evidence { factId factType claim basis reasoning service { id } vendor { id } evidence { document { id } section quote } } } } } }`;

interface FoundEvidence {
  factId: string;
  factType: string;
  claim: string;
  basis: string | null;
  reasoning: string | null;
  service: { id: string } | null;
  vendor: { id: string } | null;
  evidence: { document: { id: string }; section: string; quote: string };
}
interface Found {
  id: string;
  status: string;
  note: string;
  service: { id: string };
  usage: { id: string; criticality: number; dataClasses: string[] };
  requirement: { id: string; kind: string };
  evidence: FoundEvidence[];
}

describeOnEngines('Findings: requirements judged against the demo portfolio', (engine) => {
  const app = useSeededApp(engine);

  async function findings(where: Record<string, unknown> = {}, day = asOf): Promise<Found[]> {
    const data = await app.client.data(FINDINGS, { portfolio: demo.id, where, first: 60, asOf: day });
    expect(data.findings.pageInfo.hasNextPage).toBe(false);
    return data.findings.edges.map((e: any) => e.node);
  }
  const byService = (list: Found[]) => new Map(list.map((f) => [f.service.id, f]));
  const servicesWith = (list: Found[], status: string) =>
    list
      .filter((f) => f.status === status)
      .map((f) => f.service.id)
      .sort();

  /** Each used service's disclosures, infrastructure and dependencies, read through the catalogue API. */
  let catalogue: Map<string, any>;
  beforeAll(async () => {
    const data = await app.client.data(
      `query($ids: [ID!]) { services(first: 100, where: { id: { in: $ids } }) { edges { node { id
        vendor { id certifications { id certification { id } evidence { quote } } }
        disclosures { id control { id } metrics { name normalizedValue } evidence { quote } }
        infrastructure { id basis reasoning }
        dependencies { dependsOn { id infrastructure { id basis } } } } } } }`,
      { ids: demo.usages.map((u) => u.service) },
    );
    catalogue = new Map(data.services.edges.map((e: any) => [e.node.id, e.node]));
    expect(catalogue.size).toBe(demo.usages.length);
  });

  describe('DATA_IN_COUNTRIES', () => {
    it('FAILs every PERSONAL usage whose data the documents put in the United States, quoting the sentence that says so', async () => {
      expect([...storedInUs].sort()).toEqual(gluegentOnGoogleCloud);
      const jp = requirement('jp-only-personal');
      const covered = demo.usages.filter((u) => applies(jp, u));
      const list = await findings({ requirement: ['jp-only-personal'] });
      expect(list.map((f) => f.service.id).sort()).toEqual(covered.map((u) => u.service).sort());

      const expectFail = covered.filter((u) => seedLocations.some((l) => l.service === u.service && !jp.countries!.includes(l.country)));
      expect(expectFail.length).toBeGreaterThan(0);
      expect(servicesWith(list, 'FAIL')).toEqual(expectFail.map((u) => u.service).sort());
      for (const f of list.filter((x) => x.status === 'FAIL')) {
        expect(f.evidence.length).toBeGreaterThan(0);
        for (const e of f.evidence) {
          expect(e).toMatchObject({
            factType: 'STORES_DATA_IN',
            basis: 'STATED',
            service: { id: f.service.id },
            evidence: { document: { id: 'gluegent-whitepaper' } },
          });
          expect(e.evidence.quote).toContain(usSentence);
          expect(e.claim).toContain('US');
        }
        expect(f.note).toMatch(/outside JP/);
      }
    });

    it('PASSes a usage whose every stated location is in Japan, quoting it, and is UNKNOWN where the documents state none', async () => {
      const jp = requirement('jp-only-personal');
      const list = byService(await findings({ requirement: ['jp-only-personal'] }));
      for (const u of demo.usages.filter((x) => applies(jp, x))) {
        const locations = seedLocations.filter((l) => l.service === u.service);
        const f = list.get(u.service)!;
        if (locations.length === 0) {
          expect(f, u.service).toMatchObject({ status: 'UNKNOWN', evidence: [] });
          expect(f.note).toMatch(/no data location/);
        } else if (locations.every((l) => jp.countries!.includes(l.country))) {
          expect(f.status, u.service).toBe('PASS');
          expect(f.evidence.map((e) => e.evidence.quote).sort()).toEqual(locations.map((l) => l.evidence.quote).sort());
        }
      }
      expect(list.get('gluegent-gate')?.status).toBe('PASS');
      expect(list.get('gluegent-gate')?.evidence[0]?.evidence.quote).toContain('データは日本国内に保管されます。');
    });

    it('leaves out the usages a requirement does not cover, and lists them as NOT_APPLICABLE with the reason when asked', async () => {
      const jp = requirement('jp-only-personal');
      const outside = demo.usages.filter((u) => !applies(jp, u));
      expect(outside.length).toBeGreaterThan(0);
      const list = await findings({ requirement: ['jp-only-personal'], status: ['NOT_APPLICABLE'] });
      expect(list.map((f) => f.service.id).sort()).toEqual(outside.map((u) => u.service).sort());
      for (const f of list) expect(f.note).toMatch(/PERSONAL/);
    });
  });

  describe('METRIC_AT_MOST', () => {
    it('judges every disclosed value against the bound, quoting the disclosures, and is UNKNOWN for a service that states none', async () => {
      for (const slug of ['deletion-within-30-days', 'incident-notice-72h']) {
        const r = requirement(slug);
        const list = byService(await findings({ requirement: [slug] }));
        const seen = new Set<string>();
        for (const u of demo.usages.filter((x) => applies(r, x))) {
          const disclosures = catalogue.get(u.service).disclosures.filter((d: any) => d.metrics.some((m: any) => m.name === r.metric));
          const values = disclosures.flatMap((d: any) => d.metrics.filter((m: any) => m.name === r.metric).map((m: any) => m.normalizedValue));
          const f = list.get(u.service)!;
          const expected = values.length === 0 ? 'UNKNOWN' : values.some((v: number) => v > r.value!) ? 'FAIL' : 'PASS';
          expect(f.status, `${slug} ${u.service}`).toBe(expected);
          seen.add(expected);
          if (expected === 'UNKNOWN') expect(f.evidence).toEqual([]);
          else {
            const breaking = disclosures.filter(
              (d: any) => expected === 'PASS' || d.metrics.some((m: any) => m.name === r.metric && m.normalizedValue > r.value!),
            );
            expect(f.evidence.map((e) => e.factId).sort(), `${slug} ${u.service}`).toEqual(breaking.map((d: any) => d.id).sort());
            for (const e of f.evidence) expect(e.factType).toBe('IMPLEMENTS');
          }
        }
        if (slug === 'deletion-within-30-days') expect([...seen].sort()).toEqual(['FAIL', 'PASS']);
      }
    });

    it('quotes the deadline that breaks the bound: Gluegent deletes within 90 days', async () => {
      const f = byService(await findings({ requirement: ['deletion-within-30-days'], service: ['gluegent-flow'] })).get('gluegent-flow')!;
      expect(f.status).toBe('FAIL');
      expect(f.evidence[0]!.evidence.quote).toContain('90 日以内');
      expect(f.note).toMatch(/at most 30 days.*90 days/);
    });
  });

  describe('CONTROL_DISCLOSED', () => {
    it('PASSes with the disclosure quoted when the service discloses the control, and is UNKNOWN when it is silent', async () => {
      const r = requirement('backup-disclosed');
      const list = byService(await findings({ requirement: ['backup-disclosed'] }));
      for (const u of demo.usages.filter((x) => applies(r, x))) {
        const disclosed = catalogue.get(u.service).disclosures.filter((d: any) => d.control.id === r.control);
        const f = list.get(u.service)!;
        expect(f.status, u.service).toBe(disclosed.length > 0 ? 'PASS' : 'UNKNOWN');
        expect(f.evidence.map((e) => e.evidence.quote).sort()).toEqual(disclosed.map((d: any) => d.evidence.quote).sort());
      }
    });
  });

  describe('NO_INFERRED_ONLY_INFRASTRUCTURE', () => {
    it('FAILs a service whose infrastructure is known only by inference, quoting the reasoning, and PASSes one with a STATED link', async () => {
      const list = byService(await findings({ requirement: ['no-inferred-only-infrastructure'] }));
      const seen = new Set<string>();
      for (const u of demo.usages) {
        const service = catalogue.get(u.service);
        const holders = [service.infrastructure, ...service.dependencies.map((d: any) => d.dependsOn.infrastructure)].filter((links) => links.length > 0);
        const expected = holders.length === 0 ? 'UNKNOWN' : holders.some((links: any[]) => links.every((l) => l.basis === 'INFERRED')) ? 'FAIL' : 'PASS';
        const f = list.get(u.service)!;
        expect(f.status, u.service).toBe(expected);
        seen.add(expected);
        if (expected === 'FAIL') {
          for (const e of f.evidence) {
            expect(e).toMatchObject({ factType: 'USES_INFRA', basis: 'INFERRED' });
            expect(e.reasoning).toBeTruthy();
          }
        }
        if (expected === 'PASS') for (const e of f.evidence) expect(e.basis).toBe('STATED');
      }
      expect(seen).toContain('FAIL');
      expect(seen).toContain('PASS');
      expect(list.get('gluegent-gate')?.status).toBe('FAIL');
    });
  });

  describe('CERTIFICATION_HELD', () => {
    it('is UNKNOWN, with the certificate quoted, when the vendor holds one the documents give no dates for', async () => {
      const r = requirement('valid-isms-critical');
      const list = byService(await findings({ requirement: ['valid-isms-critical'] }));
      const covered = demo.usages.filter((u) => applies(r, u));
      expect(list.size).toBe(covered.length);
      for (const u of covered) {
        const held = catalogue.get(u.service).vendor?.certifications.find((c: any) => c.certification.id === r.scheme);
        const f = list.get(u.service)!;
        expect(f.status, u.service).toBe('UNKNOWN');
        expect(f.evidence.map((e) => e.factId)).toEqual(held ? [held.id] : []);
        if (held) expect(f.note).toMatch(/no end of validity/);
      }
    });
  });

  describe('paging and filters', () => {
    it('pages through the findings in a stable order, and filters by status and criticality', async () => {
      const all = await findings();
      const pairs = demo.usages.flatMap((u) => demo.requirements.filter((r) => applies(r, u)).map(() => u));
      expect(all.length).toBe(pairs.length);
      const firstPage = await app.client.data(FINDINGS, { portfolio: demo.id, first: 3, asOf });
      const rest = await app.client.data(FINDINGS, { portfolio: demo.id, first: 60, after: firstPage.findings.pageInfo.endCursor, asOf });
      expect([...firstPage.findings.edges, ...rest.findings.edges].map((e: any) => e.node.id)).toEqual(all.map((f) => f.id));
      const failing = await findings({ status: ['FAIL'], criticality: [1] });
      expect(failing.map((f) => f.id)).toEqual(all.filter((f) => f.status === 'FAIL' && f.usage.criticality === 1).map((f) => f.id));
      expect(failing.length).toBeGreaterThan(0);
    });

    it('refuses an unknown portfolio and a criticality out of range, naming the argument', async () => {
      const unknown = await app.client.request(FINDINGS, { portfolio: 'nobody' });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'portfolio' });
      const bad = await app.client.request(FINDINGS, { portfolio: demo.id, where: { criticality: [5] } });
      expect(bad.status).toBe(400);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'where.criticality[0]' });
    });
  });

  describe('the compliance matrix', () => {
    it('has a row per usage and a column per requirement, each cell the status of its finding, with counts', async () => {
      const data = await app.client.data(
        `query($asOf: String) { portfolio(id: "${demo.id}") { compliance(asOf: $asOf) { asOf
          counts { pass fail unknown notApplicable }
          columns { requirement { id } counts { pass fail unknown notApplicable } }
          rows { usage { id } service { id } counts { pass fail unknown notApplicable } cells { findingId requirementId status note } } } } }`,
        { asOf },
      );
      const matrix = data.portfolio.compliance;
      const every = await findings({ status: allStatuses });
      const status = new Map(every.map((f) => [f.id, f.status]));
      expect(matrix.asOf).toBe(asOf);
      expect(matrix.rows.map((r: any) => r.service.id).sort()).toEqual(demo.usages.map((u) => u.service).sort());
      expect(matrix.columns.map((c: any) => c.requirement.id)).toEqual(demo.requirements.map((r) => `${demo.id}|req|${r.id}`).sort());
      for (const row of matrix.rows) {
        expect(row.cells.map((c: any) => c.requirementId)).toEqual(matrix.columns.map((c: any) => c.requirement.id));
        for (const cell of row.cells) expect(cell.status).toBe(status.get(cell.findingId));
      }
      const count = (s: string) => every.filter((f) => f.status === s).length;
      expect(matrix.counts).toEqual({ pass: count('PASS'), fail: count('FAIL'), unknown: count('UNKNOWN'), notApplicable: count('NOT_APPLICABLE') });
      expect(matrix.counts.pass + matrix.counts.fail + matrix.counts.unknown + matrix.counts.notApplicable).toBe(demo.usages.length * demo.requirements.length);
      for (const c of Object.keys(matrix.counts)) {
        expect(matrix.rows.reduce((n: number, r: any) => n + r.counts[c], 0)).toBe(matrix.counts[c]);
        expect(matrix.columns.reduce((n: number, r: any) => n + r.counts[c], 0)).toBe(matrix.counts[c]);
      }
    });
  });

  describe('database round trips', () => {
    const stats = async (query: string, variables: Record<string, unknown>) => {
      const result = await app.client.request(query, variables);
      expect(result.errors).toBeUndefined();
      return result.extensions!.queryStats!.roundTrips;
    };

    it('do not grow with the usages: findings for one service cost what findings for the whole portfolio cost', async () => {
      const one = await stats(FINDINGS, { portfolio: demo.id, where: { service: ['goooon'] }, first: 60, asOf });
      const all = await stats(FINDINGS, { portfolio: demo.id, first: 60, asOf });
      // The terms (1), one fact statement per requirement kind (5), then the usages' services, the evidence's
      // services, vendors and documents through the loaders (at most 3 levels).
      expect(all).toBeLessThanOrEqual(10);
      expect(one).toBe(all);
    });

    it('are bounded for the compliance matrix, and shared with findings in the same request', async () => {
      const matrix = `query($asOf: String) { portfolio(id: "${demo.id}") { compliance(asOf: $asOf) { counts { fail } rows { service { id } cells { status } } } } }`;
      const alone = await stats(matrix, { asOf });
      expect(alone).toBeLessThanOrEqual(9);
      const both = await stats(
        `query($asOf: String) { portfolio(id: "${demo.id}") { compliance(asOf: $asOf) { counts { fail } } } findings(portfolio: "${demo.id}", asOf: $asOf, first: 100) { totalCount } }`,
        { asOf },
      );
      expect(both).toBe(alone - 1);
    });
  });

  describe('computed from the graph as it is now', () => {
    it('a data location written through curation turns a PASS into a FAIL quoting it, and retracting it turns it back', async () => {
      const before = byService(await findings({ requirement: ['jp-only-personal'], service: ['gluegent-gate'] })).get('gluegent-gate')!;
      expect(before.status).toBe('PASS');
      const us = seedLocations.find((l) => l.country === 'US' && l.evidence.quote.includes(usSentence))!;
      const write = await app.client.request(`mutation($input: DataLocationInput!) { addDataLocation(input: $input) { targetId } }`, {
        input: {
          service: 'gluegent-gate',
          country: 'US',
          basis: 'STATED',
          evidence: { document: 'gluegent-whitepaper', section: us.evidence.section, quote: us.evidence.quote },
        },
      });
      expect(write.errors).toBeUndefined();
      const after = byService(await findings({ requirement: ['jp-only-personal'], service: ['gluegent-gate'] })).get('gluegent-gate')!;
      expect(after.status).toBe('FAIL');
      expect(after.evidence.map((e) => e.factId)).toEqual([write.data!.addDataLocation.targetId]);
      expect(after.evidence[0]!.evidence.quote).toContain(usSentence);

      const retract = await app.client.request(`mutation($id: ID!) { retract(id: $id, reason: "test: undo") { targetId } }`, {
        id: write.data!.addDataLocation.targetId,
      });
      expect(retract.errors).toBeUndefined();
      expect(byService(await findings({ requirement: ['jp-only-personal'], service: ['gluegent-gate'] })).get('gluegent-gate')!.status).toBe('PASS');
    });

    it('a JP-only requirement added to the portfolio FAILs the four Gluegent services on Google Cloud', async () => {
      const added = await app.client.request(
        `mutation { addRequirement(portfolio: "${demo.id}", input: { id: "jp-only", title: "All data in Japan", kind: DATA_IN_COUNTRIES, countries: ["JP"] }) { targetId } }`,
      );
      expect(added.errors).toBeUndefined();
      const list = await findings({ requirement: ['jp-only'], status: ['FAIL'] });
      const used = new Set(demo.usages.map((u) => u.service));
      expect(list.map((f) => f.service.id).sort()).toEqual(storedInUs.filter((s) => used.has(s)).sort());
      for (const f of list) expect(f.evidence[0]!.evidence.quote).toContain(usSentence);
      await app.client.request(`mutation { removeRequirement(id: "${demo.id}|req|jp-only") { targetId } }`);
    });

    it('a certificate given dates through curation makes a valid-certificate requirement PASS, then FAIL once it has expired', async () => {
      const r = requirement('valid-isms-critical');
      const critical = demo.usages.find(
        (u) => applies(r, u) && catalogue.get(u.service).vendor?.certifications.some((c: any) => c.certification.id === r.scheme),
      )!;
      const holding = catalogue.get(critical.service).vendor.certifications.find((c: any) => c.certification.id === r.scheme);
      const source = await app.client.data(
        `{ vendor(id: "${catalogue.get(critical.service).vendor.id}") { certifications { id evidence { document { id } section quote } } } }`,
      );
      const ev = source.vendor.certifications.find((c: any) => c.id === holding.id).evidence;
      const validUntil = '2026-06-30';
      const write = await app.client.request(`mutation($input: CertificationHoldingInput!) { addCertification(input: $input) { targetId } }`, {
        input: {
          vendor: catalogue.get(critical.service).vendor.id,
          certification: r.scheme,
          validFrom: '2023-07-01',
          validUntil,
          evidence: { document: ev.document.id, section: ev.section, quote: ev.quote },
        },
      });
      expect(write.errors).toBeUndefined();
      const valid = byService(await findings({ requirement: ['valid-isms-critical'] }, asOf)).get(critical.service)!;
      expect(valid.status).toBe('PASS');
      expect(valid.evidence.map((e) => e.factId)).toEqual([holding.id]);
      const expired = byService(await findings({ requirement: ['valid-isms-critical'] }, '2026-07-01')).get(critical.service)!;
      expect(expired.status).toBe('FAIL');
      expect(expired.note).toContain(`expired on ${validUntil}`);
      expect(expired.evidence[0]!.evidence.quote).toBe(ev.quote);

      const expiring = await app.client.data(
        `{ expiringCertifications(withinDays: 30, portfolio: "${demo.id}", asOf: "${asOf}") { totalCount edges { node { daysLeft holding { id } services { id } } } } }`,
      );
      const listed = expiring.expiringCertifications.edges.map((e: any) => e.node);
      expect(listed.map((n: any) => n.holding.id)).toEqual([holding.id]);
      expect(listed[0].daysLeft).toBe(15);
      expect(listed[0].services.map((s: any) => s.id)).toContain(critical.service);
    });
  });
});

describeOnEngines('Findings and portfolio-scoped validity are the customer’s own', (engine) => {
  const secret = 'findings-suite-secret-of-at-least-32-characters';
  const app = useSeededApp(engine, { AUTH_JWT_SECRET: secret });
  const asked = [
    ['findings', `{ findings(portfolio: "${demo.id}", first: 5) { totalCount } }`],
    ['the compliance matrix', `{ portfolio(id: "${demo.id}") { compliance { counts { fail } } } }`],
    ['expiring certificates of a portfolio', `{ expiringCertifications(withinDays: 90, portfolio: "${demo.id}") { totalCount } }`],
    ['stale documents of a portfolio', `{ staleDocuments(olderThanMonths: 12, portfolio: "${demo.id}") { totalCount } }`],
  ] as const;

  it.each(asked)('refuses %s without a token and serves them to a reader', async (_what, query) => {
    const anonymous = await app.client.request(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // 401 when the whole answer is refused; a nullable `portfolio` answers null beside the error, with 200.
    if (anonymous.data == null) expect(anonymous.status).toBe(401);
    else expect(Object.values(anonymous.data)).toEqual([null]);
    const token = await hs256Token(secret, 'risk-analyst', ['reader']);
    const reader = await app.client.request(query, undefined, { authorization: `Bearer ${token}` });
    expect(reader.errors).toBeUndefined();
  });

  it('serves the whole-graph validity questions without a token, as catalogue reads are public', async () => {
    const result = await app.client.request(`{ expiringCertifications(withinDays: 90) { totalCount } staleDocuments(olderThanMonths: 12) { totalCount } }`);
    expect(result.errors).toBeUndefined();
  });
});
