/**
 * Which services a passage speaks about. A section that covers several
 * services usually lists them on a line of their own (`- Service A、Service B`)
 * followed by the practice that applies to them; everything else in the
 * section applies to every service of the document.
 */
import { linesOf, spanOf, type Span } from './text-span.js';
import type { Section } from './sections.js';
import { listItems } from './names.js';

export interface Scope {
  section: Section;
  /** Service ids the passage is about. */
  services: string[];
  span: Span;
  /** True when the passage sits under a service list line rather than speaking for the whole document. */
  scoped: boolean;
}

export interface ServiceName {
  id: string;
  name: string;
}

function normalized(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function servicesListedOn(line: string, services: readonly ServiceName[]): string[] | undefined {
  const items = listItems(line.replace(/[【\[]|[】\]]$/gu, '').replace(/[:：]$/u, ''));
  if (items.length === 0) return undefined;
  const ids: string[] = [];
  for (const item of items) {
    const hit = services.find((s) => normalized(s.name) === normalized(item));
    if (!hit) return undefined;
    ids.push(hit.id);
  }
  return ids;
}

function indentOf(input: string, at: number): number {
  const lineStart = input.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t\u3000]*/u.exec(input.slice(lineStart, at + 1))![0].length + (/^[ \t\u3000]*[-・•●]/u.test(input.slice(lineStart, at + 1)) ? 0 : 0);
}

export function scopesOf(input: string, section: Section, services: readonly ServiceName[]): Scope[] {
  const all = services.map((s) => s.id);
  if (services.length < 2) return [{ section, services: all, span: section.body, scoped: false }];
  const lines = linesOf(input, section.body);
  const scopes: Scope[] = [];
  let open: { services: string[]; start: number; indent: number } | undefined;
  let wholeStart = section.body.start;
  const close = (end: number) => {
    if (open && end > open.start) scopes.push({ section, services: open.services, span: spanOf(input, open.start, end), scoped: true });
    open = undefined;
  };
  for (const line of lines) {
    const lineStart = input.lastIndexOf('\n', line.start - 1) + 1;
    const indent = line.start - lineStart - (/[-・•●]\s*$/u.test(input.slice(lineStart, line.start)) ? 1 : 0);
    const listed = line.text.length <= 200 ? servicesListedOn(line.text, services) : undefined;
    if (listed) {
      if (!open && line.start > wholeStart) scopes.push({ section, services: all, span: spanOf(input, wholeStart, lineStart), scoped: false });
      close(lineStart);
      open = { services: listed, start: line.end, indent };
      continue;
    }
    if (open && indent <= open.indent && indentOf(input, line.start) >= 0 && lines.indexOf(line) > 0) {
      // An unindented line after an indented block ends the block; a block written without indentation runs to the next list line.
      const blockIsIndented = /\n[ \t\u3000]+\S/u.test(input.slice(open.start, line.start));
      if (blockIsIndented) {
        close(lineStart);
        wholeStart = lineStart;
      }
    }
  }
  close(section.body.end);
  if (scopes.length === 0) return [{ section, services: all, span: section.body, scoped: false }];
  const lastEnd = Math.max(...scopes.map((s) => s.span.end));
  if (wholeStart >= lastEnd && wholeStart < section.body.end)
    scopes.push({ section, services: all, span: spanOf(input, wholeStart, section.body.end), scoped: false });
  return scopes;
}
