/** XLSX through exceljs: one sheet, a bold frozen header row, wrapped cells (lists are one value per line). */
import ExcelJS from 'exceljs';
import type { ExportTable } from './table.js';

/** Excel refuses longer sheet names and these characters in them. */
function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cloud-supply-chain-graph';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
