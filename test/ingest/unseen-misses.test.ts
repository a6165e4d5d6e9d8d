/**
 * Misses found on a document nobody had seen, each fixed by a general rule:
 * a backup kept in a second region, a product name printed with the words
 * that join it to the title, and a vendor whose id can come from the English
 * name it prints next to its Japanese one; a four-digit year (`2026年春`) read as
 * a period, an aim `今後は…を目標に` read as a value, a partner's certificate read
 * as the vendor's; a staging environment or a load test read as where the
 * service runs; a measured uptime read as a commitment, an answer deferred (`確認のうえ改めてご連絡いたします`, `to be
 * confirmed`) read as a practice, a message's kind or opening formula read as the product, and a Markdown fact sheet's
 * fields, one per line, joined into one paragraph; a sub-processor table's kind of service (`Email`) read as the party, and
 * the generic `クラウドサービス` between a product and the document's kind read as part of the product; a residency table with
 * the provider and the place in separate cells, `never leaves Australia`, a 確認シート's `データセンターの所在国` row and its
 * `対象サービス` field not read; Azure's `UK South` with Azure named, a provider with no country stated as in Japan, a
 * `リージョン` row under a provider's row, a section headed `運用` skipped as introductory, and a sales proposal's competitor
 * columns read as the vendor's; a title that is the company's own name read as the product, a month-only date
 * (`Last updated: October 2025`) not read, and a party named after `Yes:` or as the subject (`X Ltd handles outbound email
 * for us`) read as `Yes` or not at all; a hero's button (`Talk to sales`) read into the title, a footer's `Last updated 12
 * August 2025` dropped, and a brand's one product printed once not read; a reply written between the quoted questions read
 * as one section with the questions' words, and `has held ISO/IEC 27001` not read as held; an e-mail with no heading read
 * as one section headed by its first header field, so untitled, its greeting quoted and its signature read; a data centre
 * in a Japanese city (`東京のデータセンター`) or a region named by its place without its provider (`東京リージョンに保管`) keeping
 * no data in Japan, and a notice's `平素は「X」をご利用いただき` not naming X; a footnote's mark (`region.[^1] All …`) joining two
 * sentences into one quote, and a glossary's examples (`e.g. us-east-1`) read as facts; さくらのクラウド, whose every data
 * centre is in Japan, placed there only by assumption; a subject `セキュリティに関するご質問（X）` naming `に関するご質問`; `hosted by
 * Google Cloud in Tokyo and Osaka` naming no region, `AWS Tokyo` no region, `We are not ISO 27001 certified` held, and `or 90
 * days on the Enterprise plan` read as standard; `24h`, `6 hrs` and `30-day retention` no values, and `cert. no.` ending a
 * sentence; a page whose only heading is its title read untitled, a fact sheet's `Infrastructure:`, `Certifications:`,
 * `Sub-processors:`, `保存先：` and `ISMAP：登録済み` fields not read (or a sub-processor's hosting read as the service's), Japanese
 * fields one a line joined as a wrapped paragraph, `Our primary region is …` and a certificate that `expires on …` not read,
 * `CLD.8.1.5 …` no heading, a title opening with `ISO/IEC 27017` naming `ISO`, and a vendor named only in Japanese given a
 * placeholder id though its document prints its web address; a certificate number printed in groups of digits (`44 121
 * 240113`) not read, so the scheme not held; `会議` cut out of a product named for meeting rooms (`会議室予約`); data `stored in
 * Frankfurt` with no provider named placed nowhere; a help article titled `Where is my data stored? – X Help Center` naming the
 * question, or `X Help` beside the product the body prints; a reply whose subject is `貴社…調査票ご提出の件` naming `貴社 …`.
 * Fictional companies
 * throughout.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { htmlToText } from '../../src/ingest/read-html.js';
import { countries, providers, type Place } from '../../src/ingest/provider-dictionary.js';
import { normalizeMetric } from '../../src/seed/normalize-metric.js';
import { metricsOf } from './support/ingest-fixture.js';

/** A text written as its lines, ingested under `fileName`. */
const ingestLines = (lines: readonly string[], fileName: string) => ingestText(lines.join('\n'), { fileName });

const titled = (title: string, company: string, body = '1. 概要\n\nクラウドサービスです。\n') =>
  ingestText(`${title}\n2025年4月1日\n${company}\n\n${body}`, { fileName: 'unseen.txt' });

describe('a product name as a title prints it', () => {
  it.each([
    ['Kumo Ledger に関するセキュリティホワイトペーパー'],
    ['Kumo Ledger についてのセキュリティ概要'],
    ['Kumo Ledger におけるセキュリティ対策'],
    ['Kumo Ledger のセキュリティへの取り組み'],
    ['Kumo Ledger 向けセキュリティチェックシート'],
    ['Security Whitepaper for Kumo Ledger'],
    ['Kumo Ledger の情報セキュリティについて'],
    ['Kumo Ledger サービス概要書'],
    ['Kumo Ledgerサービス説明書'],
  ])('"%s" names the service Kumo Ledger', (title) => {
    expect(titled(title, 'クモシステムズ株式会社').services.map((s) => s.name)).toEqual(['Kumo Ledger']);
  });
});

describe('a vendor printed in Japanese and in English', () => {
  it.each([
    ['株式会社クモシステムズ（Kumo Systems Inc.）', 'kumo-systems-inc', 'Kumo Systems Inc.'],
    ['株式会社クモシステムズ (Kumo Systems)', 'kumo-systems', 'Kumo Systems'],
    ['クモシステムズ株式会社 / Kumo Systems Co., Ltd.', 'kumo-systems-co-ltd', 'Kumo Systems Co., Ltd.'],
  ])('"%s" gets its id from the English name', (company, id, nameEn) => {
    const draft = titled('Kumo Ledger セキュリティホワイトペーパー', company);
    expect(draft.vendors[0]).toMatchObject({ id, nameEn, reviewNote: expect.stringMatching(/English name/) });
    expect(draft.services[0]!.vendor).toBe(id);
  });

  it('does not take a sub-processor’s English name further down as the vendor’s', () => {
    const draft = titled(
      'Kumo Ledger セキュリティホワイトペーパー',
      'クモシステムズ株式会社',
      '1. 外部サービス\n\nSMS の送信に Twilio Inc. のサービスを利用しています。\n',
    );
    expect(draft.vendors[0]).toMatchObject({ id: 'unseen-vendor', name: 'クモシステムズ株式会社' });
    expect(draft.vendors[0]!.nameEn).toBeUndefined();
  });
});

describe('a backup kept in a second region', () => {
  const withBackup = (sentence: string) =>
    titled(
      'Kumo Ledger セキュリティホワイトペーパー',
      'クモシステムズ株式会社',
      `1. データの保管場所\n\n本サービスは AWS の東京リージョン（ap-northeast-1）で稼働しています。\n\n2. バックアップ\n\n${sentence}\n`,
    );

  it.each([
    ['バックアップデータは、災害対策として大阪リージョンにも保管しています。', 'aws:ap-northeast-3'],
    ['バックアップは別リージョン（大阪）に複製しています。', 'aws:ap-northeast-3'],
    ['バックアップは ap-northeast-3 にレプリケーションしています。', 'aws:ap-northeast-3'],
    ['Backups are replicated to a second region (us-west-2).', 'aws:us-west-2'],
  ])('"%s" proposes %s next to the main region', (sentence, region) => {
    const draft = withBackup(sentence);
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(['aws:ap-northeast-1', region].sort());
    const text = draft.usesInfra.find((u) => u.region === region)!.evidence.quote;
    expect(text).toBe(sentence);
  });

  it('a second region the document does not name is proposed as the in-country placeholder, inferred and flagged', () => {
    const draft = withBackup('バックアップデータは別リージョンに保管しています。');
    expect(draft.usesInfra.find((u) => u.region === 'aws:jp')).toMatchObject({
      basis: 'INFERRED',
      rule: 'infrastructure.unnamed-second-region',
      reviewNote: expect.stringMatching(/not named/),
    });
  });

  it('a region abroad is not taken for a data location in Japan', () => {
    const draft = ingestText(
      'Kumo Ledger Security Whitepaper\nKumo Systems Inc.\n\n1. Data location\n\nCustomer data is stored in AWS ap-northeast-1.\n\n2. Backup\n\nBackups are stored in us-west-2.\n',
      { fileName: 'unseen.txt' },
    );
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(['aws:ap-northeast-1', 'aws:us-west-2']);
    // us-west-2 is in the United States, as the provider publishes it: the backups are kept there, not in Japan.
    expect(draft.storesDataIn.map((s) => `${s.country} ${s.evidence.quote}`)).toEqual([
      'JP Customer data is stored in AWS ap-northeast-1.',
      'US Backups are stored in us-west-2.',
    ]);
    expect(draft.regions.find((r) => r.id === 'aws:us-west-2')).toMatchObject({ disclosed: true, country: 'US' });
  });
});

describe('other common wordings of an unseen document', () => {
  const sheet = (heading: string, sentence: string) =>
    titled('Kumo Ledger セキュリティホワイトペーパー', 'クモシステムズ株式会社', `1. ${heading}\n\n${sentence}\n\n2. その他\n\n以上\n`);

  it.each([
    ['当社は ISO 27001 の認証を取得しています（登録番号 IS 700001）。', 'iso27001 IS 700001'],
    ['当社は ISO27017 認証を取得済みです（CLOUD 700002）。', 'iso27017 CLOUD 700002'],
  ])('a standard written without IEC: "%s"', (sentence, expected) => {
    expect(sheet('第三者認証', sentence).certifiedBy.map((c) => `${c.certification} ${c.registrationNumber}`)).toEqual([expected]);
  });

  it('an NTP host the reference does not know is an unnamed NTP source, flagged', () => {
    const draft = sheet('時刻同期', 'サーバの時刻は ntp.jst.mfeed.ad.jp と同期しています。');
    expect(draft.syncsTimeWith).toMatchObject([{ timeSource: 'public-ntp', reviewNote: expect.stringMatching(/does not name/) }]);
  });

  it('a data centre placed by prefecture is in that region of Japan, its operator unnamed', () => {
    const draft = sheet('データの保管場所', 'お客様データは東京都内のデータセンターに保管しています。');
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['undisclosed:jp-kanto']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });
});

describe('a backup rate written as a period and a count', () => {
  const backupMetrics = (sentence: string) =>
    titled('Kumo Ledger セキュリティに関するよくあるご質問', 'クモシステムズ株式会社', `Q5. バックアップの取得頻度は？\n\nA. ${sentence}\n`)
      .disclosures.filter((d) => d.control === 'iso27017:12.3.1')
      .flatMap((d) => d.metrics ?? [])
      .map((m) => [m.name, m.value, m.unit, m.raw]);

  it.each([
    ['データベースは1日1回バックアップを取得し、7世代分を保持しています。', 1, 'days', '1日1回'],
    ['バックアップは1日に2回取得しています。', 0.5, 'days', '1日に2回'],
    ['バックアップは1時間あたり1回取得します。', 1, 'hours', '1時間あたり1回'],
  ])('"%s" is an interval, not a retention', (sentence, value, unit, raw) => {
    const metrics = backupMetrics(sentence);
    expect(metrics).toContainEqual(['backupInterval', value, unit, raw]);
    expect(metrics.map(([name]) => name)).not.toContain('backupRetentionDays');
  });

  it('still reads a number of days kept as a retention', () => {
    expect(backupMetrics('バックアップデータは30日間保管します。')).toContainEqual(['backupRetentionDays', 30, 'days', '30日間']);
  });
});

