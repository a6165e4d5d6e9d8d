/**
 * Every piece of text the ingestion works with is a span of the input: its
 * offsets and its characters. A quote is always `input.slice(start, end)`, so
 * it cannot drift from what the document says.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export function spanOf(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

/** The span without surrounding whitespace and leading list markers (-, ・, •, ●, ○, ✓, *, 1.). */
export function trimSpan(input: string, span: Span): Span {
  let { start, end } = span;
  // `*` is a bullet only before a space: `**Label:**` opens bold markup, kept so the quote stays whole.
  // Slide decks mark points with arrows and triangles (`▶`, `➢`); legal clauses are numbered `1.1`, `2.3.1` and `(a)`.
  // A number with decimals opening a point (`99.9% uptime`) is a value, not an item number.
  const markers =
    /^[\s\u3000]*(?:[-–—・•●○◯■□◆◇▪✓✔＊※▶▷►▸➤➢]+|\*+(?=[\s\u3000])|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[\s\u3000])|\(?\d{1,2}[.)）](?![0-9０-９])|\([a-z]\)(?=[\s\u3000])|[①-⑳])?[\s\u3000]*/u;
  const lead = markers.exec(input.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  while (end > start && /[\s\u3000]/u.test(input[end - 1]!)) end--;
  while (start < end && /[\s\u3000]/u.test(input[start]!)) start++;
  return spanOf(input, start, end);
}

/** The lines of a span, each trimmed, empty ones dropped. */
export function linesOf(input: string, span: Span): Span[] {
  const lines: Span[] = [];
  let at = span.start;
  for (const line of span.text.split('\n')) {
    const trimmed = trimSpan(input, spanOf(input, at, at + line.length));
    if (trimmed.text) lines.push(trimmed);
    at += line.length + 1;
  }
  return lines;
}

/**
 * Sentences: a line is split after 。 ！ ？ and after ". " style English full
 * stops; a table row (tab-separated) stays one sentence, so a row's cells are
 * quoted together.
 */
