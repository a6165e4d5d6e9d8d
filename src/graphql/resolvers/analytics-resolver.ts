/** Aggregations for risk dashboards: concentration risk and metric summaries, over a portfolio or the whole graph. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { concentrationReport, type ConcentrationDimension as Dimension } from '../../queries/concentration.js';
import { metricSummary, type MetricGrouping as Grouping } from '../../queries/metric-summary.js';
import { readPortfolioScope } from '../../queries/portfolio-scope.js';
import { canonicalUnitOf } from '../../seed/normalize-metric.js';
import type { MetricName as MetricNameValue } from '../../seed/seed-schema.js';
import { ConcentratedService, ConcentrationDimension, ConcentrationEntry, ConcentrationReport, MetricGrouping, MetricSummary } from '../types/analytics.js';
import { MetricName } from '../types/enums.js';
import type { GraphContext } from '../context.js';
import { invalidArgument, notFound } from '../errors.js';
import { pageFrom } from '../pagination.js';
import { requirePortfolioReader } from '../portfolio-access.js';

const portfolioArg = {
  nullable: true,
  description:
    "A portfolio's id: only the services it uses, with their criticality (needs the reader role when auth is configured). Omitted: every service of the graph.",
};

/** Portfolio data needs a reader: checked before anything is read. */
function portfolioIdOf(ctx: GraphContext, portfolio: string | null | undefined): string | null {
  if (portfolio == null) return null;
  requirePortfolioReader(ctx);
  return portfolio;
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => ConcentrationReport, {
    description:
      'Concentration risk: what the services depend on (directly and through DEPENDS_ON chains), ranked by how many of them depend on it, each with the number of services and vendors, their criticality mix and the services themselves.',
  })
  async concentration(
    @Arg('by', () => ConcentrationDimension, { description: 'What to count the services against.' }) by: Dimension,
    @Arg('portfolio', () => ID, portfolioArg) portfolio: string | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'Entries to return, largest first: 0 to the maximum page size (default 20).' })
    first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<ConcentrationReport> {
    const portfolioId = portfolioIdOf(ctx, portfolio);
    const { limit } = pageFrom(first, undefined, ctx.limits.maxPageSize);
    // Each entry's services are read up to the largest page `services(first)` may ask for.
    const report = await concentrationReport(ctx.db, { portfolioId, by, limit, servicesPerEntry: ctx.limits.maxPageSize });
    if (!report.scope.known) throw notFound('portfolio', 'portfolio', portfolio!);
    const scoped = portfolioId !== null;
    return {
      by,
      scope: { serviceCount: report.scope.serviceCount, vendorCount: report.scope.vendorCount, criticality: scoped ? report.scope.criticality : null },
      totalCount: report.totalCount,
      entries: report.items.map((e) => ({
        key: e.key,
        name: e.name,
        serviceCount: e.serviceCount,
        vendorCount: e.vendorCount,
        share: e.share,
        criticality: scoped ? e.criticality : null,
        listed: e.services.map((s) => ({ service: s.service, criticality: s.criticality ?? null, direct: s.direct })),
      })),
    };
  }

  @Query(() => MetricSummary, {
    description:
      "Count, minimum, maximum and average of a metric's normalised values per provider, region, vendor, certification or criticality, for dashboards.",
  })
  async metricSummary(
    @Arg('metric', () => MetricName, { description: 'The metric, e.g. dataDeletionDays.' }) metric: MetricNameValue,
    @Arg('groupBy', () => MetricGrouping, { description: 'How to group the services.' }) groupBy: Grouping,
    @Arg('portfolio', () => ID, portfolioArg) portfolio: string | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<MetricSummary> {
    if (groupBy === 'CRITICALITY' && portfolio == null) {
      throw invalidArgument('groupBy', 'CRITICALITY needs a portfolio: criticality belongs to a usage (pass `portfolio`)');
    }
    const portfolioId = portfolioIdOf(ctx, portfolio);
    const [scope, groups] = await Promise.all([
      portfolioId === null ? null : readPortfolioScope(ctx.db, portfolioId),
      metricSummary(ctx.db, { portfolioId, metric, groupBy }),
    ]);
    if (scope && !scope.known) throw notFound('portfolio', 'portfolio', portfolio!);
    return { metric, unit: canonicalUnitOf[metric], groupBy, groups };
  }
}

@Resolver(() => ConcentrationEntry)
export class ConcentrationEntryResolver {
  @FieldResolver(() => [ConcentratedService], { description: 'The services counted, most critical first, then by name.' })
  services(
    @Root() entry: ConcentrationEntry,
    @Arg('first', () => Int, { nullable: true, description: 'How many: 0 to the maximum page size (default 20).' }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): ConcentratedService[] {
    return entry.listed.slice(0, pageFrom(first, undefined, ctx.limits.maxPageSize).limit);
  }
}
