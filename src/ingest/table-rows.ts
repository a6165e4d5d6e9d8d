/**
 * Table rows as the readers hand them over: a spreadsheet's or an HTML table's row as tab-separated cells, a Markdown
 * row as `| a | b |`. A row is read with its table's header row, which says what each column holds.
 */
import type { Span } from './text-span.js';

/** Cells of a table row: tab-separated, or a Markdown row `| a | b |`. */
export function cellsOf(text: string): string[] | undefined {
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  const md = /^\s*\|(.*)\|\s*$/u.exec(text);
  return md ? md[1]!.split('|').map((c) => c.trim()) : undefined;
}

/** Where cell `k` of a row starts in its line (tab-separated or `| a | b |`), its leading blanks skipped. */
export function cellStart(text: string, k: number): number {
  const separator = text.includes('\t') ? '\t' : '|';
  let at = separator === '|' ? text.indexOf('|') + 1 : 0;
  // A tab-separated row's first cell starts at 0: each later cell is found from the separator before it, whatever `at` is.
  for (let n = 0; n < k; n++) {
    const next = text.indexOf(separator, at);
    if (next < 0) return 0;
    at = next + 1;
  }
  while (at < text.length && /[ \u3000]/u.test(text[at]!)) at++;
  return at;
}

/**
 * A caption alone on its line (`表3-1 バックアップ方式`, `図3-2 システム構成図`, `Table 2: Backup schedule`, `Figure 4. Architecture`),
 * as a design document sets one over each table or figure: it names what follows, states nothing, and heads no section.
 */
export const captionLine = /^\s*(?:表|図|(?:Table|Figure|Fig\.)(?=\s))\s*[0-9０-９]+(?:\s*[-‐－–.．]\s*[0-9０-９]+)*\s*[.:：．]?[\s\u3000]+[^\t。.]{1,60}$/iu;

/** A Markdown table's delimiter row (`| --- | :---: |`): it only marks the header row above it. */
export function isDelimiterRow(text: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(text);
}

/**
 * The rows of the table around position `at`, from its first row to the row holding `at`. The HTML reader sets a blank
 * line between a table's head and its body: a blank line under a row of as many cells does not end the table.
 */
function rowsUpTo(input: string, at: number): string[] {
  const own = lineAt(input, at);
  const width = cellsOf(own.text)?.length;
  const rows = [own.text];
  // Line by line upwards, by position: the document is never split whole for one row.
  for (let line = lineAt(input, own.start - 1); own.start > 0; line = lineAt(input, line.start - 1)) {
    if (line.text.trim() === '' && line.start > 0 && cellsOf(lineAt(input, line.start - 1).text)?.length === width) continue;
    if (cellsOf(line.text) === undefined) break;
    rows.unshift(line.text);
    if (line.start === 0) break;
  }
  return rows;
}

/** The line holding position `at` (the last line when `at` is past the end), and where it starts. */
function lineAt(input: string, at: number): { text: string; start: number } {
  const start = at < 0 ? 0 : input.lastIndexOf('\n', at - 1) + 1;
  const end = input.indexOf('\n', Math.max(at, start));
  return { text: input.slice(start, end < 0 ? input.length : end), start };
}

/** The nearest line with text before position `at`, without its trailing blanks ('' at the start of the input). */
function lineBefore(input: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(input[end - 1]!)) end--;
  return input.slice(input.lastIndexOf('\n', end - 1) + 1, end);
}

/** The nearest line with text from position `at` on, without its leading blanks. */
function lineAfter(input: string, at: number): string {
  let start = at;
  while (start < input.length && /\s/u.test(input[start]!)) start++;
  const end = input.indexOf('\n', start);
  return input.slice(start, end < 0 ? input.length : end);
}

/** The header cells of the table the row starting at `rowStart` belongs to: its block's first row, when that is another row. */
export function headerCellsOf(input: string, rowStart: number): string[] | undefined {
  const rows = rowsUpTo(input, rowStart);
  return rows.length > 1 ? cellsOf(rows[0]!) : undefined;
}

/** A table's header row as the readers write it: tab-separated short labels (`No.`, `確認項目`), none a sentence. */
const shortLabels = /^[^\t。！？]{1,12}(?:\t[^\t。！？]{1,12})+$/u;

/**
 * A header row: short labels as above; a Markdown row over its delimiter row; or (English labels run longer: `Cloud
 * provider`, `Sub-processor`) the first row of a table, of labels without digits or sentence punctuation, above a row with
 * as many cells. It names the columns and says nothing of a practice.
 */
export function isHeaderRow(input: string, row: Span): boolean {
  const previous = lineBefore(input, row.start);
  // Short labels head a table only from its first row: further down (`脆弱性診断の実施回数\t年2回\t年2回`) they are a row of values.
  if (shortLabels.test(row.text) && !previous.includes('\t')) return true;
  const next = lineAfter(input, row.end);
  if (cellsOf(row.text) && !row.text.includes('\t') && isDelimiterRow(next)) return true;
  const cells = row.text.split('\t');
  if (cells.length < 2 || !cells.every((c) => c.trim().length <= 24 && !/[0-9０-９。！？.!?]/u.test(c))) return false;
  return !previous.includes('\t') && next.split('\t').length === cells.length;
}

