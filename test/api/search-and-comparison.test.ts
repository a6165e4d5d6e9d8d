/** Japanese-capable ranked search, side-by-side comparison, and the gap view. */
import { describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { searchTerms } from '../../src/search/search-text.js';

describeOnEngines('search, comparison and gaps', (engine) => {
  const app = useSeededApp(engine);

  const searchQuery = `query ($text: String!, $first: Int, $kinds: [SearchKind!]) {
    search(text: $text, first: $first, kinds: $kinds) { kind id score snippet service { id } control { code } vendor { id } disclosure { quote evidence { section } } } }`;

  describe('search', () => {
    it('cuts Japanese into bigrams and keeps latin words whole', () => {
      expect(searchTerms('データ削除')).toEqual(['デー', 'ータ', 'タ削', '削除']);
      expect(searchTerms('ＡＷＳ 東京')).toEqual(['aws', '東京']);
    });

    it('finds a Japanese phrase with no word boundaries, ranked, with the matched snippet', async () => {
      const { search } = await app.client.data(searchQuery, { text: '完全に消去', first: 10 });
      expect(search.length).toBeGreaterThan(0);
      expect(search[0]).toMatchObject({ kind: 'DISCLOSURE', score: 1, control: { code: 'CLD.8.1.5' } });
      expect(search[0].snippet).toContain('完全に消去');
      expect(search[0].disclosure.quote).toContain('完全に消去');
      const scores = search.map((h: any) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('ranks a whole-phrase match above a partial one', async () => {
      const { search } = await app.client.data(searchQuery, { text: 'バックアップ世代', first: 50 });
      expect(search.length).toBeGreaterThan(0);
      // No passage holds "バックアップ世代" as written; passages with both words rank first.
      expect(search.every((h: any) => h.score < 1)).toBe(true);
      expect(search[0].kind).toBe('DISCLOSURE');
      expect(search[0].disclosure.quote).toMatch(/バックアップ/);
      expect(search[0].disclosure.quote).toMatch(/世代/);
    });

    it('ignores width and case: ＮＴＰ finds the NTP disclosures', async () => {
      const { search } = await app.client.data(searchQuery, { text: 'ＮＴＰ', kinds: ['DISCLOSURE'], first: 50 });
      const services = new Set(search.map((h: any) => h.service.id));
      for (const id of ['goooon', 'ism-cloudone', 'gluegent-flow']) expect(services).toContain(id);
      expect(search.every((h: any) => /ntp/i.test(h.snippet))).toBe(true);
    });

    it('finds vendors by Japanese name and controls by Japanese title', async () => {
      const vendors = await app.client.data(searchQuery, { text: 'クオリティソフト', kinds: ['VENDOR'] });
      expect(vendors.search.map((h: any) => h.vendor.id)).toEqual(['qualitysoft']);
      const controls = await app.client.data(searchQuery, { text: 'クロックの同期', kinds: ['CONTROL'] });
      expect(controls.search[0]).toMatchObject({ kind: 'CONTROL', score: 1, control: { code: '12.4.4' } });
    });

    it('filters kinds before the page is cut: the page of one kind is the ranking of all kinds, of that kind only', async () => {
      const { search: all } = await app.client.data(searchQuery, { text: 'クラウド', first: 100 });
      for (const kind of ['SERVICE', 'DISCLOSURE', 'CONTROL']) {
        const { search: only } = await app.client.data(searchQuery, { text: 'クラウド', kinds: [kind], first: 3 });
        const expected = all.filter((h: any) => h.kind === kind).slice(0, 3);
        expect(expected.length, kind).toBeGreaterThan(0);
        expect(only.map((h: any) => [h.kind, h.id, h.score])).toEqual(expected.map((h: any) => [h.kind, h.id, h.score]));
      }
    });

    it('returns nothing for text that appears nowhere', async () => {
      const { search } = await app.client.data(searchQuery, { text: '量子暗号衛星' });
      expect(search).toEqual([]);
    });
  });

  describe('comparison', () => {
    it('puts services side by side on one control, silent ones included', async () => {
      const { compareServices } = await app.client.data(`{
        compareServices(control: "iso27017:12.4.4", services: ["goooon", "elink", "sactona", "ism-cloudone", "gluegent-gate"]) {
          service { id } silent disclosures { quote control { code } } } }`);
      expect(compareServices.map((c: any) => c.service.id).sort()).toEqual(['elink', 'gluegent-gate', 'goooon', 'ism-cloudone', 'sactona']);
      for (const row of compareServices) {
        expect(row.silent).toBe(false);
        expect(row.disclosures.every((d: any) => d.control.code === '12.4.4')).toBe(true);
      }
      const silent = await app.client.data(`{ compareServices(control: "iso27017:CLD.9.5.1", services: ["elink", "goooon"]) { service { id } silent } }`);
      expect(silent.compareServices).toHaveLength(2);
      expect(silent.compareServices).toContainEqual({ service: { id: 'elink' }, silent: false });
      expect(silent.compareServices).toContainEqual({ service: { id: 'goooon' }, silent: true });
    });

    it('compares incident notification targets, fastest first, approximate conversions marked', async () => {
      const { compareServices } = await app.client.data(
        `{ compareServices(metric: incidentNotificationHours) { service { id } silent bestValue values { raw unit approximate } } }`,
      );
      const stated = compareServices.filter((c: any) => !c.silent);
      expect(
        stated
          .map((c: any) => c.service.id)
          .slice(0, 2)
          .sort(),
      ).toEqual(['goooon', 'sactona']);
      expect(stated[0].values[0]).toMatchObject({ unit: 'businessDays', approximate: true });
      expect(stated.slice(2).every((c: any) => c.bestValue === 72)).toBe(true);
      expect(compareServices.filter((c: any) => c.silent).map((c: any) => c.service.id)).toContain('ism-cloudone');
    });
  });

  describe('gap view', () => {
    it('splits the catalog into controls a service discloses and controls it is silent on', async () => {
      const { service } = await app.client.data(`{
        service(id: "ism-cloudone") {
          disclosures { control { id } }
          controlCoverage { total disclosedCount silentCount disclosed { id } silent { id } }
          cloud: controlCoverage(cloudSpecificOnly: true) { total disclosed { code } silent { code } } } }`);
      const coverage = service.controlCoverage;
      expect(coverage.total).toBe(121);
      expect(coverage.disclosedCount + coverage.silentCount).toBe(121);
      expect(coverage.disclosed.map((c: any) => c.id).sort()).toEqual([...new Set(service.disclosures.map((d: any) => d.control.id))].sort());
      expect(coverage.silent.map((c: any) => c.id)).not.toContain('iso27017:CLD.8.1.5');
      expect(service.cloud.total).toBe(7);
      expect(service.cloud.disclosed.map((c: any) => c.code)).toEqual(['CLD.6.3.1', 'CLD.8.1.5', 'CLD.12.1.5', 'CLD.12.4.5']);
      expect(service.cloud.silent.map((c: any) => c.code)).toEqual(['CLD.9.5.1', 'CLD.9.5.2', 'CLD.13.1.4']);
    });
  });
});
