/**
 * Word documents (.docx) as vendors send their security whitepapers and
 * answers. The documents are built here with the `docx` library, so no binary
 * fixture is committed; the vendor is fictional. Each test says what the
 * reader must see (headings, lists, merged table cells, text boxes, footnotes,
 * tracked insertions) and what it must not (reviewers' comments, tracked
 * deletions, headers and footers, images' alt text), and that the old binary
 * .doc is refused with what to save it as.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CheckBox, CommentRangeEnd, CommentRangeStart, CommentReference, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatOf, readDocument, readDocumentBytes } from '../../src/ingest/read-document.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { seedFileSchema } from '../../src/seed/seed-schema.js';
import { certificatesOf, expectValidDraft, ingestCli, metricsOf, quotesOf, regionsOf } from './support/ingest-fixture.js';
import { footnoteText, securityWhitepaperDocx, unreadTraps, wordDocument } from './support/security-whitepaper-docx.js';
import { addendumFootnote, addendumHidden, answerJaUnread, securityAddendumResponseDocx, securityAnswerJaDocx } from './support/answer-docx.js';
import { importantMattersDocx, importantMattersUnread } from './support/important-matters-docx.js';

/** The first bytes of an OLE compound file: what a Word 97-2003 .doc (or a .docx with a password) starts with. */
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

/** A 1×1 PNG, the smallest image Word would embed. */
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const docxText = async (bytes: Uint8Array) => readDocumentBytes(bytes, 'docx');

