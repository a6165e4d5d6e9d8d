/**
 * A Japanese security check sheet as a vendor sends it, built with exceljs in
 * the test (no binary fixture): a cover sheet (title, company, answer date), an
 * answer sheet (No. | 確認項目 | 回答 | 補足, answered ○ / × / △) with a title
 * row merged across the columns, a category column merged down its rows, a
 * note with a line break typed in the cell, a formula, a date cell and a
 * percentage, and the traps a reader of the workbook never sees: a hidden sheet,
 * a very hidden one, a hidden row and a hidden column, each naming a region the
 * service does not use. The vendor, カワセミクラウド株式会社, and its product are fictional.
 */
import ExcelJS from 'exceljs';

/** The questions, with the category each belongs to (merged down its rows in the sheet). */
export const checkSheetRows: ReadonlyArray<readonly [category: string, question: string, answer: string, note: string]> = [
  ['データの保管', '国内のデータセンターでデータを保管しているか', '○', 'Azure の東日本リージョンで保管\n（東京・埼玉）'],
  ['データの保管', '海外リージョンを利用しているか', '×', '米国西部リージョン（West US）は利用していない'],
  ['データの保管', '災害対策として別リージョンにバックアップを取得しているか', '○', '西日本リージョンへ日次で複製'],
  ['バックアップ', 'バックアップの世代管理を行っているか', '○', '14世代'],
  ['認証', 'ISO/IEC 27001認証を取得しているか', '○', '登録番号：IS 781234'],
  ['認証', 'ISMAPに登録されているか', '×', 'ISMAP登録番号 C99-9999 は未取得'],
  ['認証', 'ISO/IEC 27017認証を取得しているか', '△', '2026年度中に取得予定'],
  ['運用', 'インシデント発生時に利用者へ通知するか', '○', '48時間以内にメールで通知'],
  ['運用', 'サービスの稼働率目標を定めているか', '○', ''],
];

/** What the answer sheet's hidden row, the hidden sheet and the very hidden sheet say: none of it may be read. */
export const hiddenTraps = ['シンガポールリージョン', 'ap-southeast-1', '社内メモ', 'Japan West 以外', 'eu-west-1'];

export async function checkSheetWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // The cover's lines sit in column C, right of a margin, as cover sheets lay them out: each is still one line.
  const cover = workbook.addWorksheet('表紙');
  cover.addRow([]);
  cover.addRow(['', '', 'カワセミ経費 セキュリティチェックシート（回答）']);
  cover.addRow([]);
  cover.addRow(['', '', 'カワセミクラウド株式会社（Kawasemi Cloud Inc.）']);
  cover.addRow(['', '', '回答日：2025年10月3日']);

  // A sheet of the vendor's own working notes, hidden before sending: the tab is not shown.
  const notes = workbook.addWorksheet('作業メモ', { state: 'hidden' });
  notes.addRow(['社内メモ', 'シンガポールリージョン（ap-southeast-1）への移行を検討中']);
  notes.addRow(['社内メモ', 'ISO/IEC 27018 登録番号：PII 555555']);

  const answers = workbook.addWorksheet('回答');
  answers.addRow(['クラウドサービス利用に関する確認項目']);
  answers.mergeCells('A1:E1');
  answers.addRow([]);
  answers.addRow(['分類', 'No.', '確認項目', '回答', '補足']);
  const first = answers.rowCount + 1;
  checkSheetRows.forEach(([category, question, answer, note], i) => {
    const row = answers.addRow([category, i + 1, question, answer, note]);
    if (note.includes('\n')) row.getCell(5).alignment = { wrapText: true };
  });
  // The category cell spans its questions' rows, as check sheets group them.
  for (const [category, from, to] of spans(
    checkSheetRows.map((r) => r[0]),
    first,
  )) {
    if (to > from) answers.mergeCells(from, 1, to, 1);
    answers.getCell(from, 1).value = category;
  }
  // The availability target: a formula whose cached result is 0.9995, shown as a percentage.
  const sla = answers.getRow(first + checkSheetRows.length - 1).getCell(5);
  sla.value = { formula: '1-0.0005', result: 0.9995 };
  sla.numFmt = '0.00%';
  // A column the vendor hid, holding its reviewer's remark on the first answer.
  answers.getCell(first, 6).value = '社内確認：eu-west-1 にも複製（顧客には非開示）';
  answers.getColumn(6).hidden = true;
  // A row the vendor hid: a reader of the sheet does not see it.
  const hidden = answers.addRow(['データの保管', 10, '障害時の切替先リージョン', '○', 'シンガポールリージョン（ap-southeast-1）']);
  hidden.hidden = true;
  answers.addRow([]);
  const updated = answers.addRow(['最終更新日', '', '', '', new Date(Date.UTC(2025, 9, 3))]);
  updated.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';

  // A lookup list for the answer column's drop-down, very hidden (only a macro or the VBA editor shows it).
  const lists = workbook.addWorksheet('リスト', { state: 'veryHidden' });
  lists.addRow(['○', '×', '△', '－']);
  lists.addRow(['Japan West 以外', 'eu-west-1 で保管']);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Runs of equal values as [value, first row, last row], the first value on row `start`. */
function spans(values: readonly string[], start: number): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  values.forEach((v, i) => {
    const last = out.at(-1);
    if (last && last[0] === v) last[2] = start + i;
    else out.push([v, start + i, start + i]);
  });
  return out;
}
