/**
 * Writes a small PDF with a real text layer (Helvetica, one text object per
 * page) so the PDF reader is tested on a file produced here rather than a
 * binary of unknown origin. An empty string is a blank line (a paragraph break), a list of strings a table row.
 */
export function minimalPdf(pages: ReadonlyArray<ReadonlyArray<string | readonly string[]>>): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  // A table row (its cells as a list) sets each cell at the next column, `column` points to the right, as a PDF prints a table.
  const column = 170;
  const shown = (line: string | readonly string[]) =>
    typeof line === 'string'
      ? line
        ? `(${escape(line)}) Tj T*`
        : 'T*'
      : `${line.map((cell, k) => `${k ? `${column} 0 Td ` : ''}(${escape(cell)}) Tj`).join(' ')} ${-column * (line.length - 1)} 0 Td T*`;
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const content = ['BT', '/F1 11 Tf', '14 TL', '50 790 Td', ...lines.map(shown), 'ET'].join('\n');
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  return pdfFile(objects);
}

/** The file around numbered objects (1 is the catalog): header, bodies, cross-reference table and trailer. */
export function pdfFile(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