/** A short label, then its value after one space or more (`設立　　　2014年4月`, `本社 〒530-0001 …`). */
const labelThenValue = /^\s*[^\s:：|]{1,12}([ \u3000]+)\S/u;

/**
 * The lines of a field table set out with spaces instead of a colon or a tab (a company profile's `商号　　　株式会社X`,
 * `設立　　　2014年4月`, `本社　　　〒…`): consecutive lines of a short label and its value, at least two of them padding the
 * label with two spaces or more to align the values. One line alone, or lines of one space each (a title over its date),
 * are no such table. Their indices in `texts`.
 */
export function spacedFieldRows(texts: readonly string[]): number[] {
  const rows: number[] = [];
  let run: number[] = [];
  let padded = 0;
  const close = () => {
    if (run.length >= 2 && padded >= 2) rows.push(...run);
    run = [];
    padded = 0;
  };
  texts.forEach((text, i) => {
    const spaces = labelThenValue.exec(text)?.[1];
    if (spaces === undefined) return close();
    run.push(i);
    if (spaces.length >= 2) padded += 1;
  });
  close();
  return rows;
}

/**
 * A line opening with a short label and a colon (`Infrastructure: …`, `- **Sub-processors:** …`, `保管場所：…`), as a fact
 * sheet or a bulleted summary prints its facts one field a line. Not a colon between digits (`ISO/IEC 27001:2022`, `10:00`):
 * a standard's year or a time, inside a sentence. The label is the words before the colon, without a list mark or emphasis.
 */
export const fieldLine =
  /^\s*(?:[-*+•・]\s+)?(?:\*\*|__)?([\p{L}][\p{L}\p{N} ()/&'’・-]{0,40}?)(?:\*\*|__)?\s*(?:(?<![0-9])[:：]|[:：](?![0-9]))(?:\*\*|__)?\s*\S/u;

/** The label of a line written as a field (`fieldLine`), if it is one. */
export function inlineLabel(text: string): string | undefined {
  return fieldLine.exec(text)?.[1]?.trim();
}

/**
 * The values a document gives under a label, as a two-cell row (`Product name\tX`, `| 回答日 | 2025年9月1日 |`) or a
 * `Label: value` line: a form or a sheet says what it is about in such fields.
 */
export function labelledValues(input: string, label: RegExp): string[] {
  const values: string[] = [];
  for (const line of input.split('\n')) {
    const cells = cellsOf(line)?.filter(Boolean);
    const [name, value] = cells && cells.length === 2 ? cells : (/^\s*([^:：\t]{2,40}?)\s*[:：]\s*(\S.*)$/u.exec(line)?.slice(1) ?? []);
    // A label cell may keep its colon (`Date completed:⇥2025-11-05`, a form's field whose value is aligned by spaces).
    // A label set in bold (`| **Report Date** | 12 May 2025 |`, a Markdown cover table) is its words, the emphasis no part of them.
    const bare = name?.trim().replace(/^(\*\*|__)(.+)\1$/u, '$2');
    if (bare && value && label.test(bare.replace(/\s*[:：]$/u, ''))) values.push(value.trim());
  }
  return values;
}

/**
 * The header of the column holding position `at`, when `at` is in a table row under a header row (`項目 | 目標 | 保証` over
 * `月間稼働率 | 99.95% | 99.9%`): what the column says of its values (a target or a commitment, a retention period).
 * Undefined outside a table, in the header row itself, or in a row wider than its header.
 */
export function columnHeaderAt(input: string, at: number): string | undefined {
  const line = lineAt(input, at);
  if (!cellsOf(line.text)) return undefined;
  const header = headerCellsOf(input, line.start);
  if (!header) return undefined;
  const k = cellSpans(line.text, line.start).findIndex((c) => at >= c.from && at < c.to);
  return k >= 0 && k < header.length ? header[k] : undefined;
}

/** A row's cells with where each starts and ends in the input (`lineStart` is where the row's line starts): tab-separated or `| a | b |`. */
export function cellSpans(line: string, lineStart: number): Array<{ text: string; from: number; to: number }> {
  const separator = line.includes('\t') ? '\t' : '|';
  const ranges: Array<{ text: string; from: number; to: number }> = [];
  let at = separator === '|' ? line.indexOf('|') + 1 : 0;
  for (;;) {
    const next = line.indexOf(separator, at);
    const end = next < 0 ? line.length : next;
    if (separator === '|' && next < 0) break;
    ranges.push({ text: line.slice(at, end), from: lineStart + at, to: lineStart + end });
    if (next < 0) break;
    at = next + 1;
  }
  return ranges;
}
