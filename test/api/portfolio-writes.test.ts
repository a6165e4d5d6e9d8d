/**
 * The portfolio mutations over HTTP, on every engine: create and change a
 * portfolio, add, change, remove and bring back a usage, add and remove a
 * requirement; each write versioned, in the history, CONFLICT on a stale
 * expectedVersion, and bad input refused with the field named.
 * No auth is configured here (the development user, every role);
 * portfolio-auth.test.ts covers the roles.
 */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

const CHANGE = 'operation targetId targetKind version actor before after reason';

describeOnEngines('Portfolio mutations', (engine) => {
  const app = useSeededApp(engine);
  const gql = (query: string, variables?: Record<string, unknown>) => app.client.request(query, variables);
  const addUsage = (input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    gql(
      `mutation($input: PortfolioUsageInput!, $expectedVersion: Int, $portfolio: ID!) {
        addUsage(portfolio: $portfolio, input: $input, expectedVersion: $expectedVersion) { ${CHANGE} } }`,
      { portfolio: 'acme-bu', input, ...extra },
    );
  const updateUsage = (service: string, input: Record<string, unknown>, expectedVersion?: number) =>
    gql(
      `mutation($service: ID!, $input: PortfolioUsagePatchInput!, $expectedVersion: Int) {
        updateUsage(portfolio: "acme-bu", service: $service, input: $input, expectedVersion: $expectedVersion, reason: "contract renewed") { ${CHANGE} } }`,
      { service, input, expectedVersion },
    );
  const usages = async () =>
    (
      await app.client.data(
        `{ portfolio(id: "acme-bu") { usages(first: 50) { edges { node { service { id } criticality dataClasses notes contractEnd } } } } }`,
      )
    ).portfolio.usages.edges.map((e: any) => e.node);
  const errorOf = (result: { status: number; errors?: Array<{ extensions?: Record<string, unknown>; message: string }> }) => ({
    status: result.status,
    ...result.errors![0]!.extensions,
    message: result.errors![0]!.message,
  });

  describe('portfolios', () => {
    it('creates a portfolio, and refuses the same id again and a malformed id, naming the field', async () => {
      const created = await gql(`mutation { createPortfolio(input: { id: "acme-bu", name: "Acme 事業部" }, reason: "new unit") { ${CHANGE} } }`);
      expect(created.errors).toBeUndefined();
      expect(created.data!.createPortfolio).toMatchObject({
        operation: 'CREATE',
        targetId: 'acme-bu',
        targetKind: 'Portfolio',
        version: 1,
        actor: 'local',
        reason: 'new unit',
      });
      const again = await gql(`mutation { createPortfolio(input: { id: "acme-bu", name: "Again" }) { version } }`);
      expect(errorOf(again)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', argumentName: 'input.id', message: expect.stringMatching(/already exists/) });
      const malformed = await gql(`mutation { createPortfolio(input: { id: "Acme BU", name: "x" }) { version } }`);
      expect(errorOf(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.id', message: expect.stringMatching(/lower-case slug/) });
    });

    it('renames a portfolio with its version, and refuses a stale version with CONFLICT', async () => {
      const renamed = await gql(
        `mutation { updatePortfolio(id: "acme-bu", input: { name: "Acme 営業本部", description: "Sales" }, expectedVersion: 1) { ${CHANGE} } }`,
      );
      expect(renamed.data!.updatePortfolio).toMatchObject({
        operation: 'UPDATE',
        version: 2,
        before: { name: 'Acme 事業部' },
        after: { name: 'Acme 営業本部' },
      });
      const stale = await gql(`mutation { updatePortfolio(id: "acme-bu", input: { name: "Lost update" }, expectedVersion: 1) { version } }`);
      expect(errorOf(stale)).toMatchObject({ status: 409, code: 'CONFLICT', argumentName: 'expectedVersion' });
      const cleared = await gql(`mutation { updatePortfolio(id: "acme-bu", input: { description: null }) { after } }`);
      expect(cleared.data!.updatePortfolio.after.description).toBeUndefined();
      expect((await app.client.data(`{ portfolio(id: "acme-bu") { name description recordVersion } }`)).portfolio).toEqual({
        name: 'Acme 営業本部',
        description: null,
        recordVersion: 3,
      });
    });
  });

  describe('usages', () => {
    it.each([
      ['an unknown service', { service: 'no-such-service', criticality: 1 }, 'input.service', /unknown service "no-such-service"/],
      ['a criticality outside 1..3', { service: 'goooon', criticality: 4 }, 'input.criticality', /1 \(critical\), 2 \(important\) or 3 \(other\)/],
      ['a date that is not YYYY-MM-DD', { service: 'goooon', criticality: 1, contractStart: '2025/04/01' }, 'input.contractStart', /YYYY-MM-DD/],
      ['a date that is no calendar date', { service: 'goooon', criticality: 1, contractEnd: '2025-02-30' }, 'input.contractEnd', /not a calendar date/],
      [
        'a contract that ends before it starts',
        { service: 'goooon', criticality: 1, contractStart: '2025-04-01', contractEnd: '2025-03-31' },
        'input.contractEnd',
        /must not be before contractStart \(2025-04-01\)/,
      ],
      ['a malformed data class', { service: 'goooon', criticality: 1, dataClasses: ['personal data'] }, 'input.dataClasses[0]', /word of letters/],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field, message) => {
      expect(errorOf(await addUsage(input))).toMatchObject({
        status: 400,
        code: 'BAD_USER_INPUT',
        argumentName: field,
        message: expect.stringMatching(message),
      });
    });

    it('refuses a usage for an unknown portfolio with NOT_FOUND naming it', async () => {
      const result = await addUsage({ service: 'goooon', criticality: 1 }, { portfolio: 'nobody' });
      expect(errorOf(result)).toMatchObject({ status: 404, code: 'NOT_FOUND', argumentName: 'portfolio' });
    });

    it('adds a usage (data classes in upper case), and refuses the same service again', async () => {
      const added = await addUsage({
        service: 'goooon',
        criticality: 2,
        dataClasses: ['personal', 'Confidential'],
        contractStart: '2025-04-01',
        notes: '評価制度',
      });
      expect(added.data!.addUsage).toMatchObject({ operation: 'CREATE', targetId: 'acme-bu|uses|goooon', targetKind: 'PortfolioUsage', version: 1 });
      expect(await usages()).toEqual([
        { service: { id: 'goooon' }, criticality: 2, dataClasses: ['PERSONAL', 'CONFIDENTIAL'], notes: '評価制度', contractEnd: null },
      ]);
      const again = await addUsage({ service: 'goooon', criticality: 1 });
      expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.service', message: expect.stringMatching(/updateUsage/) });
    });

    it('changes a usage field by field, checks the version and the dates against the stored ones', async () => {
      const changed = await updateUsage('goooon', { criticality: 1, contractEnd: '2028-03-31', notes: null }, 1);
      expect(changed.data!.updateUsage).toMatchObject({
        operation: 'UPDATE',
        version: 2,
        reason: 'contract renewed',
        before: { criticality: 2 },
        after: { criticality: 1 },
      });
      expect(await usages()).toEqual([
        { service: { id: 'goooon' }, criticality: 1, dataClasses: ['PERSONAL', 'CONFIDENTIAL'], notes: null, contractEnd: '2028-03-31' },
      ]);
      expect(errorOf(await updateUsage('goooon', { criticality: 3 }, 1))).toMatchObject({ status: 409, code: 'CONFLICT', argumentName: 'expectedVersion' });
      expect(errorOf(await updateUsage('goooon', { contractEnd: '2024-01-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.contractEnd' });
      expect(errorOf(await updateUsage('goooon', { criticality: null }))).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.criticality' });
      expect(errorOf(await updateUsage('elink', { criticality: 1 }))).toMatchObject({ status: 404, code: 'NOT_FOUND', argumentName: 'service' });
    });

    it('removes a usage (it leaves the answers, stays in the history) and brings it back', async () => {
      const removed = await gql(
        `mutation { removeUsage(portfolio: "acme-bu", service: "goooon", expectedVersion: 2, reason: "contract ended") { ${CHANGE} } }`,
      );
      expect(removed.data!.removeUsage).toMatchObject({
        operation: 'RETRACT',
        version: 3,
        reason: 'contract ended',
        after: { retractReason: 'contract ended' },
      });
      expect(await usages()).toEqual([]);
      const twice = await gql(`mutation { removeUsage(portfolio: "acme-bu", service: "goooon") { version } }`);
      expect(errorOf(twice)).toMatchObject({ code: 'NOT_FOUND', argumentName: 'service' });
      const back = await addUsage({ service: 'goooon', criticality: 3 }, { expectedVersion: 3 });
      expect(back.data!.addUsage).toMatchObject({ operation: 'CREATE', version: 4 });
      expect((await usages()).map((u: any) => u.criticality)).toEqual([3]);
      const history = await app.client.data(`{ history(id: "acme-bu|uses|goooon") { operation version actor } }`);
      expect(history.history.map((c: any) => [c.operation, c.version])).toEqual([
        ['CREATE', 1],
        ['UPDATE', 2],
        ['RETRACT', 3],
        ['CREATE', 4],
      ]);
    });
  });

  describe('requirements', () => {
    const addRequirement = (input: Record<string, unknown>, expectedVersion?: number) =>
      gql(
        `mutation($input: RequirementInput!, $expectedVersion: Int) { addRequirement(portfolio: "acme-bu", input: $input, expectedVersion: $expectedVersion) { ${CHANGE} } }`,
        { input, expectedVersion },
      );
    const requirements = async () =>
      (await app.client.data(`{ portfolio(id: "acme-bu") { requirements { id kind metric value countries appliesToMaxCriticality } } }`)).portfolio
        .requirements;

    it.each([
      [
        'a parameter of another kind',
        { id: 'jp', title: 'JP', kind: 'DATA_IN_COUNTRIES', countries: ['JP'], metric: 'dataDeletionDays' },
        'input.metric',
        /does not apply to kind DATA_IN_COUNTRIES/,
      ],
      ['a missing parameter', { id: 'del', title: 'Deletion', kind: 'METRIC_AT_MOST', metric: 'dataDeletionDays' }, 'input.value', /./],
      [
        'an unknown certification scheme',
        { id: 'cert', title: 'Cert', kind: 'CERTIFICATION_HELD', scheme: 'iso99999' },
        'input.scheme',
        /unknown certification scheme/,
      ],
      ['an unknown control', { id: 'ctl', title: 'Control', kind: 'CONTROL_DISCLOSED', control: 'iso27017:99.9' }, 'input.control', /unknown control/],
      ['an unknown country', { id: 'zz', title: 'ZZ', kind: 'DATA_IN_COUNTRIES', countries: ['JP', 'ZZ'] }, 'input.countries[1]', /unknown country "ZZ"/],
      [
        'a scope criticality outside 1..3',
        { id: 'x', title: 'X', kind: 'NO_INFERRED_ONLY_INFRASTRUCTURE', appliesToMaxCriticality: 0 },
        'input.appliesToMaxCriticality',
        /1 \(critical\)/,
      ],
      ['an id that is no slug', { id: 'Not a slug', title: 'X', kind: 'NO_INFERRED_ONLY_INFRASTRUCTURE' }, 'input.id', /slug/],
    ])('refuses %s, naming the field', async (_what, input, field, message) => {
      expect(errorOf(await addRequirement(input))).toMatchObject({
        status: 400,
        code: 'BAD_USER_INPUT',
        argumentName: field,
        message: expect.stringMatching(message),
      });
    });

    it('adds a requirement, replaces it with the same id, and removes it, all in the history', async () => {
      const added = await addRequirement({ id: 'deletion', title: '30 日以内に削除', kind: 'METRIC_AT_MOST', metric: 'dataDeletionDays', value: 30 });
      expect(added.data!.addRequirement).toMatchObject({ operation: 'CREATE', targetId: 'acme-bu|req|deletion', targetKind: 'Requirement', version: 1 });
      const replaced = await addRequirement(
        { id: 'deletion', title: '14 日以内に削除', kind: 'METRIC_AT_MOST', metric: 'dataDeletionDays', value: 14, appliesToMaxCriticality: 2 },
        1,
      );
      expect(replaced.data!.addRequirement).toMatchObject({ operation: 'UPDATE', version: 2 });
      expect(await requirements()).toEqual([
        { id: 'acme-bu|req|deletion', kind: 'METRIC_AT_MOST', metric: 'dataDeletionDays', value: 14, countries: null, appliesToMaxCriticality: 2 },
      ]);
      const stale = await addRequirement({ id: 'deletion', title: 'x', kind: 'NO_INFERRED_ONLY_INFRASTRUCTURE' }, 1);
      expect(errorOf(stale)).toMatchObject({ status: 409, code: 'CONFLICT' });
      const removed = await gql(`mutation { removeRequirement(id: "acme-bu|req|deletion", expectedVersion: 2, reason: "superseded") { ${CHANGE} } }`);
      expect(removed.data!.removeRequirement).toMatchObject({ operation: 'RETRACT', version: 3, after: null, before: { value: 14 } });
      expect(await requirements()).toEqual([]);
      const unknown = await gql(`mutation { removeRequirement(id: "acme-bu|req|deletion") { version } }`);
      expect(errorOf(unknown)).toMatchObject({ status: 404, code: 'NOT_FOUND', argumentName: 'id' });
      const history = await app.client.data(`{ history(id: "acme-bu|req|deletion") { operation version } }`);
      expect(history.history.map((c: any) => c.operation)).toEqual(['CREATE', 'UPDATE', 'RETRACT']);
    });
  });
});
