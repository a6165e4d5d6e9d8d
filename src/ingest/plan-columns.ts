/**
 * A plan comparison table: a pricing page compares what each plan gets, one column per plan (`Feature | Starter |
 * Business | Enterprise`, `| 機能 | ライト | スタンダード | エンタープライズ |`). A value in one plan's column holds for
 * customers on that plan, not for the service as every customer gets it, unless every plan's column gives the same value
 * (`Backup retention | 30 days | 30 days | 30 days`).
 */
import { cellSpans, cellsOf, headerCellsOf } from './table-rows.js';
import type { Span } from './text-span.js';

/**
 * A column header naming a plan: the word itself (`Enterprise plan`, `プレミアムプラン`, `Edition`) or the names plans are
 * commonly given, in English and katakana (`Starter`, `Business`, `ライト`, `エンタープライズ`).
 */
const planName =
  /^(?:[\p{L}\p{N} ・ー&+-]{0,24}?\s*(?:プラン|エディション|コース|(?<![A-Za-z])(?:plans?|tiers?|editions?)(?![A-Za-z]))|(?:free|starter|basic|essentials?|standard|team|pro|professional|plus|premium|business|growth|scale|advanced|enterprise|ultimate|フリー|エントリー|ライト|ベーシック|スタンダード|プロ|プロフェッショナル|プラス|プレミアム|ビジネス|アドバンス|エンタープライズ))$/iu;

/** A footnote mark or superscript digits after a cell's value (`99.99%1`, `※2`, `*`, `¹`): no part of the value. */
const noteMark = /(?:\s*(?:※\s*[0-9０-９]*|\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[%％)）a-z\p{Script=Han}\p{Script=Katakana}])[0-9]))+\s*$/u;

/**
 * The plan columns of a table's header row (by cell index), when at least two of its columns after the first name plans.
 * The first column labels the rows (`Feature`, `Plan`, `機能`, or blank).
 */
function planColumns(header: readonly string[] | undefined): Map<number, string> {
  const plans = new Map<number, string>();
  if (!header) return plans;
  header.forEach((cell, k) => {
    if (k > 0 && planName.test(cell.trim())) plans.set(k, cell.trim());
  });
  return plans.size >= 2 ? plans : new Map();
}

/** The plan-comparison row whose line starts at `lineStart`: its cells, the plan columns, and whether every plan shares the value. */
function planRow(input: string, lineStart: number) {
  const end = input.indexOf('\n', lineStart);
  const line = input.slice(lineStart, end < 0 ? input.length : end);
  if (!cellsOf(line)) return undefined;
  const plans = planColumns(headerCellsOf(input, lineStart));
  if (plans.size === 0) return undefined;
  const cells = cellSpans(line, lineStart);
  const values = [...plans.keys()].map((k) => (cells[k]?.text ?? '').replace(noteMark, '').trim());
  return { cells, plans, shared: values.every((v) => v === values[0]) };
}

/**
 * The plan whose column holds position `at`, when `at` is in a plan-comparison row and the plans' values differ: the value
 * there is that plan's only. Undefined elsewhere, and where every plan's column gives the same value.
 */
export function onePlanAt(input: string, at: number): string | undefined {
  const row = planRow(input, input.lastIndexOf('\n', at - 1) + 1);
  if (!row || row.shared) return undefined;
  const k = row.cells.findIndex((c) => at >= c.from && at < c.to);
  if (!row.plans.has(k)) return undefined;
  // The plans whose columns give this same value (`1日1回 | 1日1回 | 1時間ごと`): named together.
  const value = (cell: number) => (row.cells[cell]?.text ?? '').replace(noteMark, '').trim();
  return [...row.plans]
    .filter(([cell]) => value(cell) === value(k))
    .map(([, plan]) => plan)
    .join(', ');
}

/**
 * A heading naming one plan (`エンタープライズプラン`, `Enterprise plan`, `Business edition`): a pricing page's card or tab
 * panel (`<div role="tabpanel">` under a `role="tablist"` of plans), whose list is what customers on that plan get, as one
 * plan's column of a comparison is. A common plan name with its word `プラン`/`plan`/`edition`/`tier`, so a heading such
 * as `料金プラン`, `Compare plans` or a bare `Business` is not one plan.
 */
const onePlanHeading =
  /^(?:free|starter|basic|essentials?|standard|team|pro|professional|plus|premium|business|growth|scale|advanced|enterprise|ultimate|フリー|エントリー|ライト|ベーシック|スタンダード|プロ|プロフェッショナル|プラス|プレミアム|ビジネス|アドバンス|エンタープライズ)\s*(?:プラン|エディション|(?<![A-Za-z])(?:plan|tier|edition)(?![A-Za-z]))$/iu;

/** The plan a section's heading names (last line of a stacked heading), when it names one plan only. */
export function planOfHeading(heading: string): string | undefined {
  const last = heading.split('\n').at(-1)?.trim() ?? '';
  return onePlanHeading.test(last) ? last : undefined;
}

/** Why a value in a section headed by one plan is not the service's standard practice, naming the plan. */
export function planSectionReason(plan: string): string {
  return `The document gives this value under the heading ${plan}: it holds for customers on that plan only, not for every customer.`;
}

/** Why a value in one plan's column is not the service's standard practice, naming the plan. */
export function onePlanReason(plan: string): string {
  return `The document gives this value in the ${plan} column of a plan comparison: it holds for customers on that plan only, not for every customer.`;
}

/**
 * `text` (the sentence `sentence`, maybe already blanked in part) with the cells of plan columns blanked on each row whose
 * plans differ (same length, so positions hold): a hosting place offered on some plans only is not where the service runs.
 */
export function onePlanCellsBlanked(input: string, sentence: Span, text = sentence.text): string {
  if (!text.includes('\t') && !text.includes('|') && !input.slice(input.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start).includes('\t')) return text;
  let out = text;
  for (let offset = 0; offset < text.length;) {
    const lineEnd = text.indexOf('\n', offset);
    const row = planRow(input, input.lastIndexOf('\n', sentence.start + offset - 1) + 1);
    if (row && !row.shared)
      for (const k of row.plans.keys()) {
        const cell = row.cells[k];
        if (!cell) continue;
        const from = Math.max(cell.from - sentence.start, 0);
        const to = Math.min(cell.to - sentence.start, text.length);
        if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
      }
    if (lineEnd < 0) break;
    offset = lineEnd + 1;
  }
  return out;
}
