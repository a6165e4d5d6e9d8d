/**
 * A redline: a summary of changes that prints what it removes struck through (Markdown `~~90 days~~`, HTML `<del>`, `<s>`,
 * `<strike>`) and what it adds marked (`**30 days**`, `<ins>30 days</ins>`). Struck text is no longer true: it states nothing
 * of the service, so it is blanked in place (the marks kept, so the text still shows a deletion was there; same length, so
 * the origins hold). What it adds is the new wording; when the change takes effect after the document's date (`effective 1
 * March 2026` on a page published in January), it is announced, not yet in force: its values are proposed for review only,
 * as a `変更後`/`After` value is (before-after.ts).
 */
import { dateIn, documentMeta, takesEffect } from './document-meta.js';
import { outline } from './sections.js';
import { perText } from './text-span.js';

/** Struck-through text: `~~…~~` on one line, or an HTML deletion element. */
const struck = /~~(?=\S)([^~\n]{1,300}?)~~|<(del|s|strike)(?:\s[^>]*)?>([\s\S]{0,600}?)<\/\2>/giu;

/** The text with every struck-through passage's words blanked (its marks and line breaks kept). */
export function struckOut(text: string): string {
  if (!text.includes('~~') && !/<(?:del|s|strike)[\s>]/iu.test(text)) return text;
  // A value struck and inserted again unchanged (`~~35 days~~ <ins>35 days</ins>`) is no change: the insertion's marks are
  // blanked too, so the value reads as standing, not as announced.
  const unchanged = text.replace(
    /~~([^~\n]{1,300})~~(\s*)(\*\*|__|<ins>)\1(\*\*|__|<\/ins>)/gu,
    (m: string, value: string, gap: string, open: string, close: string) =>
      ' '.repeat(value.length + 4) + gap + ' '.repeat(open.length) + value + ' '.repeat(close.length),
  );
  return unchanged.replace(struck, (m: string) => {
    const open = m.startsWith('~~') ? 2 : m.indexOf('>') + 1;
    const close = m.startsWith('~~') ? 2 : m.length - m.lastIndexOf('<');
    return m.slice(0, open) + m.slice(open, m.length - close).replace(/[^\n]/gu, ' ') + m.slice(m.length - close);
  });
}

/** A deletion as `struckOut` leaves it: the marks around blanks. */
const blankedDeletion = /~~\s+~~|<(?:del|s|strike)(?:\s[^>]*)?>\s*<\/(?:del|s|strike)>/iu;
/** Inserted text: `**…**`, `__…__` or `<ins>…</ins>` (a redline marks its additions so). */
const inserted = /\*\*(?=\S)[^*\n]{1,300}?\*\*|__(?=\S)[^_\n]{1,300}?__|<ins(?:\s[^>]*)?>[\s\S]{0,600}?<\/ins>/giu;

/** Whether the text prints a deletion at all (once per text: every value of a draft asks). */
const printsDeletion = perText((input) => blankedDeletion.test(input));

/** Whether the text announces a change taking effect after its own date (once per text: every scope of a draft asks). */
const takesEffectLater = perText((input) => {
  const published = documentMeta(input, outline(input)).publishedOn;
  const effective = input
    .split('\n')
    .filter((l) => takesEffect.test(l))
    .map((l) => dateIn(l.slice(l.search(takesEffect))))
    .filter((d): d is string => d !== undefined);
  return published !== undefined && effective.some((d) => d > published);
});

/**
 * Whether the position is a value the document adds and announces for later: inserted text of a redline (a text with a
 * deletion struck out) whose change takes effect after the document's date.
 */
export function announcedInsertionAt(input: string, at: number): boolean {
  if (!printsDeletion(input)) return false;
  const lineStart = input.lastIndexOf('\n', at - 1) + 1;
  const paragraphStart = Math.max(0, input.lastIndexOf('\n\n', at));
  const from = Math.min(lineStart, paragraphStart);
  const to = input.indexOf('\n\n', at) < 0 ? input.length : input.indexOf('\n\n', at);
  for (const m of input.slice(from, to).matchAll(inserted)) {
    if (from + m.index <= at && at < from + m.index + m[0].length) return takesEffectLater(input);
  }
  return false;
}

/** A column of the value after a change (`After`, `New`, `変更後`, `改定後`), in a document announcing it for later. */
const newColumn = /^(?:変更後|改定後|改訂後|新|after|new(?:\s+(?:value|setting|terms?))?|revised)$/iu;
export function announcedColumn(input: string, column: string | undefined): boolean {
  return column !== undefined && newColumn.test(column.trim()) && takesEffectLater(input);
}
