/**
 * The write API over HTTP, on every engine: documents with their text,
 * vendors and services, each kind of fact with its evidence, validation
 * errors naming the field, retraction leaving answers but not the history,
 * optimistic concurrency, and one transaction per mutation.
 * No auth is configured here: requests act as the development user `local`
 * (test/api/auth.test.ts covers tokens and roles).
 */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

const documentText = [
  'Acme Cloud セキュリティホワイトペーパー',
  '1. データの保管場所',
  'お客様のデータは Amazon Web Services 東京リージョンに保管されます。',
  '2. 削除',
  '契約終了後 30 日以内にデータを削除します。',
  '3. 認証',
  'ISO/IEC 27001 認証を取得しています（登録番号 IS 000001、有効期限 2026-03-31）。',
  '4. 時刻同期',
  'NICT の NTP サーバと時刻を同期しています。',
  '5. 外部サービス',
  'メール送信には SendGrid を利用しています。',
].join('\n');

const evidence = (section: string, quote: string) => ({ document: 'acme-whitepaper', section, quote });
const tokyoQuote = 'お客様のデータは Amazon Web Services 東京リージョンに保管されます。';

const CHANGE = 'id at actor operation targetId targetKind version before after reason';

describeOnEngines('Curation: writes, retraction and history', (engine) => {
  const app = useSeededApp(engine);
  const gql = (query: string, variables?: Record<string, unknown>) => app.client.request(query, variables);

  const link = (input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    gql(
      `mutation($input: InfrastructureUsageInput!, $expectedVersion: Int, $reason: String) {
        linkInfrastructure(input: $input, expectedVersion: $expectedVersion, reason: $reason) { ${CHANGE} } }`,
      { input, ...extra },
    );
  const usersOfTokyo = async () => {
    const data = await app.client.data(
      `{ vendorsUsingInfrastructure(provider: "aws", region: "ap-northeast-1", first: 50) { edges { node { vendor { id } usages { service { id } evidence { quote } } } } } }`,
    );
    return data.vendorsUsingInfrastructure.edges.map((e: any) => e.node.vendor.id).sort();
  };

  describe('documents, vendors and services', () => {
    it('registers a vendor, a document with its text and a service', async () => {
      const vendor = await gql(`mutation { upsertVendor(input: { id: "acme", name: "アクメ株式会社", website: "https://acme.example" }) { ${CHANGE} } }`);
      expect(vendor.errors).toBeUndefined();
      expect(vendor.data!.upsertVendor).toMatchObject({
        operation: 'CREATE',
        targetId: 'acme',
        targetKind: 'Vendor',
        version: 1,
        actor: 'local',
        before: null,
      });

      const doc = await gql(`mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id title version publishedOn vendor { id } } }`, {
        input: {
          id: 'acme-whitepaper',
          vendor: 'acme',
          title: 'Acme Cloud セキュリティホワイトペーパー',
          version: '1.0',
          publishedOn: '2025-04-01',
          publisher: 'アクメ株式会社',
          text: documentText,
        },
      });
      expect(doc.errors).toBeUndefined();
      expect(doc.data!.registerDocument).toEqual({
        id: 'acme-whitepaper',
        title: 'Acme Cloud セキュリティホワイトペーパー',
        version: '1.0',
        publishedOn: '2025-04-01',
        vendor: { id: 'acme' },
      });

      const service = await gql(`mutation { upsertService(input: { id: "acme-cloud", name: "Acme Cloud", vendor: "acme", category: "SaaS" }) { ${CHANGE} } }`);
      expect(service.data!.upsertService).toMatchObject({ operation: 'CREATE', targetId: 'acme-cloud', version: 1 });
      const read = await app.client.data(`{ vendor(id: "acme") { name services { id name } } }`);
      expect(read.vendor).toEqual({ name: 'アクメ株式会社', services: [{ id: 'acme-cloud', name: 'Acme Cloud' }] });
    });

    it('links a new version of a document to the previous one, and refuses to change a registered text', async () => {
      const v2 = await gql(`mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id previousVersion { id version } } }`, {
        input: {
          id: 'acme-whitepaper-2',
          vendor: 'acme',
          title: 'Acme Cloud',
          version: '2.0',
          publishedOn: '2025-10-01',
          publisher: 'アクメ株式会社',
          text: documentText,
          previousVersion: 'acme-whitepaper',
        },
      });
      expect(v2.errors).toBeUndefined();
      expect(v2.data!.registerDocument).toEqual({ id: 'acme-whitepaper-2', previousVersion: { id: 'acme-whitepaper', version: '1.0' } });
      const changed = await gql(
        `mutation { registerDocument(input: { id: "acme-whitepaper", vendor: "acme", title: "x", version: "1.0", publishedOn: "2025-04-01", publisher: "p", text: "other" }) { id } }`,
      );
      expect(changed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.id' });
    });
  });

  it('moves a service to another vendor: it is listed under the new vendor only', async () => {
    for (const id of ['mover-a', 'mover-b'])
      expect((await gql(`mutation { upsertVendor(input: { id: "${id}", name: "${id}" }) { version } }`)).errors).toBeUndefined();
    expect((await gql(`mutation { upsertService(input: { id: "mover-tool", name: "Mover Tool", vendor: "mover-a" }) { version } }`)).errors).toBeUndefined();
    expect((await gql(`mutation { upsertService(input: { id: "mover-tool", name: "Mover Tool", vendor: "mover-b" }) { version } }`)).errors).toBeUndefined();
    const read = await app.client.data(
      `{ a: vendor(id: "mover-a") { services { id } } b: vendor(id: "mover-b") { services { id } } s: service(id: "mover-tool") { vendor { id } } }`,
    );
    expect(read).toEqual({ a: { services: [] }, b: { services: [{ id: 'mover-tool' }] }, s: { vendor: { id: 'mover-b' } } });
  });

  it('refuses a stale vendor update with CONFLICT and a document with a wrong date or an unknown vendor, naming the field', async () => {
    const stale = await gql(`mutation { upsertVendor(input: { id: "acme", name: "Acme" }, expectedVersion: 7) { version } }`);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'expectedVersion' });
    expect(stale.errors![0]!.message).toMatch(/expected version 7, but it is at version 1/);
    const badDate = await gql(
      `mutation { registerDocument(input: { id: "d2", vendor: "acme", title: "t", version: "1", publishedOn: "2025-13-01", publisher: "p", text: "x" }) { id } }`,
    );
    expect(badDate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.publishedOn' });
    const noVendor = await gql(
      `mutation { registerDocument(input: { id: "d3", vendor: "nobody", title: "t", version: "1", publishedOn: "2025-01-01", publisher: "p", text: "x" }) { id } }`,
    );
    expect(noVendor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.vendor' });
  });

  describe('facts', () => {
    it('links infrastructure with a quote, and the question answers with it', async () => {
      expect(await usersOfTokyo()).not.toContain('acme');
      const result = await link({
        service: 'acme-cloud',
        region: 'aws:ap-northeast-1',
        basis: 'STATED',
        evidence: evidence('1. データの保管場所', tokyoQuote),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.linkInfrastructure).toMatchObject({
        operation: 'CREATE',
        targetId: 'acme-cloud|aws:ap-northeast-1',
        targetKind: 'InfrastructureUsage',
        version: 1,
        before: null,
      });
      expect(result.data!.linkInfrastructure.after).toMatchObject({
        basis: 'STATED',
        evidenceQuote: tokyoQuote,
        evidenceDocument: 'acme-whitepaper',
        recordVersion: 1,
      });
      expect(await usersOfTokyo()).toContain('acme');
    });

    it('adds every other kind of fact', async () => {
      const writes = [
        [
          `addDataLocation(input: { service: "acme-cloud", country: "JP", basis: INFERRED, reasoning: "Tokyo region is in Japan", evidence: { document: "acme-whitepaper", section: "1. データの保管場所", quote: "東京リージョンに保管されます" } })`,
          'acme-cloud|JP',
        ],
        [
          `addDependency(input: { service: "acme-cloud", dependsOn: "sendgrid", function: "メール送信", evidence: { document: "acme-whitepaper", section: "5. 外部サービス", quote: "メール送信には SendGrid を利用しています。" } })`,
          'acme-cloud|sendgrid',
        ],
        [
          `addCertification(input: { vendor: "acme", certification: "iso27001", registrationNumber: "IS 000001", validFrom: "2023-04-01", validUntil: "2026-03-31", scope: "Acme Cloud", evidence: { document: "acme-whitepaper", section: "3. 認証", quote: "ISO/IEC 27001 認証を取得しています" } })`,
          'acme|iso27001',
        ],
        [
          `addDisclosure(input: { service: "acme-cloud", control: "iso27017:CLD.8.1.5", summary: "Deletes data within 30 days of termination.", metrics: [{ name: dataDeletionDays, value: 30, unit: days, raw: "30 日以内" }], evidence: { document: "acme-whitepaper", section: "2. 削除", quote: "契約終了後 30 日以内にデータを削除します。" } })`,
          'acme-cloud|iso27017:CLD.8.1.5|acme-whitepaper|2. 削除',
        ],
        [
          `addTimeSource(input: { service: "acme-cloud", timeSource: "nict", evidence: { document: "acme-whitepaper", section: "4. 時刻同期", quote: "NICT の NTP サーバと時刻を同期しています。" } })`,
          'acme-cloud|nict',
        ],
      ] as const;
      for (const [mutation, id] of writes) {
        const result = await gql(`mutation { ${mutation} { targetId version operation } }`);
        expect(result.errors, mutation).toBeUndefined();
        expect(Object.values(result.data!)[0]).toEqual({ targetId: id, version: 1, operation: 'CREATE' });
      }
      const read = await app.client.data(`{
        service(id: "acme-cloud") {
          dataLocations { country { code } basis reasoning }
          dependencies { dependsOn { id } function }
          disclosures { control { code } metrics { name normalizedValue } }
          timeSources { timeSource { id } }
        }
        vendor(id: "acme") { certifications { id certification { id } registrationNumber scope validFrom validUntil } }
        services(where: { disclosure: { metric: { name: dataDeletionDays, lte: 30 } } }, first: 50) { edges { node { id } } }
      }`);
      expect(read.service.dataLocations).toEqual([{ country: { code: 'JP' }, basis: 'INFERRED', reasoning: 'Tokyo region is in Japan' }]);
      expect(read.service.dependencies).toEqual([{ dependsOn: { id: 'sendgrid' }, function: 'メール送信' }]);
      expect(read.service.disclosures).toEqual([{ control: { code: 'CLD.8.1.5' }, metrics: [{ name: 'dataDeletionDays', normalizedValue: 30 }] }]);
      expect(read.service.timeSources).toEqual([{ timeSource: { id: 'nict' } }]);
      expect(read.vendor.certifications).toEqual([
        {
          id: 'acme|iso27001',
          certification: { id: 'iso27001' },
          registrationNumber: 'IS 000001',
          scope: 'Acme Cloud',
          validFrom: '2023-04-01',
          validUntil: '2026-03-31',
        },
      ]);
      expect(read.services.edges.map((e: any) => e.node.id)).toContain('acme-cloud');
    });

    it.each([
      ['a quote that is not in the document', { evidence: evidence('1', 'このような文はありません') }, 'input.evidence.quote'],
      ['a missing quote', { evidence: evidence('1', '') }, 'input.evidence.quote'],
      ['an unknown document', { evidence: { document: 'no-such-doc', section: '1', quote: tokyoQuote } }, 'input.evidence.document'],
      ['an unknown region', { region: 'aws:mars-1' }, 'input.region'],
      ['an unknown service', { service: 'no-such-service' }, 'input.service'],
      ['INFERRED without reasoning', { basis: 'INFERRED' }, 'input.reasoning'],
      ['a malformed id', { service: 'has spaces' }, 'input.service'],
      ['a section heading the document does not have', { evidence: evidence('9. 存在しない章', tokyoQuote) }, 'input.evidence.section'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, change, field) => {
      const input = { service: 'acme-cloud', region: 'aws:ap-northeast-3', basis: 'STATED', evidence: evidence('1. データの保管場所', tokyoQuote), ...change };
      const result = await link(input);
      expect(result.status).toBe(400);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
      expect(result.errors![0]!.message).toContain(field);
      expect((await gql(`{ fact(id: "acme-cloud|aws:ap-northeast-3") { id } }`)).data!.fact).toBeNull();
    });

    it.each([
      [
        'an unknown control',
        `addDisclosure(input: { service: "acme-cloud", control: "iso27017:XX.1", summary: "s", evidence: { document: "acme-whitepaper", section: "2", quote: "削除" } })`,
        'input.control',
      ],
      [
        'a wrong date',
        `addCertification(input: { vendor: "acme", certification: "privacymark", validUntil: "2025-02-30", evidence: { document: "acme-whitepaper", section: "3", quote: "認証" } })`,
        'input.validUntil',
      ],
      [
        'validUntil before validFrom',
        `addCertification(input: { vendor: "acme", certification: "privacymark", validFrom: "2025-02-01", validUntil: "2024-02-01", evidence: { document: "acme-whitepaper", section: "3", quote: "認証" } })`,
        'input.validUntil',
      ],
      [
        'a negative metric value',
        `addDisclosure(input: { service: "acme-cloud", control: "iso27017:CLD.8.1.5", summary: "s", metrics: [{ name: dataDeletionDays, value: -1, unit: days, raw: "30 日以内" }], evidence: { document: "acme-whitepaper", section: "2", quote: "30 日以内" } })`,
        'input.metrics[0].value',
      ],
      [
        'a metric whose words are not in the quote',
        `addDisclosure(input: { service: "acme-cloud", control: "iso27017:CLD.8.1.5", summary: "s", metrics: [{ name: dataDeletionDays, value: 60, unit: days, raw: "60 日以内" }], evidence: { document: "acme-whitepaper", section: "2", quote: "30 日以内" } })`,
        'input.metrics[0].raw',
      ],
      [
        'a metric unit that cannot express the metric',
        `addDisclosure(input: { service: "acme-cloud", control: "iso27017:CLD.8.1.5", summary: "s", metrics: [{ name: dataDeletionDays, value: 30, unit: percent, raw: "30 日以内" }], evidence: { document: "acme-whitepaper", section: "2", quote: "30 日以内" } })`,
        'input.metrics[0].unit',
      ],
      [
        'an unknown time source',
        `addTimeSource(input: { service: "acme-cloud", timeSource: "sundial", evidence: { document: "acme-whitepaper", section: "4", quote: "NICT" } })`,
        'input.timeSource',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, mutation, field) => {
      const result = await gql(`mutation { ${mutation} { id } }`);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    });

    it('refuses an unknown metric name or unit before it reaches a resolver', async () => {
      const result = await gql(
        `mutation { addDisclosure(input: { service: "acme-cloud", control: "iso27017:CLD.8.1.5", summary: "s", metrics: [{ name: uptimeYears, value: 1, unit: days, raw: "x" }], evidence: { document: "acme-whitepaper", section: "2", quote: "削除" } }) { id } }`,
      );
      expect(result.errors![0]!.message).toMatch(/uptimeYears/);
      expect(result.status).toBe(400);
    });
  });

  describe('versions, retraction and history', () => {
    const factId = 'acme-cloud|aws:ap-northeast-1';
    const input = {
      service: 'acme-cloud',
      region: 'aws:ap-northeast-1',
      basis: 'STATED',
      purpose: 'application servers',
      evidence: evidence('1. データの保管場所', tokyoQuote),
    };

    it('updates a fact at the expected version and refuses a stale one with CONFLICT', async () => {
      const updated = await link(input, { expectedVersion: 1, reason: 'purpose added' });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.linkInfrastructure).toMatchObject({ operation: 'UPDATE', version: 2, reason: 'purpose added' });
      expect(updated.data!.linkInfrastructure.before).toMatchObject({ recordVersion: 1 });
      const stale = await link({ ...input, purpose: 'something else' }, { expectedVersion: 1 });
      expect(stale.status).toBe(409);
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'expectedVersion' });
      const fact = await app.client.data(`{
        fact(id: "${factId}") { version properties }
        service(id: "acme-cloud") { infrastructure { id version createdAt updatedAt } }
        seeded: service(id: "goooon") { infrastructure { version createdAt } }
      }`);
      expect(fact.fact.version).toBe(2);
      const [usage] = fact.service.infrastructure;
      expect(usage).toMatchObject({ id: factId, version: 2, createdAt: expect.any(String), updatedAt: expect.any(String) });
      expect(usage.updatedAt >= usage.createdAt).toBe(true);
      expect(fact.seeded.infrastructure).toEqual([{ version: 1, createdAt: null }]);
      expect(fact.fact.properties.purpose).toBe('application servers');
    });

    it('retracts a fact: it leaves the answers and stays in the history with who, when and why', async () => {
      const retracted = await gql(`mutation { retract(id: "${factId}", reason: "moved to Osaka") { ${CHANGE} } }`);
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data!.retract).toMatchObject({ operation: 'RETRACT', targetId: factId, version: 3, actor: 'local', reason: 'moved to Osaka' });
      expect(await usersOfTokyo()).not.toContain('acme');
      const read = await app.client.data(`{
        service(id: "acme-cloud") { infrastructure { id region { id } } }
        impactOf(id: "aws:ap-northeast-1") { services(first: 50) { edges { node { service { id } } } } }
        fact(id: "${factId}") { version retractedAt createdAt updatedAt }
        history(id: "${factId}") { operation version actor reason at }
      }`);
      expect(read.service.infrastructure).toEqual([]);
      expect(read.impactOf.services.edges.map((e: any) => e.node.service.id)).not.toContain('acme-cloud');
      expect(read.fact).toMatchObject({ version: 3, retractedAt: expect.any(String), createdAt: expect.any(String) });
      expect(read.history.map((h: any) => [h.operation, h.version, h.actor])).toEqual([
        ['CREATE', 1, 'local'],
        ['UPDATE', 2, 'local'],
        ['RETRACT', 3, 'local'],
      ]);
      expect(read.history[2].reason).toBe('moved to Osaka');
    });

    it('retracts a disclosure and the metric filter no longer finds the service', async () => {
      const id = 'acme-cloud|iso27017:CLD.8.1.5|acme-whitepaper|2. 削除';
      expect((await gql(`mutation($id: ID!) { retract(id: $id, reason: "withdrawn") { version } }`, { id })).errors).toBeUndefined();
      const read = await app.client.data(
        `{ services(where: { disclosure: { metric: { name: dataDeletionDays, lte: 30 } } }, first: 50) { edges { node { id } } } service(id: "acme-cloud") { disclosures { id } } }`,
      );
      expect(read.services.edges.map((e: any) => e.node.id)).not.toContain('acme-cloud');
      expect(read.service.disclosures).toEqual([]);
    });

    it('retracts a dependency: impact walks no longer cross it, and stating it again brings it back', async () => {
      const id = 'acme-cloud|sendgrid';
      const hitBySendgrid = async () => {
        const read = await app.client.data(`{
          impactOf(id: "sendgrid") { services(first: 100) { totalCount edges { node { service { id } } } } vendors(first: 100) { edges { node { vendor { id } } } } }
          service(id: "acme-cloud") { dependencies { dependsOn { id } } }
          fact(id: "${id}") { kind version retractedAt }
        }`);
        return {
          services: read.impactOf.services.edges.map((e: any) => e.node.service.id) as string[],
          vendors: read.impactOf.vendors.edges.map((e: any) => e.node.vendor.id) as string[],
          dependencies: read.service.dependencies.map((d: any) => d.dependsOn.id) as string[],
          fact: read.fact,
        };
      };
      const before = await hitBySendgrid();
      expect(before.services).toContain('acme-cloud');
      expect(before.dependencies).toEqual(['sendgrid']);

      const retracted = await gql(`mutation($id: ID!) { retract(id: $id, reason: "no longer used") { version operation } }`, { id });
      expect(retracted.errors).toBeUndefined();
      const gone = await hitBySendgrid();
      expect(gone.services).not.toContain('acme-cloud');
      expect(gone.vendors).not.toContain('acme');
      expect(gone.dependencies).toEqual([]);
      expect(gone.fact).toMatchObject({ kind: 'Dependency', version: before.fact.version + 1, retractedAt: expect.any(String) });

      const stated = await gql(
        `mutation { addDependency(input: { service: "acme-cloud", dependsOn: "sendgrid", function: "メール送信", evidence: { document: "acme-whitepaper", section: "5. 外部サービス", quote: "メール送信には SendGrid を利用しています。" } }) { operation version } }`,
      );
      expect(stated.errors).toBeUndefined();
      expect(stated.data!.addDependency).toEqual({ operation: 'CREATE', version: before.fact.version + 2 });
      const back = await hitBySendgrid();
      expect(back.services).toEqual(before.services);
      expect(back.dependencies).toEqual(['sendgrid']);
      expect(back.fact).toMatchObject({ kind: 'Dependency', version: before.fact.version + 2, retractedAt: null });
      const history = await app.client.data(`{ history(id: "${id}") { operation } }`);
      expect(history.history.map((h: any) => h.operation)).toEqual(['CREATE', 'RETRACT', 'CREATE']);
    });

    it('says NOT_FOUND for an unknown or already retracted fact', async () => {
      for (const id of ['acme-cloud|nowhere', factId, 'no-pipe']) {
        const result = await gql(`mutation($id: ID!) { retract(id: $id, reason: "x") { id } }`, { id });
        expect(result.errors![0]!.extensions, id).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id' });
      }
    });

    it('pages the change feed in order, from a time on', async () => {
      const all = await app.client.data(`{ changes(first: 100) { totalCount edges { node { at targetId operation } } } }`);
      expect(all.changes.totalCount).toBeGreaterThanOrEqual(10);
      const ats = all.changes.edges.map((e: any) => e.node.at);
      expect([...ats].sort()).toEqual(ats);
      const pages: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await app.client.data(
          `query($after: String) { changes(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { after },
        );
        pages.push(...page.changes.edges.map((e: any) => e.node.id));
        if (!page.changes.pageInfo.hasNextPage) break;
        after = page.changes.pageInfo.endCursor;
      }
      expect(pages).toHaveLength(all.changes.totalCount);
      const last = ats.at(-1);
      const since = await app.client.data(`query($since: String) { changes(since: $since) { totalCount edges { node { at } } } }`, { since: last });
      expect(since.changes.edges.every((e: any) => e.node.at >= last)).toBe(true);
      expect((await gql(`{ changes(since: "yesterday") { totalCount } }`)).errors![0]!.extensions).toMatchObject({ argumentName: 'since' });
    });
  });
});
