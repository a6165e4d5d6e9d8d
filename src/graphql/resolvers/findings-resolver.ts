/**
 * Findings and the compliance matrix of a portfolio, computed from the graph
 * as it is now on every request (a write that changes a fact changes the
 * finding). Both read one evaluation (src/queries/findings/), shared within
 * a request: a query asking for findings and the matrix evaluates once.
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context.js';
import { Service, Vendor } from '../types/nodes.js';
import { Portfolio } from '../types/portfolios.js';
import type { Basis } from '../types/enums.js';
import { ComplianceMatrix, ComplianceRow, FactType, Finding, FindingConnection, FindingCounts, FindingEvidence, FindingStatus } from '../types/findings.js';
import { FindingWhere } from '../inputs/finding-inputs.js';
import { PageArgs } from '../inputs/list-args.js';
import { asOfDay, asOfDescription } from '../inputs/as-of.js';
import { pageFrom, toConnection } from '../pagination.js';
import { invalidArgument, notFound } from '../errors.js';
import { countByStatus, evaluateFindings, type FindingScope, type PortfolioFindings } from '../../queries/findings/evaluate-findings.js';
import type { FindingRow, FindingEvidence as EvidenceRow } from '../../queries/findings/finding.js';

const perRequest = new WeakMap<GraphContext, Map<string, Promise<PortfolioFindings | undefined>>>();

/** The portfolio's findings on `today`, evaluated once per request and scope; NOT_FOUND naming `argumentName` when there is no such portfolio. */
async function findingsOf(ctx: GraphContext, portfolioId: string, today: string, scope: FindingScope, argumentName: string): Promise<PortfolioFindings> {
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  const key = JSON.stringify([portfolioId, today, scope.requirementIds, scope.serviceIds, scope.criticalities]);
  let evaluation = cache.get(key);
  if (!evaluation) cache.set(key, (evaluation = evaluateFindings(ctx.db, portfolioId, today, scope)));
  const result = await evaluation;
  if (!result) throw notFound(argumentName, 'portfolio', portfolioId);
  return result;
}

const toEvidence = (e: EvidenceRow): FindingEvidence => ({
  factId: e.factId,
  factType: e.factType as FactType,
  claim: e.claim,
  serviceId: e.serviceId,
  vendorId: e.vendorId,
  basis: e.basis as Basis | undefined,
  reasoning: e.reasoning,
  evidence: { documentId: e.documentId, section: e.section, quote: e.quote },
});

const toFinding = (row: FindingRow): Finding => ({
  id: row.id,
  usage: row.usage,
  serviceId: row.usage.serviceId,
  requirement: row.requirement,
  status: row.status as FindingStatus,
  evidence: row.evidence.map(toEvidence),
  note: row.note,
});

function toCounts(rows: readonly FindingRow[]): FindingCounts {
  const counts = countByStatus(rows);
  return { pass: counts.PASS, fail: counts.FAIL, unknown: counts.UNKNOWN, notApplicable: counts.NOT_APPLICABLE };
}

