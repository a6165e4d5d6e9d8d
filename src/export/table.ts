/**
 * What every export is before it is written as CSV or XLSX: a titled table
 * of plain cells. The builders (one module per export) make tables; the
 * writers (csv.ts, xlsx.ts) know nothing of what is in them.
 */
export type Cell = string | number | null;

export interface Column {
  header: string;
  /** Width in characters for XLSX; CSV has none. */
  width: number;
}

export interface ExportTable {
  /** The sheet's name in XLSX (at most 31 characters). */
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** Several values in one cell, one per line: Excel shows them stacked, and a CSV reader keeps the line breaks inside the quotes. */
export function lines(values: readonly string[]): string {
  return values.join('\n');
}
