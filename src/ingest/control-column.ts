/**
 * A control mapping: a table whose header names a column of control numbers (`| Control | Title | Responsibility | How we
 * implement it |`, `管理策 | … | 実装内容`), as a vendor maps ISO/IEC 27017 to its practices. The row's control number is the
 * writer's own reading of which control the row implements: where it is a control of the catalogue, it is the control of
 * what the row states, rather than the control a cue word of the row's text suggests (`Change management` whose text
 * mentions CI would otherwise read as 14.2.2). A number outside the catalogue (`A.5.1` of another standard) leaves the cue's.
 */
import { referenceData } from './reference-data.js';
import { cellsOf, headerCellsOf } from './table-rows.js';
import type { Span } from './text-span.js';

/** The header of a column of control numbers or titles: `Control`, `Control ID`, `Control no.`, `Ref`, `管理策番号`, `管理策`. */
const controlColumn =
  /^(?:(?:iso(?:\/iec)?\s*27017\s+)?control(?:\s+(?:id|no\.?|number|ref(?:erence)?))?|clause|管理策(?:番号|No\.?)?|コントロール(?:番号)?)$/iu;
/** The column naming the control's title, which says what the row is about in the catalogue's words. */
const titleColumn = /^(?:(?:control\s+)?(?:title|name|objective)|管理策名?|タイトル|名称)$/iu;

let catalogue: Map<string, string> | undefined;
function controlsById(): Map<string, string> {
  catalogue ??= new Map(referenceData().controls.map((c) => [c.id, c.titleEn] as [string, string]));
  return catalogue;
}

/** A control's title as compared: width, spaces, case and the spellings of `及び` folded. */
const titleKey = (title: string) =>
  title
    .normalize('NFKC')
    .replace(/および|及び/gu, '及び')
    .replace(/[\s・]/gu, '')
    .toLowerCase();
let byTitle: Map<string, string> | undefined;
/** Each catalogue control by its Japanese (JIS Q 27017) and English title. */
function controlsByTitle(): Map<string, string> {
  byTitle ??= new Map(
    referenceData().controls.flatMap((c) => [c.title, c.titleEn].filter((t): t is string => Boolean(t)).map((t) => [titleKey(t), c.id] as [string, string])),
  );
  return byTitle;
}

export interface MappedControl {
  control: string;
  /** The row's title cell, or the catalogue's title: the topic a summary is written from. */
  topic: string;
}

/** The catalogue control a row of a control mapping names in its control column, if the span is such a row. */
export function mappedControlOf(input: string, span: Span): MappedControl | undefined {
  const lineStart = input.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = input.indexOf('\n', lineStart);
  const cells = cellsOf(input.slice(lineStart, lineEnd < 0 ? input.length : lineEnd));
  const header = headerCellsOf(input, lineStart);
  if (!cells || !header || header.length < 2) return undefined;
  const at = header.findIndex((c) => controlColumn.test(c.trim()));
  if (at < 0) return undefined;
  // The column may give the control by its catalogue title rather than its number (`管理策 | 当社の実施内容` with the row
  // `クラウドサービスカスタマの資産の除去 | …`), as a disclosure that follows the standard's wording prints it.
  const id = controlsByTitle().get(titleKey(cells[at] ?? '')) ?? `iso27017:${(cells[at] ?? '').replace(/^(?:ISO(?:\/IEC)?\s*27017\s*)?(?:A\.)?/iu, '').trim()}`;
  const title = controlsById().get(id);
  if (!title) return undefined;
  const titleAt = header.findIndex((c) => titleColumn.test(c.trim()));
  return { control: id, topic: (titleAt >= 0 ? cells[titleAt]?.trim() : undefined) || title };
}
