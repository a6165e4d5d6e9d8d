/** Downloads an export over HTTP as a browser or script would, and reads CSV and XLSX files back. */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** `apiUrl`: the app's /graphql URL; `path`: e.g. `/export/register.csv?portfolio=demo-shoji`. */
export async function download(apiUrl: string, path: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(new URL(path, apiUrl), { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** The JSON error of a refused download. */
export function errorOf(file: Download): { message: string; extensions: { code: string; parameter?: string } } {
  return JSON.parse(file.body.toString('utf8')).errors[0];
}

/** Rows of a CSV file (header first), after checking it starts with a UTF-8 byte-order mark. */
export function csvRows(body: Buffer): string[][] {
  if (!body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error('the CSV does not start with a UTF-8 byte-order mark');
  return parse(body.subarray(3).toString('utf8'), { record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

/** Rows of the first sheet of an XLSX file (header first), every cell as text. */
export async function xlsxRows(body: Buffer): Promise<{ sheet: string; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => (values[i] == null ? '' : String(values[i]))));
  });
  return { sheet: sheet.name, rows };
}
