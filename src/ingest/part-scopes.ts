/**
 * A document made of one part per service, each part headed `# <service name>` (a workbook answered per product, one
 * sheet a product, as read-spreadsheet.ts writes each sheet after the first): everything under a part's heading, its
 * table rows read as sections of their own included, speaks of that service only.
 */
import { nameKey } from './text-span.js';
import type { ServiceName } from './scopes.js';

interface Part {
  start: number;
  service?: string;
}

let cached: { input: string; services: readonly ServiceName[]; parts: Part[] } | undefined;

/**
 * The document's level-1 headings, each with the service it names (by its whole name), found once per document. Only
 * when two or more of them name distinct services is the document split so: a single `# X` over the whole text is a
 * title, which may name one of several services without the rest being its alone.
 */
function partsOf(input: string, services: readonly ServiceName[]): Part[] {
  if (cached?.input === input && cached.services === services) return cached.parts;
  const parts = [...input.matchAll(/^# ([^\n]+)$/gmu)].map((m): Part => {
    const hit = services.find((s) => nameKey(s.name) === nameKey(m[1]!));
    return { start: m.index, ...(hit ? { service: hit.id } : {}) };
  });
  const named = new Set(parts.flatMap((p) => (p.service ? [p.service] : [])));
  cached = { input, services, parts: named.size >= 2 ? parts : [] };
  return cached.parts;
}

/** The service whose part `at` lies in, when the document is one part per service and that part is a service's. */
export function partOf(input: string, at: number, services: readonly ServiceName[]): string | undefined {
  let found: Part | undefined;
  for (const part of partsOf(input, services)) {
    if (part.start > at) break;
    found = part;
  }
  return found?.service;
}
