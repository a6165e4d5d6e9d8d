/**
 * A notice that accumulates its updates in one page (`【第1報】`, `【第2報】`, `【第3報・復旧】`, `続報`, `Update 2`), newest first
 * or oldest first: what a later update says supersedes what an earlier one said (a figure first reported, then corrected).
 */
import type { Section } from './sections.js';
import { numberValue } from './text-span.js';

/** The number of an update's heading: `【第2報】`, `第３報（復旧）`, `Update 2`, `Update #3`; `最終報` ranks after every other. */
export function updateNumber(heading: string): number | undefined {
  const text = heading.replace(/^[#■□◆◇▼▶【［\s]+/u, '');
  const ja = /^第\s*([0-9０-９]{1,2}|[一二三四五六七八九十])\s*報(?![告道])/u.exec(text);
  if (ja) return numberValue(ja[1]!);
  if (/^最終報(?![告道])/u.test(text)) return 99;
  const en = /^update\s*#?\s*(\d{1,2})(?![0-9])/iu.exec(text);
  return en ? Number(en[1]) : undefined;
}

/**
 * Each section's place in the series of updates, as a key that sorts the later update last (`update 03`): its own heading's
 * or that of the update heading above it. Undefined for every section when fewer than two headings number an update: the
 * document is then no such series.
 */
export function updateOrder(sections: readonly Section[]): Array<string | undefined> {
  const own = sections.map((s) => updateNumber(s.heading));
  if (new Set(own.filter((n) => n !== undefined)).size < 2) return sections.map(() => undefined);
  let current: number | undefined;
  return sections.map((_, i) => {
    current = own[i] ?? current;
    return current === undefined ? undefined : `update ${String(current).padStart(2, '0')}`;
  });
}
