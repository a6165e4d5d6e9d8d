/**
 * Check sheets as Japanese procurement receives them: an Excel workbook and a
 * CSV file (Shift_JIS as Excel in Japan saves it, or UTF-8 with a byte-order
 * mark). The workbooks are built here with exceljs and the CSV encoded with
 * iconv-lite, so no binary fixture is committed; the vendors are fictional.
 * Each test says what the reader must see and what it must not (hidden sheets,
 * rows and columns; rows answered ×).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatOf, readDocument, readDocumentBytes } from '../../src/ingest/read-document.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { seedFileSchema, type SeedFile } from '../../src/seed/seed-schema.js';
import { certificatesOf, expectValidDraft, ingestCli, metricsOf, quotesOf, regionsOf } from './support/ingest-fixture.js';
import { checkSheetRows, checkSheetWorkbook, hiddenTraps } from './support/check-sheet-workbook.js';
import { kaedeAccountingRows, larchmontBooksRows, larchmontPayrollRows, perProductWorkbookEn, perProductWorkbookJa } from './support/per-product-workbook.js';
import { evidenceTraps, questionnaireRows, surveyRows, surveyTraps, surveyWorkbook, vendorQuestionnaireWorkbook } from './support/survey-workbook.js';

async function workbookText(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return readDocumentBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx');
}

describe('XLSX: a security check sheet workbook', () => {
  it('reads each visible sheet as a reader sees it: the cover as a title block, merged cells, a line break, a formula, a date', async () => {
    const text = await readDocumentBytes(await checkSheetWorkbook(), 'xlsx');
    // The first sheet opens the text unheaded, so its lines are the title block; the next visible sheet is headed by its name.
    expect(
      text.startsWith(
        'カワセミ経費 セキュリティチェックシート（回答）\n\nカワセミクラウド株式会社（Kawasemi Cloud Inc.）\n回答日：2025年10月3日\n\n# 回答\n\n',
      ),
    ).toBe(true);
    expect(text).not.toMatch(/^# 表紙/mu);
    // The title merged across the columns is written once, alone on its line.
    expect(text).toContain('\nクラウドサービス利用に関する確認項目\n\n分類\tNo.\t確認項目\t回答\t補足\n');
    // The category merged down its rows heads each of them, as the HTML reader repeats a rowspan cell.
    const rows = text.split('\n').filter((l) => /^[^\t]+\t\d+\t/u.test(l));
    expect(rows.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(checkSheetRows.map(([category], i) => `${category} ${i + 1}`));
    // A line break typed in a cell is a space; a formula shows its cached result as the sheet formats it; a date is ISO.
    expect(text).toContain('\tAzure の東日本リージョンで保管 （東京・埼玉）\n');
    expect(text).toContain('\tサービスの稼働率目標を定めているか\t○\t99.95%\n');
    expect(text).toContain('\n最終更新日\t\t\t\t2025-10-03\n');
    // Hidden and very hidden sheets, a hidden row and a hidden column: none of it is read.
    for (const trap of [...hiddenTraps, '作業メモ', '# リスト', '障害時の切替先リージョン']) expect(text).not.toContain(trap);
  });

  it('proposes the facts of the rows answered ○ and △: regions, the certificate with its number, metrics; nothing from × rows or hidden cells', async () => {
    const text = await readDocumentBytes(await checkSheetWorkbook(), 'xlsx');
    const draft = ingestText(text, { fileName: 'kawasemi-check-sheet.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['カワセミ経費']);
    expect(draft.vendors[0]).toMatchObject({ id: 'kawasemi-cloud-inc', name: 'カワセミクラウド株式会社' });
    expect(draft.documents[0]!.publishedOn).toBe('2025-10-03');
    // Japan East from the ○ row, Japan West from the copy; not West US (answered ×), Singapore or eu-west-1 (hidden).
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    // Not ISMAP (×) nor ISO/IEC 27017 (△, planned), nor the hidden sheet's ISO/IEC 27018.
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 781234']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupGenerations=14 generations',
      'backupInterval=1 days',
      'incidentNotificationHours=48 hours',
    ]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /\t×(?:\t|$)/u.test(q))).toEqual([]);
    expect(quotes.filter((q) => hiddenTraps.some((t) => q.includes(t)))).toEqual([]);
    expectValidDraft('kawasemi-check-sheet.xlsx', text, draft);
  });

  it('gives rich text and hyperlinks as their text, a merge spanning columns once, a block merge down its first column, tabs as spaces', async () => {
    const text = await workbookText((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['項目', '内容', '', '備考']);
      sheet.addRow(['暗号化', { richText: [{ text: 'AES-256', font: { bold: true } }, { text: ' で暗号化' }] }, '', '']);
      sheet.addRow(['規約', { text: 'セキュリティポリシー', hyperlink: 'https://example.com/policy' }, '', '']);
      sheet.mergeCells('B3:C3');
      sheet.addRow(['通信', 'TLS 1.2\t以上', '', '保存時']);
      sheet.mergeCells('A5:B6');
      sheet.getCell('A5').value = '可用性';
      sheet.getCell('C5').value = '稼働率';
      sheet.getCell('C6').value = '復旧目標';
      sheet.getCell('D6').value = { formula: 'TIME(4,0,0)', result: new Date(Date.UTC(1899, 11, 30, 4, 0)) };
      sheet.getCell('D6').numFmt = 'h:mm';
    });
    expect(text).toBe(
      [
        '項目\t内容\t\t備考',
        '暗号化\tAES-256 で暗号化',
        '規約\tセキュリティポリシー',
        '通信\tTLS 1.2 以上\t\t保存時',
        '可用性\t\t稼働率',
        '可用性\t\t復旧目標\t04:00',
        '',
      ].join('\n'),
    );
  });

  it('refuses the old binary .xls by name, and an OLE file given as XLSX, saying to save it as .xlsx or CSV', async () => {
    expect(() => formatOf('回答/check-sheet.xls')).toThrow(
      /回答\/check-sheet\.xls is an Excel 97-2003 workbook \(\.xls\), which cannot be read: open it in Excel and save it as an Excel workbook \(\.xlsx\) or as CSV/u,
    );
    expect(formatOf('Check-Sheet.XLSX')).toBe('xlsx');
    expect(formatOf('answers.csv')).toBe('csv');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    await expect(readDocumentBytes(ole, 'xlsx')).rejects.toThrow(/Excel 97-2003 workbook \(\.xls\) or a password-protected one: open it in Excel and save it/u);
  });
});

describe('npm run ingest with spreadsheets', () => {
  it('ingests an .xlsx file and writes the text its quotes come from', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-xlsx-'));
    const file = path.join(dir, 'kawasemi-check-sheet.xlsx');
    await writeFile(file, await checkSheetWorkbook());
    const out = path.join(dir, 'draft.json');
    const { stderr } = await ingestCli(file, '--out', out);
    expect(stderr).toMatch(/every quote verified/u);
    const draft = seedFileSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    const text = await readFile(path.join(dir, draft.documents[0]!.sourceFile), 'utf8');
    expect(text).toBe(await readDocument(file));
    expect(quoteProblems(draft, text)).toEqual([]);
  });

  it('refuses an .xls file, naming it and saying what to save it as', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-xls-'));
    const file = path.join(dir, 'old-sheet.xls');
    await writeFile(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(ingestCli(file)).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /old-sheet\.xls is an Excel 97-2003 workbook \(\.xls\), which cannot be read: .*save it as an Excel workbook \(\.xlsx\) or as CSV/u,
      ),
    });
  });
});

/**
 * A check sheet saved from Excel as CSV: CRLF rows, the cover's lines padded with empty cells to the table's width,
 * and a note quoted because it holds a comma and a line break typed in the cell.
 */
