/**
 * A portfolio's findings, computed from the graph as it is now: every
 * requirement judged against every usage. One statement reads the
 * requirements and usages, then one statement per requirement kind present
 * reads the facts for all the usages at once (src/queries/findings/*-rule.ts),
 * so the round trips are bounded by the number of kinds (at most six in
 * all), never by the number of usages.
 *
 * This is the typed entry point the API (findings, compliance) and the
 * findings export share.
 */
import type { GraphReader } from '../statement.js';
import { certificationRule } from './certification-rule.js';
import { controlRule } from './control-rule.js';
import { dataResidencyRule } from './data-residency-rule.js';
import type { FindingRow, FindingStatus, Verdict } from './finding.js';
import { infrastructureRule } from './infrastructure-rule.js';
import { metricRule } from './metric-rule.js';
import {
  notApplicableBecause,
  readPortfolioTerms,
  type PortfolioRequirement,
  type PortfolioTerms,
  type PortfolioUsage,
  type RequirementKind,
  type RequirementOf,
} from './portfolio-terms.js';
import type { Judge, Rule } from './rule.js';

const rules = [dataResidencyRule, metricRule, certificationRule, controlRule, infrastructureRule] as const;

/** Narrows which pairs are evaluated: each list, when given, keeps the pairs matching one of its items. */
export interface FindingScope {
  requirementIds?: readonly string[] | undefined;
  serviceIds?: readonly string[] | undefined;
  criticalities?: readonly number[] | undefined;
}

export interface PortfolioFindings {
  portfolioId: string;
  portfolioName: string;
  /** The usages evaluated (all, or those the scope keeps), most critical first. */
  usages: PortfolioUsage[];
  /** The requirements evaluated, by id. */
  requirements: PortfolioRequirement[];
  /** One per (usage, requirement), usage by usage, requirements in id order; NOT_APPLICABLE included. */
  findings: FindingRow[];
}

const kept = <T>(filter: readonly T[] | undefined, value: T) => filter === undefined || filter.includes(value);

async function prepareRule<K extends RequirementKind>(
  db: GraphReader,
  rule: Rule<K>,
  serviceIds: string[],
  requirements: PortfolioRequirement[],
  today: string,
): Promise<Array<[K, Judge<K>]>> {
  const mine = requirements.filter((r): r is RequirementOf<K> => (rule.kinds as readonly string[]).includes(r.kind));
  if (mine.length === 0 || serviceIds.length === 0) return [];
  const judge = await rule.prepare(db, serviceIds, mine, today);
  return rule.kinds.map((kind) => [kind, judge]);
}

/**
 * Every finding of the portfolio on `today` (the day certificates must be
 * valid on); undefined when there is no such portfolio.
 */
export async function evaluateFindings(db: GraphReader, portfolioId: string, today: string, scope: FindingScope = {}): Promise<PortfolioFindings | undefined> {
  const terms: PortfolioTerms | undefined = await readPortfolioTerms(db, portfolioId);
  if (!terms) return undefined;
  const usages = terms.usages.filter((u) => kept(scope.serviceIds, u.serviceId) && kept(scope.criticalities, u.criticality));
  const requirements = terms.requirements.filter((r) => kept(scope.requirementIds, r.id));
  const serviceIds = [...new Set(usages.map((u) => u.serviceId))];
  const prepared = await Promise.all(rules.map((rule) => prepareRule(db, rule as Rule<RequirementKind>, serviceIds, requirements, today)));
  const judges = new Map<RequirementKind, Judge<RequirementKind>>(prepared.flat());

  const findings = usages.flatMap((usage) =>
    requirements.map((requirement): FindingRow => {
      const id = `${usage.id}#${requirement.id}`;
      const because = notApplicableBecause(requirement, usage);
      if (because) return { id, usage, requirement, status: 'NOT_APPLICABLE', evidence: [], note: because };
      const verdict: Verdict = judges.get(requirement.kind)!(requirement, usage);
      return { id, usage, requirement, ...verdict };
    }),
  );
  return { portfolioId: terms.portfolioId, portfolioName: terms.portfolioName, usages, requirements, findings };
}

/** How many findings have each status. */
export function countByStatus(findings: readonly FindingRow[]): Record<FindingStatus, number> {
  const counts: Record<FindingStatus, number> = { PASS: 0, FAIL: 0, UNKNOWN: 0, NOT_APPLICABLE: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}
