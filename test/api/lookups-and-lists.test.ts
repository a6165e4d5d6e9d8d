/** Lookups and paginated lists for every node type: where filters, sort and cursor pagination. */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { connectionFields, walkConnection } from '../support/connection-pages.js';
import { gluegentOnGoogleCloud } from '../support/seed-facts.js';

describeOnEngines('lookups and lists', (engine) => {
  const app = useSeededApp(engine);

  const nodeIds = (connection: any) => connection.edges.map((e: any) => e.node.id);

  describe('lookups', () => {
    it.each([
      ['vendor', 'sios'],
      ['service', 'gluegent-gate'],
      ['region', 'aws:ap-northeast-1'],
      ['infrastructureProvider', 'azure'],
      ['certification', 'privacymark'],
      ['control', 'iso27017:CLD.8.1.5'],
      ['document', 'sactona-whitepaper'],
      ['timeSource', 'nict'],
    ])('%s(id: "%s") finds it, and an unknown id gives null', async (field, id) => {
      const data = await app.client.data(`query ($id: ID!) { found: ${field}(id: $id) { id } missing: ${field}(id: "no-such-id") { id } }`, { id });
      expect(data).toEqual({ found: { id }, missing: null });
    });
  });

  describe('lists', () => {
    it('pages through the whole control catalog with cursors, in catalog order', async () => {
      const { nodes, pages, totalCount } = await walkConnection(
        app.client,
        `query ($first: Int, $after: String) { controls(first: $first, after: $after) { ${connectionFields} } } fragment Node on Control { id code }`,
        (data) => data.controls,
        50,
      );
      const seen: string[] = nodes.map((n) => n.code);
      expect(totalCount).toBe(121);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(121);
      expect(new Set(seen).size).toBe(121);
      expect(seen.slice(0, 3)).toEqual(['5.1.1', '5.1.2', '6.1.1']);
      expect(seen.indexOf('CLD.8.1.5')).toBe(seen.indexOf('8.1.4') + 1);
      expect(seen.at(-1)).toBe('18.2.3');
    });

    it('sorts by the field asked, in the direction asked', async () => {
      const { asc, desc } = await app.client.data(`{
        asc: services(first: 100, sort: { name: ASC }) { edges { node { name } } }
        desc: services(first: 100, sort: { name: DESC }) { edges { node { name } } } }`);
      const names = asc.edges.map((e: any) => e.node.name);
      expect(names).toEqual([...names].sort());
      expect(desc.edges.map((e: any) => e.node.name)).toEqual([...names].reverse());
    });

    it('filters services by infrastructure provider, country and basis', async () => {
      const data = await app.client.data(`{
        gcp: services(where: { infrastructure: { provider: { eq: "gcp" } } }) { totalCount edges { node { id } } }
        awsStated: services(where: { infrastructure: { provider: { eq: "aws" }, basis: STATED } }) { edges { node { id } } }
        inJapan: services(first: 50, where: { infrastructure: { country: { in: ["JP"] } } }) { totalCount } }`);
      expect(nodeIds(data.gcp).sort()).toEqual(gluegentOnGoogleCloud);
      expect(data.gcp.totalCount).toBe(4);
      expect(nodeIds(data.awsStated)).toEqual(['ism-cloudone']);
      expect(data.inJapan.totalCount).toBe(5);
    });

    it('filters services by data location, disclosed control, metric bounds, vendor and time source', async () => {
      const data = await app.client.data(`{
        outside: services(where: { dataLocation: { outside: "JP" } }) { totalCount }
        inUS: services(where: { dataLocation: { country: { eq: "US" } } }) { totalCount }
        virtualSeparation: services(where: { disclosure: { control: { eq: "iso27017:CLD.9.5.1" } } }) { edges { node { id } } }
        slowIncident: services(first: 50, where: { disclosure: { metric: { name: incidentNotificationHours, gt: 48 } } }) { totalCount }
        sios: services(first: 50, where: { vendor: { eq: "sios" }, timeSource: { eq: "nist" } }) { edges { node { id } } }
        certified: services(first: 50, where: { vendorCertification: { eq: "privacymark" } }) { edges { node { id } } } }`);
      expect(data.outside.totalCount).toBe(4);
      expect(data.inUS.totalCount).toBe(4);
      expect(nodeIds(data.virtualSeparation)).toEqual(['elink']);
      expect(data.slowIncident.totalCount).toBe(6);
      expect(nodeIds(data.sios)).toEqual(['gluegent-gate']);
      expect(nodeIds(data.certified)).toEqual(['goooon']);
    });

    it('keeps a service by a metric only when one disclosed value meets every bound', async () => {
      // The filter reads the service's own copy of its metrics; the disclosures are the truth to check it against.
      const { all }: any = await app.client.data(`{ all: services(first: 100) { edges { node { id disclosures { metrics { name normalizedValue } } } } } }`);
      const disclosed = new Set(all.edges.flatMap((e: any) => e.node.disclosures.flatMap((d: any) => d.metrics.map((m: any) => m.name))));
      type Bounds = { name: string; gt?: number; gte?: number; lt?: number; lte?: number };
      const bounds: Bounds[] = [
        // Bounds on both sides (one value must meet both), and on one side (the least or the greatest value decides).
        { name: 'dataDeletionDays', gte: 30, lte: 90 },
        { name: 'backupGenerations', gt: 1, lt: 14 },
        { name: 'incidentNotificationHours', gte: 48 },
        { name: 'dataDeletionDays', lte: 30 },
      ];
      // And every metric the seed discloses, with no bound at all: the filter knows every metric name.
      const everyName: Bounds[] = [...disclosed].map((name) => ({ name: name as string }));
      for (const b of [...bounds, ...everyName]) {
        const { filtered }: any = await app.client.data(
          `query ($metric: MetricFilter!) { filtered: services(first: 100, where: { disclosure: { metric: $metric } }) { edges { node { id } } } }`,
          {
            metric: b,
          },
        );
        const meets = (v: number) =>
          (b.gt === undefined || v > b.gt) && (b.gte === undefined || v >= b.gte) && (b.lt === undefined || v < b.lt) && (b.lte === undefined || v <= b.lte);
        const expected = all.edges
          .filter((e: any) => e.node.disclosures.some((d: any) => d.metrics.some((m: any) => m.name === b.name && meets(m.normalizedValue))))
          .map((e: any) => e.node.id)
          .sort();
        expect(nodeIds(filtered).sort(), JSON.stringify(b)).toEqual(expected);
        expect(expected.length, `${JSON.stringify(b)} should select some services and not all`).toBeGreaterThan(0);
        expect(expected.length, JSON.stringify(b)).toBeLessThan(all.edges.length);
      }
    });

    it('matches text case- and width-insensitively, in Japanese too', async () => {
      const data = await app.client.data(`{
        fullWidth: services(first: 50, where: { name: { contains: "ＧＬＵＥＧＥＮＴ　ＡＰＰＳ" } }) { edges { node { id } } }
        japanese: vendors(where: { name: { contains: "クオリティ" } }) { edges { node { id } } }
        english: vendors(where: { name: { startsWith: "sios" } }) { edges { node { id } } }
        exact: services(where: { name: { eq: "GooooN" } }) { edges { node { id } } } }`);
      expect(nodeIds(data.fullWidth).sort()).toEqual(['gluegent-apps-addressbook', 'gluegent-apps-scheduler']);
      expect(nodeIds(data.japanese)).toEqual(['qualitysoft']);
      expect(nodeIds(data.english)).toEqual([]);
      expect(nodeIds(data.exact)).toEqual(['goooon']);
    });

    it('filters vendors by certification held and infrastructure used', async () => {
      const data = await app.client.data(`{
        iso27017: vendors(where: { certification: { eq: "iso27017" } }, sort: { id: ASC }) { edges { node { id } } }
        onAzure: vendors(where: { infrastructureProvider: { eq: "azure" } }) { edges { node { id } } }
        inTokyo: vendors(where: { region: { in: ["aws:ap-northeast-1"] } }) { edges { node { id } } } }`);
      expect(nodeIds(data.iso27017)).toEqual(['qualitysoft', 'sios']);
      expect(nodeIds(data.onAzure)).toEqual(['biznet']);
      expect(nodeIds(data.inTokyo)).toEqual(['qualitysoft']);
    });

    it('lists regions, providers, certifications, controls and documents with their filters', async () => {
      const data = await app.client.data(`{
        regions(where: { provider: { eq: "azure" } }, sort: { code: DESC }) { edges { node { id } } }
        placeholders: regions(where: { disclosed: false }) { totalCount }
        infrastructureProviders(where: { name: { contains: "google" } }) { edges { node { id } } }
        certifications(where: { heldBy: { eq: "biznet" } }) { edges { node { id } } }
        controls(where: { cloudSpecific: true }) { totalCount }
        clause12: controls(first: 100, where: { code: { startsWith: "12." } }) { totalCount }
        titled: controls(where: { title: { contains: "バックアップ" } }) { edges { node { code } } }
        documents { totalCount edges { node { id publishedOn } } } }`);
      expect(nodeIds(data.regions)).toEqual(['azure:japanwest', 'azure:japaneast']);
      expect(data.placeholders.totalCount).toBeGreaterThanOrEqual(3);
      expect(nodeIds(data.infrastructureProviders)).toEqual(['gcp']);
      expect(nodeIds(data.certifications).sort()).toEqual(['iso27001', 'privacymark']);
      expect(data.controls.totalCount).toBe(7);
      expect(data.clause12.totalCount).toBe(14);
      expect(data.titled.edges.map((e: any) => e.node.code)).toEqual(['12.3.1']);
      expect(data.documents.totalCount).toBe(5);
      const dates = data.documents.edges.map((e: any) => e.node.publishedOn);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });

  describe('traversals with evidence', () => {
    it('Service.infrastructure, dataLocations, vendor and disclosures carry their evidence', async () => {
      const { service } = await app.client.data(`{
        service(id: "ism-cloudone") {
          vendor { id }
          infrastructure { basis region { id code provider { id } country { code } } evidence { document { id title version } section quote } }
          dataLocations { country { code } basis }
          disclosures(control: "iso27017:CLD.8.1.5") { control { id code title } summary quote metrics { name value unit raw } evidence { section } }
          timeSources { timeSource { id } evidence { quote } }
        } }`);
      expect(service.vendor).toEqual({ id: 'qualitysoft' });
      expect(service.infrastructure).toEqual([
        {
          basis: 'STATED',
          region: { id: 'aws:ap-northeast-1', code: 'ap-northeast-1', provider: { id: 'aws' }, country: { code: 'JP' } },
          evidence: {
            document: { id: 'ism-cloudone-whitepaper', title: 'ISM CloudOne セキュリティ運用方針', version: '4版' },
            section: '2.2. データの保管場所',
            quote: 'データ保管場所：Amazon Web Services（以下、AWS） 日本国 東京リージョン',
          },
        },
      ]);
      expect(service.dataLocations).toEqual([{ country: { code: 'JP' }, basis: 'STATED' }]);
      const deletion = service.disclosures.find((d: any) => d.metrics.length > 0);
      expect(deletion.control).toEqual({ id: 'iso27017:CLD.8.1.5', code: 'CLD.8.1.5', title: expect.any(String) });
      expect(deletion.metrics).toEqual([{ name: 'dataDeletionDays', value: 60, unit: 'days', raw: '60日' }]);
      expect(deletion.quote).toContain(deletion.metrics[0].raw);
      expect(service.timeSources[0].timeSource).toEqual({ id: 'aws-ntp' });
    });

    it('Region.services, InfrastructureProvider.regions, Control.disclosures, Document.revisions, Service.dependents', async () => {
      const data = await app.client.data(`{
        region(id: "gcp:us") { services { service { id } basis } }
        infrastructureProvider(id: "aws") { regions { id } }
        control(id: "iso27017:12.4.4") { framework { id edition } disclosures { service { id } } }
        document(id: "gluegent-whitepaper") { vendor { id } revisions { version date } }
        service(id: "sendgrid") { dependents { service { id } function } } }`);
      expect(data.region.services.map((s: any) => s.service.id).sort()).toEqual(gluegentOnGoogleCloud);
      expect(data.infrastructureProvider.regions.map((r: any) => r.id)).toContain('aws:ap-northeast-1');
      expect(data.control.framework).toEqual({ id: 'iso27017', edition: '2015' });
      expect(data.control.disclosures.length).toBeGreaterThanOrEqual(9);
      expect(data.document.vendor).toEqual({ id: 'sios' });
      expect(data.document.revisions.map((r: any) => r.version)).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4']);
      expect(data.service.dependents).toEqual([{ service: { id: 'goooon' }, function: expect.stringContaining('メール送信') }]);
    });

    it('Vendor.services and Vendor.certifications (holder edges) with scope and evidence', async () => {
      const { vendor } = await app.client.data(`{
        vendor(id: "sios") { services { id } documents { id } certifications { certification { id } registrationNumber scope evidence { document { id } quote } } } }`);
      expect(vendor.services.map((s: any) => s.id).sort()).toEqual([...gluegentOnGoogleCloud, 'gluegent-gate']);
      expect(vendor.documents).toEqual([{ id: 'gluegent-whitepaper' }]);
      const cloud = vendor.certifications.find((c: any) => c.certification.id === 'iso27017');
      expect(cloud.registrationNumber).toBe('CLOUD 687132');
      expect(cloud.scope).toContain('Gluegent Gate');
      expect(cloud.evidence.quote).toContain('CLOUD 687132');
    });
  });
});
