/**
 * A change printed as a pair of labelled lines under the item it changes, as a letter or notice to customers lays it out:
 *
 *   （2）バックアップの保存期間
 *   　　変更前：7日間
 *   　　変更後：30日間
 *
 * (or `Before:` / `After:`, `Current:` / `New:`). The line after the change holds the value the notice announces, but names
 * neither the item nor a verb: the item is the line above the pair, read as the value's label the way a heading labels a
 * value under it. The line before the change is history and states nothing of the service (change-log.ts `replacedValue`
 * reads its value as replaced).
 */

/** A line giving the value before a change: `変更前：…`, `現行：…`, `Before: …`, `Current: …`. */
export const beforeValueLine = /^[\s\u3000]*(?:[・•\-*]\s*)?(?:変更前|移行前|移転前|改定前|現行|旧|before|current|old|previous)[\s\u3000]*[:：]/iu;
/** A line giving the value after it: `変更後：…`, `新：…`, `After: …`, `New: …`. */
const afterValueLine = /^[\s\u3000]*(?:[・•\-*]\s*)?(?:変更後|移行後|移転後|改定後|新|after|new)[\s\u3000]*[:：]/iu;

function lineAt(input: string, at: number): { start: number; end: number; text: string } {
  const start = input.lastIndexOf('\n', at - 1) + 1;
  const newline = input.indexOf('\n', at);
  const end = newline < 0 ? input.length : newline;
  return { start, end, text: input.slice(start, end) };
}

/**
 * For a position on the line after a change that follows a line before it, the item the pair changes (the nearest line
 * above the pair: `（2）バックアップの保存期間`), without its numbering; otherwise undefined.
 */
export function changedItemAt(input: string, at: number): string | undefined {
  const line = lineAt(input, at);
  if (!afterValueLine.test(line.text)) return undefined;
  let sawBefore = false;
  for (let pos = line.start - 1; pos >= 0;) {
    const above = lineAt(input, pos);
    const text = above.text.trim();
    pos = above.start - 1;
    if (!text) continue;
    if (beforeValueLine.test(text)) {
      sawBefore = true;
      continue;
    }
    if (!sawBefore || text.length > 60 || /[。.]$/u.test(text)) return undefined;
    return text.replace(/^(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])[\s\u3000]*/u, '');
  }
  return undefined;
}
