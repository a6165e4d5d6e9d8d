/**
 * A workbook (XLSX) or a CSV file as the text the later steps read, the way the
 * HTML reader writes a table: one line per row, its cells' displayed text joined
 * by tabs (the cell separator `table-rows` and the questionnaire reader split
 * on), trailing empty cells dropped, an empty row a blank line. A row with one
 * non-empty cell is that text alone, so a cover sheet's title, company and date
 * lines read as a title block and a merged title row as a line of its own. The
 * visible worksheets of a workbook follow one another in workbook order, each
 * after the first headed `# <sheet name>`, so its rows read as its section.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { isOleCompoundFile } from './ole-file.js';
import { withoutLetterFrame } from './reply-template.js';

/**
 * One cell as one cell of a tab-separated row: a line break typed in the cell (Alt+Enter) is only where the text
 * wrapped in the author's column width, so it becomes a space; a tab would split the cell in two downstream.
 */
function oneCell(text: string): string {
  // A canned reply's cell (a help desk's macro) without its greeting, closing and signature: see `withoutLetterFrame`.
  return withoutLetterFrame(text)
    .replace(/[ \t\u3000]*(?:\r\n?|\n)[ \t\u3000]*/gu, ' ')
    .replace(/\t/gu, ' ')
    .trim();
}

/** Cells as one line: trailing empty cells dropped (a sheet's unused columns are no part of the row). */
function rowLine(cells: string[]): string {
  const used = cells.map(oneCell);
  while (used.length && !used.at(-1)) used.pop();
  const filled = used.filter(Boolean);
  return filled.length === 1 ? filled[0]! : used.join('\t');
}

/** A column header that asks something (`Where is customer data hosted?`, `Do you hold ISO/IEC 27001?`, `保管場所はどこですか`). */
const asks =
  /[?？]\s*$|[?？]\s+\S|^(?:do|does|did|are|is|was|were|have|has|how|what|where|when|which|who|why|can|could|will|please (?:describe|list|state|provide))(?![A-Za-z])|(?:ます|です|でしょう)か|(?:してください|ご記入|をお答え)/iu;

/**
 * A form's answers exported one response per row (`Timestamp, Vendor name, Where is customer data hosted?, …` over one
 * row of answers): the questions are the column headers, so a reader pairs each header with its answer. Written as a
 * questionnaire of `Question`/`Answer` rows (`質問`/`回答` when the questions are Japanese), one per answered column, it is
 * read as any questionnaire is: each row a section headed by its question. Undefined when the rows are no single response
 * (several rows are a register of many answers, read as a table), or fewer than two headers ask anything.
 */
function asAnswers(rows: string[][]): string[][] | undefined {
  const filled = rows.filter((r) => r.some((c) => oneCell(c)));
  if (filled.length !== 2) return undefined;
  const [header, answers] = filled as [string[], string[]];
  if (header.length < 4 || header.filter((h) => asks.test(oneCell(h))).length < 2) return undefined;
  const japanese = header.some((h) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(h));
  const pairs = header.map((h, k): [string, string] => [h, answers[k] ?? '']).filter(([h, a]) => oneCell(h) && oneCell(a));
  return [japanese ? ['質問', '回答'] : ['Question', 'Answer'], ...pairs];
}

/**
 * The header of a column saying whether each row is published (a help desk's or a CMS's export of its articles or FAQ:
 * `公開状態`, `公開ステータス`, `公開設定`, `Visibility`, `Publication status`), and the values saying a row is not: a draft or
 * an article withdrawn (`非公開`, `下書き`, `未公開`, `draft`, `unpublished`, `archived`). Such a row is the vendor's unpublished
 * working copy (a draft answer, an internal memo awaiting approval), not what it tells customers, so it is left out as a
 * hidden row is. A plain `Status` column is not read so: in a questionnaire it is the answer (`Implemented`, `No`).
 */
const publicationHeader =
  /^(?:公開(?:状態|状況|ステータス|設定|区分|可否|フラグ)?|掲載(?:状態|状況|ステータス|可否)?|(?:publication|publish(?:ing)?|article|visibility)\s+(?:status|state)|visibility|published\??)$/iu;
const unpublishedValue =
  /^(?:非公開|未公開|公開前|公開停止|下書き|草稿|作成中|承認待ち|レビュー中|非掲載|未掲載|掲載停止|draft|unpublished|not\s+published|private|internal(?:\s+only)?|hidden|archived|withdrawn|false|no|0)$/iu;

/**
 * A row its own title or a status cell marks as retired (`[DEPRECATED] …`, `【廃止】…`, `(archived)`, `Status: archived`, `旧版`):
 * a help desk's macro or a knowledge base's article kept for the record after a newer one replaced it. What it says is no
 * longer what the vendor tells its customers (an old region, an old retention), so it is left out as an unpublished row is.
 * Only a marker that opens a cell or stands as the whole cell counts, not the word inside a sentence.
 */