describe('a stated data location beside a named region', () => {
  const located = (location: string) =>
    titled(
      'Kumo Ledger セキュリティに関するよくあるご質問',
      'クモシステムズ株式会社',
      `Q1. どのクラウド基盤で稼働していますか？\n\nA. 本サービスは Google Cloud の東京リージョンで稼働しています。\n\nQ2. データはどの国に保管されますか？\n\nA. ${location}\n`,
    );

  it.each([['お客様データはすべて日本国内に保管され、国外のデータセンターへ移転することはありません。'], ['Customer data is kept in data centres in Japan.']])(
    '"%s" adds the country, not an unnamed site in it',
    (sentence) => {
      const draft = located(sentence);
      expect(draft.usesInfra.map((u) => u.region)).toEqual(['gcp:asia-northeast1']);
      expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    },
  );

  it('a site the document calls a separate one is still proposed, inferred', () => {
    const draft = located('バックアップは国内の別のデータセンターに保管しています。');
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`).sort()).toEqual(['gcp:asia-northeast1 STATED', 'undisclosed:jp INFERRED']);
  });
});

describe('HTML as editors write it', () => {
  it('a line break in the source is a space, except inside <pre>', () => {
    const text = htmlToText('<body><h2>保管場所</h2><p>データは Azure の\n      東日本リージョンに保管します。</p><pre>a\nb</pre></body>');
    expect(text).toContain('データは Azure の 東日本リージョンに保管します。');
    expect(text).toContain('a\nb');
  });

  it('a definition list under a heading gives subheadings; one before any heading stays in the title block', () => {
    const text = htmlToText('<body><dl><dt>発行日</dt><dd>2025年4月1日</dd></dl><h2>運用</h2><dl><dt>稼働率</dt><dd>99.9%</dd></dl></body>');
    expect(text).toContain('発行日\n');
    expect(text).not.toContain('# 発行日');
    expect(text).toContain('### 稼働率');
  });

  it('an aside headed as news or related items is not read, a callout inside the content is', () => {
    const text = htmlToText(
      '<body><main><h1>Kumo Ledger</h1><p>Kumo Ledger runs on AWS in Tokyo.</p><aside><h2>News</h2><ul><li>Acme Notes now runs on Azure in West Europe.</li></ul></aside><aside><p>Note: backups are also kept in Osaka.</p></aside></main></body>',
    );
    expect(text).not.toContain('Acme Notes');
    expect(text).toContain('Note: backups are also kept in Osaka.');
  });

  it("a footer's copyright line is kept, its links and address dropped; it names the vendor only when nothing else does", () => {
    const footer = '<footer><a href="/privacy">Privacy</a><p>1-2-3 Chiyoda, Tokyo</p><p>© 2025 Kumo Systems Inc. All rights reserved.</p></footer>';
    const page = (body: string) => `<html><body><main><h1>Kumo Ledger Security</h1>${body}</main>${footer}</body></html>`;
    const text = htmlToText(page('<h2>Hosting</h2><p>Kumo Ledger runs on AWS in Tokyo.</p>'));
    expect(text).toContain('© 2025 Kumo Systems Inc. All rights reserved.');
    expect(text).not.toContain('Privacy');
    expect(text).not.toContain('Chiyoda');
    const vendorOf = (html: string) => ingestText(htmlToText(html), { fileName: 'unseen.html' }).vendors.map((v) => v.name);
    expect(vendorOf(page('<h2>Hosting</h2><p>Kumo Ledger runs on AWS in Tokyo.</p>'))).toEqual(['Kumo Systems Inc.']);
    // The body names the company in Japanese: the footer's English copyright does not outvote it.
    expect(vendorOf(page('<p>クモシステムズ株式会社</p><h2>Hosting</h2><p>Kumo Ledger runs on AWS in Tokyo.</p>'))).toEqual(['クモシステムズ株式会社']);
  });
});

describe('titles of other kinds of page', () => {
  it.each([
    ['Kumo Ledger セキュリティ・コンプライアンス', 'Kumo Ledger'],
    ['Kumo Ledger Security & Compliance', 'Kumo Ledger'],
    ['【重要】Kumo Ledger の提供基盤変更について', 'Kumo Ledger'],
    ['【Kumo Ledger】セキュリティホワイトペーパー', 'Kumo Ledger'],
  ])('"%s" names the service %s', (title, name) => {
    expect(titled(title, 'クモシステムズ株式会社', '1. 概要\n\nクラウドサービス「Kumo Ledger」です。\n').services.map((s) => s.name)).toEqual([name]);
  });
});

describe('regions that are not where the service runs', () => {
  const hosted = (sentence: string) =>
    titled('Kumo Ledger セキュリティホワイトペーパー', 'クモシステムズ株式会社', `1. 稼働環境\n\n${sentence}\n`)
      .usesInfra.map((u) => u.region)
      .sort();

  it.each([
    ['他社サービスは AWS の us-east-1 にデータを保管していますが、本サービスは AWS 東京リージョンに保管しています。', ['aws:ap-northeast-1']],
    ['Similar services run on AWS in us-west-2; Kumo Ledger runs on AWS in ap-northeast-1.', ['aws:ap-northeast-1']],
    ['本サービスは 2025年4月に AWS の us-west-2 から東京リージョンへ移行しました。', ['aws:ap-northeast-1']],
    ['We migrated Kumo Ledger from AWS us-west-2 to the Tokyo region (ap-northeast-1).', ['aws:ap-northeast-1']],
    // Using another company's cloud is no competitor's clause; a copy from one region to another is no move.
    ['当社は他社のクラウドサービス（AWS 東京リージョン）を利用しています。', ['aws:ap-northeast-1']],
    ['バックアップは AWS 東京リージョンから大阪リージョンへ複製しています。', ['aws:ap-northeast-1', 'aws:ap-northeast-3']],
  ])('"%s"', (sentence, regions) => {
    expect(hosted(sentence)).toEqual(regions);
  });

  it('a lead paragraph in the title block is read, and cited under the title', () => {
    const draft = ingestText(
      '【お知らせ】Kumo Ledger の稼働基盤について\n2025年4月1日\nクモシステムズ株式会社\n\n当社は、Kumo Ledger の稼働基盤を Google Cloud の大阪リージョンから東京リージョンへ移行しました。\n\n1. 時刻同期\n\nNICT の NTP サーバと同期しています。\n',
      { fileName: 'notice.txt' },
    );
    expect(draft.usesInfra.map((u) => [u.region, u.evidence.section])).toEqual([['gcp:asia-northeast1', '【お知らせ】Kumo Ledger の稼働基盤について']]);
    expect(draft.documents[0]!.title).toBe('【お知らせ】Kumo Ledger の稼働基盤について');
  });
});

describe('a heading that names backups and logs', () => {
  it('a sentence about logs under it keeps logs', () => {
    const draft = titled(
      'Kumo Ledger セキュリティホワイトペーパー',
      'クモシステムズ株式会社',
      '1. バックアップとログ\n\nバックアップは30日間保管します。操作ログは1年間保管します。\n',
    );
    expect(draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`)).sort()).toEqual([
      'backupRetentionDays=30 days',
      'logRetentionDays=1 years',
    ]);
  });
});

