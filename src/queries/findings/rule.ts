/**
 * A rule judges the requirements of some kinds: `prepare` reads the facts
 * every service of the portfolio needs for all of them in one statement
 * (never one per usage), and returns the judge for each (requirement,
 * usage) pair.
 */
import type { GraphReader } from '../statement.js';
import type { Verdict } from './finding.js';
import type { PortfolioUsage, RequirementKind, RequirementOf } from './portfolio-terms.js';

export type Judge<K extends RequirementKind> = (requirement: RequirementOf<K>, usage: PortfolioUsage) => Verdict;

export interface Rule<K extends RequirementKind> {
  readonly kinds: readonly K[];
  prepare(db: GraphReader, serviceIds: string[], requirements: RequirementOf<K>[], today: string): Promise<Judge<K>>;
}

/** Rows of a fact statement grouped by service id, in the statement's order. */
export function byService<T extends { serviceId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.serviceId);
    if (group) group.push(row);
    else groups.set(row.serviceId, [row]);
  }
  return groups;
}

/** "A, B and C". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