const retiredRow =
  /^(?:[[【(（<]\s*(?:deprecated|archived|obsolete|retired|superseded|outdated|old|legacy|do not use|廃止|旧|旧版|アーカイブ|使用禁止|使用停止|無効)\s*[\]】)）>]|(?:status|state|ステータス|状態)\s*[:：]\s*(?:deprecated|archived|obsolete|retired|superseded|廃止|アーカイブ済み?)(?![A-Za-z])|(?:deprecated|archived|obsolete|retired|superseded|廃止|アーカイブ済み?|使用停止)$)/iu;

/**
 * The header of a column of staff-only notes beside what the customer is sent (`internal_note`, `Internal notes`, `Agent
 * notes`, `社内メモ`, `社内備考`): a help desk's macro export or a knowledge base's prints them for its agents (`escalate to SRE
 * if …`, `do not promise`), not as statements to customers, so the column is left out as a hidden one is.
 */
const internalHeader =
  /^(?:(?:internal|staff|agent|private|team)(?:[\s_-]+only)?[\s_-]*(?:notes?|comments?|memo|remarks?)|notes?[\s_-]*\(?(?:internal|staff only|agents? only)\)?|社内(?:向け|用)?(?:メモ|備考|コメント|連絡|注記)|(?:担当者|スタッフ|オペレーター)(?:向け|用)?(?:メモ|備考)|備考[（(]社内(?:用|向け)?[)）])$/iu;

/** Rows without those a publication-status column marks unpublished (the header row and rows before it are kept). */
function publishedRows(rows: string[][]): string[][] {
  const headerAt = rows.findIndex((r) => r.some((c) => publicationHeader.test(oneCell(c))));
  if (headerAt < 0) return rows;
  const column = rows[headerAt]!.findIndex((c) => publicationHeader.test(oneCell(c)));
  return rows.filter((r, i) => i <= headerAt || !unpublishedValue.test(oneCell(r[column] ?? '')));
}

/**
 * Rows without the retired ones and without the staff-only columns, once a header row names such a column or a row is
 * marked retired (rows before a header row, a cover's lines, are kept as they are).
 */
function currentRows(rows: string[][]): string[][] {
  const headerAt = rows.findIndex((r) => r.some((c) => internalHeader.test(oneCell(c))));
  const internal = headerAt < 0 ? [] : rows[headerAt]!.flatMap((c, k) => (internalHeader.test(oneCell(c)) ? [k] : []));
  return rows
    .filter((r, i) => i <= headerAt || !r.some((c) => retiredRow.test(oneCell(c))))
    .map((r, i) => (headerAt >= 0 && i >= headerAt ? r.map((c, k) => (internal.includes(k) ? '' : c)) : r));
}

/** A sheet's or a file's rows as lines: a single form response as its questions and answers, else row by row. */
function rowsText(rows: string[][]): string[] {
  return (asAnswers(rows) ?? currentRows(publishedRows(rows))).map(rowLine);
}

