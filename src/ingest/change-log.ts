/**
 * Change over time: what a document says was, will be or is being tried, as opposed to what is. A release-notes page
 * or change log (`## 2025-03-04 — v4.12` over `Added` / `Changed` / `Removed` lists) states each practice as of its
 * entry's date, so a later entry supersedes an earlier one; a value replaced in the same sentence (`from 14 to 30 days`,
 * `(previously 6 months)`, `14日から30日に延長`, `（従来は6か月）`) is history; what is removed, deprecated, in beta,
 * behind a feature flag or coming soon is not the service as delivered.
 */
import type { Section } from './sections.js';
import { dateIn } from './document-meta.js';
import { perText, sentencesOf, spanOf } from './text-span.js';

/**
 * A preview: `in beta`, `behind the x flag`, `early access`, `coming soon`, `ベータ版`, `近日提供`. Not yet the service's practice.
 * So is an item a design document or a table marks as to come in a bracket (`長期アーカイブ（将来対応）`, `（対応予定）`, `(planned)`).
 */
export const preview =
  /(?<![A-Za-z])(?:in (?:public |private |open |closed )?(?:beta|preview)|\(beta\)|beta (?:feature|release|programme|program|version)|behind (?:a|the) (?:`[^`]{1,40}` )?(?:feature )?flag|feature[- ]flag(?:ged)?|early access|coming soon|not yet (?:generally )?available)(?![A-Za-z])|ベータ版|ベータ提供|プレビュー版|先行(?:提供|公開)|試験(?:提供|運用)中|近日(?:公開|提供|対応)|(?:将来|今後)(?:の)?(?:対応|実装|提供)(?:予定)?(?=\s*[）)])|(?:対応|実装)予定(?=\s*[）)])|(?<![A-Za-z])(?:planned|future|roadmap)(?=\s*\))/iu;

/**
 * A practice being retired: `deprecated`, `will end on …`, `will be removed`, `will no longer use X`, `sunset`, `廃止予定`, `提供を終了します`. What
 * it describes may still run today, but it is not what the service commits to.
 */
export const retiring =
  /(?<![A-Za-z])(?:deprecated|will (?:end|be (?:removed|retired|discontinued|turned off|shut down))|will no longer (?:use|engage|rely on)|sunset(?:ting)?|end[- ]of[- ]life)(?![A-Za-z])|廃止予定|非推奨|(?:提供|サポート)(?:を|は)?終了(?:予定|します|いたします)/iu;

/**
 * The sentence saying a whole product is being retired (`X は2027年3月31日をもって提供終了予定です`, `X will be retired on …`):
 * the product is the subject, directly before the verb phrase. Its facts hold until then, so they are proposed, but the
 * reviewer decides whether a product on its way out belongs in the graph.
 */
export function retiringProduct(input: string, name: string): string | undefined {
  for (const sentence of sentencesOf(input, spanOf(input, 0, input.length))) {
    const at = sentence.text.indexOf(name);
    if (at < 0 || !retiring.test(sentence.text)) continue;
    if (/^\s*(?:は|も|(?:is|will)(?![A-Za-z]))/iu.test(sentence.text.slice(at + name.length))) return sentence.text;
  }
  return undefined;
}

/**
 * A change announced for a later date (`From 1 March 2026 we will replicate …`, `Effective 2026-01-01, we will …`): what
 * the text will do then is not yet its practice, whatever the verb.
 */
export const datedFuture =
  /(?<![A-Za-z])(?:from|starting|beginning|as of|effective)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}),?\s+(?:we|it|the service)\s+will(?![A-Za-z])/iu;

/**
 * A start announced, not yet made: `will begin to process … on 4 December 2025`, `will start`, `are to be added`, `追加予定`,
 * `利用開始予定`, `から利用を開始します`, a dated future (`From 1 March 2026 we will replicate …`), a start decided (`開始することとなりました`). What starts later is not yet the service's practice, nor a party it relies on yet.
 */
export const startsLater = new RegExp(
  String.raw`${datedFuture.source}|(?<![A-Za-z])(?:will (?:begin|start|commence)|(?:is|are) (?:to be|scheduled to be) added|(?:is|are) scheduled to (?:begin|start))(?![A-Za-z])|(?:追加|利用開始|委託開始)予定|(?:から|より)(?:[、,][^。\n]{0,80}?)?(?:利用|委託)?を?開始(?:します|いたします|する予定)|開始すること(?:と|に)(?:なり|いたし|し)(?:ました)?`,
  'iu',
);

/**
 * A move announced, not yet made: `will migrate`, `is moving`, `is scheduled to move`, `an upcoming migration`, `移行します`,
 * `移行いたします`, `移行することをお知らせします`, `移行中`. Where it goes is where the service is to run; a move already made
 * (`moved`, `migrated`, `移行しました`, `移行済み`) says where it runs.
 */
const announcedMove =
  /(?<![A-Za-z])(?:(?:will|shall|(?:is|are)\s+(?:going|scheduled|set|due)\s+to)\s+(?:be\s+)?(?:[a-z]+ly\s+)?(?:mov|migrat|relocat)\w*|(?:is|are)\s+(?:moving|migrating|relocating)|(?:upcoming|scheduled|planned)\s+(?:move|migration|relocation|cut-?over))(?![A-Za-z])|(?:移行|移転|移設)(?:を)?(?:します|いたします|致します|する(?!予定)|を実施(?:します|いたします|する)|中)/iu;

/**
 * A move from one region or data centre to another (`シンガポールリージョンから東京リージョンへ移行いたします`, `from the
 * Singapore region to the Tokyo region`): a one-off event even undated, unlike a standing `moved to cold storage after 30 days`.
 */
const betweenSites =
  /(?:リージョン|データセンター)[^。]{0,30}?(?:から|より)[^。]{0,60}?(?:リージョン|データセンター)[^。]{0,30}?(?:へ|に)|(?<![A-Za-z])from\s+[^.;]{0,60}?(?:region|data\s?cent(?:er|re))[^.;]{0,40}?\s+to\s+[^.;]{0,60}?(?:region|data\s?cent(?:er|re))(?![A-Za-z])/iu;

/**
 * Where a sentence announces a move on a date (`On 14 March 2026 we will migrate …`, `2025年11月1日に…へ移行します`), or -1.
 * A move announced is dated or goes between two sites; otherwise `Backups will be moved to cold storage after 30 days` is a
 * standing practice.
 */
export function announcedMoveAt(text: string): number {
  return /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/u.test(text) || betweenSites.test(text) ? text.search(announcedMove) : -1;
}

/** Said of the state after a move (`移行後、…`, `After the move, …`, a heading `Data location after the move`). */
const afterMove =
  /移行後|移転後|移設後|(?:移行|移転|移設)(?:が|の)?完了(?:した)?後|(?<![A-Za-z])(?:after|once|following)\s+(?:the|this|our)\s+(?:move|migration|relocation|cut-?over)(?![A-Za-z])/iu;

/** Whether a sentence of the document announces a move still to come (once per text: every scope of a draft asks). */
const announcesMove = perText((input) => sentencesOf(input, spanOf(input, 0, input.length)).some((s) => announcedMoveAt(s.text) >= 0));

/**
 * A sentence, or the section it stands in, describing the state after a move the document announces (`移行後、お客様データは
 * すべて日本国内に保管されます`): what is to be, like the move's target, not yet where the service runs or keeps its data.
 */
export function afterAnnouncedMove(input: string, text: string, heading: string): boolean {
  if (unchangedByMove.test(text) || unchangedHeading.test(heading)) return false;
  return (afterMove.test(text) || afterMove.test(heading)) && announcesMove(input);
}

/**
 * What a notice says stays as it is across the move (`データの保管場所は、移行後も引き続き日本国内です`, `After the move your
 * data will remain in Japan`, `これまでどおり`): true today as after it, so stated, not a state still to come.
 */
const unchangedByMove =
  /(?:移行|移転|移設)後も|引き続き|変わらず|従来(?:どおり|通り)|これまで(?:どおり|通り)|(?<![A-Za-z])(?:remains?|continues?\s+to|still|unchanged|as\s+(?:today|before))(?![A-Za-z])/iu;
/** A notice's section of what does not change (`変わらないこと`, `変更のない点`, `What stays the same`). */
const unchangedHeading =
  /変わらない(?:こと|点|もの)|変更(?:の|が)?(?:ない|されない)(?:こと|点|もの|事項)|(?<![A-Za-z])(?:what\s+(?:stays|remains)\s+the\s+same|what\s+(?:is\s+not|isn['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+chang\w*|unchanged)(?![A-Za-z])/iu;

/**
 * A period counted from a one-off move (`kept in the old region for 30 days after the move`, `移行完了から30日間保管`): how long
 * the transition lasts, not how long the service keeps its copies or data. `before` is the text up to the value, `after`
 * what follows it.
 */
export function countedFromMove(before: string, after: string): boolean {
  if (/^\s*(?:after|following|from)\s+(?:the\s+|this\s+|our\s+)?(?:move|migration|relocation|cut-?over|switch-?over|transition)(?![A-Za-z])/iu.test(after))
    return true;
  return /(?:移行|移転|移設|切り?替え?)(?:作業)?(?:の)?(?:完了)?(?:後|から|日から|時点から)\s*(?:の)?\s*$/u.test(before);
}

/**
 * A heading for what was taken away or is being retired (`Removed`, `Removed sub-processor`, `Deprecated`, `廃止`, `非推奨`),
 * also a dated log entry's, the noun first (`2025-07-01 — Region retired`, `Sub-processor removed`): a later entry wins.
 */
export const retiredHeading =
  /^(?:#+\s*)?(?:[\d.]+\s*)?(?:\d{4}-\d{2}-\d{2}\s*[—–-]\s*)?(?:(?:removed|deprecated|retired|discontinued)(?:\s+(?:sub-?processors?|suppliers?|vendors?|features?|items?|regions?|services?|integrations?))?|(?:sub-?processors?|suppliers?|vendors?|features?|regions?|services?|integrations?)\s+(?:removed|deprecated|retired|discontinued)|removals|deprecations|sunset|end of life|廃止(?:予定)?(?:の)?(?:機能|項目)?|削除(?:された|する)?(?:機能|項目|再?委託先)|再?委託先の削除|非推奨(?:の)?(?:機能|項目)?|提供終了)$/iu;

/**
 * A value the sentence says it replaced: the `from` value of `from 14 days to 30 days` or `14日から30日に`, a value
 * after `previously`, `formerly`, `was`, `従来`, `以前は`, `旧`, `変更前`. `before` is the text up to the value, `after`
 * what follows it.
 */
export function replacedValue(before: string, after: string): boolean {
  if (/(?<![A-Za-z])(?:previously|formerly|was|were|used to be|instead of|replacing|replaces|rather than)\s*[:：]?\s*$/iu.test(before)) return true;
  // What a practice replaces, named by its owner or as the old one (`replaces our nightly dump scripts`, `instead of the
  // weekly export`): the value is of the practice replaced.
  if (/(?<![A-Za-z])(?:instead of|replacing|replaces|replaced|rather than)\s+(?:(?:our|the|its|their|existing|old|former|current)\s+){1,2}$/iu.test(before))
    return true;
  if (/(?:従来|以前|これまで|旧|変更前|改定前)(?:は|の|で)?\s*[:：]?\s*$/u.test(before)) return true;
  // The old value named in brackets after what it was of (`変更前の保存期間（7日間）`, `従来の保持期間(14日)`).
  if (/(?:従来|以前|これまで|変更前|改定前)の[^\s。、（(]{1,10}[（(]\s*$/u.test(before)) return true;
  if (/(?<![A-Za-z])from\s*$/iu.test(before) && toNextValue.test(after)) return true;
  // Not a range (`7日から90日の範囲`, `から30日以内`, `から60日まで`).
  return becomesNextValue.test(after) && !/^\s*(?:から|より)[^。]{0,20}(?:以内|まで|の(?:範囲|間))/u.test(after);
}

/**
 * A table column of the value a change replaced (`変更前`, `旧`, `改定前`, `Before`, `Previous`, `Old value`), beside the one of
 * the value now in force (`変更後`, `After`): what it holds is history.
 */
export const replacedColumn =
  /^(?:変更前|改定前|改訂前|旧(?:仕様|設定|値|内容)?|従来|これまで|(?:before|previous(?:ly)?|old|former)(?:\s+(?:value|setting|limit))?)$/iu;

// `from 14 days to 30 days`, `14 → 30 days`, `14日から30日に延長`: the first of two values joined by a change.
const nextValue = String.raw`\s*(?:[0-9０-９]|[〇一二三四五六七八九十百千]+\s*[日週か月ヶ年時分世])`;
const toNextValue = new RegExp(String.raw`^\s*(?:to|→|->)${nextValue}`, 'iu');
const becomesNextValue = new RegExp(String.raw`^\s*(?:→|⇒|->|から|より)${nextValue}`, 'u');

/** The version a change log is at: the one its newest dated entry's heading prints (`## 2025-06-17 — v5.3`). */
export function newestVersion(sections: readonly Section[]): string | undefined {
  const dates = entryDates(sections);
  let newest: { date: string; version: string } | undefined;
  sections.forEach((s, i) => {
    const version = /(?<![A-Za-z0-9])(?:v|version\s*|ver\.?\s*|バージョン\s*)\d+(?:\.\d+)+(?![0-9])/iu.exec(s.heading)?.[0];
    if (version && dates[i] && dateIn(s.heading) && (!newest || dates[i]! > newest.date)) newest = { date: dates[i]!, version };
  });
  return newest?.version;
}

/**
 * The date a change log or notice list is as of, when its title block prints none: its newest dated entry's
 * (`## 2025年11月20日 【重要】 …` over older ones). Only when the dated entries are the document's top level: a page with
 * a `Past incidents` section dated day by day beneath it (a status page) is not as of its last incident.
 */
export function newestEntryDate(sections: readonly Section[]): string | undefined {
  const top = Math.min(...sections.map((s) => s.level));
  const dates = entryDates(sections);
  return sections
    .flatMap((s, i) => (s.level === top && dates[i] && dateIn(s.heading) ? [dates[i]!] : []))
    .sort()
    .at(-1);
}

/**
 * The date of each section as a change log dates it: its own heading's date (`## 2025-03-04 — v4.12`) or that of the
 * nearest heading above it at a higher level (`### Changed` under it). Undefined for every section when fewer than two
 * headings carry a date: the document is then no change log, and nothing it says is superseded by position.
 */
export function entryDates(sections: readonly Section[]): Array<string | undefined> {
  const own = sections.map((s) => (/\d/.test(s.heading) ? dateIn(s.heading) : undefined));
  if (new Set(own.filter(Boolean)).size < 2) return sections.map(() => undefined);
  const dates: Array<string | undefined> = [];
  sections.forEach((s, i) => {
    if (own[i]) return dates.push(own[i]);
    for (let j = i - 1; j >= 0; j--) if (sections[j]!.level < s.level) return dates.push(dates[j]);
    return dates.push(undefined);
  });
  return dates;
}

/**
 * An amount of change rather than a level: `作業時間を50%削減`, `設備稼働率も5%向上`, `月40時間減りました`, `reduced by 50%`,
 * `30% faster`. A case study's or report's outcome, measured once; no value of the service. Not `30日に延長` (the new level).
 */
export function amountOfChange(before: string, after: string): boolean {
  if (/^\s*(?:の|も|が|ほど|程度)?\s*(?:削減|短縮|向上|改善|低減|増加|減少|減(?:っ|り|ら|る)|増(?:え|や)|アップ|ダウン)/u.test(after)) return true;
  if (/^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|higher|lower|saving|savings)(?![A-Za-z])/iu.test(after)) return true;
  return /(?<![A-Za-z])(?:reduced|cut|improved|increased|decreased|saved|lowered|shortened|raised|grew|dropped|fell)\s+(?:[A-Za-z-]+\s+){0,4}by\s*$/iu.test(
    before,
  );
}
