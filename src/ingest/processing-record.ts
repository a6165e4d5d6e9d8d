/**
 * A record of processing activities (GDPR Art. 30, a RoPA exported as a sheet): one row per processing activity, its
 * purpose, data subjects, recipients, transfers, retention and the system it runs on. The firm keeps one record for what it
 * does as a controller (its employees' payroll, recruiting, its own invoicing and marketing) and one for what it does as a
 * processor for its customers (the service). Only the processor rows are the service: a controller row's system (`Personio
 * (eu-west-1)`) and retention (invoices kept 10 years for tax law) are the firm's own business.
 */
import type { Span } from './text-span.js';

/** The header of such a record: an activity column and a role column. */
const activityColumn = /^(?:name\s+of\s+(?:the\s+)?)?processing\s+(?:activit(?:y|ies)|operations?)$|^処理活動(?:名)?$/iu;
const roleColumn = /^(?:role|(?:our\s+)?role\s+\(?controller\s*(?:or|\/)\s*processor\)?|controller\s*(?:or|\/)\s*processor|管理者\s*[/／・]\s*処理者|役割)$/iu;
/** The firm's own processing, as the role column says it. */
const controllerRole = /^(?:(?:joint\s+)?controller|管理者)$/iu;

/** The character ranges of the rows a record of processing activities marks as the firm's own (controller) processing. */
export function controllerRows(input: string): Array<{ start: number; end: number }> {
  const rows: Array<{ start: number; end: number }> = [];
  let role = -1;
  let at = 0;
  for (const line of input.split('\n')) {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length > 2 && cells.some((c) => activityColumn.test(c))) role = cells.findIndex((c) => roleColumn.test(c));
    else if (role >= 0 && cells.length > role && controllerRole.test(cells[role]!)) rows.push({ start: at, end: at + line.length });
    else if (cells.length <= 2 && line.trim()) role = -1;
    at += line.length + 1;
  }
  return rows;
}

/** Whether a passage lies within the firm's own (controller) rows. */
export function inControllerRow(rows: ReadonlyArray<{ start: number; end: number }>, span: Span): boolean {
  return rows.some((r) => span.start >= r.start && span.end <= r.end);
}

/** A column naming who receives the data (`Recipients`, `Categories of recipients`, `Sub-processors`, `受領者`, `提供先`). */
const recipientColumn =
  /^(?:(?:categories\s+of\s+)?recipients?(?:\s+of\s+(?:the\s+)?(?:personal\s+)?data)?|(?:sub-?)?processors?(?:\s+used)?|受領者|提供先|委託先)$/iu;

/**
 * The cells of a sheet's recipients column: the firms the data is passed to (a support desk's provider, a payroll bureau),
 * named in every row of a record that never names its own keeper. They are not the vendor, however often they are printed.
 */
export function recipientCells(input: string): string[] {
  const cells: string[] = [];
  // The column is found in a table's first row, its header: a later row's `Processor` (a role) is a value.
  let column = -1;
  let first = true;
  for (const line of input.split('\n')) {
    const row = line.split('\t').map((c) => c.trim());
    if (row.length < 3) {
      column = -1;
      first = true;
      continue;
    }
    if (first) column = row.findIndex((c) => recipientColumn.test(c));
    else if (column >= 0 && row[column]) cells.push(row[column]!);
    first = false;
  }
  return cells;
}