export function sentencesOf(input: string, span: Span): Span[] {
  const sentences: Span[] = [];
  for (const line of linesOf(input, span)) {
    if (line.text.includes('\t')) {
      sentences.push(line);
      continue;
    }
    // Not after an abbreviation: "certificate no. IS 7456", "Example Co. Ltd.", "e.g. AWS". A footnote's mark after the full
    // stop (`region.[^1] All …`, `region.¹ All …`) ends the sentence with it. Nor a `。` that a bracket
    // closes (`お客様データ（バックアップを含みます。）を…消去します。`): it ends a remark inside the sentence, not the sentence.
    const boundary =
      /[。！？!?]+(?![）)」』】])|(?<!(?<![A-Za-z])(?:no|nos|e\.g|i\.e|inc|co|corp|ltd|approx|vs|ver|rev|fig|art|sec|cf|cert|reg)|(?<![A-Za-z])[A-Z])\.(?:\[\^?\w{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?(?=\s+[A-Z(「"])/giu;
    let from = line.start;
    for (const m of line.text.matchAll(boundary)) {
      const to = line.start + m.index + m[0].length;
      const piece = pastCellSeparator(input, trimSpan(input, spanOf(input, from, to)));
      if (piece.text) sentences.push(piece);
      from = to;
    }
    let rest = pastCellSeparator(input, trimSpan(input, spanOf(input, from, line.end)));
    // A Markdown row read from one of its cells on (a questionnaire row's answer) ends at that cell: the row's closing
    // pipe is no part of what the cell says.
    if (/^\s*\|/u.test(input.slice(input.lastIndexOf('\n', from - 1) + 1, from + 1)) && !rest.text.startsWith('|') && /\s\|$/u.test(rest.text))
      rest = trimSpan(input, spanOf(input, rest.start, rest.end - 1));
    if (rest.text) sentences.push(rest);
  }
  return sentences;
}

/**
 * A sentence of a Markdown row that opens on a cell's separator once the list markers took a mark away (`| ○ | お客様のデータは…`,
 * a compliance sheet's ○/△ column read from its answer on): the cell held only the mark, so the sentence starts in the next
 * cell, past the pipe, as the cell's own words. A row read whole from its first pipe (`| Region | AWS | …`) stays whole.
 */
function pastCellSeparator(input: string, span: Span): Span {
  const lineStart = input.lastIndexOf('\n', span.start - 1) + 1;
  if (!span.text.startsWith('|') || !/\|[ \u3000]*[-–—・•●○◯■□◆◇▪✓✔＊※▶▷►▸➤➢]+[ \u3000]*$/u.test(input.slice(lineStart, span.start))) return span;
  let piece = span;
  while (piece.text.startsWith('|') && piece.text.length > 1) piece = trimSpan(input, spanOf(input, piece.start + 1, piece.end));
  return piece;
}

/** The smallest span covering all given spans (for a quote that must contain several values). */
export function coverSpans(input: string, spans: readonly Span[]): Span {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return spanOf(input, start, end);
}

/**
 * A function of the whole text, computed once per text: the rules ask it for every section or value of a draft, and the
 * answer depends on the text alone. It keeps the last text's answer only (one document is read at a time).
 */
export function perText<T>(compute: (input: string) => T): (input: string) => T {
  let last: { input: string; value: T } | undefined;
  return (input) => {
    if (last?.input !== input) last = { input, value: compute(input) };
    return last.value;
  };
}

/** A printed name as compared with another printing of it: width, spaces and case folded (`ＡＣＭＥ Desk` as `acmedesk`). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A printed name as a regular expression source matching it literally (`Acme (Japan) K.K.`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full-width digits and separators as ASCII, for reading numbers (the quote keeps what was printed). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Kanji numerals as Japanese prints counts and periods (`七世代`, `二十四時間`, `九十日`, `三百六十五日`, `一〇〇`). */
export const kanjiNumeral = '[〇一二三四五六七八九十百千]+';
const kanjiDigit: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const kanjiPower: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a number as printed: ASCII or full-width digits (`９９．９`), or kanji numerals, positional (`一〇〇`) or
 * with 十/百/千 (`二十四` = 24, `十二` = 12). NaN when it is none of these.
 */
/** A count written in English words, up to ninety-nine (`seven`, `thirty`, `seventy-two`), as contracts write periods. */
const englishOnes = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const englishNumber = String.raw`(?:(?:${englishTens.join('|')})(?:[- ](?:${englishOnes.slice(0, 9).join('|')}))?|${[...englishOnes].reverse().join('|')})(?![A-Za-z])`;

function englishValue(words: string): number {
  const [tens, ones] = words.toLowerCase().split(/[- ]/u);
  const ten = englishTens.indexOf(tens!);
  if (ten >= 0) return (ten + 2) * 10 + (ones ? englishOnes.indexOf(ones) + 1 : 0);
  return englishOnes.indexOf(tens!) + 1 || NaN;
}

const wholeKanjiNumeral = new RegExp(`^${kanjiNumeral}$`, 'u');

export function numberValue(text: string): number {
  // `seventy-two (72)`: the digits in brackets; `7 (seven)`: the digits before them.
  const bracketed = /[(（]\s*([0-9]+)\s*[)）]/u.exec(text)?.[1];
  if (bracketed && /^[A-Za-z]/u.test(text)) return Number(bracketed);
  if (/^[A-Za-z]/u.test(text)) return englishValue(text.trim());
  const ascii = asciiDigits(text.replace(/\s*[(（][^)）]*[)）]$/u, '')).replace(/[.．]/u, '.');
  if (/^[0-9]+(?:\.[0-9]+)?$/u.test(ascii)) return Number(ascii);
  if (!wholeKanjiNumeral.test(text)) return NaN;
  if (!/[十百千]/u.test(text)) return Number([...text].map((c) => kanjiDigit[c]).join(''));
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in kanjiDigit) digit = kanjiDigit[c];
    else {
      total += (digit ?? 1) * kanjiPower[c]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

/** A text read with its width variants folded, and where each of its characters came from in the printed text. */
export interface FoldedText {
  text: string;
  /** `origin[i]` is the offset in the printed text of folded character i; `origin[text.length]` is the printed length. */
  origin: number[];
}

const voicingMark = /[\uFF9E\uFF9F]/u;
/** A full-width ASCII character, or a half-width kana with the voicing mark after it, if any. */
const widthVariant = /[\uFF01-\uFF5E]|[\uFF61-\uFF9F][\uFF9E\uFF9F]?/gu;

/**
 * Older Japanese documents print Latin letters and digits full-width (`ＡＷＳ`, `ａｐ－ｎｏｒｔｈｅａｓｔ－１`,
 * `ＩＳＯ／ＩＥＣ　２７００１`) and katakana half-width (`ｸﾗｳﾄﾞ`, `ﾊﾞｯｸｱｯﾌﾟ`). Every rule is written for the NFKC
 * form, so the text is read folded: the full-width ASCII block (U+FF01–FF5E) and the half-width katakana block
 * (U+FF61–FF9F) take their NFKC form, a half-width kana and its following ﾞ/ﾟ composed into one character (so the
 * folded text can be shorter: `origin` maps each folded offset back). The ideographic space is folded to a space only
 * between two folded Latin characters (`Ａｍａｚｏｎ　Ｔｉｍｅ`), where it is a word space; elsewhere it separates
 * Japanese words and rules already read it as white space. Quotes are mapped back through `origin`, so they stay
 * verbatim. Other NFKC changes (circled digits, ㈱, compatibility ideographs) are left: the rules read those as printed.
 */
export function foldWidth(input: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  // Only the width variants are rewritten; the text between them is copied as it is, a run at a time.
  let copied = 0;
  const copyUpTo = (end: number) => {
    text += input.slice(copied, end);
    for (let i = copied; i < end; i++) origin.push(i);
  };
  for (const m of input.matchAll(widthVariant)) {
    copyUpTo(m.index);
    const c = m[0][0]!;
    let piece = c.normalize('NFKC');
    let width = 1;
    // A half-width kana with its voicing mark (`ﾊﾞ`) is one full-width kana (`バ`).
    if (m[0].length === 2 && !voicingMark.test(c)) {
      const composed = m[0].normalize('NFKC');
      if (composed.length === 1) [piece, width] = [composed, 2];
    }
    for (const ch of piece) {
      text += ch;
      origin.push(m.index);
    }
    // A voicing mark that did not compose is read on its own, as the next variant.
    copied = m.index + width;
    if (width === 1 && m[0].length === 2) {
      const mark = m[0][1]!.normalize('NFKC');
      for (const ch of mark) {
        text += ch;
        origin.push(m.index + 1);
      }
      copied = m.index + 2;
    }
  }
  copyUpTo(input.length);
  origin.push(input.length);
  // An ideographic space between Latin words, one of them printed full-width, is a word space (`Ａｍａｚｏｎ　Ｔｉｍｅ`).
  text = text.replace(/(?<=[A-Za-z0-9.,:;%/()\-+&])\u3000(?=[A-Za-z0-9(])/gu, (sp, at: number) =>
    input[origin[at - 1]!]! !== text[at - 1] || input[origin[at + 1]!]! !== text[at + 1] ? ' ' : sp,
  );
  return { text, origin };
}

/** The printed text a span of the folded text was read from. */
export function printedOf(input: string, folded: FoldedText, start: number, end: number): string {
  return input.slice(folded.origin[start]!, folded.origin[end]!);
}