describe('numbers as formal Japanese prints them', () => {
  const metricsIn = (body: string) =>
    titled('Kumo Ledger セキュリティホワイトペーパー', 'クモシステムズ株式会社', `1. バックアップとログ\n\n${body}\n`)
      .disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`))
      .sort();

  it.each([
    ['バックアップは七世代を保管します。', ['backupGenerations=7 generations']],
    ['バックアップは十二時間ごとに取得します。', ['backupInterval=12 hours']],
    ['バックアップは三百六十五日間保管します。', ['backupRetentionDays=365 days']],
    ['バックアップは３０日間保管します。', ['backupRetentionDays=30 days']],
    // Enough (十分な), a fiscal year (令和６年度) and an era year (平成30年) are no periods; 同一 is no count.
    ['十分な容量のバックアップ領域を確保しています。', []],
    ['令和６年度から、操作ログは三年間保管しています。', ['logRetentionDays=3 years']],
    ['平成30年以降、操作ログを保管しています。', []],
    ['バックアップは同一日に取得したものを保管します。', []],
  ])('"%s"', (sentence, metrics) => {
    expect(metricsIn(sentence)).toEqual(metrics);
  });

  it.each([
    ['令和7年4月1日', '2025-04-01'],
    ['令和七年四月一日', '2025-04-01'],
    ['２０２５年４月１日', '2025-04-01'],
    ['平成31年3月1日', '2019-03-01'],
  ])('a title block dated "%s" is published on %s', (date, iso) => {
    const draft = ingestText(`Kumo Ledger セキュリティホワイトペーパー\n${date}\nクモシステムズ株式会社\n\n1. 概要\n\nクラウドサービスです。\n`, {
      fileName: 'unseen.txt',
    });
    expect(draft.documents[0]!.publishedOn).toBe(iso);
  });
});

describe('places a service does not run or keep data in', () => {
  const located = (sentence: string) => {
    const draft = titled(
      'Kumo Ledger セキュリティホワイトペーパー',
      'クモシステムズ株式会社',
      `1. データの保管場所\n\nお客様データは AWS の東京リージョン（ap-northeast-1）に保管しています。${sentence}\n`,
    );
    return { regions: draft.usesInfra.map((u) => u.region).sort(), countries: draft.storesDataIn.map((s) => s.country).sort() };
  };

  it.each([
    ['お客様データは国内に保管し、米国には保管しません。', { regions: ['aws:ap-northeast-1'], countries: ['JP'] }],
    ['We do not store customer data in the United States.', { regions: ['aws:ap-northeast-1'], countries: ['JP'] }],
    // A sub-processor's own hosting is the sub-processor's; a provider that is the sub-processor hosts the service.
    [
      'メール配信は再委託先の X 社が行い、同社は AWS のフランクフルトリージョン（eu-central-1）を利用しています。',
      { regions: ['aws:ap-northeast-1'], countries: ['JP'] },
    ],
    ['Emails are sent by our sub-processor Postbox, which runs on AWS in us-east-1.', { regions: ['aws:ap-northeast-1'], countries: ['JP'] }],
    [
      'Our sub-processor Google Cloud, which hosts our files, keeps them in asia-northeast2.',
      { regions: ['aws:ap-northeast-1', 'gcp:asia-northeast2'], countries: ['JP'] },
    ],
  ])('"%s"', (sentence, expected) => {
    expect(located(sentence)).toEqual(expected);
  });
});

describe('a line that starts with a word in Q', () => {
  it('is no question heading', () => {
    const draft = ingestText(
      '# Security at Kumo\n\nQuality is checked by a second engineer before release.\n\n## Backups\n\nDaily backups.\n\n## Logs\n\nKept.\n',
      {
        fileName: 'unseen.md',
      },
    );
    expect(draft.sections.map((s) => s.heading)).toEqual(['Backups', 'Logs']);
  });
});

describe('a comparison with a generic set-up', () => {
  it.each([
    ['従来のオンプレミス環境では、バックアップは7世代を保持するのが一般的です。'],
    ['一般的なオンプレミス構成：バックアップは7世代程度'],
    ['A typical on-premises deployment keeps 7 generations of backups.'],
  ])('"%s" gives no value of the service', (sentence) => {
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', `1. バックアップ\n\nバックアップは14世代を保持します。\n${sentence}\n`);
    expect(draft.disclosures.flatMap((d) => d.metrics.map((m) => m.value))).toEqual([14]);
  });
});

describe('a footer repeated under every page', () => {
  it('names the company once, so it does not outweigh the name the title block prints', () => {
    const footer = 'Copyright © 2025 Kumo Systems Inc. All Rights Reserved.';
    const slides = [1, 2, 3, 4, 5].map((n) => `バックアップ\n・毎日取得\n${footer}\n${n}\n`).join('\n');
    const draft = titled('Kumo Ledger セキュリティ概要', `株式会社クモシステムズ\n${footer}`, slides);
    expect(draft.vendors[0]).toMatchObject({ name: '株式会社クモシステムズ', nameEn: 'Kumo Systems Inc.' });
  });
});

describe('a value that depends on an option or a plan', () => {
  it('is left out beside the standard value, and proposed for review when alone', () => {
    const beside = titled(
      'Kumo Ledger セキュリティ概要',
      'クモシステムズ株式会社',
      '1. バックアップ\n\nバックアップは7世代を保持します（有償オプション契約時は30世代）。\n',
    );
    expect(beside.disclosures.flatMap((d) => d.metrics.map((m) => m.value))).toEqual([7]);
    const alone = titled(
      'Kumo Ledger Security Overview',
      'Kumo Systems Inc.',
      '1. Backups\n\nHourly snapshots are kept for 14 days, available only with the Enterprise plan.\n',
    );
    const metric = alone.disclosures.flatMap((d) => d.metrics)[0]!;
    expect(metric).toMatchObject({ name: 'backupRetentionDays', value: 14 });
    expect(alone.disclosures.find((d) => d.metrics.length)!.reviewNote).toMatch(/option, plan or extra contract/);
  });
});

describe('a quoted line outside an e-mail', () => {
  it('stays the document’s own text (a `>` bullet, a blockquote)', () => {
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', '1. 稼働環境\n\n> 本サービスは AWS 東京リージョンで稼働しています。\n');
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1']);
  });
});

describe('where a sentence says data is not kept, and who is somewhere', () => {
  const hosting = (sentence: string) => titled('Kumo Ledger Security Whitepaper', 'Kumo Systems Inc.', `1. Hosting\n\n${sentence}\n`);

  it.each([
    ['Our service is not hosted in AWS us-west-2.', []],
    ['Customer data is never stored in AWS us-east-1, only in AWS ap-northeast-1.', ['aws:ap-northeast-1']],
    ['Customer data is never stored outside AWS ap-northeast-1.', ['aws:ap-northeast-1']],
    ['お客様データはAWS東京リージョン以外には保管しません。', ['aws:ap-northeast-1']],
    ['バックアップはAWS us-west-2には保管しません。', []],
    ['お客様データは AWS us-east-1 には保管せず、AWS 東京リージョンのみに保管します。', ['aws:ap-northeast-1']],
  ])('"%s" proposes %j', (sentence, regions) => {
    expect(hosting(sentence).usesInfra.map((u) => u.region)).toEqual(regions);
  });

  it.each([
    ['Customer data is stored in AWS Europe (Frankfurt).', ['aws:eu-central-1'], ['DE']],
    ['お客様データは AWS のフランクフルトリージョンに保管します。', ['aws:eu-central-1'], ['DE']],
    ['Customer data is hosted on Google Cloud in the Frankfurt region.', ['gcp:europe-west3'], ['DE']],
    ['Customer data is stored on Azure, region: Tokyo or Dublin.', ['azure:japaneast', 'azure:northeurope'], ['IE', 'JP']],
    ['Customer data is stored on AWS in US East (N. Virginia) and US West (Oregon).', ['aws:us-east-1', 'aws:us-west-2'], ['US']],
    [
      'Customer data is kept in AWS Asia Pacific (Singapore), with backups in Asia Pacific (Sydney).',
      ['aws:ap-southeast-1', 'aws:ap-southeast-2'],
      ['AU', 'SG'],
    ],
    // A city alone is no region: an office, not a site.
    ['Customer data is stored on AWS; our Frankfurt office handles support.', ['aws:jp'], []],
  ])('"%s" maps a place abroad to the named provider\'s region there', (sentence, regions, countries) => {
    const draft = hosting(sentence);
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(regions);
    expect(draft.storesDataIn.map((s) => s.country).sort()).toEqual(countries);
  });

  it.each([
    ['Customer data is stored in Japan; our support team, located in Canada, may access it to resolve a ticket.'],
    ['Customer data is stored in Japan and engineers in India may access it under supervision.'],
    ['お客様データは日本国内に保管し、米国のサポート担当者が必要に応じてアクセスします。'],
  ])('"%s" keeps data in Japan only: people are where they work', (sentence) => {
    expect(hosting(sentence).storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });

  it('places every region the dictionary knows in a country it can name', () => {
    const known = new Set(countries.map((c) => c.code));
    const unnamed = providers.flatMap((p) =>
      Object.entries(p.countryOfRegion)
        .filter(([, country]) => !known.has(country))
        .map(([code]) => code),
    );
    expect(unnamed).toEqual([]);
    // Each place's region is in the place's country, as the provider publishes it (Frankfurt's in Germany, Tokyo's in Japan).
    const countryOfPlace: Record<Place, string> = {
      tokyo: 'JP',
      osaka: 'JP',
      frankfurt: 'DE',
      ireland: 'IE',
      london: 'GB',
      cardiff: 'GB',
      paris: 'FR',
      virginia: 'US',
      ohio: 'US',
      oregon: 'US',
      singapore: 'SG',
      sydney: 'AU',
      melbourne: 'AU',
      seoul: 'KR',
      mumbai: 'IN',
      montreal: 'CA',
      saopaulo: 'BR',
    };
    for (const p of providers)
      for (const [place, code] of Object.entries(p.regions))
        expect([p.id, place, p.countryOfRegion[code]]).toEqual([p.id, place, countryOfPlace[place as Place]]);
  });
});

describe('a year of the calendar and an aim from now on', () => {
  it('reads no period from a four-digit year (`2026年春`) and no value from `今後は…を目標に`', () => {
    const body = [
      '1. バックアップ',
      '',
      'データベースは毎日バックアップを取得しています。2026年春には別の保管先へのバックアップ保管を開始します。',
      '',
      '2. 可用性',
      '',
      '月間稼働率は99.9%以上です。今後は稼働率99.99%を目標に改善を続けます。',
      '',
    ].join('\n');
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', body);
    const metrics = draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`)).sort();
    expect(metrics).toEqual(['availabilityPercent=99.9 percent', 'backupInterval=1 days']);
  });

  it('keeps a standing target (`72時間以内を目標に通知`) and a practice that goes on (`今後も`)', () => {
    const body = '1. インシデント\n\nインシデントを検知してから 72 時間以内を目標に通知します。今後も毎日バックアップを取得します。\n';
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', body);
    const metrics = draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`)).sort();
    expect(metrics).toEqual(['backupInterval=1 days', 'incidentNotificationHours=72 hours']);
  });
});

describe('a certificate of another party named by its role', () => {
  it.each([
    ['決済連携パートナーである株式会社ヒナギクペイは、プライバシーマークを取得しています。'],
    ['Our payment partner, Daisy Pay Ltd., is certified to ISO/IEC 27001.'],
  ])('"%s" is not the vendor’s', (sentence) => {
    const body = `1. 認証\n\n当社は ISO/IEC 27017 の認証を取得しています（登録番号：CLOUD 123456）。${sentence}\n`;
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', body);
    expect(draft.certifiedBy.map((c) => c.certification)).toEqual(['iso27017']);
  });
});

describe('the date a certificate was granted', () => {
  it.each([
    ['当社は 2025年4月1日付で ISO/IEC 27001 の認証を取得しました（登録番号：IS 654987）。', '2025-04-01'],
    ['We have been certified to ISO/IEC 27001 (certificate no. IS 654987), certified on 3 March 2025.', '2025-03-03'],
    ['当社は2021年に ISO/IEC 27001 の認証を取得しました（登録番号：IS 654987）。', undefined],
  ])('"%s" → %s', (sentence, date) => {
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', `1. 認証\n\n${sentence}\n`);
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber, c.validFrom])).toEqual([['iso27001', 'IS 654987', date]]);
  });
});

describe('a non-production environment, a test or a benchmark is not where the service runs', () => {
  const regions = (body: string) =>
    titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', `1. 稼働環境\n\n${body}\n`)
      .usesInfra.map((u) => u.region)
      .sort();
  it.each([
    ['Production runs in AWS ap-northeast-1. Our staging environment runs in us-west-2.', ['aws:ap-northeast-1']],
    ['本番環境は AWS 東京リージョンで稼働しています。検証環境は us-west-2 に構築しています。', ['aws:ap-northeast-1']],
    ['Production runs in AWS ap-northeast-1. Our load tests run in us-east-1 once a month.', ['aws:ap-northeast-1']],
    // Named as what production is kept apart from or included with, or a benchmark measured against: the sentence still counts.
    ['開発環境を含め、すべての環境は AWS 東京リージョンで稼働しています。', ['aws:ap-northeast-1']],
    ['Servers are hardened to the CIS Benchmarks and hosted in AWS ap-northeast-1.', ['aws:ap-northeast-1']],
    ['Data is hosted in AWS ap-northeast-1, separate from the test environment.', ['aws:ap-northeast-1']],
  ])('"%s"', (body, expected) => {
    expect(regions(body)).toEqual(expected);
  });
});

describe('counts written in English words, as contracts write periods', () => {
  const operations = (sentence: string) => titled('Kumo Ledger Security Whitepaper', 'Kumo Systems Inc.', `1. Operations\n\n${sentence}\n`);
  const metrics = (sentence: string) => operations(sentence).disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`));

  it.each([
    ['Backups are kept for thirty days.', ['backupRetentionDays=30 days']],
    ['We notify customers within seventy-two (72) hours of confirming a security incident.', ['incidentNotificationHours=72 hours']],
    ['Customer data is deleted within 7 (seven) days after termination of the contract.', ['dataDeletionDays=7 days']],
    ['Backups are taken every four hours and retained for one year.', ['backupInterval=4 hours', 'backupRetentionDays=1 years']],
    ['Someone said one day we will add more backups.', []],
  ])('"%s" gives %j', (sentence, expected) => {
    expect(metrics(sentence)).toEqual(expected);
  });
});

describe('a questionnaire row whose answer names no scheme', () => {
  const sheet = (rows: string) =>
    ingestText(`Kumo Ledger 情報開示書\n2025年4月1日\nクモシステムズ株式会社\n\nNo.\t開示項目\t開示内容\n${rows}`, { fileName: 'unseen.txt' });

  it('answers for the scheme its item names: held with its number, or not held when `未取得`', () => {
    const draft = sheet('1\tプライバシーマーク\t取得済み（登録番号 第10823456(03)号）\n2\tISMAP\t未取得\n3\t稼働率\t99.95%（月間）\n');
    expect(draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber} ${c.scope ?? '-'}`)).toEqual(['privacymark 10823456(03) -']);
    // A value opening the answer cell keeps its integer part: `99.95%`, not `95%`.
    expect(draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value}`))).toEqual(['availabilityPercent=99.95']);
  });
});