function scopeOf(portfolioId: string, where: FindingWhere | null | undefined): FindingScope {
  for (const [i, c] of (where?.criticality ?? []).entries()) {
    if (![1, 2, 3].includes(c)) throw invalidArgument(`where.criticality[${i}]`, `must be 1 (critical), 2 (important) or 3 (other), got ${c}`);
  }
  // A slug names the requirement within this portfolio: `jp-only-personal` is `<portfolio>|req|jp-only-personal`.
  const requirementIds = where?.requirement?.map((r) => (r.includes('|') ? r : `${portfolioId}|req|${r}`));
  return { requirementIds, serviceIds: where?.service, criticalities: where?.criticality };
}

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized('reader')
  @Query(() => FindingConnection, {
    description:
      'Every requirement of a portfolio judged against every usage it covers, from the graph as it is now: PASS, FAIL or UNKNOWN (the documents are silent), each with the quotes that decide it or a note that nothing was found. Usage by usage (most critical first), requirements by id; filtered and paginated. Reader role when authentication is configured.',
  })
  async findings(
    @Arg('portfolio', () => ID, { description: 'The portfolio, e.g. `demo-shoji`.' }) portfolio: string,
    @Arg('where', () => FindingWhere, { nullable: true, description: 'Only some statuses, requirements, services or criticalities.' })
    where: FindingWhere | null,
    @Arg('asOf', () => String, { nullable: true, description: `${asOfDescription} Certificates must be valid on this day.` }) asOf: string | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const today = asOfDay(asOf);
    const { findings } = await findingsOf(ctx, portfolio, today, scopeOf(portfolio, where), 'portfolio');
    const statuses: readonly FindingStatus[] = where?.status ?? [FindingStatus.PASS, FindingStatus.FAIL, FindingStatus.UNKNOWN];
    const matching = findings.filter((f) => statuses.includes(f.status as FindingStatus));
    return toConnection(matching.slice(page.offset, page.offset + page.limit).map(toFinding), matching.length, page);
  }

  @FieldResolver(() => Service, { description: 'The service of the usage.' })
  service(@Root() finding: Finding, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(finding.serviceId);
  }
}

@Resolver(() => FindingEvidence)
export class FindingEvidenceResolver {
  @FieldResolver(() => Service, {
    nullable: true,
    description: 'The service the fact is about: the usage’s own, or one it depends on; null for a certificate.',
  })
  service(@Root() evidence: FindingEvidence, @Ctx() ctx: GraphContext) {
    return evidence.serviceId === undefined ? null : ctx.loaders.services.load(evidence.serviceId);
  }

  @FieldResolver(() => Vendor, { nullable: true, description: 'For a certificate: the vendor that holds it.' })
  vendor(@Root() evidence: FindingEvidence, @Ctx() ctx: GraphContext) {
    return evidence.vendorId === undefined ? null : ctx.loaders.vendors.load(evidence.vendorId);
  }
}

@Resolver(() => Portfolio)
export class ComplianceResolver {
  @Authorized('reader')
  @FieldResolver(() => ComplianceMatrix, {
    description:
      'The compliance matrix: a row per usage (most critical first), a column per requirement, each cell the status of that finding, with counts per row, per column and overall. Computed from the graph as it is now.',
  })
  async compliance(
    @Root() portfolio: Portfolio,
    @Arg('asOf', () => String, { nullable: true, description: `${asOfDescription} Certificates must be valid on this day.` }) asOf: string | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<ComplianceMatrix> {
    const today = asOfDay(asOf);
    const { usages, requirements, findings } = await findingsOf(ctx, portfolio.id, today, {}, 'id');
    const byUsage = new Map<string, FindingRow[]>();
    const byRequirement = new Map<string, FindingRow[]>();
    for (const f of findings) {
      byUsage.set(f.usage.id, [...(byUsage.get(f.usage.id) ?? []), f]);
      byRequirement.set(f.requirement.id, [...(byRequirement.get(f.requirement.id) ?? []), f]);
    }
    return {
      asOf: today,
      columns: requirements.map((requirement) => ({ requirement, counts: toCounts(byRequirement.get(requirement.id) ?? []) })),
      rows: usages.map((usage) => {
        const cells = byUsage.get(usage.id) ?? [];
        return {
          usage,
          serviceId: usage.serviceId,
          cells: cells.map((f) => ({ findingId: f.id, requirementId: f.requirement.id, status: f.status as FindingStatus, note: f.note })),
          counts: toCounts(cells),
        };
      }),
      counts: toCounts(findings),
    };
  }
}

@Resolver(() => ComplianceRow)
export class ComplianceRowResolver {
  @FieldResolver(() => Service, { description: 'The service of the usage.' })
  service(@Root() row: ComplianceRow, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(row.serviceId);
  }
}
