/**
 * The speed targets of issue 14, per size and question (embedded engine,
 * 2 cores, concurrency 8, a separately started server). Medium sets one p99
 * per question, met by the cold column (a request no earlier answer can
 * serve) and so by the warm one; large sets 20 ms for every warm question
 * (repeated on an unchanged graph). The small size is the real seed, far
 * smaller than medium: it is held to medium's targets. Questions the issue
 * names no target for (the baseline, questions added later) have none.
 */
import type { SizeName } from './sizes.js';

export interface Targets {
  coldP99Ms?: number | undefined;
  warmP99Ms?: number | undefined;
}

const mediumP99Ms: Record<string, number> = {
  lookup: 15,
  vendorsUsingInfrastructure: 150,
  impactOf: 150,
  search: 150,
  filteredList: 150,
  nestedList: 400,
};

export function targetsFor(size: SizeName, questionId: string): Targets {
  if (questionId === 'baseline') return {};
  if (size === 'large') return { warmP99Ms: 20 };
  const p99 = mediumP99Ms[questionId];
  return p99 === undefined ? {} : { coldP99Ms: p99, warmP99Ms: p99 };
}