describe('words of a person outside the vendor, quoted in its document', () => {
  const page = (text: string) =>
    ingestText(`# Kumo Ledger customer story\n\nKumo Systems Inc.\n\n## Why they chose it\n\n${text}\n`, { fileName: 'story.txt' });

  it.each([
    ['「当社の基幹システムはAWS大阪リージョンで稼働しています」（株式会社ヤマセ 情報システム部 部長 大野様）', []],
    ['“We run our own ERP on Azure in Japan East,” says Mei Tanaka, CIO of Yamase Corp.', []],
    ['「当社自身もプライバシーマークを取得しています」（同）', []],
  ])('"%s": the speaker of itself, not the vendor', (text, regions) => {
    const draft = page(text);
    expect(draft.usesInfra.map((u) => u.region)).toEqual(regions);
    expect(draft.certifiedBy).toEqual([]);
  });

  it.each([
    ['「Kumo LedgerはAWS東京リージョンで運用されている点が決め手でした」（株式会社ヤマセ 大野様）'],
    ['“Kumo Ledger keeps our data in the AWS Tokyo region,” says Mei Tanaka, CIO of Yamase Corp.'],
  ])('"%s": said of the service, proposed for review at a low confidence', (text) => {
    const draft = page(text);
    expect(draft.usesInfra).toMatchObject([{ region: 'aws:ap-northeast-1', reviewNote: expect.stringMatching(/outside the vendor/u) }]);
    expect(draft.usesInfra[0]!.confidence).toBeLessThanOrEqual(0.4);
  });

  it('reads the same sentence, not quoted, as the vendor’s own', () => {
    const draft = page('Kumo Ledger keeps customer data in the AWS Tokyo region.');
    expect(draft.usesInfra).toMatchObject([{ region: 'aws:ap-northeast-1', confidence: 0.9 }]);
    expect(draft.usesInfra[0]!.reviewNote).toBeUndefined();
  });
});

describe('a measured availability, an answer deferred and a message’s kind, in either language', () => {
  const doc = (body: string) => ingestText(`Kumo Ledger Security Overview\n2025-04-01\nKumo Systems Inc.\n\n${body}`, { fileName: 'unseen.txt' });
  const metrics = (body: string) => doc(body).disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`));

  it.each([
    ['1. 稼働率\n\n月間稼働率99.9%を保証します。過去12か月の稼働率実績は99.98%でした。\n'],
    ['1. Availability\n\nWe commit to 99.9% monthly uptime. Measured uptime over the last 12 months: 99.99%.\n'],
  ])('a record beside the committed value gives way to it: %j', (body) => {
    expect(metrics(body)).toEqual(['availabilityPercent=99.9 percent']);
  });

  it.each([['1. 稼働状況\n\n過去90日間の稼働率：99.95%\n'], ['1. Status\n\nUptime over the last 30 days: 99.95%\n']])(
    'a record alone is proposed for review: %j',
    (body) => {
      const uptime = doc(body).disclosures.find((d) => d.control === 'iso27017:17.2.1')!;
      expect(uptime.metrics.map((m) => m.value)).toEqual([99.95]);
      expect(uptime.reviewNote).toMatch(/measured over a past period/u);
    },
  );

  it.each([
    ['1. ログの保管期間\n\nログの保管期間につきましては、確認のうえ改めてご連絡いたします。\n'],
    ['1. ログの保管期間\n\n保管期間の延長は今後検討いたします。\n'],
    ['1. Log retention\n\nTo be confirmed: we will get back to you on how long logs are retained.\n'],
  ])('an answer deferred states no practice: %j', (body) => {
    expect(doc(body).disclosures.filter((d) => d.control === 'iso27017:12.4.1')).toEqual([]);
  });

  it('a practice that promises a later report under a condition stays one', () => {
    expect(metrics('1. インシデント\n\nインシデント発生時は24時間以内に第一報をお知らせし、詳細を確認のうえ改めてご報告します。\n')).toEqual([
      'incidentNotificationHours=24 hours',
    ]);
  });

  it.each([
    ['件名：Re: 【ご質問】追加のご質問への回答\n宛先: 山田 <yamada@example.com>\n\nいつもお世話になっております。\n'],
    ['Subject: RE: Follow-up questions\nFrom: Mei <mei@example.com>\n\nI hope this email finds you well.\n'],
  ])('neither a message’s kind nor its opening formula names the product: %j', (head) => {
    const draft = ingestText(`${head}\n1. Hosting\n\nKumo Ledger runs on AWS in the Tokyo region.\n`, { fileName: 'unseen.txt' });
    expect(draft.services.map((s) => s.name).filter((n) => /質問|回答|お世話|Follow-up|hope/iu.test(n))).toEqual([]);
  });
});

describe('a deadline counted in business hours', () => {
  const metrics = (body: string) =>
    titled('Kumo Ledger Security Overview', 'Kumo Systems Inc.', `1. Incident response\n\n${body}\n`).disclosures.flatMap((d) =>
      d.metrics.map((m) => `${m.name}=${m.value} ${m.unit}`),
    );
  it.each([
    ['We notify affected customers of a security incident within 4 business hours of confirmation.', ['incidentNotificationHours=4 businessHours']],
    ['セキュリティインシデントを確認した場合、4営業時間以内にお客様へ通知します。', ['incidentNotificationHours=4 businessHours']],
    // Opening hours are no duration.
    ['Our support desk answers during business hours (9:00–18:00 JST).', []],
  ])('"%s"', (body, expected) => {
    expect(metrics(body)).toEqual(expected);
  });

  it('is normalised as an eighth of a business day, approximately', () => {
    expect(normalizeMetric('incidentNotificationHours', 4, 'businessHours')).toEqual({ normalizedValue: 16.8, normalizedUnit: 'hours', approximate: true });
  });
});

describe('Azure regions abroad by their programmatic names', () => {
  const hosting = (body: string) => titled('Kumo Ledger Security Overview', 'Kumo Systems Inc.', `1. Hosting\n\n${body}\n`);
  it('names Azure and places each region in its country, `eastus2` not read as `eastus`', () => {
    const draft = hosting('Kumo Ledger runs on Azure in westeurope, with disaster-recovery copies in northeurope. US customers are served from eastus2.');
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(['azure:eastus2', 'azure:northeurope', 'azure:westeurope']);
    expect(Object.fromEntries((draft.regions ?? []).map((r) => [r.id, r.country]))).toEqual({
      'azure:eastus2': 'US',
      'azure:northeurope': 'IE',
      'azure:westeurope': 'NL',
    });
  });
  it('does not read a display name without Azure, nor a longer word that contains a code', () => {
    expect(hosting('Our support team works in East US and West Europe time zones; see southeastasian holidays.').usesInfra).toEqual([]);
  });
});

describe('a move announced, not yet made', () => {
  const infra = (body: string) =>
    ingestText(`Kumo Ledger Security Overview\n\n1. Hosting\n\n${body}\n`, { fileName: 'unseen.txt' }).usesInfra.map((u) => `${u.region} ${u.basis}`);

  it.each([
    ['On 1 June 2026 we will migrate Kumo Ledger from AWS Singapore (ap-southeast-1) to the Tokyo region (ap-northeast-1).'],
    ['Kumo Ledger is moving from AWS ap-southeast-1 to ap-northeast-1 on 1 June 2026.'],
    ['Kumo Ledger は、2026年6月1日に AWS のシンガポールリージョン（ap-southeast-1）から東京リージョン（ap-northeast-1）へ移行します。'],
  ])('proposes the target only for review: %s', (body) => {
    expect(infra(body)).toEqual(['aws:ap-northeast-1 INFERRED']);
  });

  it.each([
    ['In March 2025 Kumo Ledger moved from AWS Singapore (ap-southeast-1) to the Tokyo region (ap-northeast-1).'],
    ['Kumo Ledger は、2025年3月に AWS のシンガポールリージョン（ap-southeast-1）から東京リージョン（ap-northeast-1）へ移行しました。'],
    ['Today Kumo Ledger runs on AWS in ap-northeast-1, and on 1 June 2026 it will also move its reports there.'],
  ])('a move made, or a region named before the announcement, is where the service runs: %s', (body) => {
    expect(infra(body)).toEqual(['aws:ap-northeast-1 STATED']);
  });

  it('neither a period counted from the move nor the market a product is for is a fact', () => {
    const draft = ingestText(
      'Kumo Ledger Security Overview\n\n1. Backups\n\nKumo Ledger for Japan stores its data in AWS ap-southeast-1 (Singapore). Backups are kept for 14 days. Old backups are kept for 30 days after the migration.\n',
      { fileName: 'unseen.txt' },
    );
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['SG']);
    expect(draft.disclosures.flatMap((d) => d.metrics.map((m) => `${m.name}=${m.value}`))).toEqual(['backupRetentionDays=14']);
  });
});

describe('a Japanese certificate and a letter-spaced title', () => {
  it('a title set letter-spaced reads as its word', () => {
    const draft = ingestText('セ キ ュ リ テ ィ ホ ワ イ ト ペ ー パ ー\n2025年4月1日\nクモシステムズ株式会社\n\n1. 概要\n\nクラウドサービスです。\n', {
      fileName: 'unseen.txt',
    });
    expect(draft.documents[0]!.title).toBe('セキュリティホワイトペーパー');
  });

  it('a service provided from a region runs there', () => {
    const draft = titled('Kumo Ledger セキュリティ概要', 'クモシステムズ株式会社', '1. 基盤\n\n本サービスは AWS の東京リージョンにて提供しています。\n');
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`)).toEqual(['aws:ap-northeast-1 STATED']);
  });

  it('a statement naming the organisation and the standard itself, with the number and dates in fields', () => {
    const draft = ingestLines(
      [
        '登録証',
        '',
        '株式会社クモシステムズの情報セキュリティマネジメントシステムは、ISO/IEC 27001:2022 の要求事項に適合していることを証明します。',
        '',
        '登録番号：KS-0042',
        '初回登録日：2019年4月1日',
        '発行日：2025年4月1日',
        '有効期限：2028年3月31日',
        '',
      ],
      'unseen.txt',
    );
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社クモシステムズ']);
    expect(draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber} ${c.validFrom} ${c.validUntil}`)).toEqual([
      'iso27001 KS-0042 2025-04-01 2028-03-31',
    ]);
    expect(draft.documents[0]!.publishedOn).toBe('2025-04-01');
  });
});

describe('a whitepaper that reproduces its certificate', () => {
  it('keeps its practices: only a document titled a certificate states none', () => {
    const draft = titled(
      'Kumo Ledger Security Whitepaper',
      'Kumo Systems Inc.',
      '1. Encryption\n\nCustomer data is encrypted at rest with AES-256.\n\n2. Appendix: our certificate\n\nThis is to certify that the Information Security Management System of\n\nKumo Systems Inc.\n\nhas been assessed and found to conform to the requirements of\n\nISO/IEC 27001:2022\n\nCertificate number: KS 1234\n',
    );
    expect(draft.disclosures.map((d) => d.control)).toContain('iso27017:10.1.1');
    expect(draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber}`)).toEqual(['iso27001 KS 1234']);
  });
});

describe('the state after an announced move', () => {
  const after = (body: string) => titled('Kumo Ledger Security Overview', 'Kumo Systems Inc.', `1. Hosting\n\n${body}\n`);
  it('is for review, as the target is, where the document announces the move', () => {
    const draft = after(
      'On 1 June 2026 we will migrate Kumo Ledger from AWS Singapore (ap-southeast-1) to the Tokyo region (ap-northeast-1). After the move, all customer data is stored in Japan and backups are replicated to the Osaka region (ap-northeast-3).',
    );
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`).sort()).toEqual(['aws:ap-northeast-1 INFERRED', 'aws:ap-northeast-3 INFERRED']);
    expect(draft.storesDataIn.map((s) => `${s.country} ${s.basis}`)).toEqual(['JP INFERRED']);
  });
  it('is stated where the move was made', () => {
    const draft = after(
      'In March 2025 Kumo Ledger moved from AWS Singapore (ap-southeast-1) to the Tokyo region (ap-northeast-1). After the move, all customer data is stored in Japan and backups are replicated to the Osaka region (ap-northeast-3).',
    );
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`).sort()).toEqual(['aws:ap-northeast-1 STATED', 'aws:ap-northeast-3 STATED']);
    expect(draft.storesDataIn.map((s) => `${s.country} ${s.basis}`)).toEqual(['JP STATED']);
  });
});

