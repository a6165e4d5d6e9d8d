/**
 * A specification for several services of one vendor sets them side by side as the columns of its tables (`| 項目 |
 * A | B |`, `| Item | Product A | Product B |`), one row an item (`クラウド事業者`, `リージョン`, `Backup retention`). A
 * cell of a service's column speaks of that service only, read with its row's label; a row whose service columns give
 * the same value speaks of each of them. (A by-product matrix sets the services as rows instead: scopes.ts.)
 */
import { cellSpans, cellsOf, headerCellsOf, isDelimiterRow } from './table-rows.js';
import { nameKey, spanOf, type Span } from './text-span.js';

/**
 * The columns (by cell index) of a table's header row that name services of the document, when two or more do. A header
 * cell names a service when it starts with its name and adds at most a short gloss (`Quillfen Ledger (SaaS)`); the
 * first column labels the rows.
 */
function serviceColumns(header: readonly string[] | undefined, services: ReadonlyArray<{ id: string; name: string }>): Map<number, string> {
  const columns = new Map<number, string>();
  if (!header || header.length < 3) return columns;
  header.forEach((cell, k) => {
    const text = nameKey(cell);
    const hit = k > 0 ? services.find((s) => text.startsWith(nameKey(s.name)) && text.length <= nameKey(s.name).length + 12) : undefined;
    if (hit) columns.set(k, hit.id);
  });
  return new Set(columns.values()).size >= 2 ? columns : new Map();
}

/** The services a row gives one value, and the cells of the other service columns that row's reading leaves out. */
export interface ServiceGroup {
  services: string[];
  elsewhere: Span[];
}

/**
 * The row starting at `lineStart`, read per service column: the services whose columns give the same value, each group
 * with the other groups' cells to leave out: one group when every service column gives the same value (the row is then
 * each of theirs, as a sentence of the section is). Undefined when the row is no body row of a table headed by services.
 */
export function serviceColumnGroups(input: string, lineStart: number, services: ReadonlyArray<{ id: string; name: string }>): ServiceGroup[] | undefined {
  const end = input.indexOf('\n', lineStart);
  const line = input.slice(lineStart, end < 0 ? input.length : end);
  const cells = cellsOf(line);
  if (!cells || cells.length < 3 || isDelimiterRow(line)) return undefined;
  const columns = serviceColumns(headerCellsOf(input, lineStart), services);
  if (columns.size === 0) return undefined;
  const spans = cellSpans(line, lineStart);
  const byValue = new Map<string, number[]>();
  for (const k of columns.keys()) {
    const value = nameKey(spans[k]?.text ?? '');
    byValue.set(value, [...(byValue.get(value) ?? []), k]);
  }
  return [...byValue.values()].map((own) => ({
    services: [...new Set(own.map((k) => columns.get(k)!))],
    elsewhere: [...columns.keys()].filter((k) => !own.includes(k) && spans[k]).map((k) => spanOf(input, spans[k]!.from, spans[k]!.to)),
  }));
}
