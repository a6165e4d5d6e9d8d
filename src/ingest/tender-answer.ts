/**
 * A technical proposal (技術提案書) answering a tender (入札) item by item: each evaluation item heads the buyer's requirement,
 * restated, and the bidder's answer under it. Only the answer is the bidder's statement of its service; an answer that
 * declines the item states nothing.
 */
import type { Span } from './text-span.js';

/**
 * An evaluation item of a tender (入札) as a technical proposal (技術提案書) answers it, one by one: `評価項目 2-1（必須）　データの
 * 保管場所`, `審査項目 3.4（加点）`, `Evaluation criterion 2.1 (Mandatory) — Data location`. Under it the proposal restates the
 * buyer's requirement and then gives its answer, so it heads both like a questionnaire's question (see `answerStart`).
 */
export const evaluationItem =
  /^(?:(?:評価|審査|採点|提案)(?:項目|基準)|evaluation (?:item|criterion)|award criterion)\s*(?:No\.?\s*)?[0-9０-９]{1,3}(?:[-－‐.．][0-9０-９]{1,3})*\s*(?:[（(](?:必須|加点|任意|選択|推奨|mandatory|optional|desirable|scored)[)）])?(?:[\s\u3000:：—–-]+[^。.]{1,40})?$/iu;
/**
 * Under such an item, the label of the buyer's requirement as the proposal quotes it (`【要求事項】`, `要求事項：「…」`,
 * `Requirement:`) and the label of the bidder's answer after it (`【提案内容】`, `【回答】`, `Our response:`): the requirement
 * is the buyer's words (`…保管すること`, `99.5%以上とすること`), no practice of the service, so the answer starts at its label.
 */
const requirementLabel =
  /^(?:【(?:要求事項|要求仕様|要求内容|要件|仕様書?(?:の)?(?:記載|要求)(?:事項|内容)?)】|(?:要求事項|要求内容|要件)\s*[:：]|(?:requirement|buyer['’]s requirement)\s*:)/iu;
const answerLabel =
  /^(?:【(?:提案内容|提案事項|提案|ご?回答(?:内容)?|対応内容|対応方法|弊社(?:の)?(?:提案|対応|回答))】|(?:提案内容|対応内容|弊社(?:の)?(?:提案|対応|回答))\s*[:：]|(?:our\s+)?(?:response|proposal|proposed solution)\s*:)\s*/iu;
/**
 * An answer that declines the item (`本提案では対応しない。`, `本提案では対応いたしません`, `Not offered in this proposal`): the
 * bidder proposes nothing for it, so whatever else the answer says is no fact read under it (as `Compliance: Non-compliant`).
 */
const declinedAnswer =
  /^(?:本提案(?:において|で)?(?:は)?|今回(?:の提案)?(?:では)?)?(?:対応(?:し|いたし)(?:ない|ません)|提案(?:し|いたし)(?:ない|ません)|提案(?:の)?対象外)|^not (?:offered|proposed|included) in (?:this|our) (?:proposal|bid|response)/iu;

/**
 * Where the bidder's answer starts under a heading: the line after its label (or the label's own line, after the label),
 * when a requirement label comes before it; the section's end when the answer declines the item.
 */
export function answerStart(lines: readonly Span[], heading: number, next: number): { start: number; declined: boolean } | undefined {
  const asked = lines.findIndex((l, i) => i > heading && i < next && requirementLabel.test(l.text.trim()));
  if (asked < 0) return undefined;
  const at = lines.findIndex((l, i) => i > asked && i < next && answerLabel.test(l.text.trim()));
  if (at < 0) return undefined;
  const line = lines[at]!;
  const label = answerLabel.exec(line.text.trim())![0];
  const rest = line.text.trim().slice(label.length);
  const start = rest ? line.start + line.text.indexOf(line.text.trim()) + label.length : line.end + 1;
  const first = rest || (lines.find((l, i) => i > at && i < next && l.text.trim() !== '')?.text.trim() ?? '');
  return { start, declined: declinedAnswer.test(first) };
}