describe('a section headed as what is removed', () => {
  it.each([['Removed sub-processor'], ['REMOVED SUB-PROCESSORS'], ['削除する再委託先']])('"%s" is no current practice or party', (heading) => {
    const draft = titled(
      'Kumo Ledger Sub-processor Notice',
      'Kumo Systems Inc.',
      `1. ${heading}\n\nWe will no longer use Pallwick Analytics Inc. as of 30 November 2025. Pallwick Analytics Inc. has provided product usage analytics for Kumo Ledger.\n`,
    );
    expect(draft.dependsOn).toEqual([]);
    expect(draft.disclosures).toEqual([]);
  });
});

describe('a Markdown fact sheet of one field or fact per line', () => {
  // Markdown joins a paragraph's lines when rendered, but a fact sheet written one field per line is read as laid out: the
  // regions are two fields, and the held certificate is not joined to the plan on the line after it.
  const sheet = [
    '# Kumo Ledger — Security facts',
    '',
    'Kumo Systems Inc.',
    'Updated: 2025-10-01',
    '',
    '## Hosting',
    'Primary region: AWS Asia Pacific (Tokyo)',
    'Backup region: AWS Asia Pacific (Osaka)',
    'Customer data location: Japan',
    '',
    '## Certifications',
    'ISO/IEC 27001 (certificate IS 700111), valid until 2027-03-31',
    'We plan to obtain a SOC 2 Type II report issued by an independent auditor in 2026.',
    '',
    '## Architecture',
    'Encrypted backups of all customer content are taken daily and kept for',
    '35 days.',
    '',
  ].join('\n');
  const draft = ingestText(sheet, { fileName: 'fact-sheet.md' });

  it('reads each field alone, a data location field too', () => {
    expect(draft.usesInfra.map((u) => `${u.region}: ${u.evidence.quote}`).filter((q) => q.includes('region:'))).toEqual([
      'aws:ap-northeast-1: Primary region: AWS Asia Pacific (Tokyo)',
      'aws:ap-northeast-3: Backup region: AWS Asia Pacific (Osaka)',
    ]);
    expect(draft.storesDataIn.map((s) => `${s.country}: ${s.evidence.quote}`)).toEqual(['JP: Customer data location: Japan']);
  });

  it('holds the certificate of its own line, not the plan of the next', () => {
    expect(draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber ?? '-'} ${c.validUntil ?? '-'}`)).toEqual(['iso27001 IS 700111 2027-03-31']);
  });

  it('still joins a paragraph wrapped mid-sentence', () => {
    const retention = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'));
    expect(retention?.metrics.find((m) => m.name === 'backupRetentionDays')?.value).toBe(35);
    expect(retention?.evidence.quote).toBe('Encrypted backups of all customer content are taken daily and kept for\n35 days.');
  });
});

describe('a sub-processor table whose first column gives the kind of service', () => {
  const table = (head: string, rows: string[]) =>
    ingestLines(
      [
        '# Kumo Ledger Security Overview',
        '',
        'Kumo Systems Inc. — October 2025',
        '',
        '## Sub-processors',
        '',
        `| ${head} | Provider | Purpose | Region |`,
        '| --- | --- | --- | --- |',
        ...rows,
        '',
      ],
      'overview.md',
    );

  it('names the provider as the party, not the kind (which would be one `email` service for every vendor)', () => {
    const draft = table('Service', [
      '| Email | Postwick Mail Inc. | Transactional email | United States |',
      '| SMS | Textora Ltd. | One-time passcodes | Ireland |',
    ]);
    expect(draft.dependsOn.map((d) => `${d.dependsOn}: ${d.function}`)).toEqual(['postwick-mail-inc: Transactional email', 'textora-ltd: One-time passcodes']);
    const category = table('Category', ['| Messaging | Postwick Mail Inc. | Transactional email | United States |']);
    expect(category.dependsOn.map((d) => d.dependsOn)).toEqual(['postwick-mail-inc']);
  });

  it('keeps a product named in the Service column as the party, its company the operator', () => {
    const draft = table('Service', ['| Postbox Relay | Postwick Mail Inc. | Transactional email | United States |']);
    expect(draft.dependsOn.map((d) => d.dependsOn)).toEqual(['postbox-relay']);
    expect(draft.services.find((s) => s.id === 'postbox-relay')?.description).toContain('Postwick Mail Inc.');
  });
});

describe('a generic word between the product and the document kind', () => {
  it.each([['ツグミ経費クラウド　クラウドサービス運用方針'], ['ツグミ経費クラウド SaaS セキュリティ概要']])('"%s" names the product alone', (title) => {
    expect(titled(title, '株式会社ツグミワークス').services.map((s) => s.name)).toEqual(['ツグミ経費クラウド']);
  });
});

describe('a trust page whose residency table gives the provider and the place in separate cells', () => {
  const page = [
    '<html><head><title>Trust Center — Fernwick Boards</title></head><body><main>',
    '<h1>Trust Center</h1><p>Fernwick Boards is built by Fernwick Software Pty Ltd.</p>',
    '<h2>Data residency</h2>',
    '<table><tr><th>Region</th><th>Provider</th><th>Location</th></tr>',
    '<tr><td>Primary</td><td>AWS</td><td>Asia Pacific (Sydney)</td></tr>',
    '<tr><td>Disaster recovery</td><td>AWS</td><td>Asia Pacific (Melbourne)</td></tr></table>',
    '<h2>Support</h2><p>Customer data never leaves Australia. Our support team in the Philippines cannot see customer content.</p>',
    '</main></body></html>',
  ].join('\n');
  const draft = ingestText(htmlToText(page), { fileName: 'trust.html' });

  it('reads each row as the provider’s region at that place, Melbourne too', () => {
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(['aws:ap-southeast-2', 'aws:ap-southeast-4']);
  });

  it('reads data that never leaves a country as kept there, and no country of the support team', () => {
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['AU']);
    expect(draft.storesDataIn.map((s) => s.evidence.quote).join(' ')).not.toContain('Philippines');
  });
});

describe('a Japanese 確認シート answered with the product in a labelled field', () => {
  const sheet = [
    'クラウドサービス利用に関する確認シート（回答）',
    '',
    '回答日：2025年11月4日',
    '回答者：株式会社ヤマガラテック',
    '対象サービス：ヤマガラ日報',
    '',
    'No\t確認項目\t回答\t備考',
    '1\tデータセンターの所在国\t○\t日本国内（Google Cloud 東京リージョン）',
    '2\tバックアップの取得\t○\t日次で取得、30世代保管',
    '3\tバックアップの遠隔地保管\t×\t今後検討',
    '',
  ].join('\n');
  const draft = ingestText(sheet, { fileName: 'kakunin.txt' });

  it('names the product from 対象サービス, not from the sheet’s title (and never cuts 利用 to 利)', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマガラ日報']);
  });

  it('reads the answer to where the data centre is as the provider’s region', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['gcp:asia-northeast1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });
});

describe('an English questionnaire answered on Azure abroad', () => {
  const answers = (hosting: string) =>
    titled(
      'Security Questionnaire Responses - Orlanth Mail',
      'Orlanth Labs Ltd.',
      `Q1. Where is customer data hosted?\nA1. ${hosting}\n\nQ2. Do you hold any certifications?\nA2. Yes, we are certified to ISO/IEC 27001:2022 (certificate 311204).\n`,
    );

  it('reads an Azure display name (`UK South`) where the sentence names Azure, and a bare certificate number', () => {
    const draft = answers('Orlanth Mail is hosted on Azure in the UK South region.');
    expect(draft.usesInfra.map((u) => `${u.region} ${u.basis}`)).toEqual(['azure:uksouth STATED']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(draft.certifiedBy.map((c) => `${c.certification} ${c.registrationNumber}`)).toEqual(['iso27001 311204']);
  });

  it('states no country it was not told: a provider with neither region nor country is placed in Japan only as an inference', () => {
    const [usage] = answers('Orlanth Mail is hosted on Azure.').usesInfra;
    expect(usage).toMatchObject({ region: 'azure:jp', basis: 'INFERRED' });
    expect(usage!.reasoning).toContain('neither a region nor a country');
    expect(usage!.confidence).toBeLessThanOrEqual(0.4);
  });
});

describe('a Japanese HTML page of 項目 | 内容 tables under 運用', () => {
  const page = [
    '<html><head><title>ホオジロ会計 セキュリティへの取り組み</title></head><body>',
    '<h1>ホオジロ会計 セキュリティへの取り組み</h1><p>株式会社ホオジロシステム　2025年9月1日更新</p>',
    '<h2>インフラストラクチャ</h2><table><tr><th>項目</th><th>内容</th></tr>',
    '<tr><td>クラウド基盤</td><td>Amazon Web Services（AWS）</td></tr>',
    '<tr><td>リージョン</td><td>東京リージョン（メイン）、大阪リージョン（バックアップ）</td></tr></table>',
    '<h2>運用</h2><table><tr><th>項目</th><th>内容</th></tr>',
    '<tr><td>バックアップ</td><td>1日1回取得、7日間保持</td></tr>',
    '<tr><td>障害連絡</td><td>1時間以内にステータスページで第一報</td></tr></table>',
    '</body></html>',
  ].join('\n');
  const draft = ingestText(htmlToText(page), { fileName: 'hoojiro.html' });

  it('reads a リージョン row as the regions of the provider the row above names', () => {
    expect(draft.usesInfra.map((u) => u.region).sort()).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
  });

  it('reads a section headed 運用 (operations), not skipped as introductory text', () => {
    expect(metricsOf(draft)).toEqual(['backupInterval=1 days', 'backupRetentionDays=7 days', 'incidentNotificationHours=1 hours']);
  });
});

describe('a sales proposal comparing the product with competitors', () => {
  const deck = [
    '# 📊 カワセミ予約 ご提案資料',
    '',
    '株式会社カワセミデジタル ｜ 2025年10月',
    '',
    '## ✅ 選ばれる理由',
    '',
    '- ☁️ AWS 東京リージョンで稼働、お客様データは国内で保管',
    '- 💾 バックアップは毎日取得し、30日間保管',
    '',
    '## 🆚 他社サービスとの比較',
    '',
    '| 項目 | カワセミ予約 | A社サービス | B社サービス |',
    '| --- | --- | --- | --- |',
    '| 稼働基盤 | AWS 東京 | Azure 米国東部 | 自社データセンター |',
    '| バックアップ保管期間 | 30日 | 7日 | 14日 |',
    '',
  ].join('\n');
  const draft = ingestText(deck, { fileName: 'proposal.md' });

  it('names the product, not the proposal', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['カワセミ予約']);
  });

  it('reads no competitor’s column as the vendor’s: no Azure in the United States, no 7 or 14 days', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1']);
    expect([...new Set(metricsOf(draft))]).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
  });
});

describe('an overview titled by its company, dated by its month, naming its sub-processors as the subject of a sentence', () => {
  const overview = (dated: string) =>
    [
      '# Larkspur Metrics — Security overview',
      '',
      'Larkspur Metrics Inc. provides Larkspur Pulse, a reporting service for retailers.',
      '',
      dated,
      '',
      '## Hosting',
      '',
      'Larkspur Pulse runs on Azure in the Japan East region.',
      '',
      '## Third parties',
      '',
      'Yes: Coinfold Inc. provides our billing and invoicing.',
      'Sendara Ltd handles outbound email for us.',
      'Bluegate Corp does not provide our hosting.',
      '',
    ].join('\n');
  const draft = ingestText(overview('Last updated: October 2025'), { fileName: 'overview.md' });

  it('names the product the company is said to provide, not the company', () => {
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Larkspur Pulse']);
  });

  it('dates it by its month, saying it is no more than that, rather than by the day of ingestion', () => {
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-01');
    expect(draft.documents[0]!.reviewNote).toContain('dated by its month only (October 2025)');
    expect(ingestText(overview('最終更新：令和7年10月'), { fileName: 'overview.md' }).documents[0]!.publishedOn).toBe('2025-10-01');
  });

  it('reads the parties that do the work, after a yes and as the subject, not one said not to', () => {
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([
      ['coinfold-inc', 'billing and invoicing'],
      ['sendara-ltd', 'outbound email'],
    ]);
  });
});

describe('a security page of cards under a hero with a call to action, dated in its footer', () => {
  const page = [
    '<html><body><header><nav><a href="/">Home</a> <a href="/security">Security</a></nav></header><main>',
    '<section class="hero"><h1>Security at Wombeck</h1><p>Your people data, protected.</p><a class="btn btn-primary" href="/contact">Talk to sales</a></section>',
    '<div class="card"><h3>Hosted in Australia</h3><p>Wombeck Payroll is hosted on Google Cloud in the Sydney region (australia-southeast1).</p></div>',
    '<div class="card"><h3>Certified</h3><p>Wombeck Labs Pty Ltd is certified to ISO/IEC 27001:2022.</p><a href="/iso">Learn more</a></div>',
    '</main><footer><p>© 2025 Wombeck Labs Pty Ltd. Level 4, 100 Collins St, Melbourne.</p><p>Last updated 12 August 2025</p></footer></body></html>',
  ].join('\n');
  const text = htmlToText(page);
  const draft = ingestText(text, { fileName: 'security.html' });

  it('titles it by its heading, not the button beside it, and dates it by the footer’s line', () => {
    expect(text).not.toContain('Talk to sales');
    expect(draft.documents[0]).toMatchObject({ title: 'Security at Wombeck', publishedOn: '2025-08-12' });
  });

  it('names the one product of the brand the body prints, not the brand', () => {
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Wombeck Payroll']);
  });
});

describe('a reply written between the lines of the questions it quotes', () => {
  const reply = [
    'From: Ines Varga <ines@tarnwell.example>',
    'To: Procurement <procurement@buyer.example>',
    'Subject: Re: Security questions for Tarnwell Sync',
    'Date: Tue, 14 Oct 2025 09:12:00 +0100',
    '',
    'Hi Kenji,',
    '',
    'Answers inline below.',
    '',
    '> 1. Where is customer data stored? We run on Azure in West Europe today.',
    '',
    'All customer data for Tarnwell Sync is stored in AWS eu-west-2 (London).',
    '',
    '> 2. Do you hold ISO 27001?',
    '',
    'Yes, Tarnwell Ltd has held ISO/IEC 27001 since 2021 (certificate 229104).',
    '',
    '> 3. What happens to our data at the end of the contract?',
    '',
    'We delete it within 30 days of termination.',
    '',
    'Best regards,',
    'Ines Varga',
    'Head of Security, Tarnwell Ltd',
  ].join('\n');
  const draft = ingestText(reply, { fileName: 'reply.txt' });

  it('heads each answer with the quoted question, titled by the subject, the product from it', () => {
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '1. Where is customer data stored? We run on Azure in West Europe today.',
      '2. Do you hold ISO 27001?',
      '3. What happens to our data at the end of the contract?',
    ]);
    expect(draft.documents[0]!.title).toBe('Security questions for Tarnwell Sync');
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Tarnwell Sync']);
  });

  it('reads the answers, never the quoted words of the customer', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:eu-west-2']);
    expect(draft.certifiedBy).toMatchObject([
      {
        certification: 'iso27001',
        registrationNumber: '229104',
        evidence: { quote: 'Yes, Tarnwell Ltd has held ISO/IEC 27001 since 2021 (certificate 229104).' },
      },
    ]);
    expect(metricsOf(draft)).toEqual(['dataDeletionDays=30 days']);
  });
});

describe('an e-mail whose text has no heading', () => {
  const message = [
    'From: Ines Varga <ines@tarnwell.example>',
    'To: Procurement <procurement@buyer.example>',
    'Subject: Tarnwell Sync: where your data lives',
    'Date: Tue, 14 Oct 2025 09:12:00 +0100',
    '',
    'Hi Kenji,',
    '',
    'Thanks for your questions. All customer data for Tarnwell Sync is stored in AWS eu-west-2 (London), with backups every 12 hours kept for 14 days.',
    '',
    'We delete customer data within 30 days of termination.',
    '',
    'Best regards,',
    'Ines Varga',
    'Head of Security, Tarnwell Ltd',
    'We also run a standby copy in Azure West Europe.',
  ].join('\n');
  const draft = ingestText(message, { fileName: 'message.txt' });

  it('is titled by its subject and names the product before the subtitle', () => {
    expect(draft.documents[0]).toMatchObject({ title: 'Tarnwell Sync: where your data lives', publishedOn: '2025-10-14' });
    expect(draft.services.filter((s) => s.vendor).map((s) => s.name)).toEqual(['Tarnwell Sync']);
  });

  it('reads the sender’s text only: no greeting or thanks quoted, nothing under the signature', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:eu-west-2']);
    expect(draft.disclosures.map((d) => d.evidence.quote)).toEqual([
      'All customer data for Tarnwell Sync is stored in AWS eu-west-2 (London), with backups every 12 hours kept for 14 days.',
      'We delete customer data within 30 days of termination.',
    ]);
  });
});

describe('a Japanese notice that a move of the data is complete', () => {
  const notice = [
    'データ保管先移行完了のお知らせ',
    '',
    '2025年11月20日',
    '株式会社ヒバリ情報',
    '',
    'お客様各位',
    '',
    '平素は「ヒバリ給与」をご利用いただき、誠にありがとうございます。',
    'かねてよりご案内しておりました、データ保管先の移行作業が2025年11月18日に完了いたしましたので、お知らせいたします。',
    '',
    '■移行内容',
    '移行元：Google Cloud シンガポールリージョン',
    '移行先：Google Cloud 東京リージョン',
    '',
    '■移行後の状況',
    '現在、お客様のデータはすべて東京リージョンに保管されております。',
    'バックアップは東京のデータセンターとは別の拠点に日次で取得し、30日間保管しております。',
    '',
    '以上',
  ].join('\n');
  const draft = ingestText(notice, { fileName: 'notice.txt' });

  it('names the product the notice thanks its readers for using, not the headline of generic words', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ヒバリ給与']);
  });

  it('keeps the data in Japan by the Tokyo region the sentence names without its provider; Singapore left', () => {
    expect(draft.storesDataIn.map((s) => [s.country, s.basis])).toEqual([['JP', 'STATED']]);
    expect(draft.usesInfra.map((u) => u.region)).not.toContain('gcp:asia-southeast1');
  });
});

describe('a service run redundantly in two regions', () => {
  it('`…で冗長構成をとっています` runs the service in both', () => {
    const draft = titled(
      'Kumo Ledger セキュリティ',
      'クモシステムズ株式会社',
      '1. 運用\n\n本サービスはAWS東京リージョンおよび大阪リージョンで冗長構成をとっています。\n',
    );
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
  });
});

describe('a data centre in a Japanese city, the provider unnamed', () => {
  it.each([
    ['お客様のデータは東京のデータセンターに保管しています。'],
    ['お客様のデータは大阪にあるデータセンターに保管しています。'],
    ['Customer data is stored in the Tokyo region.'],
  ])('"%s" keeps the data in Japan', (sentence) => {
    expect(titled('Kumo Ledger セキュリティ', 'クモシステムズ株式会社', `1. データ\n\n${sentence}\n`).storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });

  it('a city named for an office keeps nothing there', () => {
    expect(titled('Kumo Ledger セキュリティ', 'クモシステムズ株式会社', '1. 会社\n\n当社の本社は東京にあります。\n').storesDataIn).toEqual([]);
  });
});

describe('a whitepaper with footnotes and a glossary', () => {
  const paper = [
    '# Skerry Notes Security Whitepaper',
    '',
    'Version 3.0 · March 2025 · Skerry Software GmbH',
    '',
    '## 1. Architecture',
    '',
    'Skerry Notes runs on AWS in the eu-central-1 (Frankfurt) region.[^1] All customer content is stored in Germany.',
    '',
    '## 2. Glossary',
    '',
    '| Term | Meaning |',
    '| --- | --- |',
    '| Region | A geographic area where a cloud provider runs data centres, e.g. us-east-1 or ap-southeast-2. |',
    '| Sub-processor | A third party such as Mailcove Inc. that processes data for us. |',
    '',
    '## 3. 用語集',
    '',
    '- リージョン：クラウド事業者のデータセンター群（例：AWS 大阪リージョン）',
    '',
  ].join('\n');
  const draft = ingestText(paper, { fileName: 'paper.md' });

  it('ends a sentence at its footnote mark, so each fact has its own sentence', () => {
    expect(draft.usesInfra.map((u) => u.evidence.quote)).toEqual(['Skerry Notes runs on AWS in the eu-central-1 (Frankfurt) region.[^1]']);
    expect(draft.storesDataIn.map((s) => s.evidence.quote)).toEqual(['All customer content is stored in Germany.']);
  });

  it('reads no glossary’s examples as facts, and says why it skipped it', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:eu-central-1']);
    expect(draft.dependsOn).toEqual([]);
    expect(draft.sections.filter((s) => /Glossary|用語集/u.test(s.heading)).map((s) => s.skippedBecause)).toEqual([
      'A glossary: what words mean, with examples, not a fact of the service.',
      'A glossary: what words mean, with examples, not a fact of the service.',
    ]);
  });
});

describe('a provider whose every data centre is in one country, named without a region', () => {
  it('places the service in that country by the provider, inferred with the reason, not by assuming Japan', () => {
    const draft = titled(
      'Kumo Ledger サービス仕様',
      'クモシステムズ株式会社',
      '1. 稼働環境\n\n本サービスは、さくらのクラウド（石狩第1ゾーン）で稼働しています。\n',
    );
    expect(draft.usesInfra).toMatchObject([{ region: 'sakura:jp', basis: 'INFERRED', confidence: 0.7 }]);
    expect(draft.usesInfra[0]!.reasoning).toContain('every data centre of さくらインターネット is in Japan');
  });
});

describe('a Japanese reply written between the quoted questions, the product in brackets after the subject’s kind words', () => {
  const reply = [
    '件名: Re: 【ご確認】セキュリティに関するご質問（ミサゴ受発注）',
    '差出人: 山本 花子 <h.yamamoto@misago-soft.example>',
    '宛先: 調達部 佐藤様 <sato@buyer.example>',
    '送信日時: 2025年11月12日 14:05',
    '',
    '佐藤様',
    '',
    'いつもお世話になっております。ミサゴソフト株式会社の山本です。',
    'ご質問へのご回答を、以下にインラインで記載いたします。',
    '',
    '> Q1. データの保管場所を教えてください。弊社では現在 Azure の米国東部を利用しています。',
    '',
    'ミサゴ受発注のデータは、AWS 東京リージョンに保管しております。',
    '',
    '> Q2. ISMAP には登録されていますか？',
    '',
    '現在、ISMAP への登録申請中です。なお、ISO/IEC 27001 認証は取得済みです（登録番号 IS 778899）。',
    '',
    '以上、よろしくお願いいたします。',
  ].join('\n');
  const draft = ingestText(reply, { fileName: 'reply.txt' });

  it('names the product printed in brackets and again in the body', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ミサゴ受発注']);
  });

  it('reads the answers, not the customer’s Azure in its quoted question, nor ISMAP applied for', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1']);
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber])).toEqual([['iso27001', 'IS 778899']]);
  });
});

describe('a provider named with the cities it runs in, no region word', () => {
  const body = (sentence: string) =>
    ingestText(`Acme Notes Security Overview\nAcme Ltd\n1 May 2025\n\n1. Hosting\n\n${sentence}\n`, { fileName: 'overview.txt' });

  it.each([
    ['Data is hosted by Google Cloud in Tokyo and Osaka.', ['gcp:asia-northeast1', 'gcp:asia-northeast2']],
    ['Acme Notes is hosted on Azure in London.', ['azure:uksouth']],
    ['Customer data is stored on AWS in Sydney.', ['aws:ap-southeast-2']],
  ])('"%s" names the provider’s regions there', (sentence, regions) => {
    expect(body(sentence).usesInfra.map((u) => u.region)).toEqual(regions);
  });

  it('a city named for people, not after the provider, names no region', () => {
    expect(body('We use AWS. Our engineers in Tokyo maintain it.').usesInfra.map((u) => u.region)).toEqual(['aws:jp']);
  });
});

describe('short English sentences a risk team reads every day', () => {
  const body = (sentence: string) =>
    ingestText(`Acme Notes Security Overview\nAcme Ltd\n1 May 2025\n\n1. Practices\n\n${sentence}\n`, { fileName: 'overview.txt' });

  it('reads `AWS Tokyo` as the region and the country, as people shorten it', () => {
    const draft = body('Customer data is stored in AWS Tokyo with a replica in AWS Osaka.');
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });

  it('holds no certificate the vendor says it is not certified to', () => {
    expect(body('We are not ISO 27001 certified, but our hosting provider AWS is.').certifiedBy).toEqual([]);
  });

  it('reads a number abbreviated or joined by a hyphen to its unit, and a number after `cert. no.`', () => {
    expect(metricsOf(body('Incidents affecting your data are reported within 24h.'))).toEqual(['incidentNotificationHours=24 hours']);
    expect(metricsOf(body('Daily backups, 30-day retention.'))).toEqual(['backupInterval=1 days', 'backupRetentionDays=30 days']);
    expect(metricsOf(body('Snapshots every 6 hrs, kept for 14 days.'))).toEqual(['backupInterval=6 hours', 'backupRetentionDays=14 days']);
    expect(body('We hold ISO/IEC 27001:2022 (cert. no. 123456).').certifiedBy).toMatchObject([{ certification: 'iso27001', registrationNumber: '123456' }]);
  });

  it('leaves a value one plan gets out beside the standard one', () => {
    expect(metricsOf(body('Backups are kept for 30 days, or 90 days on the Enterprise plan.'))).toEqual(['backupRetentionDays=30 days']);
  });
});

describe('a one-heading fact sheet whose facts are fields (`Infrastructure: …`, `Certifications: …`, `Sub-processors: …`)', () => {
  const sheet = [
    '# Harbor Ledger — Security at a glance',
    '',
    'Harbor Ledger is a bookkeeping service by Quillstone Ltd. Last reviewed 4 March 2025.',
    '',
    '- Infrastructure: Google Cloud, asia-northeast1 (Tokyo), with a warm standby in asia-northeast2 (Osaka).',
    '- Certifications: ISO/IEC 27001:2022 (certificate IS-55120, valid to 2027-03-31); SOC 2 Type II (report period Jan–Dec 2024).',
    '- ISO/IEC 27017: audit scheduled for Q2 2026.',
    '- Sub-processors: Sendwave (email, hosted on Azure in West Europe).',
    '',
  ].join('\n');
  const draft = ingestText(sheet, { fileName: 'at-a-glance.md' });

  it('is titled and named by its only heading, and dated by its `Last reviewed` sentence', () => {
    // The sub-processor is a service too (the one depended on), of no vendor the document names.
    expect(draft.services.map((s) => s.name)).toEqual(['Harbor Ledger', 'Sendwave']);
    expect(draft.documents[0]).toMatchObject({ title: 'Harbor Ledger — Security at a glance', publishedOn: '2025-03-04' });
  });

  it('reads the `Infrastructure:` field as where the service runs, and not the sub-processor’s hosting', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
  });

  it('holds the schemes of the `Certifications:` field, each dated and numbered in its own item, not the one scheduled', () => {
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber, c.validUntil])).toEqual([
      ['iso27001', 'IS-55120', '2027-03-31'],
      ['soc2', undefined, undefined],
    ]);
  });

  it('names the party of the `Sub-processors:` field with what it does', () => {
    expect(draft.dependsOn.map((d) => [d.dependsOn, d.function])).toEqual([['sendwave', 'email']]);
  });
});

describe('a Japanese fact sheet of fields, one a line, under a ■ title (`サービス概要`)', () => {
  const sheet = [
    '■ ツグミ会計クラウド　サービス概要',
    '',
    '提供会社：ツグミソフト株式会社',
    '最終更新：2025年6月2日',
    '',
    '稼働環境：Azure 東日本リージョン（バックアップ：西日本リージョン）',
    '取得認証：ISO/IEC 27001（登録番号 IS 661234）、ISO/IEC 27017（2026年取得予定）',
    'データ保管場所：日本国内',
    'バックアップ：日次、7世代保管',
    '障害時の連絡：検知後2時間以内にメールで通知',
    '時刻同期：NICT の公開 NTP サーバーに同期',
    '委託先：メールワン株式会社（メール配信）',
    '',
  ].join('\n');
  const draft = ingestText(sheet, { fileName: 'gaiyou.txt' });

  it('names the product without the document’s kind', () => {
    expect(draft.services[0]!.name).toBe('ツグミ会計クラウド');
  });

  it('reads each field alone, though the lines end near one column (no wrapped paragraph)', () => {
    expect(draft.usesInfra.map((u) => [u.region, u.evidence.quote])).toEqual([
      ['azure:japaneast', '稼働環境：Azure 東日本リージョン（バックアップ：西日本リージョン）'],
      ['azure:japanwest', '稼働環境：Azure 東日本リージョン（バックアップ：西日本リージョン）'],
    ]);
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber])).toEqual([['iso27001', 'IS 661234']]);
    expect(draft.syncsTimeWith.map((t) => [t.timeSource, t.evidence.quote])).toEqual([['nict', '時刻同期：NICT の公開 NTP サーバーに同期']]);
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['メール配信']);
  });
});

describe('a region named by its role, a certificate by its expiry, data a Japanese data centre manages', () => {
  const body = (sentence: string) =>
    ingestText(`Acme Notes Security Overview\nAcme Ltd\n1 May 2025\n\n1. Practices\n\n${sentence}\n`, { fileName: 'overview.txt' });

  it('reads `Our primary region is …` and `The DR site is …` as where the service runs', () => {
    expect(body('Our primary region is us-east-1 on AWS.').usesInfra.map((u) => u.region)).toEqual(['aws:us-east-1']);
    expect(body('The DR site is AWS Osaka.').usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-3']);
  });

  it('holds a SOC 2 report the vendor maintains and hands out (`report, available on request`); not one planned, nor policies', () => {
    expect(body('We maintain a SOC 2 Type II report, available on request under NDA.').certifiedBy.map((c) => c.certification)).toEqual(['soc2']);
    expect(body('Our SOC 2 report, planned for 2026, will be available on request.').certifiedBy).toEqual([]);
    expect(body('We maintain policies aligned with the SOC 2 criteria.').certifiedBy).toEqual([]);
  });

  it('holds a certificate the text says expires on a date, with that date; not one planned', () => {
    expect(body('Our ISO 27001 certificate expires on 31 March 2027.').certifiedBy).toMatchObject([{ certification: 'iso27001', validUntil: '2027-03-31' }]);
    expect(body('Our ISO 27001 certification is planned for 2026.').certifiedBy).toEqual([]);
  });

  it('keeps data in Japan when the text says a domestic data centre manages it (`国内のデータセンターで管理`)', () => {
    expect(body('お客様データはすべて国内のデータセンターで管理しています。').storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });
});

describe('a Japanese disclosure organised by ISO/IEC 27017 control, titled by the standard over the product', () => {
  const text = [
    'ISO/IEC 27017 に基づく情報開示',
    'カワセミ経費精算クラウド',
    '2025年9月1日　第3.0版',
    'カワセミシステムズ株式会社',
    '',
    '1. はじめに',
    '本書は、カワセミ経費精算クラウドについて、ISO/IEC 27017:2015 の管理策に対応する当社の取り組みを開示するものです。',
    '',
    '6.1.1 情報セキュリティの役割及び責任',
    '本サービスのインフラストラクチャは Google Cloud（東京リージョン asia-northeast1）上に構築しています。',
    '',
    'CLD.6.3.1 クラウドサービスカスタマとクラウドサービスプロバイダとの間の役割及び責任の共有及び分担',
    '利用者アカウントの管理はお客様の責任で行っていただきます。',
    '',
    'CLD.8.1.5 クラウドサービスカスタマの資産の除去',
    'ご契約終了後60日以内に、お客様データを復元不可能な方法で削除します。',
    '',
    '12.3.1 情報のバックアップ',
    'データベースは1時間ごとにスナップショットを取得し、7日間保管します。',
    '',
  ].join('\n');
  const draft = ingestText(text, { fileName: 'kaiji.txt' });

  it('names the product on the line under the standard, not `ISO`', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['カワセミ経費精算クラウド']);
  });

  it('heads a part by its `CLD.` control number, so a control’s text stays under its own heading', () => {
    expect(draft.sections.map((s) => s.heading)).toContain('CLD.8.1.5 クラウドサービスカスタマの資産の除去');
    const deletion = draft.disclosures.find((d) => d.control === 'iso27017:CLD.8.1.5');
    expect(deletion?.evidence.section).toBe('CLD.8.1.5 クラウドサービスカスタマの資産の除去');
    // The customer's duty under CLD.6.3.1 is no practice of the vendor's; it no longer runs on under 6.1.1 either.
    expect(draft.disclosures.map((d) => d.evidence.quote)).not.toContain('利用者アカウントの管理はお客様の責任で行っていただきます。');
  });
});

describe('a vendor named only in Japanese, whose document prints its web or mail address', () => {
  const withContact = (contact: string) =>
    titled('ツグミ会計クラウド サービス概要', 'ツグミソフト株式会社', `1. 概要\n\nクラウドサービスです。\n\n2. お問い合わせ\n\n${contact}\n`);

  it.each([
    ['info@tsugumi-soft.co.jp', 'tsugumi-soft'],
    ['https://www.tsugumi.example/security', 'tsugumi'],
    ['support@tsugumi-soft.co.jp（詳細は https://aws.amazon.com/jp/compliance/ を参照）', 'tsugumi-soft'],
  ])('"%s" gives the id, with a note to check it', (contact, id) => {
    expect(withContact(contact).vendors[0]).toMatchObject({ id, reviewNote: expect.stringMatching(/web or mail address/) });
  });

  it('a provider’s or a standards body’s site gives no id: the placeholder stays', () => {
    expect(withContact('https://aws.amazon.com/jp/ および https://isms.jp/ を参照').vendors[0]).toMatchObject({ id: 'unseen-vendor' });
  });
});

describe('Japanese fields whose label says what the value is (`保存先：`, `ISMAP：登録済み`)', () => {
  const body = (line: string) => titled('ツグミ会計クラウド サービス概要', 'ツグミソフト株式会社', `1. 概要\n\n${line}\n`);

  it('keeps data in the country a storage field names, though the line has no word for data', () => {
    expect(body('保存先：国内2拠点（東日本・西日本）').storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });

  it('holds a scheme whose field says it is registered (`登録済み`), with its number; not one applied for', () => {
    expect(body('ISMAP：登録済み（登録番号 C24-0099-1）').certifiedBy).toMatchObject([{ certification: 'ismap', registrationNumber: 'C24-0099-1' }]);
    expect(body('ISMAP：登録申請中').certifiedBy).toEqual([]);
  });
});

describe('a ■ title over its fields with no blank line between, the product ending in `クラウド`', () => {
  const draft = ingestLines(
    [
      '■ ヒタキ在庫クラウド　セキュリティ概要',
      '最終更新：2025年11月20日',
      '提供：ヒタキ物流システム株式会社（https://www.hitaki-ls.example）',
      '',
      '稼働環境：Google Cloud 東京リージョン（asia-northeast1）',
      '',
    ],
    'gaiyou.txt',
  );

  it('is titled by the ■ line and names the product with its `クラウド` (the title words are `セキュリティ概要`)', () => {
    expect(draft.documents[0]).toMatchObject({ title: 'ヒタキ在庫クラウド　セキュリティ概要', publishedOn: '2025-11-20' });
    expect(draft.services.map((s) => s.name)).toEqual(['ヒタキ在庫クラウド']);
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['gcp:asia-northeast1']);
  });
});

describe('a project README: where its CI and integration tests run is not where the service runs', () => {
  const draft = ingestLines(
    [
      '# hoshigarasu-agent',
      '',
      'The agent ships events to Hoshigarasu Cloud, operated by Kestrelwick Ltd.',
      '',
      '## How it works',
      '',
      'Hoshigarasu Cloud runs on Amazon Web Services in eu-west-1 (Ireland).',
      '',
      '## Contributing',
      '',
      'The CI runs on a hosted runner; integration tests spin up a cluster on Google Cloud (us-central1) owned by the maintainers.',
      'End-to-end tests deploy to Azure West Europe for an hour.',
      '',
    ],
    'README.md',
  );

  it('proposes the hosting the service states, not the test clusters', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:eu-west-1']);
  });
});

describe('a company brochure (会社案内): a field table set out with spaces, the issue date at its foot', () => {
  const draft = ingestLines(
    [
      '会社案内',
      '',
      '株式会社アオバト工房',
      '',
      '会社概要',
      '　商号　　　株式会社アオバト工房',
      '　設立　　　2012年9月',
      '　本社　　　〒980-0021 宮城県仙台市青葉区中央1-1-1',
      '　従業員数　85名（2025年3月末現在）',
      '',
      '事業内容',
      '　クラウド型勤怠管理サービス「アオバト勤怠」の開発・提供',
      '',
      'アオバト勤怠について',
      '　お客様のデータは国内のデータセンターにのみ保管されます。',
      '',
      '2025年6月発行',
      '',
    ],
    'annai.txt',
  );

  it('names the product the body brackets, not a field of the table nor a section label', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['アオバト勤怠']);
  });

  it('is dated by the issue line at its foot, not by the founding field', () => {
    expect(draft.documents[0]).toMatchObject({ title: '会社案内', publishedOn: '2025-06-01' });
  });

  it('still keeps the data where the body says', () => {
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
  });
});

describe('a party doing part of the work, with where it runs in brackets', () => {
  const hosting = (sentence: string) =>
    ingestText(
      `# Security at Quoll Notes\n\nQuoll Notes is built by Wattlebird Inc.\n\n## Infrastructure\n\nQuoll Notes is hosted on Azure in East US 2. ${sentence}\n`,
      {
        fileName: 'security.md',
      },
    ).usesInfra.map((u) => u.region);

  it('leaves the bracket’s hosting to the party (`handled by X (hosted on AWS us-west-2)`)', () => {
    expect(hosting('Email delivery is handled by Mailfinch (hosted on AWS us-west-2).')).toEqual(['azure:eastus2']);
    expect(hosting('Payments are processed by Kiwipay Ltd (running on Google Cloud in us-central1).')).toEqual(['azure:eastus2']);
  });

  it('keeps a provider named so: it is where the service runs', () => {
    expect(hosting('Disaster recovery is provided by AWS (hosted in us-west-2).')).toEqual(['azure:eastus2', 'aws:us-west-2']);
  });
});

describe('a Japanese tech blog post: a headline sentence, the author’s team, a test environment in brackets', () => {
  const draft = ingestLines(
    [
      '# 東京リージョンへの移行を完了しました',
      '',
      '2025年10月3日 ・ インフラチーム 山田',
      '',
      'こんにちは、ヤマガラ請求クラウドのインフラチームの山田です。',
      '',
      '## 背景',
      '',
      'ヤマガラ請求クラウドは、AWS の東京リージョン（ap-northeast-1）で稼働しています。',
      '移行手順の確認は、まず検証環境（us-east-1 に一時的に構築）で行いました。',
      '',
    ],
    'blog.md',
  );

  it('names the product by the author’s team, not by the headline', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマガラ請求クラウド']);
  });

  it('proposes where the service runs, not where the test environment was built', () => {
    expect(draft.usesInfra.map((u) => u.region)).toEqual(['aws:ap-northeast-1']);
  });
});

