/**
 * Text search that works for Japanese, which has no spaces between words.
 * Text is normalised (NFKC folds full-width ＡＷＳ and half-width ｶﾅ to one
 * form; lower case) and a query is cut into character bigrams: "データ削除"
 * → デー, ータ, タ削, 削除. A passage scores by the share of the query's
 * bigrams it contains, so a partial or differently inflected match still
 * ranks, and an exact phrase ranks first. Latin words are matched whole.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const latinWord = /[a-z0-9][a-z0-9._+-]*/g;

/** The terms a query is matched by: whole latin words and bigrams of everything else. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  const terms = new Set<string>();
  for (const word of normalized.match(latinWord) ?? []) terms.add(word);
  for (const run of normalized.replace(latinWord, ' ').split(/[\s\p{P}\p{S}]+/u)) {
    const chars = [...run];
    if (chars.length === 1) terms.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
  }
  return [...terms].filter(Boolean);
}

// How a character takes part in grams: latin letters and digits pair with
// each other, other letters and digits (kana, kanji, hangul...) with each
// other, and nothing else pairs (spaces, punctuation, symbols, marks).
const latinGram = 1;
const otherGram = 2;
const noGram = 3;
const otherLetterOrDigit = /[\p{L}\p{N}]/u;
const bmpGramKinds = new Uint8Array(0x10000);

function gramKind(codePoint: number): number {
  const known = codePoint < 0x10000 ? bmpGramKinds[codePoint]! : 0;
  if (known !== 0) return known;
  const isLatin = (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39);
  const kind = isLatin ? latinGram : otherLetterOrDigit.test(String.fromCodePoint(codePoint)) ? otherGram : noGram;
  if (codePoint < 0x10000) bmpGramKinds[codePoint] = kind;
  return kind;
}

/**
 * Grams are collected as numbers (no string per pair while collecting): each
 * character gets a number the first time it is seen, and a pair of them is
 * one small integer while both numbers are below 2^15 (else a string).
 */
const charNumberLimit = 1 << 15;
const charOfNumber: number[] = [];
/** Number + 1 of each character of the basic plane seen so far (0: none yet); other planes in the map. */
const bmpCharNumbers = new Int32Array(0x10000);
const astralCharNumbers = new Map<number, number>();

function charNumber(codePoint: number): number {
  const known = codePoint < 0x10000 ? bmpCharNumbers[codePoint]! - 1 : (astralCharNumbers.get(codePoint) ?? -1);
  if (known >= 0) return known;
  const n = charOfNumber.push(codePoint) - 1;
  if (codePoint < 0x10000) bmpCharNumbers[codePoint] = n + 1;
  else astralCharNumbers.set(codePoint, n);
  return n;
}

/**
 * Distinct integers in an open-addressing table. Grams are collected for
 * every disclosure at load (120 million characters on the large benchmark
 * graph); with a JavaScript Set that took 4.7 s, with this 3.7 s, and 2.6 s
 * once `gramText` wrote the result without a string per gram.
 */
class IntSet {
  private slots = new Int32Array(1024);
  readonly values: number[] = [];

  add(value: number): void {
    let mask = this.slots.length - 1;
    let slot = (Math.imul(value, 0x9e3779b1) >>> 0) & mask;
    // Slots hold value + 1, so 0 is free.
    for (let stored = this.slots[slot]!; stored !== 0; stored = this.slots[slot]!) {
      if (stored === value + 1) return;
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = value + 1;
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      mask = this.slots.length - 1;
      for (const v of this.values) {
        let s = (Math.imul(v, 0x9e3779b1) >>> 0) & mask;
        while (this.slots[s] !== 0) s = (s + 1) & mask;
        this.slots[s] = v + 1;
      }
    }
  }
}

/** Distinct grams: pairs of numbered characters as one integer, and the rare pairs beyond the numbering as strings. */
interface Grams {
  pairs: IntSet;
  others: Set<string>;
}
const noGrams = (): Grams => ({ pairs: new IntSet(), others: new Set() });
const utf16 = new TextDecoder('utf-16le');
let textUnits = new Uint16Array(4096);

/** The grams, separated by spaces: written as UTF-16 code units and decoded once, not a string per gram and a join. */
function gramText({ pairs, others }: Grams): string {
  if (textUnits.length < pairs.values.length * 5) textUnits = new Uint16Array(pairs.values.length * 10);
  let n = 0;
  const put = (codePoint: number) => {
    if (codePoint > 0xffff) {
      textUnits[n++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      textUnits[n++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else textUnits[n++] = codePoint;
  };
  for (const key of pairs.values) {
    if (n > 0) textUnits[n++] = 0x20;
    put(charOfNumber[Math.floor(key / charNumberLimit)]!);
    put(charOfNumber[key % charNumberLimit]!);
  }
  const text = utf16.decode(new Uint8Array(textUnits.buffer, 0, n * 2));
  return others.size === 0 ? text : [text, ...others].filter(Boolean).join(' ');
}

function addGrams(normalized: string, grams: Grams): void {
  let previous = -1;
  let previousKind = noGram;
  for (let i = 0; i < normalized.length; i++) {
    const codePoint = normalized.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const kind = gramKind(codePoint);
    if (kind === noGram) {
      previousKind = noGram;
      continue;
    }
    const number = charNumber(codePoint);
    if (kind === previousKind) {
      if (previous < charNumberLimit && number < charNumberLimit) grams.pairs.add(previous * charNumberLimit + number);
      else grams.others.add(String.fromCodePoint(charOfNumber[previous]!, codePoint));
    }
    previous = number;
    previousKind = kind;
  }
}

/**
 * The grams a text index holds for normalised texts, as one string of
 * distinct grams separated by spaces: each pair of adjacent latin letters or
 * digits ("bi", "iz", "zn"...), and each pair of adjacent other letters or
 * digits ("デー", "ータ", "タ削"...). A query term is a latin word or a
 * bigram, so a text that contains the term holds every gram of it
 * (`termGrams`), also when the term is only part of a longer word ("net" in
 * "biznet"): an index of grams finds every text the full scan matches (and
 * more, which the scan's scoring then drops). Each gram is there once: the
 * scan scores by which terms a text holds, not how often.
 */
export function searchGrams(normalizedTexts: Iterable<string>): string {
  const grams = noGrams();
  for (const text of normalizedTexts) addGrams(text, grams);
  return gramText(grams);
}

/**
 * The grams of one query term, to look up in a gram index: none for a single
 * character ("網", "7", "a") or a pair with a mark or control character.
 */
export function termGrams(term: string): string[] {
  const grams = noGrams();
  addGrams(term, grams);
  const text = gramText(grams);
  return text === '' ? [] : text.split(' ');
}

/** A window of the original text around the first place the query (or its best term) occurs. */
export function snippetAround(text: string, query: string, terms: readonly string[], radius = 40): string {
  const haystack = normalizeForSearch(text);
  const needle = normalizeForSearch(query);
  let at = haystack.indexOf(needle);
  let length = needle.length;
  if (at < 0) {
    for (const term of terms) {
      const found = haystack.indexOf(term);
      if (found >= 0) {
        at = found;
        length = term.length;
        break;
      }
    }
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  if (at < 0) return flat.slice(0, radius * 2);
  // NFKC can change lengths; the window is approximate on such text, never out of range.
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + length + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
