/**
 * Plain text laid out as printed pages or a text e-mail: lines hard-wrapped at a
 * fixed width (`… hosted on Amazon Web` / `   Services (AWS) in …`, `…（東` /
 * `京）リージョン…`), and page furniture between the pages (`- 3 -`, a `社外秘` or
 * `Confidential` line repeated at every page break). Every rule reads a sentence
 * at a time, and a sentence cut at a line end loses what the next line says
 * (the region after the provider, the `予定` after the region). So the text is
 * read as the writer wrote it, the way the PDF reader joins what a typesetter
 * wrapped: a wrapped line break is read as one space between Latin words (none
 * in Japanese), and a furniture line as an empty line. It is a folded view
 * (`FoldedText`): each quote maps back to the printed lines, so it stays verbatim.
 */
import { copyrightLine, tocEntry } from './sections.js';
import type { FoldedText } from './text-span.js';
import { alignedTableRows } from './aligned-columns.js';
import { fieldLine } from './table-rows.js';

/** A line that is only a page number: `3`, `- 3 -`, `3 / 12`, `Page 3 of 12`, `p. 3`, `3ページ`. */
export const pageNumber =
  /^(?:[-–—‐]\s*)?[0-9０-９]{1,4}(?:\s*[-–—‐])?$|^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$|^(?:page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?$|^[0-9０-９]{1,4}\s*ページ$/iu;

/**
 * A page footer that prints the page number after the company's line, set apart by spaces (`X Ltd · 14 Y Yard, Norwich
 * NR2 4PA, United Kingdom          Page 3 of 4`), or before it: the number as `Page 3`, `3 / 4` or `- 3 -`, never a bare
 * number, which a table row may end in.
 */
const footerWithNumber =
  /\S {2,}(?:page\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?|[0-9]{1,4}\s*\/\s*[0-9]{1,4}|[-–—]\s*[0-9]{1,4}\s*[-–—])\s*$|^\f?\s*(?:page\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?|[0-9]{1,4}\s*\/\s*[0-9]{1,4}) {2,}\S/iu;

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Characters a fixed-width layout prints two columns wide: CJK, full-width forms, the ideographic space. */
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function columns(text: string): number {
  let n = 0;
  for (const c of text) n += wide.test(c) ? 2 : 1;
  return n;
}

/** A table row (`| Hosting | … |`), or a tab-separated one: its cells are no wrapped prose. */
const table = /^\s*\||\t/u;
/**
 * A line that ends a sentence or introduces what follows (`…as follows:`): the next line starts afresh. Not the full stop
 * of an abbreviation or a company's legal form (`… from 17 November. Acme Mail Ltd.` / `continues to provide …`): the
 * sentence goes on.
 */
const closed = /[。．！？!?:：]$|(?<!(?<![A-Za-z])(?:no|nos|e\.g|i\.e|inc|co|corp|ltd|approx|vs|cf))\.$/iu;
/**
 * A line that opens an item of its own: a bullet, a numbered heading (`3.2  Data Location`, `３．データの保管場所`), a
 * bracketed or circled number (`（１）`, `①`, `[1]`, `(a)`). Not a number that continues a sentence (`TLS` / `1.2 or later`).
 */
/** The end of a line that needs the next (`,`, a dash, an article, a preposition or a conjunction): a phrase goes on. */
const continues = /(?:[,、(（—–-]|(?<![A-Za-z])(?:a|an|the|and|or|of|in|on|at|to|for|from|with|by|as|is|are|was|were|be|that|which|its|our|their|your))$/iu;
/** A line ending in two or more capitalised words (`AWS Key Management`), a name that may go on on the next line. */
const nameGoesOn = /(?<![A-Za-z])(?:[A-Z][A-Za-z0-9-]*\s+)+[A-Z][A-Za-z0-9-]*$/u;
const itemStart =
  /^(?:[-–—・•●○◯■□◆◇▪✓✔＊※*>▶▷►▸➤➢→#]|[①-⑳]|[(（][0-9０-９a-z]{1,2}[)）]|\[[0-9]{1,3}\]|[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*[.．]?[ \u3000]+[A-Z\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]|[０-９]{1,2}[.．])/u;
/** What cannot be split from the start of a line: a Latin word or number (`Services`, `27017:2022`) or one character, with the brackets and punctuation kept to it. */
const firstUnit = /^[（「『(\["]*(?:[A-Za-z0-9][A-Za-z0-9/.:_%-]*|.)[。、，．）」』)\]",;]*/u;

/**
 * An indented field of a record (`   Location: United States` under `1. Acme Mail Inc.` and its `   Purpose: …`): each field
 * is a line of its own, however long the one before it.
 */
const indentedField = /^[ \t\u3000]+[\p{L}][\p{L} /-]{0,30}?\s*[:：]\s*\S/u;

interface Line {
  start: number;
  text: string;
}

/**
 * Lines a plain-text page prints around every page break: the page numbers, and a short line (digits aside) found next
 * to at least two of them (`社外秘`, `Confidential`, a running title), wherever else it is printed (the top of page 1).
 */
function furnitureOf(lines: readonly Line[]): Set<number> {
  // A form feed opens a page (`pdftotext` writes one before each page but the first): the line before it ends a page.
  const pageStart = (i: number) => lines[i]?.text.startsWith('\f') ?? false;
  const blank = (i: number) => !lines[i]?.text.trim();
  // Alone on its line: blank lines, or a page break, on either side.
  const alone = (i: number) => (blank(i - 1) || pageStart(i)) && (blank(i + 1) || pageStart(i + 1));
  // Or the last line of a page (a form feed or the end of the text after it), as `pdftotext` without `-layout` prints a
  // footer's lines one under another (`Copyright © …` / `社外秘` / `- 3 -`), no blank line between them.
  const lastOnPage = (i: number) => pageStart(i + 1) || lines.slice(i + 1).every((l) => !l.text.trim());
  const numbers = lines
    .map((l, i) => i)
    .filter((i) => (pageNumber.test(lines[i]!.text.trim()) || footerWithNumber.test(lines[i]!.text)) && (alone(i) || (lastOnPage(i) && !pageStart(i))));
  if (numbers.length < 2) return new Set();
  const key = (text: string) =>
    text
      .trim()
      .replace(/[0-9０-９]+/gu, '#')
      .replace(/\s+/gu, ' ');
  const breaksWith = new Map<string, number>();
  for (const at of numbers) {
    const near = new Set<string>();
    // The nearest two lines printed before and after the page number.
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let i = at + step; i >= 0 && i < lines.length && seen < 2; i += step) {
        if (blank(i)) continue;
        seen++;
        // A short line, or a copyright line however long (`Copyright © 2025 X株式会社 All Rights Reserved.`), which a
        // footer prints in full on every page.
        const t = lines[i]!.text.trim();
        if (t.length <= 40 || (copyrightLine.test(t) && t.length <= 120)) near.add(key(t));
      }
    }
    for (const k of near) breaksWith.set(k, (breaksWith.get(k) ?? 0) + 1);
  }
  const running = new Set([...breaksWith].filter(([, n]) => n >= 2).map(([k]) => k));
  // A page's first line after a form feed, printed so on two pages or more (a running header as wide as the page, its title
  // and version set apart by spaces): furniture too, however long.
  const heads = new Map<string, number>();
  lines.forEach((l, i) => {
    if (pageStart(i) && l.text.trim()) heads.set(key(l.text), (heads.get(key(l.text)) ?? 0) + 1);
  });
  for (const [k, n] of heads) if (n >= 2) running.add(k);
  const furniture = new Set(numbers);
  // A block of lines (blank lines or a page break around it) that are all running lines or page numbers: a footer's lines
  // printed one under another (`Copyright © …` / `社外秘` / `- 3 -`) are furniture together.
  for (let from = 0; from < lines.length;) {
    let to = from + 1;
    while (to < lines.length && !blank(to) && !pageStart(to) && !blank(from)) to++;
    const block = [...Array(to - from).keys()].map((k) => from + k);
    if (!blank(from) && block.every((i) => furniture.has(i) || running.has(key(lines[i]!.text)))) for (const i of block) furniture.add(i);
    from = to;
  }
  return furniture;
}

/**
 * The column a text was wrapped at: the widest line that at least three lines (and a seventh of the lines) come within
 * three columns of, with few lines wider (a long URL, a contents line). Up to 120 columns, where Markdown is often wrapped.
 * Undefined when the lines do not end together, as in a text whose paragraphs are one line each: nothing was wrapped.
 */
function wrapColumn(widths: readonly number[]): number | undefined {
  const sorted = [...widths].sort((a, b) => b - a);
  for (const [k, w] of sorted.entries()) {
    if (k > Math.max(2, sorted.length / 10)) return undefined;
    if (w < 40 || w > 120) continue;
    const near = sorted.filter((x) => x <= w && x >= w - 3).length;
    if (near >= 3 && near >= sorted.length / 7) return w;
  }
  return undefined;
}

/** Japanese joins without a space; two Latin words (or a word and a number) get one, except after a hyphen or slash. */
function separator(left: string, right: string): string {
  return cjk.test(left.slice(-1)) || cjk.test(right[0] ?? '') || /[-/]$/u.test(left) ? '' : ' ';
}

/**
 * In a Markdown document (two ATX headings `# …` or more), the lines of fenced blocks (```` ``` ````, `~~~`: code, a
 * diagram in ASCII art), which are kept as printed; undefined for any other text. Markdown joins the other lines of a
 * paragraph into one, however short they are, so its paragraphs are read whole.
 */
function markdownParagraphs(lines: readonly Line[]): Set<number> | undefined {
  if (lines.filter((l) => /^#{1,6}\s+\S/u.test(l.text)).length < 2) return undefined;
  const fenced = new Set<number>();
  let open = false;
  lines.forEach((l, i) => {
    const fence = /^\s*(?:```|~~~)/u.test(l.text);
    if (open || fence) fenced.add(i);
    if (fence) open = !open;
  });
  return fenced;
}

/** The text as written, before the layout: wrapped lines joined, page furniture read as empty lines (see the module note). */
export function unwrapLayout(input: string): FoldedText {
  const lines: Line[] = [];
  let at = 0;
  for (const text of input.split('\n')) {
    lines.push({ start: at, text });
    at += text.length + 1;
  }
  const furniture = furnitureOf(lines);
  // A table whose columns are aligned with spaces (aligned-columns.ts): its rows are read as tab-separated cells.
  const aligned = alignedTableRows(
    lines.map((l) => l.text),
    furniture,
  );
  // Prose lines, each counted once: a footer repeated under every slide or page is no wrapped paragraph, nor a table row.
  const prose = new Set(
    lines
      .filter((l, i) => l.text.trim() && !furniture.has(i) && !aligned.has(i) && !table.test(l.text) && !tocEntry.test(l.text.trim()))
      .map((l) => l.text.trimEnd()),
  );
  const column = wrapColumn([...prose].map(columns));
  const markdown = markdownParagraphs(lines);
  const joins: Array<{ leftEnd: number; space: string; resume: number }> = [];
  const markdownJoins: typeof joins = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || furniture.has(i) || furniture.has(i + 1) || aligned.has(i) || aligned.has(i + 1)) return;
    // A Markdown paragraph's lines are one paragraph wherever they break (a soft line break), outside a fenced block.
    if (markdown && !markdown.has(i) && !markdown.has(i + 1)) {
      const left = line.text.trimEnd();
      const right = next.text.trim();
      if (!left.trim() || !right || table.test(left) || table.test(right) || closed.test(left) || itemStart.test(right) || /^[!<]/u.test(right)) return;
      if (/^\s*#/u.test(left) || /(?: {2}|\\)$/u.test(line.text)) return;
      // Lines of labelled fields (`Primary region: AWS …` over `Backup region: …`), as a fact sheet prints them one per line,
      // are fields, not a paragraph's lines: each is read alone, as the writer laid it out.
      if (fieldLine.test(left) || fieldLine.test(right)) return;
      // Nor the fields of a reStructuredText field list or AsciiDoc attributes (`:Version: 2.1`, `:revdate: 2025-08-01`), nor
      // an RST directive or comment (`.. note::`): each is a line of its own.
      if ([left, right].some((l) => /^\s*(?::[\p{L}][\p{L}\p{N} _-]{0,30}:(?:\s|$)|\.\.(?:\s|$))/u.test(l))) return;
      // A line that starts with a capital after one that ends no phrase (`ISO/IEC 27001 …, valid until 2027-03-31` over `We plan
      // to …`) starts a line of its own: a wrapped paragraph goes on in lower case or after a word or mark that needs more.
      // Nor does a long line that breaks inside a name of capitalised words (`… using keys managed in AWS Key Management` over
      // `Service (KMS).`): the name goes on.
      // Nor does a line that breaks inside a parenthesis (`… certification (certificate number` over `ISMS-123) and …`): the
      // bracket goes on to its close.
      const openBracket = (left.match(/[(（]/gu)?.length ?? 0) > (left.match(/[)）]/gu)?.length ?? 0);
      if (/^[A-Z]/u.test(right) && !continues.test(left) && !openBracket && !(left.length >= 60 && nameGoesOn.test(left))) return;
      markdownJoins.push({
        leftEnd: line.start + left.length,
        space: separator(left, right),
        resume: next.start + (next.text.length - next.text.trimStart().length),
      });
      return;
    }
    const join = wrapJoin(line, next);
    if (join) joins.push(join);
  });
  // A sentence the page breaks (`…東京リージョンと大阪リージ` / the footer / the running header / `ョン（ap-northeast-3）に…`):
  // the page's last line of prose and the next page's first are read as one wrapped line, the furniture between them left
  // out, so the sentence is read whole. Only over furniture found as such: a blank line alone ends a paragraph. The quote,
  // mapped back to the printed text, spans the furniture, as every quote is a verbatim slice of what is printed.
  lines.forEach((line, i) => {
    if (!line.text.trim() || furniture.has(i) || aligned.has(i) || (markdown && markdown.has(i))) return;
    let j = i + 1;
    while (j < lines.length && (!lines[j]!.text.trim() || furniture.has(j))) j++;
    const next = lines[j];
    if (!next || aligned.has(j) || ![...Array(j - i - 1).keys()].some((k) => furniture.has(i + 1 + k))) return;
    const join = wrapJoin(line, next);
    if (join) joins.push(join);
  });
  function wrapJoin(line: Line, next: Line): { leftEnd: number; space: string; resume: number } | undefined {
    if (column === undefined) return undefined;
    const left = line.text.trimEnd();
    const right = next.text.trim();
    if (!left.trim() || !right || table.test(left) || table.test(right) || copyrightLine.test(right)) return undefined;
    if (closed.test(left) || tocEntry.test(left) || tocEntry.test(right) || itemStart.test(right) || pageNumber.test(right)) return undefined;
    if (indentedField.test(next.text)) return undefined;
    // Two fields one after the other (`障害時の連絡：…` over `時刻同期：…`), as a fact sheet prints them, are two lines however
    // alike their widths: a wrapped value does not go on as a label and a colon.
    if (fieldLine.test(left) && fieldLine.test(right)) return undefined;
    const space = separator(left, right);
    // Wrapped: the next line's first word (or character) would not have fitted after this one. Or, as a proportional font
    // exported to text wraps short of the column, a line that ends in a word needing more (`within 48 hours of`) over one that
    // goes on in lower case (`its confirmation.`).
    const fitted = columns(left) + space.length + columns(firstUnit.exec(right)?.[0] ?? right) <= column;
    if (fitted && !(continues.test(left) && /^[a-z]/u.test(right))) return undefined;
    // A word the typesetter hyphenated at the line's end (`infra-` / `structure`, `de-` / `leted`) is read whole, without
    // its hyphen, unless the document prints the hyphenated form elsewhere (`on-call`, `third-party`): then it is a compound.
    const broken = /(?<![A-Za-z-])([a-z]{2,})-$/u.exec(left)?.[1];
    const rest = /^[a-z]+/u.exec(right)?.[0];
    const whole = broken && rest && !new RegExp(String.raw`(?<![A-Za-z])${broken}-${rest}(?![A-Za-z])`, 'iu').test(input);
    const leftEnd = line.start + left.length - (whole ? 1 : 0);
    return { leftEnd, space, resume: next.start + (next.text.length - next.text.trimStart().length) };
  }
  // Two lines that happen to end near the same column are no layout: a wrapped text wraps many.
  if (joins.length < 3) joins.length = 0;
  joins.push(...markdownJoins);
  let text = '';
  const origin: number[] = [];
  const copy = (from: number, to: number) => {
    text += input.slice(from, to);
    for (let i = from; i < to; i++) origin.push(i);
  };
  let copied = 0;
  // Each run of spaces before an aligned table's cell is read as a tab; a form feed (a page break) as a line break.
  const cells = [...aligned].flatMap(([i, gaps]) => gaps.map((g) => ({ leftEnd: lines[i]!.start + g.from, space: g.as, resume: lines[i]!.start + g.to })));
  const pageBreaks = lines
    .filter((l, i) => l.text.startsWith('\f') && !furniture.has(i))
    .map((l) => ({ leftEnd: l.start, space: '\n', resume: l.start + 1 }))
    .filter((b) => !cells.some((c) => c.leftEnd === b.leftEnd));
  const cuts = [
    ...[...furniture].map((i) => ({ leftEnd: lines[i]!.start, space: '', resume: lines[i]!.start + lines[i]!.text.length })),
    ...joins,
    ...cells,
    ...pageBreaks,
  ].sort((a, b) => a.leftEnd - b.leftEnd);
  for (const cut of cuts) {
    // A cut inside one already made (a furniture line inside a page-break join) is passed over.
    if (cut.resume <= copied) continue;
    copy(copied, cut.leftEnd);
    if (cut.space) {
      text += cut.space;
      origin.push(cut.leftEnd);
    }
    copied = cut.resume;
  }
  copy(copied, input.length);
  origin.push(input.length);
  return { text, origin };
}