describe('an SLA page whose credit table gives the refund beside the uptime', () => {
  const draft = ingestText(
    htmlToText(
      [
        '<body><h1>シマエナガ経費 サービスレベル契約（SLA）</h1>',
        '<p>株式会社シマエナガソフトは、「シマエナガ経費」について以下のサービスレベルを定めます。</p>',
        '<h2>1. 稼働率</h2>',
        '<table><tr><th>プラン</th><th>月間稼働率</th><th>返金額</th></tr>',
        '<tr><td>スタンダード</td><td>99.9％以上</td><td>99.0％以上99.9％未満：月額料金の10％</td></tr></table></body>',
      ].join('\n'),
    ),
    { fileName: 'sla.html' },
  );

  it('reads the uptime committed, not the refund’s share of the fee nor the band it is given for', () => {
    expect(metricsOf(draft)).toEqual(['availabilityPercent=99.9 percent']);
  });
});

describe('a maintenance notice titled above its salutation, the work’s day in the title’s brackets', () => {
  const draft = ingestLines(
    [
      '【重要】計画メンテナンスのお知らせ（2025年12月6日実施）',
      '',
      'お客様各位',
      '',
      '平素は「ヒバリ予約クラウド」をご利用いただき、誠にありがとうございます。',
      '',
      '1. 作業内容',
      '　本作業後も、お客様のデータは引き続き国内のデータセンターで保管されます。',
      '',
      '株式会社ヒバリシステム',
      '2025年11月20日',
      '',
    ],
    'notice.txt',
  );

  it('is titled by the notice’s line and dated by the notice, not by the day of the work', () => {
    expect(draft.documents[0]).toMatchObject({ title: '【重要】計画メンテナンスのお知らせ（2025年12月6日実施）', publishedOn: '2025-11-20' });
  });
});

