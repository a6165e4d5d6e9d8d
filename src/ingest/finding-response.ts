/**
 * A vendor's written response to the findings of an audit of it (a corrective action plan, CAPA): each finding is an item of
 * labelled fields (`Observation:`, `Severity:`, `Our response:`, `Corrective action:`, `Target date:`, `Status:`, `指摘内容：`,
 * `是正処置：`, `対応期限：`, `ステータス：`), or a row of a findings table. The vendor writes it, so its own statements are
 * first-hand, but not every field is one:
 * - the auditor's observation describes a gap (`Backups were not tested in 2024`, `kept for 90 days, below the customer's
 *   requirement of 12 months`): never a practice nor a value of the service;
 * - the severity, dates, owner, evidence and status fields file the finding: they state nothing of the service;
 * - a corrective action is what is to change: a plan until its item's status says it is done (`Closed`, `Completed`,
 *   `Implemented`, `完了`), when it states the practice now in place (`Quarterly restore tests … have been introduced`), as
 *   a change log's entry does once made. `Open`, `In progress` or `Planned` keep it a plan, as a certificate `in progress` is
 *   no certificate.
 * The vendor's response field itself is read (`Partially accepted. The service runs across three availability zones`).
 * A table tracking the findings (`Finding ID | Title | Severity | Status`) names topics, no statement: its rows are not read.
 * Only an item that has an auditor's field beside a plan or a status is such a finding, so an ordinary page's `Status:` line
 * is untouched.
 */
import { cellsOf, isDelimiterRow } from './table-rows.js';
import type { Span } from './text-span.js';

/** A labelled field line, as a list item or a line of its own, the label bold or not: `- **Severity:** High`, `Status: Open`. */
const fieldLine =
  /^\s*(?:[-*•・]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z'’ /()-]{1,40}?|[\p{Script=Han}\p{Script=Katakana}ー・]{2,12})\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)?\s*[:：])\s*(.*)$/u;
/** The auditor's account of the gap. */
const auditorsField =
  /^(?:(?:auditor|assessor|reviewer|examiner)(?:['’]s)?\s+)?(?:observations?|findings?(?:\s+(?:description|details))?|conditions?|issues?|gaps?|criteria|(?:description|details)\s+of\s+(?:the\s+)?finding)$|^(?:監査人の)?(?:指摘(?:内容|事項)?|所見|観察事項|監査所見)$/iu;
/** What the vendor is to do about it. */
const planField =
  /^(?:corrective(?:\s+(?:and|&)\s+preventive)?\s+actions?(?:\s+plan)?|preventive\s+actions?|remediation(?:\s+(?:plan|actions?|steps?))?|(?:management\s+)?action\s+plan|planned\s+actions?|是正(?:処置|措置|計画)|改善(?:策|計画|措置)|再発防止策)$/iu;
/** The fields that file the finding. */
const filingField =
  /^(?:severity|risk(?:\s+(?:rating|level))?|rating|priority|(?:target|due|completion|closure|closed)\s+date|owner|responsible(?:\s+(?:party|person))?|evidence|status|finding\s+(?:id|ref(?:erence)?|no\.?)|ref(?:erence)?|重要度|リスク(?:評価|レベル)?|(?:対応|完了|是正)?(?:期限|予定日|完了日)|担当(?:者|部署)?|証跡|エビデンス|ステータス|(?:対応)?状況)$/iu;
const statusField = /^(?:status|ステータス|(?:対応)?状況)$/iu;
/** A status saying the action is done; not one still open, under way or planned. */
const doneStatus = /^(?:closed|completed?|done|implemented|resolved|remediated|fixed|verified|完了|是正済み?|対応済み?|クローズ)/iu;
const openStatus = /(?<![A-Za-z])(?:open|in progress|planned|pending|not started|ongoing)(?![A-Za-z])|未完了|未対応|対応中|予定|計画中/iu;

/** A findings table's header: a finding-id or finding column beside a status column. */
const findingIdHeader = /^(?:(?:finding|observation|issue|audit\s+finding)(?:\s*(?:id|no\.?|#|ref(?:erence)?))?|指摘(?:番号|No\.?|事項)?)$/iu;
const statusHeader = /^(?:status|ステータス|(?:対応)?状況)$/iu;
const actionHeader = /^(?:(?:our|vendor|management)\s+)?response|corrective\s+actions?|remediation|action\s+plan|回答|是正(?:処置|措置)|改善策$/iu;

export interface Range {
  start: number;
  end: number;
}

interface Field {
  kind: 'auditor' | 'plan' | 'filing' | 'other';
  start: number;
  end: number;
  status?: string;
}

let cached: { input: string; ranges: Range[] } | undefined;

/** The character ranges of a findings response that are not the vendor's statement of its practice now. */
export function unreadFindingRanges(input: string): Range[] {
  if (cached?.input === input) return cached.ranges;
  const ranges: Range[] = [];
  const lines = input.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  let item: Field[] = [];
  const closeItem = () => {
    const auditor = item.some((f) => f.kind === 'auditor');
    const status = item.find((f) => f.status !== undefined)?.status;
    if (auditor && (status !== undefined || item.some((f) => f.kind === 'plan'))) {
      const done = status !== undefined && doneStatus.test(status) && !openStatus.test(status);
      for (const f of item) if (f.kind === 'auditor' || f.kind === 'filing' || (f.kind === 'plan' && !done)) ranges.push({ start: f.start, end: f.end });
    }
    item = [];
  };
  let table: { action: boolean; status: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cells = cellsOf(line);
    if (cells) {
      // A tracker of the findings has a status column; a customer's own list of findings (`ID | Finding | Severity | Remediation
      // due`, assessment-report.ts) reports the vendor as it found it, at second hand, and is read there.
      const status = cells.findIndex((c) => statusHeader.test(c));
      if (cells.some((c) => findingIdHeader.test(c)) && status >= 0) {
        table = { action: cells.some((c) => actionHeader.test(c)), status };
        continue;
      }
      if (table && !isDelimiterRow(line)) {
        // An index of the findings states nothing; a row with the response and action read only once its action is done.
        const status = table.status >= 0 ? (cells[table.status] ?? '') : '';
        if (!table.action || !doneStatus.test(status) || openStatus.test(status)) ranges.push({ start: starts[i]!, end: starts[i]! + line.length });
      }
      continue;
    }
    table = undefined;
    if (!line.trim()) continue;
    const field = fieldLine.exec(line);
    if (field) {
      const label = field[1]!.trim();
      const kind = auditorsField.test(label) ? 'auditor' : planField.test(label) ? 'plan' : filingField.test(label) ? 'filing' : 'other';
      item.push({ kind, start: starts[i]!, end: starts[i]! + line.length, ...(statusField.test(label) ? { status: field[2]!.trim() } : {}) });
      continue;
    }
    // A field's text wrapped onto an indented line goes on with it.
    if (/^\s+\S/u.test(line) && item.length > 0 && !/^\s*[-*•・]\s/u.test(line)) {
      item[item.length - 1]!.end = starts[i]! + line.length;
      continue;
    }
    closeItem();
  }
  closeItem();
  cached = { input, ranges };
  return ranges;
}

/** Whether a passage lies within a field or row of a findings response that is no statement of the vendor's practice. */
export function inUnreadFinding(input: string, span: Span): boolean {
  return unreadFindingRanges(input).some((r) => span.start < r.end && span.end > r.start);
}
