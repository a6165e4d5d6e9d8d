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
