/**
 * Sentences that look like facts and are not: each proposes nothing (or, for
 * an uncertain value, a low-confidence proposal with a review note).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { UnverifiedQuoteError, verifyQuotes } from '../../src/ingest/verify-quotes.js';

const ingest = (body: string, heading = '運用について') =>
  ingestText(`Quill Desk セキュリティ概要\nクイル株式会社\n\n1. ${heading}\n\n${body}\n\n2. その他\n\n以上\n`, { fileName: 'quill.txt' });

describe('never invented', () => {
  it.each([
    ['ISO/IEC 27001 は現在取得準備中です。'],
    ['2026 年度中に ISMAP への登録を予定しています。'],
    ['We are preparing for SOC 2 Type II.'],
    ['当社は ISO/IEC 27001 に準拠した手順で運用しています。'],
    ['AWS は ISO/IEC 27017 および SOC 2 の認証を取得しています。'],
    ['Google Cloud has achieved ISO/IEC 27018 certification.'],
  ])('no certificate from "%s"', (sentence) => {
    expect(ingest(sentence, '認証').certifiedBy).toEqual([]);
  });

  it('a certificate held under a standard it is "based on" is still held', () => {
    expect(ingest('当社は ISO/IEC 27001 に基づく ISMS 認証を取得しています。', '認証').certifiedBy.map((c) => c.certification)).toEqual(['iso27001']);
  });

  it.each([
    ['お客様データは ap-northeast-1 に保管されます。', 'aws:ap-northeast-1'],
    ['本サービスは AWS を利用しています。お客様データは大阪リージョンに保管されます。', 'aws:ap-northeast-3'],
    ['お客様データは Japan West リージョンの Azure に保管されます。', 'azure:japanwest'],
  ])('a region in another form: "%s" → %s', (sentence, region) => {
    expect(ingest(sentence, 'データの保管場所').usesInfra.map((u) => u.region)).toContain(region);
  });

  it.each([['備品は Amazon で購入しています。'], ['社内イベントの景品に Amazon ギフト券を使用しました。']])(
    'no infrastructure from the shop: "%s"',
    (sentence) => {
      expect(ingest(sentence).usesInfra).toEqual([]);
    },
  );

  it.each([['データセンターの所在地はセキュリティ上の理由により非公開です。'], ['We do not disclose the location of our data centres.']])(
    'no location from an undisclosed data centre: "%s"',
    (sentence) => {
      const draft = ingest(sentence, 'データセンター');
      expect(draft.usesInfra).toEqual([]);
      expect(draft.storesDataIn).toEqual([]);
    },
  );

  it('no data location from "other than Japan" or a hypothetical', () => {
    const draft = ingest('日本国以外のリージョンにデータを保存する必要が生じた場合は、事前に通知します。', 'データの保管場所');
    expect(draft.storesDataIn).toEqual([]);
  });

  it('a value not stated is not proposed', () => {
    const draft = ingest('契約終了後、速やかにデータを削除します。', 'データの削除');
    expect(draft.disclosures.flatMap((d) => d.metrics)).toEqual([]);
    expect(draft.disclosures.map((d) => d.control)).toContain('iso27017:CLD.8.1.5');
  });

  it('a range is proposed as its upper bound with a review note and low confidence', () => {
    const draft = ingest('契約終了後 30〜60 日以内にデータを削除します。', 'データの削除');
    const d = draft.disclosures.find((x) => x.metrics.length > 0)!;
    expect(d.metrics).toMatchObject([{ name: 'dataDeletionDays', value: 60, unit: 'days' }]);
    expect(d.reviewNote).toMatch(/range/);
  });

  it('a provider named without a region gets the in-country placeholder, flagged', () => {
    const draft = ingest('本サービスは Azure 上で稼働しています。お客様データは日本国内に保管されます。', 'データの保管場所');
    expect(draft.usesInfra).toMatchObject([{ region: 'azure:jp', reviewNote: expect.stringMatching(/no region/) }]);
  });

  it('reads an excerpt without any heading as one section named by its first line', () => {
    const text = 'Oracle Cloud の東京リージョン (ap-tokyo-1) にお客様データを保管しています。\n';
    const draft = ingestText(text, { fileName: 'snippet.txt' });
    expect(draft.usesInfra).toMatchObject([{ region: 'oci:ap-tokyo-1', evidence: { section: text.trim().slice(0, 60) } }]);
    expect(draft.providers).toEqual([{ id: 'oci', name: 'Oracle Cloud Infrastructure' }]);
    expect(draft.regions).toMatchObject([{ id: 'oci:ap-tokyo-1', provider: 'oci', country: 'JP', disclosed: true }]);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });

  it('refuses to write a draft whose quote is not in the input', () => {
    const draft = ingest('お客様データは日本国内に保管されます。', 'データの保管場所');
    draft.storesDataIn[0]!.evidence.quote = 'お客様データは米国に保管されます。';
    expect(() => verifyQuotes(draft, 'お客様データは日本国内に保管されます。')).toThrow(UnverifiedQuoteError);
  });
});