describe('an FAQ answering which certifications are held with the scheme and a number printed in groups of digits', () => {
  const draft = ingestLines(
    [
      '# Vellmoor Ledger — Security FAQ',
      '',
      'Vellmoor GmbH · Updated 2 June 2025',
      '',
      '## How long are backups kept?',
      'Backups are encrypted, taken every 4 hours, and kept for 28 days.',
      '',
      '## Which certifications do you have?',
      'ISO/IEC 27001:2022, certificate number 44 121 240113 (TÜV).',
      '',
    ],
    'faq.md',
  );

  it('holds the scheme with its whole number, and names the body without the bracket after it', () => {
    expect(draft.certifiedBy.map((c) => [c.certification, c.registrationNumber, c.issuer])).toEqual([['iso27001', '44 121 240113', 'TÜV']]);
  });
});

describe('a product whose name holds a meeting room (会議室予約) titled over its kind of document', () => {
  const draft = ingestLines(
    [
      '# ツゲ会議室予約 セキュリティ概要',
      '',
      '株式会社ツゲソフト　2025年5月1日',
      '',
      '## 1. 稼働環境',
      '本サービスは Google Cloud の東京リージョンで稼働しています。',
      '',
    ],
    'room.md',
  );

  it('keeps 会議 in the name: a room for meetings is no meeting the document records', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ツゲ会議室予約']);
  });
});