const checkSheetCsv = [
  'ヤマセミ勤怠 セキュリティチェックシート（回答）,,,',
  'ヤマセミソフト株式会社（Yamasemi Soft Inc.）,,,',
  '回答日：2025年11月4日,,,',
  ',,,',
  'No.,確認項目,回答,補足',
  '1,データを保管するリージョンはどこか,○,"AWS 東京リージョン（ap-northeast-1）で保管し、',
  '大阪リージョン（ap-northeast-3）へバックアップを複製"',
  '2,海外のデータセンターを利用しているか,×,米国東部（us-east-1）は利用していない',
  '3,ISO/IEC 27001認証を取得しているか,○,"登録番号：IS 712345, 認証機関：BSI"',
  '4,バックアップデータの保持期間,○,30日間',
  '5,インシデント発生時に利用者へ通知するか,○,24時間以内にメールで通知',
  '6,サーバの時刻同期を行っているか,○,NICT の NTP サーバーと同期',
  '7,ISMAPに登録されているか,×,',
  '',
].join('\r\n');

describe('CSV: a check sheet saved from Excel', () => {
  // Excel in Japan writes "CSV (comma delimited)" in Windows-31J, the Shift_JIS of Windows.
  const shiftJis = new Uint8Array(iconv.encode(checkSheetCsv, 'windows-31j'));
  const utf8WithBom = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(checkSheetCsv, 'utf8')]));

  it('reads Shift_JIS and UTF-8 with a byte-order mark alike: a quoted comma and line break stay in their cell', async () => {
    // The Shift_JIS bytes are no UTF-8: the reader must recognise them, not decode them as UTF-8 with replacement characters.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(shiftJis)).toThrow();
    const fromShiftJis = await readDocumentBytes(shiftJis, 'csv');
    const fromUtf8 = await readDocumentBytes(utf8WithBom, 'csv');
    expect(fromShiftJis).toBe(fromUtf8);
    expect(
      fromUtf8.startsWith(
        'ヤマセミ勤怠 セキュリティチェックシート（回答）\nヤマセミソフト株式会社（Yamasemi Soft Inc.）\n回答日：2025年11月4日\n\nNo.\t確認項目\t回答\t補足\n',
      ),
    ).toBe(true);
    expect(fromUtf8).toContain(
      '\n1\tデータを保管するリージョンはどこか\t○\tAWS 東京リージョン（ap-northeast-1）で保管し、 大阪リージョン（ap-northeast-3）へバックアップを複製\n',
    );
    expect(fromUtf8).toContain('\n3\tISO/IEC 27001認証を取得しているか\t○\t登録番号：IS 712345, 認証機関：BSI\n');
    expect(fromUtf8).not.toContain('\uFEFF');
    expect(fromUtf8).not.toContain('\r');
  });

  it('gives the same draft from either encoding: regions, certificate, time source and metrics of the ○ rows only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-csv-'));
    const drafts = [];
    for (const [name, bytes] of [
      ['yamasemi-sjis.csv', shiftJis],
      ['yamasemi-utf8.csv', utf8WithBom],
    ] as const) {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const text = await readDocument(file);
      const draft = ingestText(text, { fileName: 'yamasemi-check-sheet.csv' });
      expectValidDraft('yamasemi-check-sheet.csv', text, draft);
      drafts.push(draft);
    }
    const [sjis, utf8] = drafts as [SeedFile, SeedFile];
    expect(sjis).toEqual(utf8);
    expect(utf8.services.map((s) => s.name)).toEqual(['ヤマセミ勤怠']);
    expect(utf8.vendors[0]).toMatchObject({ id: 'yamasemi-soft-inc', name: 'ヤマセミソフト株式会社' });
    expect(utf8.documents[0]!.publishedOn).toBe('2025-11-04');
    expect(regionsOf(utf8)).toEqual(['aws:ap-northeast-1', 'aws:ap-northeast-3']);
    expect(utf8.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(utf8)).toEqual(['iso27001 IS 712345']);
    expect(utf8.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(metricsOf(utf8)).toEqual(['backupRetentionDays=30 days', 'incidentNotificationHours=24 hours']);
    expect(quotesOf(utf8).filter((q) => /\t×(?:\t|$)|us-east-1/u.test(q))).toEqual([]);
  });
});

