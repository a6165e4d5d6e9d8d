/**
 * Fidelity: questions a security or procurement team asks, answered from
 * the loaded graph over the GraphQL API, each checked against what the
 * whitepapers say: the exact set of vendors or services, and the evidence.
 */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { gluegentOnGoogleCloud } from '../support/seed-facts.js';

describeOnEngines('whitepaper questions', (engine) => {
  const app = useSeededApp(engine);

  const ids = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();
  const nodes = (connection: any) => connection.edges.map((e: any) => e.node);

  describe('the example questions of the design', () => {
    it('1. Which vendors depend on AWS Tokyo (ap-northeast-1)? クオリティソフト (ISM CloudOne), STATED', async () => {
      const { vendorsUsingInfrastructure } = await app.client.data(`{
        vendorsUsingInfrastructure(provider: "aws", region: "ap-northeast-1") { totalCount edges { node {
          vendor { id name } strongestBasis
          usages { service { id } region { id } basis evidence { document { id } section quote } }
        } } } }`);
      expect(vendorsUsingInfrastructure.totalCount).toBe(1);
      expect(nodes(vendorsUsingInfrastructure)).toEqual([
        {
          vendor: { id: 'qualitysoft', name: 'クオリティソフト株式会社' },
          strongestBasis: 'STATED',
          usages: [
            {
              service: { id: 'ism-cloudone' },
              region: { id: 'aws:ap-northeast-1' },
              basis: 'STATED',
              evidence: {
                document: { id: 'ism-cloudone-whitepaper' },
                section: '2.2. データの保管場所',
                quote: 'データ保管場所：Amazon Web Services（以下、AWS） 日本国 東京リージョン',
              },
            },
          ],
        },
      ]);
    });

    it('2. Which services store customer data outside Japan? The four Gluegent services on Google Cloud, in the United States', async () => {
      const { servicesStoringDataOutside: answer } = await app.client.data(`{
        servicesStoringDataOutside(country: "JP") { service { id } locations { country { code } basis evidence { section quote } } } }`);
      expect(answer.map((a: any) => a.service.id).sort()).toEqual(gluegentOnGoogleCloud);
      for (const row of answer) {
        expect(row.locations).toHaveLength(1);
        expect(row.locations[0]).toMatchObject({ country: { code: 'US' }, basis: 'STATED', evidence: { section: 'データ保管国' } });
        expect(row.locations[0].evidence.quote).toContain('データはアメリカ合衆国に保管されます。');
      }
    });

    it('3. Which vendors hold ISO/IEC 27017 certification? サイオステクノロジー (CLOUD 687132), クオリティソフト (JQA-IC0048)', async () => {
      const { certification } = await app.client.data(`{
        certification(id: "iso27017") { holders { vendor { id name } registrationNumber edition evidence { document { id } quote } } } }`);
      const holders = certification.holders.map((h: any) => [h.vendor.name, h.registrationNumber]).sort();
      expect(holders).toEqual([
        ['クオリティソフト株式会社', 'JQA-IC0048'],
        ['サイオステクノロジー株式会社', 'CLOUD 687132'],
      ]);
      const sios = certification.holders.find((h: any) => h.vendor.id === 'sios');
      expect(sios.edition).toBe('JIP-ISMS517-1.0');
      expect(sios.evidence.quote).toContain('CLOUD 687132');
    });
  });

  describe('ten more questions from the documents', () => {
    it('4. Which vendors run on AWS at all? Quality Soft (stated), SIOS for Gluegent Gate (inferred from its certification scope only)', async () => {
      const data = await app.client.data(`{
        all: vendorsUsingInfrastructure(provider: "aws") { edges { node { vendor { id } strongestBasis usages { service { id } region { id } basis reasoning } } } }
        stated: vendorsUsingInfrastructure(provider: "aws", basis: STATED) { edges { node { vendor { id } } } } }`);
      const [all, stated] = [nodes(data.all), nodes(data.stated)];
      expect(all.map((v: any) => [v.vendor.id, v.strongestBasis]).sort()).toEqual([
        ['qualitysoft', 'STATED'],
        ['sios', 'INFERRED'],
      ]);
      const gate = all.find((v: any) => v.vendor.id === 'sios').usages[0];
      expect(gate).toMatchObject({ service: { id: 'gluegent-gate' }, region: { id: 'aws:jp' }, basis: 'INFERRED' });
      expect(gate.reasoning).toMatch(/Amazon Web Services/);
      expect(stated.map((v: any) => v.vendor.id)).toEqual(['qualitysoft']);
    });

    it('5. If Azure Japan East fails, which services are hit? GooooN, directly and stated', async () => {
      const { impactOf } = await app.client.data(`{
        impactOf(id: "azure:japaneast") { target { kind }
          services { totalCount edges { node { service { id } direct basis paths { hops { relationship fromId toId basis evidence { quote } } } } } }
          vendors { totalCount edges { node { vendor { id } serviceIds } } } } }`);
      const [services, vendors] = [nodes(impactOf.services), nodes(impactOf.vendors)];
      expect(impactOf.target.kind).toBe('REGION');
      expect(impactOf.services.totalCount).toBe(1);
      expect(services.map((s: any) => s.service.id)).toEqual(['goooon']);
      expect(services[0]).toMatchObject({ direct: true, basis: 'STATED' });
      expect(services[0].paths[0].hops[0].evidence.quote).toBe('お客様データは Microsoft Azure 東日本リージョン(Japan / 埼玉)に保管されます。');
      expect(impactOf.vendors.totalCount).toBe(1);
      expect(vendors).toEqual([{ vendor: { id: 'biznet' }, serviceIds: ['goooon'] }]);
    });

    it('6. If SendGrid fails, what is hit? GooooN, through its sub-processor link', async () => {
      const { impactOf } = await app.client.data(
        `{ impactOf(id: "sendgrid") { services { edges { node { service { id } direct paths { hops { relationship fromId toId evidence { section quote } } } } } } } }`,
      );
      const services = nodes(impactOf.services);
      expect(services).toHaveLength(1);
      expect(services[0]).toMatchObject({ service: { id: 'goooon' }, direct: false });
      expect(services[0].paths[0].hops).toEqual([
        {
          relationship: 'DEPENDS_ON',
          fromId: 'goooon',
          toId: 'sendgrid',
          evidence: { section: '19 外部クラウドサービスの利用', quote: 'Microsoft Azure SendGrid\tメール送信\tSendGrid\tメールアドレス、送信日時' },
        },
      ]);
    });

    it('7. Who deletes our data within 30 days of termination? elink (30 日以内) and Sactona (1 か月以内, approximately 30 days)', async () => {
      const { services } = await app.client.data(`{
        services(where: { disclosure: { metric: { name: dataDeletionDays, lte: 30 } } }) { edges { node { id disclosures(metric: dataDeletionDays) { control { id } metrics { value unit raw normalizedValue approximate } } } } } }`);
      const answer = services.edges.map((e: any) => e.node);
      expect(ids(answer)).toEqual(['elink', 'sactona']);
      const metricOf = (id: string) => answer.find((s: any) => s.id === id).disclosures.flatMap((d: any) => d.metrics);
      expect(metricOf('elink')).toContainEqual({ value: 30, unit: 'days', raw: '30 日以内', normalizedValue: 30, approximate: false });
      expect(metricOf('sactona')).toContainEqual({ value: 1, unit: 'months', raw: '1 か月以内', normalizedValue: 30, approximate: true });
    });

    it('8. Deletion deadlines side by side, shortest first, keeping each stated unit', async () => {
      const { compareServices } = await app.client.data(`{
        compareServices(metric: dataDeletionDays, services: ["goooon", "ism-cloudone", "gluegent-gate", "elink", "sactona"]) { service { id } bestValue values { raw } } }`);
      expect(compareServices.map((c: any) => [c.service.id, c.bestValue, c.values[0].raw])).toEqual([
        ['elink', 30, '30 日以内'],
        ['sactona', 30, '1 か月以内'],
        ['ism-cloudone', 60, '60日'],
        ['goooon', 84, '60 営業日以内'],
        ['gluegent-gate', 90, '90 日以内'],
      ]);
    });

    it('9. Which services sync their clocks with NIST, and which with Google Public NTP?', async () => {
      const data = await app.client.data(`{
        nist: timeSource(id: "nist") { services { service { id } evidence { quote } } }
        google: timeSource(id: "google-ntp") { services { service { id } } } }`);
      expect(data.nist.services.map((s: any) => s.service.id)).toEqual(['gluegent-gate']);
      expect(data.nist.services[0].evidence.quote).toContain('NIST Internet time service');
      expect(data.google.services.map((s: any) => s.service.id).sort()).toEqual(gluegentOnGoogleCloud);
    });

    it('10. Which vendors hold ISO/IEC 27001, and the Privacy Mark? (a vendor that only audits itself holds neither)', async () => {
      const data = await app.client.data(`{
        iso: certification(id: "iso27001") { holders { vendor { id } registrationNumber } }
        pmark: certification(id: "privacymark") { holders { vendor { id } issuer evidence { document { id } } } }
        sactona: vendor(id: "outlook-consulting") { certifications { registrationNumber } }
        elink: vendor(id: "baimosoft") { certifications { registrationNumber } } }`);
      expect(data.iso.holders.map((h: any) => [h.vendor.id, h.registrationNumber]).sort()).toEqual([
        ['biznet', null],
        ['qualitysoft', 'JQA-IM1459'],
        ['sios', 'IS 687131'],
      ]);
      expect(data.pmark.holders).toEqual([
        { vendor: { id: 'biznet' }, issuer: '一般財団法人情報経済社会推進協会(JIPDEC)', evidence: { document: { id: 'goooon-whitepaper' } } },
      ]);
      expect(data.sactona.certifications).toEqual([]);
      expect(data.elink.certifications).toEqual([]);
    });

    it('11. Which sub-processors does GooooN use, for what, with which data?', async () => {
      const { service } = await app.client.data(
        `{ service(id: "goooon") { dependencies { dependsOn { id name } function dataShared evidence { section } } } }`,
      );
      expect(service.dependencies.map((d: any) => d.dependsOn.id).sort()).toEqual(['azure-app-service', 'sendgrid']);
      const sendgrid = service.dependencies.find((d: any) => d.dependsOn.id === 'sendgrid');
      expect(sendgrid.function).toContain('メール送信');
      expect(sendgrid.dataShared).toBe('メールアドレス、送信日時');
      expect(sendgrid.evidence.section).toBe('19 外部クラウドサービスの利用');
    });

    it('12. Which services name no cloud provider at all? elink and Sactona, on placeholder locations in Japan', async () => {
      const data = await app.client.data(`{
        vendorsUsingInfrastructure(provider: "undisclosed") { edges { node { vendor { id } usages { service { id } region { id disclosed } basis evidence { quote } } } } } }`);
      const answer = nodes(data.vendorsUsingInfrastructure);
      expect(answer.map((v: any) => v.vendor.id).sort()).toEqual(['baimosoft', 'outlook-consulting']);
      const usages = answer.flatMap((v: any) => v.usages);
      expect(usages.every((u: any) => u.region.disclosed === false)).toBe(true);
      expect(usages.find((u: any) => u.region.id === 'undisclosed:jp-kanto')).toMatchObject({
        service: { id: 'sactona' },
        basis: 'STATED',
        evidence: { quote: 'インフラストラクチャとして、関東のデータセンターを利用しています。' },
      });
      expect(usages.find((u: any) => u.service.id === 'elink')).toMatchObject({ region: { id: 'undisclosed:jp' }, basis: 'INFERRED' });
    });

    it('13. How many backup generations does each service keep, per kind of data?', async () => {
      const { services } = await app.client.data(`{
        services(first: 50, where: { disclosure: { metric: { name: backupGenerations, gte: 1 } } }) { edges { node { id disclosures(metric: backupGenerations) { metrics { name value subject raw } } } } } }`);
      const generations = Object.fromEntries(
        services.edges.map((e: any) => [
          e.node.id,
          e.node.disclosures
            .flatMap((d: any) => d.metrics)
            .filter((m: any) => m.name === 'backupGenerations')
            .map((m: any) => m.value),
        ]),
      );
      expect(generations).toEqual({ 'gluegent-gate': [7, 3], 'gluegent-gadgets': [7], elink: [7], 'ism-cloudone': [7, 36, 15], sactona: [3, 7, 1] });
    });

    it('14. Awkward claims stay verbatim and are flagged: ISM CloudOne admin passwords, GooooN "JST(UTC+0)"', async () => {
      const data = await app.client.data(`{
        ism: service(id: "ism-cloudone") { disclosures(control: "iso27017:9.4.3") { quote reviewNote } }
        goooon: service(id: "goooon") { disclosures(control: "iso27017:12.4.4") { quote reviewNote } } }`);
      expect(data.ism.disclosures[0].quote).toBe('ユーザーコンソールにログインする管理者アカウントのパスワードは、暗号化されて保存していません。');
      expect(data.ism.disclosures[0].reviewNote).toMatch(/NOT stored encrypted/);
      expect(data.goooon.disclosures[0].quote).toContain('JST(UTC+0)');
      expect(data.goooon.disclosures[0].reviewNote).toMatch(/JST is UTC\+9/);
    });
  });
});
