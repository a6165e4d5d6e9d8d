/**
 * Turns a file into the plain text every later step reads. Quotes in the draft
 * are substrings of this text: for plain text it is the file as written (line
 * endings normalised to \n), for Markdown the file as written less what a
 * reader never sees as prose (see `markdownText`); for HTML, PDF, XLSX, CSV and
 * DOCX it is the text the reader extracts, which is also written next to the
 * draft on request. The old binary Excel and Word formats (.xls, .doc) are
 * refused with a message saying what to save them as, not read as text.
 */
import { lightweightMarkupText } from './lightweight-markup.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlToText } from './read-html.js';
import { pdfToText } from './read-pdf.js';
import { csvToText, saveAsXlsx, xlsxToText } from './read-spreadsheet.js';
import { docxToText, saveAsDocx } from './read-word.js';

export const documentFormats = ['text', 'markdown', 'html', 'pdf', 'xlsx', 'csv', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

const formatByExtension: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.docx': 'docx',
};

/** Binary formats: read only from a file's bytes (an upload), never from pasted text. */
export const binaryFormats: ReadonlySet<DocumentFormat> = new Set(['pdf', 'xlsx', 'docx']);

/**
 * The format of a file by its extension, else text. The old binary Excel workbook (`.xls`, BIFF) and Word document
 * (`.doc`) are refused rather than read as text (their bytes would be garbage that proposes nothing): exceljs and
 * mammoth read only the XML formats of Office 2007 and later, and Save As turns an old file into one (or into CSV, PDF).
 */
export function formatOf(file: string): DocumentFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xls') throw new UnreadableFormatError(`${file} is an Excel 97-2003 workbook (.xls), which cannot be read: ${saveAsXlsx}`);
  if (extension === '.doc') throw new UnreadableFormatError(`${file} is a Word 97-2003 document (.doc), which cannot be read: ${saveAsDocx}`);
  return formatByExtension[extension] ?? 'text';
}

/** A file whose extension names a format ingestion does not read; the message names the file and what to do. */
export class UnreadableFormatError extends Error {}

/** Line endings as \n and no byte-order mark, so offsets and quotes are stable across platforms. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A date field of a page's front matter (`updated: 2025-11-04`, `date:`, `last_modified:`, `lastmod:`, `published:`). */
const frontMatterDate = /^(?:date|updated|last[_-]?(?:updated|modified|reviewed)|lastmod|modified|published(?:[_-]?(?:at|on))?|revised)\s*:/iu;

/**
 * A page's YAML front matter (`---` lines around `title:`, `updated:`, `tags:`, as static-site generators and help-centre
 * exports write it) is the page's metadata, not its prose: its date fields are kept as printed, since they date the page;
 * its title becomes the page's `# ` heading when the body has none (else the body's is the title); its other keys (tags,
 * ids, audience, layout) are dropped, so no `key: value` line is read as the title, the product or a fact.
 */
function frontMatterRead(text: string): string {
  const block = /^---[ \t]*\n((?:[^\n]*\n)*?)---[ \t]*(?:\n|$)/u.exec(text);
  // Only a block of `key: value` lines with a key such pages carry (not a horizontal rule over a field or two of the text).
  if (!block || !/^(?:title|date|updated|tags|categories|layout|slug|description|author|lastmod)\s*:/mu.test(block[1]!)) return text;
  if (!block[1]!.split('\n').every((l) => !l.trim() || /^(?:[A-Za-z_][\w-]*\s*:|\s+\S|-\s)/u.test(l))) return text;
  const hasHeading = /^#\s+\S/mu.test(text.slice(block[0].length));
  const kept = block[1]!
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      if (frontMatterDate.test(line)) return line;
      const title = /^title\s*:\s*(['"]?)(.+?)\1\s*$/iu.exec(line);
      return title && !hasHeading ? `# ${title[2]}` : '';
    });
  return `\n${kept.join('\n')}\n\n${text.slice(block[0].length)}`;
}

/**
 * Markdown without what is not the publisher's prose: HTML comments (notes to the file's editors, not rendered), lines
 * made only of badge images (`[![build](…)](…)`, status shields, not statements), and fenced code blocks (an example
 * configuration or command: its `region: us-east-1` or `# comment` is no place the service runs and no heading). Each
 * removed block leaves its line breaks, so paragraphs stay apart.
 */
export function markdownText(text: string): string {
  const lineBreaks = (s: string) => s.replace(/[^\n]/gu, '');
  const image = String.raw`\[?!\[[^\]\n]*\]\([^)\s]*\)(?:\]\([^)\s]*\))?`;
  return frontMatterRead(text)
    .replace(/<!--[\s\S]*?-->/gu, lineBreaks)
    .replace(/^(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?^(?:`{3,}|~{3,})[ \t]*$/gmu, lineBreaks)
    .replace(new RegExp(String.raw`^[ \t]*${image}(?:[ \t]+${image})*[ \t]*$`, 'gmu'), '');
}

export async function readDocumentBytes(bytes: Uint8Array, format: DocumentFormat): Promise<string> {
  switch (format) {
    case 'pdf':
      return normalizeText(await pdfToText(bytes));
    case 'xlsx':
      return normalizeText(await xlsxToText(bytes));
    case 'csv':
      return normalizeText(csvToText(bytes));
    case 'docx':
      return normalizeText(await docxToText(bytes));
    case 'html':
      return normalizeText(htmlToText(new TextDecoder('utf-8').decode(bytes)));
    case 'markdown':
      return markdownText(normalizeText(new TextDecoder('utf-8').decode(bytes)));
    default:
      // A text written in reStructuredText or AsciiDoc is read as its Markdown rendering (lightweight-markup.ts).
      return lightweightMarkupText(normalizeText(new TextDecoder('utf-8').decode(bytes)));
  }
}

export async function readDocument(file: string, format: DocumentFormat = formatOf(file)): Promise<string> {
  return readDocumentBytes(new Uint8Array(await readFile(file)), format);
}