describe('data kept in a city a cloud region is named after, with no provider named', () => {
  const kept = (sentence: string) =>
    ingestLines(['# Vellmoor Ledger Security', '', 'Vellmoor GmbH', '', '## Hosting', sentence, ''], 'vellmoor.md').storesDataIn.map((s) => s.country);

  it('places the data in the city’s country, unless the sentence denies keeping it there or names people, not data, there', () => {
    expect(kept('Customer data is stored in our data centers in Frankfurt.')).toEqual(['DE']);
    expect(kept('Customer data is never stored in Frankfurt.')).toEqual([]);
    expect(kept('Our support engineers in London can access customer data when you ask.')).toEqual([]);
  });

  it('runs the service on an unnamed site in that country when its data centres are said to be in the city', () => {
    const draft = ingestLines(
      ['# Vellmoor Ledger Security', '', 'Vellmoor GmbH', '', '## Hosting', 'Our production systems run in two colocation data centers in Frankfurt.', ''],
      'vellmoor.md',
    );
    expect(draft.usesInfra.map((u) => [u.region, u.basis])).toEqual([['undisclosed:de', 'INFERRED']]);
    expect(draft.regions.find((r) => r.id === 'undisclosed:de')?.country).toBe('DE');
  });
});

describe('a help centre article titled by a question that names no product, over the site’s name', () => {
  const draft = ingestLines(
    [
      '# Where is my data stored? – Pellmark Help Center',
      '',
      'Pellmark Forms stores all customer data in the United States, on Amazon Web Services in us-east-1 (N. Virginia).',
      '',
      'Pellmark, Inc. · 500 Market Street, San Francisco, CA',
      '',
    ],
    'article.md',
  );

  it('names the brand’s product the body prints, not the question nor the help centre', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['Pellmark Forms']);
  });
});

describe('a reply e-mail whose subject addresses the reader’s company (貴社…ご提出の件)', () => {
  const draft = ingestLines(
    [
      '件名：【回答】貴社情報セキュリティ調査票（2025年度）ご提出の件',
      '差出人：株式会社ヤマブキ通信 <cs@yamabuki-tsushin.example.jp>',
      '',
      'いつも「ヤマブキ帳票クラウド」をご利用いただき、誠にありがとうございます。',
      '',
      'Q1. サービスはどのクラウド基盤で稼働していますか。',
      'A1. Amazon Web Services の東京リージョン（ap-northeast-1）で稼働しております。',
      '',
      'Q2. バックアップの取得頻度と保管期間は。',
      'A2. 日次で取得し、14日間保管しております。',
      '',
    ],
    'reply.txt',
  );

  it('names the product the greeting thanks the reader for using, not what is left of the subject', () => {
    expect(draft.services.map((s) => s.name)).toEqual(['ヤマブキ帳票クラウド']);
  });
});
