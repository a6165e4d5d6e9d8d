/**
 * CSV as Excel opens it correctly in Japanese: UTF-8 with a byte-order mark
 * (without one, Excel reads Shift_JIS on a Japanese Windows), CRLF line
 * ends, and every field with a comma, quote or line break quoted (csv-stringify).
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportTable } from './table.js';

const byteOrderMark = '\uFEFF';

/**
 * A text cell Excel would run as a formula (=, +, -, @ first; OWASP's "CSV
 * injection") gets a leading apostrophe: a quote from a document is data,
 * never a formula. Numbers are written as numbers and stay as they are.
 */
function inert(cell: string | number | null): string | number {
  if (cell === null) return '';
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(table: ExportTable): Buffer {
  const text = stringify([table.columns.map((c) => c.header), ...table.rows.map((row) => row.map(inert))], {
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF), not a bare line break inside a cell.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(byteOrderMark + text, 'utf8');
}