describe('DOCX: a Japanese security whitepaper written in Word', () => {
  it('reads the body as a page: title block, headings as # lines, a merged cell repeated, a list, a text box, the footnote last', async () => {
    const text = await docxText(await securityWhitepaperDocx());
    // Word's Title style and the lines under it open the text unheaded: the title block.
    expect(
      text.startsWith('ミサゴ契約管理 セキュリティホワイトペーパー\n\n株式会社ミサゴテック（Misago Tech Inc.）\n\n第2.1版 2025年9月1日\n\n# 1. はじめに\n'),
    ).toBe(true);
    // Heading 1 and Heading 2, stored as a Japanese Word stores them (ids `1`, `2`, names `heading 1`, `heading 2`).
    expect(text.match(/^#+ .*$/gmu)).toEqual([
      '# 1. はじめに',
      '# 2. データの保管場所',
      '## 2.1 災害対策',
      '# 3. バックアップ',
      '# 4. 第三者認証',
      '# 5. 運用',
      '## 5.1 インシデント発生時の通知',
      '## 5.2 契約終了後のデータ削除',
      '# 脚注',
    ]);
    // The category cell merged down two rows heads each of them, as the HTML reader repeats a rowspan cell.
    expect(text).toContain('\n分類\t項目\t内容\n\nバックアップ\t取得頻度\t日次\nバックアップ\t保持世代\t14世代\n');
    expect(text).toContain('\n- 通信は TLS 1.2 以上で暗号化しています。\n- 保存データは AES-256 で暗号化しています。\n');
    // A text box is printed on the page; a tracked insertion is the text as the author left it.
    expect(text).toContain('\n本書の記載内容は2025年9月1日時点のものです。\n');
    expect(text).toContain('に保管します。国外のデータセンターにお客様のデータを保管することはありません。\n');
    // The footnote's mark stays where it is referenced; its text is a section of its own after the body.
    expect(text).toContain('（登録番号：IS 765432）を取得しています。[1]\n');
    expect(text.endsWith(`\n# 脚注\n\n[1] ${footnoteText}\n`)).toBe(true);
    expect(text).not.toContain('↑');
    // Not the reviewer's comment, the deleted sentence, the header or the footer.
    for (const trap of unreadTraps) expect(text).not.toContain(trap);
  });

  it('proposes the facts of the body: Azure regions in Japan, the certificate with its number, the metrics; nothing from a comment or a deletion', async () => {
    const text = await docxText(await securityWhitepaperDocx());
    const draft = ingestText(text, { fileName: 'misago-whitepaper.docx' });
    expect(draft.vendors[0]).toMatchObject({ id: 'misago-tech-inc', name: '株式会社ミサゴテック' });
    expect(draft.services.map((s) => s.name)).toEqual(['ミサゴ契約管理']);
    expect(draft.documents[0]).toMatchObject({ title: 'ミサゴ契約管理 セキュリティホワイトペーパー', version: '第2.1版', publishedOn: '2025-09-01' });
    // Japan East and its copy in Japan West; not East US, which the tracked deletion and the comment name.
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 765432']);
    expect(metricsOf(draft)).toEqual([
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=24 hours',
    ]);
    expect(quotesOf(draft).filter((q) => unreadTraps.some((t) => q.includes(t)) || /米国|East US/u.test(q))).toEqual([]);
    expectValidDraft('misago-whitepaper.docx', text, draft);
  });

  it('reads headings by their English and localised style names (Heading 1, 見出し 2, 見出し3), and a cell spanning columns once', async () => {
    const text = await docxText(
      await wordDocument(
        [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'データの保管' }),
          new Paragraph('東京リージョンに保管します。'),
          // Style names as an editor with Japanese menus may store them, under ids that say nothing.
          new Paragraph({ style: 'a1', text: 'バックアップ' }),
          new Paragraph('日次で取得します。'),
          new Paragraph({ style: 'a2', text: '保持期間' }),
          new Table({
            rows: [
              new TableRow({ children: ['項目', '内容', '備考'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              new TableRow({
                children: [new TableCell({ columnSpan: 2, children: [new Paragraph('30日間')] }), new TableCell({ children: [new Paragraph('世代管理')] })],
              }),
            ],
          }),
        ],
        {
          styles: [
            { id: 'a1', name: '見出し 2' },
            { id: 'a2', name: '見出し3' },
          ],
        },
      ),
    );
    expect(text).toBe(
      [
        '# データの保管',
        '',
        '東京リージョンに保管します。',
        '',
        '## バックアップ',
        '',
        '日次で取得します。',
        '',
        '### 保持期間',
        '',
        '項目\t内容\t備考',
        '30日間\t世代管理',
        '',
      ].join('\n'),
    );
  });

  it('reads a check box as the glyph Word prints for it, so an answer ticked in a Word check sheet is kept', async () => {
    const text = await docxText(
      await wordDocument([
        new Paragraph({
          children: [
            new TextRun('ISMAP に登録している：'),
            new CheckBox({ checked: true }),
            new TextRun(' はい　'),
            new CheckBox({ checked: false }),
            new TextRun(' いいえ'),
          ],
        }),
      ]),
    );
    expect(text).toBe('ISMAP に登録している：☒ はい ☐ いいえ\n');
  });

  it('reads no hidden text: a run Word neither shows nor prints is no part of the document', async () => {
    const text = await docxText(
      await wordDocument([
        new Paragraph({
          children: [
            new TextRun('お客様データは東日本リージョンに保管します。'),
            new TextRun({ text: '（検討中：米国リージョンへの移行）', vanish: true }),
            new TextRun({ text: 'バックアップは西日本リージョンにも保管します。', vanish: false }),
          ],
        }),
      ]),
    );
    expect(text).toBe('お客様データは東日本リージョンに保管します。バックアップは西日本リージョンにも保管します。\n');
  });

  it('reads no comment even when the document carries a style map asking for them, and no image or its alt text', async () => {
    const withComment = await wordDocument(
      [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'データの保管場所' }),
        new Paragraph({
          children: [
            new CommentRangeStart(0),
            new TextRun('AWS 東京リージョンに保管します。'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
          ],
        }),
        // An architecture diagram: a reader sees a picture, not its description for screen readers.
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: onePixelPng,
              transformation: { width: 40, height: 40 },
              altText: { name: '構成図', title: '構成図', description: 'us-east-1 に待機系' },
            }),
          ],
        }),
      ],
      { comments: ['シンガポールにも複製していませんか？'] },
    );
    // mammoth honours a style map embedded in the .docx (its own embedStyleMap writes one): this one would print comments.
    const embedded = await mammoth.embedStyleMap({ buffer: Buffer.from(withComment) }, 'comment-reference => sup');
    const text = await docxText(new Uint8Array(embedded.toBuffer()));
    expect(text).toBe('# データの保管場所\n\nAWS 東京リージョンに保管します。\n');
  });
});

