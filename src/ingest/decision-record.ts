/**
 * An Architecture Decision Record (ADR), as engineering handbooks publish them: `ADR-017: …` with Status, Context, the
 * options considered, the Decision and its Consequences (the Nygard and MADR templates). Only the decision and what
 * follows from it state what the service does. The context states the problem (what customers asked for, what the
 * provider had to offer), each option considered is a choice that may have been rejected, with its own provider, region
 * and pros, and the references name other records: none of it is a fact of the service. The record a decision
 * supersedes is history (its region is left, a before-and-after the document states itself).
 */
import { sectionsHeadedBy, type Outline, type Section } from './sections.js';

/** The record's title: `ADR-017: …`, `ADR 17 — …`, `Architecture Decision Record: …`, `設計判断記録`. */
const recordTitle =
  /^(?:#+\s*)?(?:(?:ADR|AD)[- ]?\d{1,4}(?![0-9])\s*[:：.—–-]|architecture decision record(?![A-Za-z])|アーキテクチャ(?:\s*)?(?:決定|意思決定|判断)記録|設計判断記録)/iu;

/** The headings every such template has, two of which (with a decision heading) make a record without such a title. */
const decisionHeading = /^(?:\d+[.)]?\s*)?(?:decision(?: outcome)?|決定(?:事項|内容)?|判断)$/iu;
const templateHeading = /^(?:\d+[.)]?\s*)?(?:status|context(?: and problem statement)?|consequences|ステータス|状態|背景|経緯|結果|影響)$/iu;

/**
 * The parts that state no fact of the service: the context and the problem, the forces that drive the choice, the
 * options considered (each `Option 2: …` of its own), their pros and cons, and the references to other records.
 */
const notDecided =
  /^(?:\d+[.)]?\s*)?(?:context(?: and problem statement)?|problem statement|background|decision drivers|(?:considered )?options(?: considered)?|alternatives(?: considered)?|(?:option|alternative)\s+(?:\d{1,2}|[A-H])(?![A-Za-z0-9]).*|pros and cons(?: of the options)?|references|links|背景|経緯|課題|検討した(?:選択肢|案)|選択肢|代替案|(?:案|選択肢)\s*[0-9０-９A-HＡ-Ｈ]+(?![0-9０-９]).*|比較検討|参考(?:資料|文献)?)$/iu;

/** Whether the document is a decision record: titled as one, or laid out with a decision and the template's parts. */
export function isDecisionRecord(input: string, doc: Outline): boolean {
  const head = [...doc.preamble.text.split('\n'), ...input.split('\n').slice(0, 12)].map((l) => l.trim());
  if (head.some((l) => recordTitle.test(l.replace(/^title:\s*["']?/iu, '')))) return true;
  const headings = doc.sections.map((s) => s.heading.replace(/^#+\s*/u, '').trim());
  return headings.some((h) => decisionHeading.test(h)) && headings.filter((h) => templateHeading.test(h)).length >= 2;
}

/** The sections of a decision record that state no fact: those under a heading of `notDecided`, with their sub-sections. */
export function undecidedSections(sections: readonly Section[]): Set<Section> {
  return sectionsHeadedBy(sections, notDecided);
}
