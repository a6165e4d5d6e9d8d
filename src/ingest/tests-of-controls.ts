/**
 * A row of an attestation report's tests of controls (a SOC 2 report's section 4, an ISAE 3402 report's tests): the
 * service organisation's control, then the auditor's cells, `CC6.1 | Control: … | Test performed: Inspected … for a sample
 * of 25 … | Results: No exceptions noted.` Only the control cell is the vendor's statement: the auditor's procedure and
 * sample sizes are no practice nor value of the service. A control the auditor did not test because it belongs to a
 * carved-out subservice organisation is that organisation's; one with an exception did not operate as described for the
 * sample, so its stated value is not proposed as met, and its disclosure is flagged.
 */
import { spanOf, type Span } from './text-span.js';

/** The label opening the auditor's cells (`| Test performed:`, `| Tests of controls:`, `| Testing procedures:`). */
const auditorCell =
  /\|\s*(?:tests?\s+(?:performed|of\s+(?:the\s+)?controls?|procedures?)|testing\s+(?:performed|procedures?)|(?:service\s+)?auditor['’]s\s+tests?(?:\s+of\s+controls?)?)\s*[:：]/iu;
/** The auditor's words for a control left untested: not tested, carved out, the subservice organisation's responsibility. */
const untested = /(?<![A-Za-z])(?:not\s+tested|carved[- ]out|(?:the\s+)?responsibility\s+of\s+the\s+subservice\s+organi[sz]ation)(?![A-Za-z])/iu;
/** An exception or deviation the auditor noted (`Exception noted: for 2 of 25 …`), not `No exceptions noted`. */
const exceptionNoted =
  /(?<![Nn]o\s)(?<![A-Za-z])(?:exceptions?|deviations?)\s+(?:was\s+|were\s+)?noted(?![A-Za-z])(?!\s*\.?\s*$)|(?<![Nn]o\s)(?<![A-Za-z])(?:exceptions?|deviations?)\s+noted\s*[:：]/iu;

function lineOf(input: string, at: number): string {
  const start = input.lastIndexOf('\n', at - 1) + 1;
  const end = input.indexOf('\n', at);
  return input.slice(start, end < 0 ? input.length : end);
}

/**
 * The vendor's statement of a row: the sentence cut where the auditor's cells begin; undefined when the auditor did not test
 * it as the vendor's (a carved-out control). A sentence of no such row is returned as it is.
 */
export function controlStatementOf(input: string, sentence: Span): Span | undefined {
  const at = sentence.text.search(auditorCell);
  const line = lineOf(input, sentence.start);
  const rowAuditor = line.search(auditorCell);
  if (rowAuditor < 0) return sentence;
  if (untested.test(line.slice(rowAuditor))) return undefined;
  if (at < 0) {
    // A sentence of the auditor's cells themselves (the row split at a full stop inside a cell): none of the vendor's.
    const lineStart = input.lastIndexOf('\n', sentence.start - 1) + 1;
    return sentence.start - lineStart >= rowAuditor ? undefined : sentence;
  }
  const end = sentence.start + sentence.text.slice(0, at).trimEnd().length;
  return spanOf(input, sentence.start, end);
}

/** The text of a sentence with the auditor's cells of its row blanked, and all of it blanked when the row notes an exception. */
export function auditorCellsBlanked(input: string, sentence: Span, text: string): string {
  const line = lineOf(input, sentence.start);
  if (line.search(auditorCell) < 0) return text;
  if (exceptionNoted.test(line) || untested.test(line)) return ' '.repeat(text.length);
  const own = controlStatementOf(input, sentence);
  if (!own) return ' '.repeat(text.length);
  const keep = own.end - sentence.start;
  return text.slice(0, keep) + ' '.repeat(Math.max(0, text.length - keep));
}

/** Whether the row a quote comes from notes an exception in the auditor's results. */
export function exceptionNotedAt(input: string, at: number): boolean {
  const line = lineOf(input, at);
  return line.search(auditorCell) >= 0 && exceptionNoted.test(line);
}
