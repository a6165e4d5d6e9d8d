/**
 * Tables a fixed-width text lays out with spaces: `pdftotext -layout`, a report printed to text, a terminal's table. No tab
 * and no `|` marks a cell; the columns line up because each cell starts at the same column on every line:
 *
 *   Sub-processor          Purpose                 Location
 *   Quillon Mail Inc.      Transactional e-mail    United States
 *
 * Every rule reads a table row as tab-separated cells (`cellsOf`), with its header row, so such a block is read as one:
 * each run of spaces before a cell's column becomes a tab in the folded view (`unwrapLayout`), and the quote, mapped back,
 * is the line as printed. A block is a table when at least three of its lines each hold two cells or more and every cell
 * starts at a column shared by three of them: prose that happens to print two spaces after a full stop starts its words
 * at no shared column. A wrapped cell's next line (`                      in transit`) prints only under its own column: it
 * stays a row of the table, its empty cells before it kept, so the table goes on past it.
 */

/** A list item's marker or a heading's number (`-`, `•`, `1.`, `(a)`, `4.3`): what it opens is no cell of a table. */
const marker = /^(?:[-*+•・●○■□◆◇▪➢>]|[(（]?[0-9A-Za-z]{1,3}[.)）]|[0-9]{1,2}(?:\.[0-9]{1,2})+\.?)$/u;

/**
 * Where a line's cells start: its first character, and each character after a run of two or more spaces. The text after a
 * list marker set apart by two spaces (`   -  The clocks of …`, `4.3  Incident Notification`) is the item's, no second cell.
 */
function cellStarts(text: string): number[] {
  const starts: number[] = [];
  const first = text.search(/\S/u);
  if (first < 0) return starts;
  starts.push(first);
  for (const m of text.matchAll(/\S {2,}(?=\S)/gu)) starts.push(m.index + m[0].length);
  if (starts.length >= 2 && marker.test(text.slice(starts[0], starts[1]).trim())) starts.splice(0, 2, first);
  return starts;
}

/** A cut of the folded view: the printed text from `from` to `to` (offsets in the line) is read as `as`. */
export interface CellGap {
  from: number;
  to: number;
  as: string;
}

/** The column a cell starting at `at` stands in: the nearest of `columns` within one character (a layout rounds positions). */
function columnOf(columns: readonly number[], at: number): number {
  return columns.findIndex((c) => Math.abs(c - at) <= 1);
}

/**
 * The lines of `lines` (each without its line break) that are rows of a space-aligned table, with the runs of spaces to
 * read as tabs. Lines in `skip` (page furniture) are read as blank.
 */
export function alignedTableRows(lines: readonly string[], skip: ReadonlySet<number> = new Set()): Map<number, CellGap[]> {
  const rows = new Map<number, CellGap[]>();
  let i = 0;
  while (i < lines.length) {
    // A block: consecutive lines with text.
    const blank = (k: number) => skip.has(k) || !lines[k]!.trim() || lines[k]!.includes('\t') || /^\s*\|/u.test(lines[k]!);
    if (blank(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !blank(end)) end++;
    tableIn(lines, i, end, rows);
    i = end;
  }
  return rows;
}

function tableIn(lines: readonly string[], from: number, to: number, rows: Map<number, CellGap[]>): void {
  const starts = new Map<number, number[]>();
  for (let k = from; k < to; k++) starts.set(k, cellStarts(lines[k]!.replace(/^\f/u, ' ')));
  const multi = [...starts].filter(([, s]) => s.length >= 2);
  if (multi.length < 3) return;
  // A column: a position where cells of three lines or more start.
  const counts = new Map<number, number>();
  for (const [, s] of multi) for (const at of s) counts.set(at, (counts.get(at) ?? 0) + 1);
  const columns = [...counts]
    .filter(([, n]) => n >= 3)
    .map(([at]) => at)
    .sort((a, b) => a - b);
  if (columns.length < 2) return;
  // The rows: lines whose every cell starts at a column, with at least three of two cells or more among them.
  const fits = (s: readonly number[]) => s.every((at) => columnOf(columns, at) >= 0);
  const table = [...starts].filter(([, s]) => fits(s));
  if (table.filter(([, s]) => s.length >= 2).length < 3) return;
  for (const [k, s] of table) {
    const text = lines[k]!;
    const gaps: CellGap[] = [];
    const indexes = s.map((at) => columnOf(columns, at));
    // A cell not in the first column on a line of its own (a wrapped cell): its empty cells before it, one tab each.
    if (indexes[0]! > 0) gaps.push({ from: /^\f/u.test(text) ? 1 : 0, to: s[0]!, as: '\t'.repeat(indexes[0]!) });
    // A first cell's wrapped line (`   site` under `   Disaster recovery`): a row of one cell, so the table goes on past it.
    if (s.length === 1 && indexes[0] === 0) gaps.push({ from: text.length, to: text.length, as: '\t' });
    for (let c = 1; c < s.length; c++) {
      const gapStart = text.slice(0, s[c]).replace(/ +$/u, '').length;
      gaps.push({ from: gapStart, to: s[c]!, as: '\t'.repeat(Math.max(1, indexes[c]! - indexes[c - 1]!)) });
    }
    rows.set(k, gaps);
  }
}
