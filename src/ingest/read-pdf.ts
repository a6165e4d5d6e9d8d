/**
 * The text layer of a PDF, page by page, one output line per PDF text line.
 * unpdf ships a serverless build of Mozilla's pdf.js: pure JavaScript, no
 * worker file, fonts or native code to download. A PDF without a text layer
 * (a scan) yields no text, and the CLI says so instead of proposing nothing silently.
 *
 * Two things a printed page adds are undone here, where the layout is known, so
 * that every later step reads sentences whole and no quote holds page furniture:
 * running headers and footers (a line repeated at the edge of most pages, a page
 * number `- 3 -`, `3 / 12`) are dropped, and a line the typesetter wrapped at the
 * right margin in the middle of a sentence is joined to the line that continues
 * it, on the same page or the next. The joined text is what the reader returns
 * (and what `--text-out` writes), so quotes stay verbatim substrings of it.
 */
import { getDocumentProxy } from 'unpdf';
import { tocEntry } from './sections.js';
import { pageNumber } from './print-layout.js';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

interface PdfLine {
  text: string;
  /** Where the line's first glyph starts and its last glyph ends, in page units. */
  left: number;
  right: number;
  size: number;
  /** A blank line (a paragraph gap) comes before it on its page. */
  gapBefore: boolean;
}

/** The gap between two pieces of text on a line, in font sizes, that sets table cells apart (a space is about a third). */
const cellGap = 1.5;

async function pageLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  const pdf = await getDocumentProxy(bytes);
  const pages: PdfLine[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const lines: PdfLine[] = [];
      let line: PdfLine = { text: '', left: Infinity, right: 0, size: 10, gapBefore: false };
      let gap = false;
      let lastY: number | undefined;
      const end = () => {
        const text = line.text.trimEnd();
        if (text) lines.push({ ...line, text, gapBefore: gap });
        if (text) gap = false;
        line = { text: '', left: Infinity, right: 0, size: 10, gapBefore: false };
      };
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        const size = Math.abs(item.transform?.[3] ?? 10) || 10;
        if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2) {
          end();
          // A gap taller than a line and a half is a paragraph break: keep it as a blank line, as headings are found by it.
          if (Math.abs(y - lastY) > size * 1.6) gap = true;
        }
        const x = item.transform?.[4];
        // A table's row is one PDF line of cells set apart by a gap wider than any space between words: a tab between
        // them, as the other readers hand over a row's cells, so the row is read with its header (`Sub-processor ⇥
        // Purpose ⇥ Location`) and its cells are not run together.
        // (pdf.js may hand over the gap as a space of its own: the tab replaces it.)
        if (item.str.trim() && line.text.trim() && x !== undefined && x - line.right > cellGap * size) line.text = `${line.text.trimEnd()}\t`;
        if (item.str.trim()) {
          line.size = size;
          line.left = Math.min(line.left, x ?? 0);
          line.right = Math.max(line.right, (x ?? 0) + (item.width ?? 0));
        }
        line.text += item.str;
        if (y !== undefined) lastY = y;
        if (item.hasEOL) end();
      }
      end();
      pages.push(lines);
      page.cleanup();
    }
  } finally {
    await pdf.cleanup();
  }
  return pages;
}

/** Lines at the top and bottom of a page where running headers and footers sit. */
const headLines = 2;
const footLines = 3;

/**
 * Drops page furniture: at the top or bottom of a page, a page number, or a line (digits aside) found at the edge of
 * at least two pages and half of them (a running title, a company name, `社外秘`, `Confidential`).
 */
function withoutFurniture(pages: PdfLine[][]): PdfLine[][] {
  const key = (text: string) => text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, ' ');
  const edge = (lines: PdfLine[]) => new Set([...lines.slice(0, headLines), ...lines.slice(-footLines)]);
  const pagesWith = new Map<string, number>();
  for (const lines of pages) for (const k of new Set([...edge(lines)].map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const repeated = (text: string) => (pagesWith.get(key(text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edges = edge(lines);
    const kept = lines.filter((l) => !(edges.has(l) && (pageNumber.test(l.text.trim()) || repeated(l.text))));
    // The gap that set a header apart from the body is not a paragraph break of the body.
    if (kept[0] && kept[0] !== lines[0]) kept[0] = { ...kept[0], gapBefore: false };
    return kept;
  });
}

const sentenceEnd = /[。．！？!?.]$/u;
/** A line that opens an item of its own: a bullet or a circled or bracketed number. */
const itemStart = /^(?:[-–—・•●○◯■□◆◇▪✓✔＊※*]|[①-⑳]|[(（][0-9０-９]{1,2}[)）])/u;
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The right edge of the text column: the furthest right edge that at least three lines reach (to a font size), as the
 * lines of wrapped paragraphs do. Undefined when no three lines end together (short lines only: nothing was wrapped).
 */
function columnEdge(lines: readonly PdfLine[]): number | undefined {
  let best: number | undefined;
  for (const l of lines) {
    if (best !== undefined && l.right <= best) continue;
    if (lines.filter((o) => Math.abs(o.right - l.right) <= l.size).length >= 3) best = l.right;
  }
  return best;
}

/** What cannot be split from the start of a line: a Latin word or number (`NICT`, `27017`) or one character, with the brackets and punctuation kept to it. */
const firstUnit = /^[（「『(\["]*(?:[A-Za-z0-9][A-Za-z0-9/.:_-]*|.)[。、，．）」』)\]"]*/u;

/**
 * A line wrapped mid-sentence: it ends where the next line's first word would not have fitted (a Latin word or a
 * bracket pushed down leaves it short of the column's right edge), does not end a sentence and is no contents entry;
 * the next line, in the same font size with no paragraph gap between (or at the top of the next page), opens no item
 * of its own.
 */
function continues(a: PdfLine, b: PdfLine, edge: number | undefined): boolean {
  // A table's row (cells set apart by tabs) is never a wrapped sentence, nor is the line under one.
  if (edge === undefined || Math.abs(a.size - b.size) > 0.5 || b.gapBefore || a.text.includes('\t') || b.text.includes('\t')) return false;
  const first = b.text.trim();
  const charWidth = (b.right - b.left) / Math.max(1, [...first].length);
  const unit = [...(firstUnit.exec(first)?.[0] ?? '')].length * charWidth;
  if (a.right < edge - unit - 1.5 * a.size) return false;
  return !sentenceEnd.test(a.text) && !tocEntry.test(a.text) && !tocEntry.test(first) && !itemStart.test(first);
}

/** Japanese joins without a space; two Latin words (or a word and a number) get one, except after a hyphen or slash. */
function join(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const space = cjk.test(left.slice(-1)) || cjk.test(right[0] ?? '') || /[-/]$/u.test(left) ? '' : ' ';
  return `${left}${space}${right}`;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pages = withoutFurniture(await pageLines(bytes));
  const edge = columnEdge(pages.flat());
  const out: string[] = [];
  let previous: PdfLine | undefined;
  pages.forEach((lines, p) => {
    lines.forEach((line, i) => {
      if (previous && continues(previous, line, edge)) {
        out[out.length - 1] = join(out[out.length - 1]!, line.text);
        previous = line;
        return;
      }
      if (i === 0 && p > 0) out.push('');
      else if (line.gapBefore) out.push('');
      out.push(line.text);
      previous = line;
    });
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