/** Lines as the document's text; runs of empty rows are one paragraph break, as in the HTML reader. */
function textOf(lines: string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as ISO `yyyy-mm-dd` (with ` hh:mm` when it has a time of day, only `hh:mm` for a time alone): exceljs
 * would write JavaScript's `Tue Sep 16 2025 09:00:00 GMT+0900`, which no reader of the sheet sees and no date
 * pattern reads, while the sheet's own display format (`yyyy"年"m"月"d"日"`, `m/d`) depends on its locale. Excel
 * dates carry no time zone: exceljs puts the wall-clock time in the UTC fields.
 */
function dateText(date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  // Excel's day 0 (1899-12-30, or 31 in exceljs's reading): a time of day with no date.
  if (date.getUTCFullYear() === 1899) return time;
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

/**
 * What the cell shows. A formula shows its cached result (the value Excel saved with it; nothing is recalculated).
 * A number formatted as a percentage is shown as one (`99.9%`, an availability target, stored as 0.999). Other
 * number formats (thousands separators, currency) are not applied: the digits are what the metrics read.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value instanceof Date) return dateText(value);
  const percent = /^[^"]*?0(?:\.(0+))?%/u.exec(cell.numFmt ?? '');
  if (typeof value === 'number' && percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  if (cell.type === ExcelJS.ValueType.Formula) return value == null || typeof value === 'object' ? '' : String(value);
  // Rich text gives its runs' text, a hyperlink its displayed text, not its address.
  return cell.text;
}

/**
 * The row's cells as a reader sees them. The cells a merge covers hold no value of their own: under the merge's
 * first cell in the same column (a category cell spanning rows, `バックアップ` over 取得頻度 and 保持世代) they repeat it,
 * as the HTML reader repeats a `rowspan` cell, so each row keeps its item; beside it (a title or an answer spanning
 * columns) they are empty, so the value is read once and the other columns stay under their headers.
 */
function rowCells(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  for (let col = 1; col <= row.cellCount; col++) {
    // A hidden column is not seen either (an internal note or a lookup the sheet's formulas use).
    if (sheet.getColumn(col).hidden) continue;
    const cell = row.getCell(col);
    if (cell.type === ExcelJS.ValueType.Merge && cell.master !== cell) cells.push(cell.master.col === cell.col ? cellText(cell.master) : '');
    else cells.push(cellText(cell));
  }
  return cells;
}

/**
 * A sheet the form's author put beside the answers to show how to fill them in: its instructions (`記入要領`, `記入方法`,
 * `Instructions`, `How to fill in`) or the form answered for an invented company (`記入例`, `回答例`, `Example`, `Sample`).
 * Neither is the sender's answer: an example's `AWS 東京リージョン` and `30日` are the form author's illustration, not where the
 * vendor keeps data, so such a sheet is not read, as a hidden one is not. Only the tab's whole name counts (decorated with
 * brackets or a number, `【記入例】`, `2. Instructions`, `Example answers`), not a name that merely contains the word.
 */
const guideSheet =
  /^[\s0-9０-９.．)）_-]*[【\[(（「]?\s*(?:記入(?:要領|方法|上の注意|の手引き?|例)|回答(?:要領|方法|例)|入力(?:要領|方法|例)|ご?記入にあたって|(?:(?:completion|filling[- ]in)\s+)?(?:instructions?|guidance|guidelines?)(?:\s+(?:for (?:completion|use)|to complete))?|how\s+to\s+(?:fill(?:\s+(?:in|out))?|complete|answer|use)(?:\s+(?:this|the)\s+(?:form|sheet|questionnaire))?|(?:worked\s+)?examples?|samples?)(?:\s+(?:answers?|responses?|sheet))?\s*[】\])）」]?\s*$/iu;

export const saveAsXlsx = 'open it in Excel and save it as an Excel workbook (.xlsx) or as CSV';

/**
 * Every worksheet a reader of the workbook sees, in workbook order. A `hidden` or `veryHidden` sheet is left out:
 * the person opening the file does not see it (drop-down lists, lookup tables, a draft answer or an internal note
 * the vendor never meant to send), so it states nothing to the customer. Hidden rows are left out for the same reason,
 * and so are the form's instructions and example sheets (`guideSheet`): the first sheet read is the answers' own.
 */
export async function xlsxToText(bytes: Uint8Array): Promise<string> {
  // An OLE file here is an Excel 97-2003 workbook (.xls) or an .xlsx encrypted with a password.
  if (isOleCompoundFile(bytes))
    throw new Error(`not an XLSX workbook but an Excel 97-2003 workbook (.xls) or a password-protected one: ${saveAsXlsx}, without a password`);
  const workbook = new ExcelJS.Workbook();
  // exceljs's load signature wants a Node Buffer; this is a view of the same bytes, not a copy.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const lines: string[] = [];
  const shown = workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');
  // A workbook of nothing but such sheets (one tab named `Sample`) is read as it is: there is no other answer to prefer.
  const answered = shown.filter((sheet) => !guideSheet.test(oneCell(sheet.name)));
  const visible = answered.length ? answered : shown;
  for (const [i, sheet] of visible.entries()) {
    // The first sheet opens the document as a PDF's first page does: its top rows (a cover's title, company and
    // date, or the title rows over a questionnaire) are the title block, which a heading before them would turn
    // into a section. Its tab's name (`表紙`, `Sheet1`) is no title a reader sees on it.
    if (i > 0) lines.push(`# ${oneCell(sheet.name)}`, '');
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (!row.hidden) rows.push(rowCells(sheet, row));
    }
    lines.push(...rowsText(rows));
    lines.push('');
  }
  return textOf(lines);
}

/**
 * CSV bytes as text: UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else Shift_JIS, the encoding
 * Excel in Japan saves "CSV (comma delimited)" in. Shift_JIS text with any kana or kanji is almost never valid
 * UTF-8 (its lead bytes 0x81–0x9F are UTF-8 continuation bytes), so the strict decoder's refusal tells them apart;
 * the WHATWG `shift_jis` decoder is Windows-31J, with the NEC and IBM characters (①, ㈱) Excel writes.
 */
export function csvEncodingText(bytes: Uint8Array): string {
  try {
    // `ignoreBOM: false`: the decoder drops the byte-order mark Excel's "CSV UTF-8" starts with.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** A CSV file's rows as tab-separated lines: quoted fields may hold commas, quotes and line breaks; rows may differ in length. */
export function csvToText(bytes: Uint8Array): string {
  const rows = parse(csvEncodingText(bytes), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  return textOf(rowsText(rows));
}
