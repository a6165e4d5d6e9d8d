import { pdfFile } from './minimal-pdf.js';

/**
 * Writes a PDF whose text layer holds Japanese: a Type0 font with Identity-H
 * encoding (each character's code point is its glyph id) and a ToUnicode map
 * written here, so pdf.js extracts the characters without any font or CMap
 * file. The font is not embedded, as text extraction does not need its glyphs.
 * Each page has body lines from the top (an empty string is a blank line) and
 * footer lines set apart at the bottom, as a printed page places them.
 */
export interface PageLines {
  lines: readonly string[];
  footer?: readonly string[];
}

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');

function toUnicode(pages: readonly PageLines[]): string {
  const highBytes = new Set<number>();
  for (const p of pages) for (const line of [...p.lines, ...(p.footer ?? [])]) for (const c of line) highBytes.add(c.codePointAt(0)! >> 8);
  const ranges = [...highBytes]
    .sort((a, b) => a - b)
    .map((h) => h.toString(16).padStart(2, '0'))
    .map((h) => `<${h}00> <${h}ff> <${h}00>`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export function japanesePdf(pages: readonly PageLines[]): Uint8Array {
  const cmap = toUnicode(pages);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 7 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /GothicW5 /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GothicW5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /GothicW5 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>';
  objects[6] = `<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`;
  pages.forEach((page, i) => {
    const body = ['BT', '/F1 10.5 Tf', '16 TL', '60 790 Td', ...page.lines.map((line) => (line ? `<${hex(line)}> Tj T*` : 'T*')), 'ET'];
    const footer = (page.footer ?? []).flatMap((line, k) => ['BT', '/F1 9 Tf', `1 0 0 1 270 ${56 - k * 14} Tm`, `<${hex(line)}> Tj`, 'ET']);
    const content = [...body, ...footer].join('\n');
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  return pdfFile(objects);
}

/**
 * A paragraph set in lines of `width` characters, as a word processor wraps Japanese: anywhere, even mid-sentence, but
 * not inside a run of Latin letters and digits (`ISO/IEC`, `27017`) not before closing punctuation (。、）」), which
 * stays at the end of the line, and not after an opening bracket.
 */
export function wrapJapanese(paragraph: string, width = 35): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  while (rest.length > width) {
    let cut = width;
    while (cut < rest.length && /[。、）」』，．]/u.test(rest[cut]!)) cut++;
    while (cut > 1 && /[A-Za-z0-9/.:-]/u.test(rest[cut]!) && /[A-Za-z0-9/.:-]/u.test(rest[cut - 1]!)) cut--;
    while (cut > 1 && /[（「『]/u.test(rest[cut - 1]!)) cut--;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}
