/**
 * A parallel text laid out as a table: a header row naming a language per column (`日本語 | English`, `Japanese | 英語`,
 * `JA | EN`), then each row one statement in every language. A row's cells say the same thing twice, so they are no
 * item and value: each cell is read as a paragraph of its own (a fact is then proposed from the first column's quote,
 * and a value the translation gives differently is a second value of the same metric, flagged for review). A row of one
 * cell spanning the columns is the topic's heading, as a bilingual page's `1. ホスティング / Hosting` row is.
 */

/** A column header naming a language, in Japanese or English (`日本語`, `英語`, `English`, `Japanese`, `JA`, `EN`). */
const languageName =
  /^(?:日本語|英語|中国語|韓国語|(?:English|Japanese|Chinese|Korean)(?:\s+(?:version|text|original|translation))?|JA|JP|EN|ZH|KO|原文|訳文|和文|英文)(?:（[^）]*）|\([^)]*\))?$/iu;

/** The table is a parallel text when its first row's cells (two or more) each name a different language. */
export function isParallelHeader(cells: readonly string[]): boolean {
  const named = cells.map((c) => c.trim()).filter(Boolean);
  return (
    named.length >= 2 &&
    named.length === cells.length &&
    named.every((c) => languageName.test(c)) &&
    new Set(named.map((c) => c.toLowerCase())).size === named.length
  );
}

/** A sentence written in Japanese (kana or kanji), as against its English translation. */
const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * A note when the Japanese sentence and an English one give the same metric different values (`30日間保管` beside
 * `retained for 60 days`): a parallel text whose translation is wrong. Neither value is taken silently; the reviewer
 * decides which the vendor commits to (often the version the page says prevails).
 */
export function translationsDiffer(
  metrics: readonly { name: string; value: number; unit: string; raw: string }[],
  sentences: readonly { text: string }[],
): string | undefined {
  for (let i = 0; i < metrics.length; i++)
    for (let j = i + 1; j < metrics.length; j++) {
      const [a, b] = [metrics[i]!, metrics[j]!];
      const [sa, sb] = [sentences[i]?.text ?? '', sentences[j]?.text ?? ''];
      if (a.name !== b.name || (a.value === b.value && a.unit === b.unit)) continue;
      if (japanese.test(sa) === japanese.test(sb)) continue;
      return `The Japanese and English texts give ${a.name} different values (${a.raw} / ${b.raw}): a translation error; check which the vendor commits to before loading.`;
    }
  return undefined;
}