describe('DOCX: the old binary Word format', () => {
  it('refuses a .doc by name, and an OLE file given as DOCX, saying to save it as .docx or PDF', async () => {
    expect(() => formatOf('回答/whitepaper.doc')).toThrow(
      /^回答\/whitepaper\.doc is a Word 97-2003 document \(\.doc\), which cannot be read: open it in Word and save it as a Word document \(\.docx\) or as PDF$/u,
    );
    expect(formatOf('Whitepaper.DOCX')).toBe('docx');
    await expect(docxText(ole)).rejects.toThrow(
      /not a DOCX document but a Word 97-2003 document \(\.doc\) or a password-protected one: open it in Word and save it as a Word document \(\.docx\) or as PDF, without a password/u,
    );
  });
});

describe('npm run ingest with Word documents', () => {
  it('ingests a .docx file and writes the draft and the text its quotes come from', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-docx-'));
    const file = path.join(dir, 'misago-whitepaper.docx');
    await writeFile(file, await securityWhitepaperDocx());
    const out = path.join(dir, 'draft.json');
    const { stdout, stderr } = await ingestCli(file, '--out', out);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/misago-whitepaper\.docx: .* every quote verified; written to .*draft\.json \(text: .*misago-whitepaper\.txt\)/u);
    const draft = seedFileSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 765432']);
    const text = await readFile(path.join(dir, draft.documents[0]!.sourceFile), 'utf8');
    expect(text).toBe(await readDocument(file));
    expect(quoteProblems(draft, text)).toEqual([]);
    for (const trap of unreadTraps) expect(text).not.toContain(trap);
  });

  it('refuses a .doc file, naming it and saying what to save it as', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-doc-'));
    const file = path.join(dir, 'old-whitepaper.doc');
    await writeFile(file, ole);
    await expect(ingestCli(file)).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /old-whitepaper\.doc is a Word 97-2003 document \(\.doc\), which cannot be read: .*save it as a Word document \(\.docx\) or as PDF/u,
      ),
      stdout: '',
    });
  });
});

/*
 * Answer key of a Japanese セキュリティに関するご質問への回答書 in Word (support/answer-docx.ts: the title, an addressee
 * `株式会社タチバナ物産 御中`, 回答日, 回答者, 対象サービス, then a 項番 | ご質問 | 回答 | 備考 table of 12 rows, one answer
 * revised with track changes, a reviewer's comment on a row, 社外秘 in the header and page numbers in the footer),
 * written before it was ingested.
 * Accept: vendor 株式会社ハゼノキソフト (the 回答者); service ハゼノキ経費精算 (対象サービス); title
 * セキュリティに関するご質問への回答書, dated 2026-02-10; aws:ap-northeast-1 and its backup copy aws:ap-northeast-3, data in JP;
 * ISO/IEC 27001 IS 708812; backups daily, kept 14 days (the tracked insertion); deletion within 60 days of the contract's end
 * (not flagged: what the 備考 offers on request is a certificate); notice within 48 hours; access logs kept a year; each
 * row's question heads its answer.
 * Reject: the addressee (the customer) as the vendor; the 回答者 line as the title; 7 days (the tracked deletion); Singapore
 * (the comment); ISMAP (今後対応予定); Vietnam (a subcontractor's country) as a data location (the 再委託 row is a
 * supplier disclosure, no place of data); a fact from the row answered
 * 該当なし or the customer's duty (パスワードの管理はお客様にて); the closing 以上 as a quote; 社外秘 or ページ in the text.
 */
