/**
 * Which services a passage speaks about. A section that covers several
 * services usually lists them on a line of their own (`- Service A、Service B`)
 * followed by the practice that applies to them; everything else in the
 * section applies to every service of the document.
 */
import { linesOf, nameKey, sentencesOf, spanOf, type Span } from './text-span.js';
import type { Section } from './sections.js';
import { categoryPath, listItems } from './names.js';
import { cellsOf, isDelimiterRow } from './table-rows.js';
import { serviceColumnGroups } from './service-columns.js';
import { serviceSentenceGroups } from './service-clauses.js';
import { partOf } from './part-scopes.js';

export interface Scope {
  section: Section;
  /** Service ids the passage is about. */
  services: string[];
  span: Span;
  /** True when the passage sits under a service list line rather than speaking for the whole document. */
  scoped: boolean;
  /**
   * Parts of the span that speak of other services, read as blanks: their columns of a table headed by services
   * (service-columns.ts), their clauses of a sentence giving each service its own (service-clauses.ts).
   */
  elsewhere?: Span[];
}

/**
 * `text` (the sentence `sentence` of the scope, maybe already blanked in part) with the parts the scope leaves to other
 * services blanked (same length, so positions hold and the quote stays the whole row).
 */
export function inScope(scope: Scope, sentence: Span, text = sentence.text): string {
  let out = text;
  for (const part of scope.elsewhere ?? []) {
    const from = Math.max(part.start - sentence.start, 0);
    const to = Math.min(part.end - sentence.start, out.length);
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

export interface ServiceName {
  id: string;
  name: string;
}

function servicesListedOn(line: string, services: readonly ServiceName[]): string[] | undefined {
  const items = listItems(line.replace(/^[【\[「]|[】\]」]$|[:：]$/gu, ''));
  if (items.length === 0) return undefined;
  const ids: string[] = [];
  for (const item of items) {
    const hit = services.find((s) => nameKey(s.name) === nameKey(item));
    if (!hit) return undefined;
    ids.push(hit.id);
  }
  return ids;
}

/** Leading blanks of the line holding `at`: list blocks are told apart by indentation. */
function indentOf(input: string, at: number): number {
  const lineStart = input.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t\u3000]*/u.exec(input.slice(lineStart, at))![0].length;
}

export function scopesOf(input: string, section: Section, services: readonly ServiceName[]): Scope[] {
  const all = services.map((s) => s.id);
  const whole: Scope = { section, services: all, span: section.body, scoped: false };
  if (services.length < 2) return [whole];
  // A section headed by one service's name (`## Acme Desk`, `### ホオズキ勤怠` under `製品別の補足`) speaks of that service only.
  const headed = services.filter((s) => nameKey(section.heading).startsWith(nameKey(s.name)));
  if (headed.length === 1 && nameKey(section.heading).length <= nameKey(headed[0]!.name).length + 12)
    return [{ section, services: [headed[0]!.id], span: section.body, scoped: true }];
  // So does a section inside a part headed by one service's name, when the document is one part per service (a workbook
  // answered one sheet per product): its rows, read as sections headed by their questions, are that product's.
  const part = partOf(input, section.headingSpan.start, services);
  if (part) return [{ section, services: [part], span: section.body, scoped: true }];
  // So does a headline naming one of them and only it (`Acme Desk now runs in Frankfurt`, `Coming next quarter: Acme Pulse in
  // Sydney`), as a newsletter's or blog's story cards are headed, one product a story.
  const named = services.filter((s) => nameKey(section.heading).includes(nameKey(s.name)));
  if (named.length === 1 && /\s/u.test(section.heading.trim())) return [{ section, services: [named[0]!.id], span: section.body, scoped: true }];
  // A questionnaire row is a section headed by its question, its body the row from the answer cell on: the cells before the
  // question (a help desk export's category path, `X労務 > データ管理`) say which service the whole row is about.
  const rowStart = input.lastIndexOf('\n', section.headingSpan.start - 1) + 1;
  const rowEnd = input.indexOf('\n', section.headingSpan.start);
  const leading = cellsOf(input.slice(rowStart, rowEnd < 0 ? input.length : rowEnd))?.[0]?.split(categoryPath);
  const filedUnder = leading && leading.length > 1 ? services.find((s) => nameKey(s.name) === nameKey(leading[0]!)) : undefined;
  if (filedUnder) return [{ section, services: [filedUnder.id], span: section.body, scoped: true }];
  const scopes: Scope[] = [];
  // The open block: the services of the last list line, where it started, its indentation, and whether its content is indented below it.
  let open: { services: string[]; start: number; indent: number; indented?: boolean } | undefined;
  let wholeStart = section.body.start;
  const push = (services: string[], start: number, end: number, scoped: boolean, elsewhere?: Span[]) => {
    if (spanOf(input, start, end).text.trim()) scopes.push({ section, services, span: spanOf(input, start, end), scoped, ...(elsewhere ? { elsewhere } : {}) });
  };
  for (const line of linesOf(input, section.body)) {
    const lineStart = input.lastIndexOf('\n', line.start - 1) + 1;
    const indent = indentOf(input, line.start);
    const cells = open ? undefined : cellsOf(line.text);
    // A table headed by services (`| 項目 | A | B |`): each service column's cell is that service's, read with the row's label;
    // a row whose columns agree is each of theirs (left in the passage when that is every service).
    const groups = cells && cells.length >= 3 ? serviceColumnGroups(input, lineStart, services) : undefined;
    if (groups) {
      if (groups.length === 1 && groups[0]!.services.length === all.length) continue;
      push(all, wholeStart, lineStart, false);
      for (const group of groups) push(group.services, lineStart, line.end, true, group.elsewhere);
      wholeStart = line.end;
      continue;
    }
    // A table row whose first cell names a service (a by-product matrix) speaks of that service only: its ✓, its region. So
    // does a help desk export's row filed under a category path that starts with the service (`X労務 > データ管理`).
    const first = cells && cells.length >= 2 ? cells[0]!.split(categoryPath)[0]! : undefined;
    // So does a row whose other cells name one service and no other (a sub-processor's `| AWS | Hosting of X | UK |`).
    const namedIn = cells && cells.length >= 2 && !isDelimiterRow(line.text) ? services.filter((s) => line.text.includes(s.name)) : [];
    const rowOf = (first ? services.find((s) => nameKey(s.name) === nameKey(first)) : undefined) ?? (namedIn.length === 1 ? namedIn[0] : undefined);
    if (rowOf) {
      push(all, wholeStart, lineStart, false);
      push([rowOf.id], lineStart, line.end, true);
      wholeStart = line.end;
      continue;
    }
    const listed = line.text.length <= 200 ? servicesListedOn(line.text, services) : undefined;
    if (listed) {
      if (open) push(open.services, open.start, lineStart, true);
      else push(all, wholeStart, lineStart, false);
      open = { services: listed, start: line.end, indent };
      continue;
    }
    if (!open) {
      // A sentence naming one service as its subject or its only one, or one clause a service, speaks of it (service-clauses.ts).
      if (cells || !services.some((s) => line.text.includes(s.name))) continue;
      for (const sentence of sentencesOf(input, line)) {
        const groups = serviceSentenceGroups(sentence, services);
        if (!groups) continue;
        push(all, wholeStart, sentence.start, false);
        for (const group of groups) push(group.services, sentence.start, sentence.end, true, group.elsewhere);
        wholeStart = sentence.end;
      }
      continue;
    }
    open.indented ??= indent > open.indent;
    // An indented block ends at the first line back at the list line's indentation; an unindented one runs to the next list line.
    if (open.indented && indent <= open.indent) {
      push(open.services, open.start, lineStart, true);
      open = undefined;
      wholeStart = lineStart;
    }
  }
  if (open) push(open.services, open.start, section.body.end, true);
  else if (scopes.length > 0) push(all, wholeStart, section.body.end, false);
  return scopes.length > 0 ? scopes : [whole];
}
