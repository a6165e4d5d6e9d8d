/** Validity and freshness: certificate status, certificates running out, stale documents; whole graph or one portfolio. */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CertificationHolding } from '../types/edges.js';
import { toCertificationHolding } from '../types/edge-mapping.js';
import { Service } from '../types/nodes.js';
import { CertificationStatus, ExpiringCertification, ExpiringCertificationConnection, StaleDocument, StaleDocumentConnection } from '../types/validity.js';
import { PageArgs } from '../inputs/list-args.js';
import { asOfDay, asOfDescription } from '../inputs/as-of.js';
import { pageFrom, toConnection } from '../pagination.js';
import { invalidArgument } from '../errors.js';
import type { GraphContext } from '../context.js';
import { inScope, portfolioScope, type PortfolioScope } from '../portfolio-access.js';
import { certificationStatus, expiringCertifications, staleDocuments } from '../../queries/validity.js';
import type { ServiceRecord } from '../../queries/records.js';

/** Ten years ahead, a hundred years back: bounds no real question reaches. */
const maxWithinDays = 3650;
const maxMonths = 1200;

function wholeNumberIn(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw invalidArgument(name, `must be a whole number from 0 to ${max}, got ${value}`);
  return value;
}

/** The portfolio's services of a row, each carrying the scope so `Service.criticality` and `Service.usage` answer for the portfolio. */
async function servicesOf(ids: readonly string[], scope: PortfolioScope | null | undefined, ctx: GraphContext) {
  const services = await Promise.all(ids.map((id) => ctx.loaders.services.load(id)));
  return services.filter((s): s is ServiceRecord => s !== null).map((s) => inScope(s, scope ?? null));
}

@Resolver(() => CertificationHolding)
export class CertificationValidityResolver {
  @FieldResolver(() => CertificationStatus, {
    description: 'Its standing on the day given (today by default): VALID, EXPIRED, NOT_YET_VALID, or UNKNOWN when the documents print no validUntil.',
  })
  status(
    @Root() holding: CertificationHolding,
    @Arg('asOf', () => String, { nullable: true, description: asOfDescription }) asOf: string | undefined,
  ): CertificationStatus {
    return certificationStatus(holding, asOfDay(asOf)) as CertificationStatus;
  }
}

@Resolver(() => ExpiringCertification)
export class ExpiringCertificationResolver {
  @Query(() => ExpiringCertificationConnection, {
    description:
      'Certificates whose validUntil falls within the next `withinDays` days (counted from `asOf`, today by default), soonest first; with `includeExpired`, those already expired as well. With a portfolio, only the certificates of vendors whose services it uses, each with those services. A certificate whose documents print no validUntil is never listed (its `status` is UNKNOWN).',
  })
  async expiringCertifications(
    @Arg('withinDays', () => Int, { description: `Days ahead to look: 0 (ending today) to ${maxWithinDays}.` }) withinDays: number,
    @Arg('portfolio', () => ID, {
      nullable: true,
      description: "Only the vendors of this portfolio's services (reader role when authentication is configured).",
    })
    portfolio: string | undefined,
    @Arg('includeExpired', () => Boolean, { defaultValue: false, description: 'Also list certificates whose validUntil has passed.' }) includeExpired: boolean,
    @Arg('asOf', () => String, { nullable: true, description: asOfDescription }) asOf: string | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const today = asOfDay(asOf);
    const within = wholeNumberIn('withinDays', withinDays, maxWithinDays);
    const scope = await portfolioScope(ctx, portfolio);
    const query = { today, withinDays: within, includeExpired, portfolioId: scope?.portfolioId ?? null };
    const result = await expiringCertifications(ctx.db, query, page);
    const items = result.items.map((row) => ({ ...row, holding: toCertificationHolding(row.holding), status: row.status as CertificationStatus, scope }));
    return toConnection(items, result.totalCount, page);
  }

  @FieldResolver(() => [Service], { description: "With a portfolio, the portfolio's services from this vendor; empty without one." })
  services(@Root() row: ExpiringCertification, @Ctx() ctx: GraphContext) {
    return servicesOf(row.serviceIds, row.scope, ctx);
  }
}

@Resolver(() => StaleDocument)
export class StaleDocumentResolver {
  @Query(() => StaleDocumentConnection, {
    description:
      'Current documents (no newer version replaces them) published more than `olderThanMonths` calendar months before `asOf` (today by default), and any that carry no date, which are listed first and say so. Oldest first. With a portfolio, only the documents of vendors whose services it uses.',
  })
  async staleDocuments(
    @Arg('olderThanMonths', () => Int, { description: `Age in whole calendar months: 0 to ${maxMonths}.` }) olderThanMonths: number,
    @Arg('portfolio', () => ID, {
      nullable: true,
      description: "Only the documents of this portfolio's vendors (reader role when authentication is configured).",
    })
    portfolio: string | undefined,
    @Arg('asOf', () => String, { nullable: true, description: asOfDescription }) asOf: string | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const today = asOfDay(asOf);
    const months = wholeNumberIn('olderThanMonths', olderThanMonths, maxMonths);
    const scope = await portfolioScope(ctx, portfolio);
    const result = await staleDocuments(ctx.db, { today, olderThanMonths: months, portfolioId: scope?.portfolioId ?? null }, page);
    const items = result.items.map(({ document, ageMonths, serviceIds }) => ({
      document,
      publishedOn: document.publishedOn,
      ageMonths,
      note: document.publishedOn === undefined ? 'The document carries no date: it cannot be shown to be current.' : undefined,
      serviceIds,
      scope,
    }));
    return toConnection(items, result.totalCount, page);
  }

  @FieldResolver(() => [Service], { description: "With a portfolio, the portfolio's services from the document's vendor; empty without one." })
  services(@Root() row: StaleDocument, @Ctx() ctx: GraphContext) {
    return servicesOf(row.serviceIds, row.scope, ctx);
  }
}
