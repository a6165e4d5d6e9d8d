/**
 * One vendor's security check sheet answered per product, as ONE workbook with one sheet per product: a cover naming
 * the products, then each product's `No. | 確認項目 | 回答 | 補足` table with its own answers (hosting, backups, certificates
 * differ), then a notes sheet. Built with exceljs so no binary fixture is committed; the vendors are fictional.
 */
import ExcelJS from 'exceljs';

type Rows = (string | number)[][];

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Rows): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
}

export const kaedeAccountingRows: Rows = [
  [1, '顧客データの保管場所', '○', 'AWS 東京リージョンで保管しています。'],
  [2, 'バックアップの取得', '○', 'バックアップを毎日取得し、30日間保持しています。'],
  [3, '第三者認証の取得状況', '○', 'ISO/IEC 27017 認証を取得しています（登録番号 CLD 654321）。'],
  [4, '稼働率目標', '○', '月間稼働率 99.9% を目標としています。'],
];

export const kaedePayrollRows: Rows = [
  [1, '顧客データの保管場所', '○', 'Google Cloud の大阪リージョンで保管しています。'],
  [2, 'バックアップの取得', '○', 'バックアップを毎日取得し、7日間保持しています。'],
  [3, '第三者認証の取得状況', '△', 'ISO/IEC 27017 は 2026年度に取得予定です。'],
  [4, '稼働率目標', '○', '月間稼働率 99.5% を目標としています。'],
];

export const larchmontBooksRows: Rows = [
  [1, 'Where is customer data stored?', 'Yes', 'Customer data is stored in AWS eu-west-2 (London).'],
  [2, 'Backups', 'Yes', 'Backups are taken daily and retained for 35 days.'],
  [3, 'Certifications', 'Yes', 'ISO/IEC 27017 certified (certificate number CLD 778812).'],
  [4, 'Availability target', 'Yes', 'Monthly availability target of 99.9%.'],
];

export const larchmontPayrollRows: Rows = [
  [1, 'Where is customer data stored?', 'Yes', 'Customer data is stored in Google Cloud europe-west1 (Belgium).'],
  [2, 'Backups', 'Yes', 'Backups are taken daily and retained for 14 days.'],
  [3, 'Certifications', 'Partial', 'ISO/IEC 27017 certification is planned for 2026.'],
  [4, 'Availability target', 'Yes', 'Monthly availability target of 99.5%.'],
];

/** A per-product workbook: a cover sheet of lines, one `No. | question | answer | note` sheet per product, then a closing sheet. */
interface WorkbookLayout {
  cover: { name: string; lines: string[] };
  header: string[];
  products: ReadonlyArray<{ name: string; rows: Rows }>;
  closing: { name: string; rows: Rows };
}

async function perProductWorkbook(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet(layout.cover.name);
  for (const line of layout.cover.lines) cover.addRow(line ? [line] : []);
  for (const { name, rows } of layout.products) addTable(workbook, name, layout.header, rows);
  const closing = workbook.addWorksheet(layout.closing.name);
  for (const row of layout.closing.rows) closing.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Japanese: 表紙 (cover), カエデ会計 and カエデ給与 (one sheet per product), 回答上の注意 (notes). */
export function perProductWorkbookJa(): Promise<Uint8Array> {
  return perProductWorkbook({
    cover: {
      name: '表紙',
      lines: ['セキュリティチェックシート（回答）', '', 'カエデソフト株式会社', '回答日：2025年11月20日', '対象サービス：カエデ会計、カエデ給与'],
    },
    header: ['No.', '確認項目', '回答', '補足'],
    products: [
      { name: 'カエデ会計', rows: kaedeAccountingRows },
      { name: 'カエデ給与', rows: kaedePayrollRows },
    ],
    closing: { name: '回答上の注意', rows: [['本回答は回答日時点の内容です。']] },
  });
}

/** English: Cover, Larchmont Books and Larchmont Payroll (one sheet per product), Change log. */
export function perProductWorkbookEn(): Promise<Uint8Array> {
  return perProductWorkbook({
    cover: {
      name: 'Cover',
      lines: ['Security Questionnaire Response', '', 'Larchmont Software Ltd', 'Date: 2025-11-20', 'Services covered: Larchmont Books, Larchmont Payroll'],
    },
    header: ['No.', 'Question', 'Answer', 'Comment'],
    products: [
      { name: 'Larchmont Books', rows: larchmontBooksRows },
      { name: 'Larchmont Payroll', rows: larchmontPayrollRows },
    ],
    closing: {
      name: 'Change log',
      rows: [
        ['Version', 'Date', 'Change'],
        ['1.0', '2025-11-20', 'First issue'],
      ],
    },
  });
}