describe('a form response exported one per row: the questions are the column headers', () => {
  const header = [
    'Timestamp',
    'Vendor name',
    'Product name',
    'Where is customer data hosted (provider and region)?',
    'How often are backups taken and how long are they kept?',
    'Do you hold ISO/IEC 27001? Give the certificate number.',
    'How soon do you notify customers of a security incident?',
  ];
  const answers = [
    '2025/09/30 14:02:11',
    'Pinecrest Labs Ltd',
    'Pinecrest Forms',
    'Azure, Japan East (Tokyo); backups replicated to Japan West',
    'Every 12 hours; kept for 21 days',
    'Yes, certificate IS 701122',
    'Within 48 hours of confirmation',
  ];
  const csv = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));

  it('pairs each header with its answer, so each answer is read under its own question, and names and dates the document', async () => {
    const text = await readDocumentBytes(csv([header, answers]), 'csv');
    expect(text.split('\n').slice(0, 2)).toEqual(['Question\tAnswer', 'Timestamp\t2025/09/30 14:02:11']);
    const draft = ingestText(text, { fileName: 'form-response.csv' });
    expect(draft.services.map((s) => s.name)).toEqual(['Pinecrest Forms']);
    expect(draft.documents[0]).toMatchObject({ publishedOn: '2025-09-30' });
    expect(regionsOf(draft)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 701122']);
    // The 48 hours of the incident question are its notice time, not a backup interval read across the whole row.
    expect(metricsOf(draft)).toEqual(['backupInterval=12 hours', 'backupRetentionDays=21 days', 'incidentNotificationHours=48 hours']);
    expectValidDraft('form-response', text, draft);
  });

  it('reads a register of several responses as a table, and a Japanese form in 質問 / 回答', async () => {
    const register = await readDocumentBytes(csv([header, answers, answers.map((a) => a.replace('Pinecrest', 'Quarry'))]), 'csv');
    expect(register.split('\n')[0]).toBe(header.join('\t'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('フォームの回答 1');
    sheet.addRow(['タイムスタンプ', 'サービス名', 'データの保管場所はどこですか？', 'バックアップの取得頻度を教えてください', 'ISMS認証を取得していますか？']);
    sheet.addRow(['2025/10/01 9:00:00', 'ミズナラ予約', 'AWS 東京リージョン', '毎日取得し、7世代保持', '取得済み（IS 702233）']);
    const text = await readDocumentBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(text.split('\n').slice(0, 2)).toEqual(['質問\t回答', 'タイムスタンプ\t2025/10/01 9:00:00']);
    const draft = ingestText(text, { fileName: 'form-response.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['ミズナラ予約']);
    expect(regionsOf(draft)).toEqual(['aws:ap-northeast-1']);
    expect(metricsOf(draft)).toEqual(['backupGenerations=7 generations', 'backupInterval=1 days']);
    expectValidDraft('form-response-ja', text, draft);
  });
});

/*
 * 取引先 情報セキュリティ調査票 (support/survey-workbook.ts): a customer's form returned by ミソサザイ情報技術株式会社 for
 * ミソサザイ請求, with sheets 記入要領, 記入例, 調査票 and 改訂履歴.
 * Accept: the service ミソサザイ請求 from the サービス名 field, the vendor from 会社名, the title 取引先 情報セキュリティ調査票,
 * the 回答日 2025-11-20; Google Cloud asia-northeast2 (Osaka, the ○ row's 保管) and asia-northeast1 (Tokyo, where the
 * backup is taken and kept), data in JP; ISO/IEC 27001 IS 784512; NICT time; 99.9% (a formula's cached result), daily
 * backups kept 14 days, notice within 24 hours.
 * Reject: everything on 記入要領 and 記入例 (the example company 例示商事, サンプルクラウド, AWS 東京 ap-northeast-1, 30日,
 * IS 000000, ISMAP C00-0000, its SOC 2 report, Amazon Time Sync, 72 hours, 99.5%, its date 2023-04-01); the × row's
 * us-central1 and the United States; ISMAP (△, an application planned); SOC 2 (×); the 改訂履歴 dates as the document's
 * date and its AWS / Azure as hosting; the merged 分類 (データ管理, 認証・監査, 運用) as anything but each row's group.
 */
describe('XLSX: a supplier security questionnaire with its instructions, an example sheet and a revision history', () => {
  it('reads neither the instructions nor the example sheet: the answer sheet opens the text, its merged 分類 on each row', async () => {
    const text = await readDocumentBytes(await surveyWorkbook(), 'xlsx');
    expect(text.startsWith('取引先 情報セキュリティ調査票\n\n会社名\tミソサザイ情報技術株式会社\nサービス名\tミソサザイ請求\n回答日\t2025-11-20\n')).toBe(true);
    expect(text).not.toMatch(/^# (?:記入要領|記入例|調査票)/mu);
    // The row number is a formula: its cached result is shown; the 分類 merged down its rows heads each of them.
    const rows = text.split('\n').filter((l) => /^\d+\t/u.test(l));
    expect(rows.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(surveyRows.map(([category], i) => `${i + 1} ${category}`));
    expect(text).toContain('\tサービスの稼働率目標を定めているか\t○\t99.9%\n');
    expect(text).toContain('\n# 改訂履歴\n');
    for (const trap of surveyTraps.filter((t) => t !== '改訂')) expect(text).not.toContain(trap);
  });

  it('proposes the answer sheet’s ○ rows only: nothing from the example, the × and △ rows, or the revision history', async () => {
    const text = await readDocumentBytes(await surveyWorkbook(), 'xlsx');
    const draft = ingestText(text, { fileName: 'misosazai-survey.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['ミソサザイ請求']);
    expect(draft.vendors[0]!.name).toBe('ミソサザイ情報技術株式会社');
    expect(draft.documents[0]).toMatchObject({ title: '取引先 情報セキュリティ調査票', publishedOn: '2025-11-20' });
    expect(regionsOf(draft)).toEqual(['gcp:asia-northeast1', 'gcp:asia-northeast2']);
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['JP']);
    expect(certificatesOf(draft)).toEqual(['iso27001 IS 784512']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['nict']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.9 percent',
      'backupInterval=1 days',
      'backupRetentionDays=14 days',
      'incidentNotificationHours=24 hours',
    ]);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /\t[×△](?:\t|$)|us-central1|改訂|ISMAP|SOC 2/u.test(q))).toEqual([]);
    expect(quotes.filter((q) => surveyTraps.some((t) => q.includes(t)))).toEqual([]);
    expectValidDraft('misosazai-survey.xlsx', text, draft);
  });

  it('skips a sheet by its whole name as instructions or an example, in Japanese or English, and keeps any other', async () => {
    const names = [
      '【記入例】',
      '記入方法',
      '回答例',
      '2. Instructions',
      'How to fill in',
      'Example answers',
      'Sample',
      '回答',
      'Sample data',
      'Examples of controls',
    ];
    const text = await workbookText((workbook) => {
      workbook.addWorksheet('表紙').addRow(['チェックシート']);
      for (const name of names) workbook.addWorksheet(name).addRow([`${name} の内容`]);
    });
    expect(text.match(/^# .*$/gmu)).toEqual(['# 回答', '# Sample data', '# Examples of controls']);
    // A workbook of nothing but an example is read as it is: there is nothing else to read.
    const only = await workbookText((workbook) => workbook.addWorksheet('Sample').addRow(['Hosted on AWS']));
    expect(only).toBe('Hosted on AWS\n');
  });
});

/*
 * Vendor Security Questionnaire (support/survey-workbook.ts): Wexcombe Systems Ltd's answers for Wexcombe Ledger on sheets
 * Cover, Questions (ID | Domain | Question | Answer (Yes/No/N/A) | Comments | Evidence ref) and Evidence.
 * Accept: the product Wexcombe Ledger from the cover's Product field, the vendor, the title Vendor Security Questionnaire,
 * the cover's date 2025-11-14; AWS eu-west-2 (London) and eu-west-1 (Ireland, the daily copies kept 35 days), data in GB
 * (the copies' Ireland a region used, not a data location, as the other fixtures' replicated backups); ISO/IEC 27001 certificate 2419873; Amazon Time Sync; 99.95%, daily backups kept 35 days, notice within 72 hours.
 * Reject: the No row's us-east-1 and the United States (the question's wording is the customer's); SOC 2 (answered Yes, but
 * its comment says it is planned for Q2); PCI DSS (N/A); anything of the Evidence sheet (its file names, its documents'
 * titles such as the incident response plan's us-east-1 DR test, its dates as the document's date); the Domain column
 * (Data Location, Compliance, …) as a heading: each row is headed by its question.
 */
describe('XLSX: a vendor security questionnaire with a cover, Yes/No answers and an evidence list', () => {
  it('reads the cover as the title block and the Questions sheet as a questionnaire under its Answer (Yes/No/N/A) column', async () => {
    const text = await readDocumentBytes(await vendorQuestionnaireWorkbook(), 'xlsx');
    expect(text.startsWith('Vendor Security Questionnaire\n\nVendor\tWexcombe Systems Ltd\nProduct\tWexcombe Ledger\n')).toBe(true);
    const draft = ingestText(text, { fileName: 'wexcombe-questionnaire.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['Wexcombe Ledger']);
    expect(draft.vendors[0]).toMatchObject({ id: 'wexcombe-systems-ltd', name: 'Wexcombe Systems Ltd' });
    expect(draft.documents[0]).toMatchObject({ title: 'Vendor Security Questionnaire', publishedOn: '2025-11-14' });
    expect(regionsOf(draft)).toEqual(['aws:eu-west-1', 'aws:eu-west-2']);
    // The backup copies' Ireland is a region used, not where the data is stored, as in the other fixtures' replicated backups.
    expect(draft.storesDataIn.map((s) => s.country)).toEqual(['GB']);
    expect(certificatesOf(draft)).toEqual(['iso27001 2419873']);
    expect(draft.syncsTimeWith.map((t) => t.timeSource)).toEqual(['aws-ntp']);
    expect(metricsOf(draft)).toEqual([
      'availabilityPercent=99.95 percent',
      'backupInterval=1 days',
      'backupRetentionDays=35 days',
      'incidentNotificationHours=72 hours',
    ]);
    // Each answer is read under its question, not under its Domain; the question's own words are no part of the quote.
    expect(draft.disclosures.every((d) => questionnaireRows.some((r) => r[2] === d.evidence.section))).toBe(true);
    const quotes = quotesOf(draft);
    expect(quotes.filter((q) => /us-east-1|United States|SOC 2|PCI|Planned for Q2|\tNo(?:\t|$)|\tN\/A(?:\t|$)/u.test(q))).toEqual([]);
    expect(quotes.filter((q) => evidenceTraps.some((t) => q.includes(t)))).toEqual([]);
    expectValidDraft('wexcombe-questionnaire.xlsx', text, draft);
  });
});

/** Per service of a draft: its regions, its data countries, its metrics (`name=value`), the quotes of its facts. */
function perService(draft: SeedFile) {
  return Object.fromEntries(
    draft.services.map((s) => [
      s.name,
      {
        regions: draft.usesInfra.filter((u) => u.service === s.id).map((u) => u.region),
        countries: draft.storesDataIn.filter((d) => d.service === s.id).map((d) => d.country),
        metrics: draft.disclosures
          .filter((d) => d.service === s.id)
          .flatMap((d) => (d.metrics ?? []).map((m) => `${m.name}=${m.value}`))
          .sort(),
        quotes: [...draft.usesInfra, ...draft.storesDataIn, ...draft.disclosures].filter((f) => f.service === s.id).map((f) => f.evidence.quote),
      },
    ]),
  );
}

/*
 * One check sheet answered per product, as ONE workbook with a sheet per product (support/per-product-workbook.ts).
 * Accept: the services カエデ会計 and カエデ給与 (the sheets' names, listed on the cover's 対象サービス line); カエデ会計: AWS 東京
 * (ap-northeast-1), JP, daily backups kept 30 days, 99.9%, ISO/IEC 27017 held, quoted from its sheet; カエデ給与: Google Cloud 大阪
 * (asia-northeast2), JP, daily backups kept 7 days, 99.5%; each its own backup interval (both sheets state it).
 * Reject: one service for both (the cover's list as one name) or every fact given to both; the cover (表紙) and the notes sheet
 * (回答上の注意) as services; カエデ給与's ISO/IEC 27017 (△, 取得予定); a fact of one sheet under the other's service.
 * The English variant (Cover, Larchmont Books, Larchmont Payroll, Change log) likewise: Books on AWS eu-west-2 (GB), 35 days,
 * 99.9%, ISO/IEC 27017 CLD 778812 held; Payroll on Google Cloud europe-west1 (BE), 14 days, 99.5%, its 27017 only planned.
 */
describe('XLSX: one check sheet answered per product, a sheet per product', () => {
  it("gives each sheet's facts to the product the sheet is named for (Japanese: 表紙, カエデ会計, カエデ給与, 回答上の注意)", async () => {
    const text = await readDocumentBytes(await perProductWorkbookJa(), 'xlsx');
    const draft = ingestText(text, { fileName: 'kaede-check-sheet.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['カエデ会計', 'カエデ給与']);
    const by = perService(draft);
    expect(by['カエデ会計']).toMatchObject({
      regions: ['aws:ap-northeast-1'],
      countries: ['JP'],
      metrics: ['availabilityPercent=99.9', 'backupInterval=1', 'backupRetentionDays=30'],
    });
    expect(by['カエデ給与']).toMatchObject({
      regions: ['gcp:asia-northeast2'],
      countries: ['JP'],
      metrics: ['availabilityPercent=99.5', 'backupInterval=1', 'backupRetentionDays=7'],
    });
    // No fact quoted from one sheet is given to the other product.
    expect(by['カエデ会計']!.quotes.filter((q) => /Google|大阪|7日間|99\.5%/u.test(q))).toEqual([]);
    expect(by['カエデ給与']!.quotes.filter((q) => /AWS|東京|30日間|99\.9%/u.test(q))).toEqual([]);
    // The certificate held is quoted from カエデ会計's row; カエデ給与's 取得予定 is no certificate.
    expect(draft.certifiedBy.map((c) => [c.certification, c.evidence.quote])).toEqual([['iso27017', kaedeAccountingRows[2]![3]]]);
    // Its row is answered ○: カエデ給与's △ on the same question is no reservation of it.
    expect(draft.certifiedBy[0]!.reviewNote ?? '').not.toMatch(/answered only in part/u);
    expectValidDraft('kaede-check-sheet.xlsx', text, draft);
  });

  it('does the same for an English workbook (Cover, Larchmont Books, Larchmont Payroll, Change log)', async () => {
    const text = await readDocumentBytes(await perProductWorkbookEn(), 'xlsx');
    const draft = ingestText(text, { fileName: 'larchmont-questionnaire.xlsx' });
    expect(draft.services.map((s) => s.name)).toEqual(['Larchmont Books', 'Larchmont Payroll']);
    const by = perService(draft);
    expect(by['Larchmont Books']).toMatchObject({
      regions: ['aws:eu-west-2'],
      countries: ['GB'],
      metrics: ['availabilityPercent=99.9', 'backupInterval=1', 'backupRetentionDays=35'],
    });
    expect(by['Larchmont Payroll']).toMatchObject({
      regions: ['gcp:europe-west1'],
      countries: ['BE'],
      metrics: ['availabilityPercent=99.5', 'backupInterval=1', 'backupRetentionDays=14'],
    });
    expect(by['Larchmont Books']!.quotes.filter((q) => /Google|Belgium|14 days|99\.5%/u.test(q))).toEqual([]);
    expect(by['Larchmont Payroll']!.quotes.filter((q) => /AWS|London|35 days|99\.9%/u.test(q))).toEqual([]);
    expect(certificatesOf(draft)).toEqual(['iso27017 CLD 778812']);
    expect(draft.certifiedBy.every((c) => c.evidence.quote.includes(larchmontBooksRows[2]![3] as string))).toBe(true);
    expectValidDraft('larchmont-questionnaire.xlsx', text, draft);
  });

  it('takes sheets whose names share no brand as the services when the cover lists exactly them, and not otherwise', async () => {
    const build = async (covered: string) => {
      const text = await workbookText((workbook) => {
        const cover = workbook.addWorksheet('Cover');
        cover.addRow(['Security Questionnaire Response']);
        cover.addRow(['Larchmont Software Ltd']);
        if (covered) cover.addRow([covered]);
        for (const [name, row] of [
          ['Quillbook', larchmontBooksRows[0]!],
          ['Paywise', larchmontPayrollRows[0]!],
        ] as const) {
          const sheet = workbook.addWorksheet(name);
          sheet.addRow(['No.', 'Question', 'Answer', 'Comment']);
          sheet.addRow(row);
        }
      });
      return ingestText(text, { fileName: 'larchmont-two-products.xlsx' });
    };
    const listed = await build('Services covered: Quillbook, Paywise');
    expect(listed.services.map((s) => s.name)).toEqual(['Quillbook', 'Paywise']);
    expect(listed.usesInfra.map((u) => [listed.services.find((s) => s.id === u.service)!.name, u.region])).toEqual([
      ['Quillbook', 'aws:eu-west-2'],
      ['Paywise', 'gcp:europe-west1'],
    ]);
    // Without the list, two sheet names are no evidence of products (they could be topics): not taken as services.
    expect((await build('')).services.map((s) => s.name)).not.toEqual(['Quillbook', 'Paywise']);
  });
});
