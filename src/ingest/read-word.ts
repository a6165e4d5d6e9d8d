/**
 * A Word document (.docx) as the text the later steps read: mammoth turns the
 * document's paragraph styles into semantic HTML (a `Heading 1` paragraph an
 * `<h1>`, a bulleted paragraph an `<li>`, a table a `<table>` with `rowspan` and
 * `colspan` for merged cells), and the HTML reader writes that as it writes a
 * page, so headings are `#` lines, list items `- ` lines and table rows
 * tab-separated cells with a vertically merged cell repeated on each row.
 *
 * What is read is what a reader of the printed document sees in its body:
 * - tracked changes as if accepted: an insertion is read, a deletion (and the
 *   old place of a moved passage) is not (mammoth drops `w:del` and `w:moveFrom`);
 * - reviewers' comments are not read: they are notes on the document, not its
 *   text (mammoth leaves them out unless a style map asks for them, and the
 *   document's own embedded style map is not honoured, so it cannot ask);
 * - headers and footers (`社外秘`, page numbers) are not read: mammoth ignores them;
 * - text boxes are read where they are anchored: they are printed on the page;
 * - a check box is read as the glyph Word prints, ☒ or ☐;
 * - images are not read, nor their alt text (a description for screen readers,
 *   not what the page prints, as the HTML reader ignores an `<img>`'s `alt`);
 * - footnotes and endnotes are kept, after the body under a heading of their own
 *   (`# 脚注`, or `# Notes` in a document with no Japanese), each as `[n] text`
 *   with the `[n]` mark left where it is referenced. They are the document's
 *   statements (a certificate's scope, the hours a notice counts), but read where
 *   mammoth puts them, after the last section, they would be taken as that
 *   section's text; under their own heading they are a section of their own.
 *
 * Text formatted as hidden (`w:vanish`) is not read (see `withoutHiddenText`).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { HTMLElement, parse } from 'node-html-parser';
import { htmlToText } from './read-html.js';
import { isOleCompoundFile } from './ole-file.js';

export const saveAsDocx = 'open it in Word and save it as a Word document (.docx) or as PDF';

/**
 * Heading styles by the names a Japanese Word shows (`見出し 1`): Word itself stores its built-in heading styles under
 * the English name (`heading 1`, which mammoth's default map reads) whatever the language of its menus, but a document
 * written by another editor in Japanese (LibreOffice, a converter) may store the name as shown, with or without the space.
 */
const localizedHeadings = [1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='見出し ${n}'] => h${n}:fresh`, `p[style-name='見出し${n}'] => h${n}:fresh`]);

/** Japanese script: the notes' heading is written in the document's language. */
const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * The notes mammoth appends to the body (one `<ol>`, in the order they are referenced, numbered `[1]`, `[2]`, … at the
 * references) as paragraphs `[n] text` under a heading, without the `↑` link back to the reference, which is no text.
 */
function notesAsSection(root: HTMLElement): void {
  const notes = root.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]');
  if (notes.length === 0) return;
  for (const back of root.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')) back.remove();
  const list = notes[0]!.parentNode!;
  const heading = japanese.test(root.text) ? '脚注' : 'Notes';
  const paragraphs = notes.map((note, i) => {
    // A note of several paragraphs keeps them; the mark goes before the first, or alone before a note that opens with a table.
    const first = note.childNodes.find((c): c is HTMLElement => c instanceof HTMLElement);
    if (first?.tagName === 'P') first.set_content(`[${i + 1}] ${first.innerHTML}`);
    else note.insertAdjacentHTML('afterbegin', `<p>[${i + 1}]</p>`);
    return note.innerHTML;
  });
  list.replaceWith(`<h1>${heading}</h1>${paragraphs.join('')}`);
}

/**
 * A check box (a content control, or a legacy form field) as the glyph Word prints for it, ☒ or ☐: mammoth makes it
 * an `<input>`, which has no text, and a check sheet answered by ticking boxes would lose its answers.
 */
function checkboxesAsPrinted(root: HTMLElement): void {
  for (const box of root.querySelectorAll('input[type="checkbox"]')) box.replaceWith(box.hasAttribute('checked') ? '☒' : '☐');
}

/**
 * A run formatted as hidden text (`<w:vanish/>` in its run properties; not `w:val="false"`): Word neither shows nor
 * prints it (a drafting note, an answer left for later), so it is no part of what the vendor sent. mammoth does not
 * report the formatting, so such runs are taken out of the document's XML before it reads it. Runs do not nest, and a
 * paragraph's own properties (`<w:rPr>` inside `<w:pPr>`, the paragraph mark) are no run. Hidden text set by a
 * character style is not seen.
 */
const hiddenRun = /<w:r(?=[\s>])[^>]*>(?:(?!<\/w:r>)[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/gu;

/** The document's bytes with its hidden runs taken out, as a Node Buffer (what mammoth reads). */
async function withoutHiddenText(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  const xml = part ? await part.async('string') : undefined;
  if (!xml || !xml.includes('<w:vanish')) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  zip.file('word/document.xml', xml.replace(hiddenRun, ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The body of a .docx as text. mammoth's warnings are not passed on: they name a paragraph style it has no mapping for
 * (read as a paragraph, as Word's Title is) or an element it skipped, not a fact, and the reviewer reads the draft
 * against the extracted text, which shows what was read; the CLI's standard output is the draft alone.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (isOleCompoundFile(bytes))
    throw new Error(`not a DOCX document but a Word 97-2003 document (.doc) or a password-protected one: ${saveAsDocx}, without a password`);
  const { value } = await mammoth.convertToHtml(
    { buffer: await withoutHiddenText(bytes) },
    {
      styleMap: localizedHeadings,
      // A style map the document carries itself could map comments into the text: only ours decides what is read.
      includeEmbeddedStyleMap: false,
      // Images are not read: an empty source rather than each image base64-encoded into the HTML only to be dropped.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  const root = parse(value);
  notesAsSection(root);
  checkboxesAsPrinted(root);
  return htmlToText(root.toString());
}