describe('DOCX: a Japanese ご質問への回答書 (cover block, 項番 | ご質問 | 回答 | 備考 table, tracked change, comment)', () => {
  it('reads the answers row by row for the 回答者 and the 対象サービス, not the addressee, and none of what is not printed', async () => {
    const text = await docxText(await securityAnswerJaDocx());
    expect(text).toContain('\n4\tバックアップの保存期間を教えてください。\tバックアップ保存期間は14日間です。\t2025年12月に延長しました。\n');
    for (const trap of answerJaUnread) expect(text).not.toContain(trap);
    const draft = ingestText(text, { fileName: 'hazenoki-answer.docx' });
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社ハゼノキソフト']);
    expect(draft.services.map((s) => s.name)).toEqual(['ハゼノキ経費精算']);
    expect(draft.documents[0]).toMatchObject({ title: 'セキュリティに関するご質問への回答書', publishedOn: '2026-02-10' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 708812']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'dataDeletionDays=60 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=1 years',
    ]);
    // The 備考 offers a deletion certificate on request: the 60 days are every customer's.
    const deletion = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))!;
    expect(deletion.reviewNote ?? '').not.toMatch(/option, plan or extra contract/u);
    // Each row's question heads its answer, which alone is quoted.
    expect(deletion.evidence).toMatchObject({ section: '契約終了後のデータの取扱いを教えてください。' });
    expect(deletion.evidence.quote.startsWith('契約終了後60日以内')).toBe(true);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /今後対応予定|該当なし|お客様にて|^以上$/u.test(q))).toEqual([]);
    expect(draft.certifiedBy.map((c) => c.certification)).not.toContain('ismap');
    expectValidDraft('hazenoki-answer.docx', text, draft);
  });
});

/*
 * Answer key of an English Security Addendum response in Word (support/answer-docx.ts: a title block naming the vendor, the
 * customer it is prepared for and the service; Heading 1 / Heading 2 sections; a numbered list of commitments; a Control |
 * Our response table; a footnote on the backup commitment; a text box; hidden text; Appendix A listing sub-processors),
 * written before it was ingested.
 * Accept: vendor Quillmarsh Analytics Ltd.; service Quillmarsh Insights (the `Service:` field, not the title's `Addendum
 * Response`); dated 2026-03-12, version 1.2; aws:eu-west-1, data in IE; ISO/IEC 27001 IS 781203; backups daily, kept 35 days
 * (flagged with the footnote's caveat, which the sentence refers to);
 * notice within 48 hours; deletion within 30 days; audit logs kept 12 months; the sub-processors as dependencies.
 * Reject: us-east-1 and eu-central-1 (hidden text, never read); 90 days (the footnote's Enterprise caveat); SOC 2 (working
 * towards it); the sub-processors' countries (United States, Australia) as the service's data locations; the customer
 * (Tallowpine Retail plc) as the vendor.
 */
describe('DOCX: an English Security Addendum response (numbered commitments, Control | Our response, footnote, hidden text, sub-processors)', () => {
  it("proposes the commitments for the service the response names, and nothing hidden, planned, footnoted or a sub-processor's", async () => {
    const text = await docxText(await securityAddendumResponseDocx());
    for (const hidden of addendumHidden) expect(text).not.toContain(hidden);
    expect(text.endsWith(`\n# Notes\n\n[1] ${addendumFootnote}\n`)).toBe(true);
    expect(text).toContain('\nResponses are current as of 12 March 2026.\n');
    const draft = ingestText(text, { fileName: 'quillmarsh-addendum.docx' });
    expect(draft.vendors.map((v) => v.name)).toEqual(['Quillmarsh Analytics Ltd.']);
    expect(draft.services[0]!.name).toBe('Quillmarsh Insights');
    expect(draft.services.map((s) => s.name)).not.toContain('Addendum Response');
    expect(draft.documents[0]).toMatchObject({ title: 'Security Addendum Response', version: 'Version 1.2', publishedOn: '2026-03-12' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['IE']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781203']);
    expect(metricsOf(draft)).toEqual([
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'dataDeletionDays=30 days',
      'incidentNotificationHours=48 hours',
      'logRetentionDays=12 months',
    ]);
    expect(draft.dependsOn.map((d) => d.function)).toEqual(['Hosting', 'Transactional email', 'Customer support']);
    // The footnote's caveat flags the commitment it is attached to; its Enterprise figure is no value.
    const backup = draft.disclosures.find((d) => d.metrics.some((m) => m.name === 'backupRetentionDays'))!;
    expect(backup.reviewNote).toContain('Note [1] says the value may differ for some customers');
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /90 days|SOC 2|Tallowpine|Enterprise/u.test(q))).toEqual([]);
    expectValidDraft('quillmarsh-addendum.docx', text, draft);
  });
});

/*
 * Answer key of a Japanese 重要事項説明書 for a SaaS contract in Word (support/important-matters-docx.ts: the title, 対象サービス and
 * the date, a 事業者の概要 table of the company's name and office, 第N条 articles, 第2条 a `項目 | 内容` table of the service's
 * platform, data location, backups, 稼働率 and data after the contract, one cell revised with track changes, 第3条 the customer's
 * duties, 第4条 免責事項; the company name and 社外秘 in the header, page numbers in the footer), written before it was ingested.
 * Accept: vendor 株式会社アオバトシステムズ; service アオバト勤怠クラウド; title 重要事項説明書, dated 2026-03-01; aws:ap-northeast-1
 * (the 提供基盤) and its backup copy aws:ap-northeast-3, data in JP; backups daily, 7 generations; deletion within 30 days of
 * the contract's end (a commitment, not flagged); the 99.5 % 稼働率 only flagged as a target (`目標`, `保証値ではありません`).
 * Reject: Singapore / ap-southeast-1 (the tracked deletion, never read); Fukuoka (the company's office) as a data location;
 * the customer's weekly export (第3条, its duty) as a backup value; the 12 months of fees (the liability cap of 免責事項) as a
 * value; AWS as a dependency from the 免責事項; 社外秘 or ページ in the text.
 */
describe('DOCX: a Japanese 重要事項説明書 (事業者 table, 第N条 articles, 項目 | 内容 table, tracked deletion, header and footer)', () => {
  it('proposes the service’s platform, data location, backups and deletion period, and none of the office, the deletion, the customer’s duty or the disclaimer', async () => {
    const text = await docxText(await importantMattersDocx());
    for (const trap of importantMattersUnread) expect(text).not.toContain(trap);
    expect(text).toContain(
      '\nデータの保管場所\tお客様のデータは、日本国内（AWS 東京リージョン）に保管します。日本国外にお客様のデータを保管することはありません。\n',
    );
    const draft = ingestText(text, { fileName: 'aobato-important-matters.docx' });
    expect(draft.vendors.map((v) => v.name)).toEqual(['株式会社アオバトシステムズ']);
    expect(draft.services.map((s) => s.name)).toEqual(['アオバト勤怠クラウド']);
    expect(draft.documents[0]).toMatchObject({ title: '重要事項説明書', publishedOn: '2026-03-01' });
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(draft.certifiedBy).toEqual([]);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.5 percent',
      'backupGenerations=7 generations',
      'backupInterval=1 days',
      'dataDeletionDays=30 days',
    ]);
    const noteOf = (name: string) => draft.disclosures.find((d) => d.metrics.some((m) => m.name === name))?.reviewNote ?? '';
    expect(noteOf('availabilityPercent')).toContain('target, not a commitment');
    expect(noteOf('dataDeletionDays')).not.toMatch(/target|option, plan/u);
    expect(draft.dependsOn).toEqual([]);
    expect(quotesOf(draft).filter((q) => /福岡|博多|毎週|エクスポート|お客様の責任|天災|損害賠償|12か月|社外秘/u.test(q))).toEqual([]);
    expectValidDraft('aobato-important-matters.docx', text, draft);
  });
});
