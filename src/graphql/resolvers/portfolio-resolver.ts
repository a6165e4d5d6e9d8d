/**
 * Portfolios: what an organisation uses and the rules it holds its vendors
 * to. Reads need the reader role whenever authentication is configured
 * (../portfolio-access.ts); writes need editor and are recorded in the
 * change log like the curation mutations (each one transaction).
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context.js';
import { Service } from '../types/nodes.js';
import { Change } from '../types/changes.js';
import { Portfolio, PortfolioUsage, PortfolioUsageConnection, Requirement } from '../types/portfolios.js';
import {
  PortfolioInput,
  PortfolioPatchInput,
  PortfolioUsageInput,
  PortfolioUsagePatchInput,
  PortfolioUsageWhere,
  RequirementInput,
} from '../inputs/portfolio-inputs.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom, toConnection } from '../pagination.js';
import { invalidArgument } from '../errors.js';
import { portfolioLoaders } from '../portfolio-loaders.js';
import type { InPortfolio } from '../portfolio-access.js';
import { expectedVersionDescription, inTransaction, reasonDescription } from './curation-resolver.js';
import { withoutNulls } from './without-nulls.js';
import { readAllPortfolios } from '../../queries/portfolios/read-portfolios.js';
import type { UsageRecord } from '../../queries/portfolios/portfolio-records.js';
import * as W from '../../queries/portfolios/write-portfolios.js';
import { criticalitySchema, dataClassSchema } from '../../seed/portfolio-schema.js';

/** A patch input as a plain object: given fields (null included), absent ones left out. */
const patchOf = (input: object): Record<string, unknown> => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));

function usageFilter(where: PortfolioUsageWhere | null | undefined) {
  const criticality = where?.criticality ?? null;
  if (criticality !== null && !criticalitySchema.safeParse(criticality).success)
    throw invalidArgument('where.criticality', 'must be 1 (critical), 2 (important) or 3 (other)');
  const dataClass = where?.dataClass == null ? null : dataClassSchema.safeParse(where.dataClass);
  if (dataClass && !dataClass.success) throw invalidArgument('where.dataClass', dataClass.error.issues[0]!.message);
  return { criticality, dataClass: dataClass?.data ?? null };
}

const versioned = { nullable: true, description: expectedVersionDescription } as const;
const why = { nullable: true, description: reasonDescription } as const;

@Resolver(() => Portfolio)
export class PortfolioResolver {
  @Authorized('reader')
  @Query(() => Portfolio, { nullable: true, description: 'A portfolio by id; null if there is none (reader role when authentication is configured).' })
  portfolio(@Arg('id', () => ID, { description: 'A portfolio id, e.g. `demo-shoji`.' }) id: string, @Ctx() ctx: GraphContext) {
    return portfolioLoaders(ctx).byId.load(id);
  }

  @Authorized('reader')
  @Query(() => [Portfolio], { description: 'Every portfolio, by name (reader role when authentication is configured).' })
  portfolios(@Ctx() ctx: GraphContext) {
    return readAllPortfolios(ctx.db);
  }

  @Authorized('reader')
  @FieldResolver(() => PortfolioUsageConnection, {
    description: 'The services the portfolio uses, most critical first, then by service name; filtered and paginated.',
  })
  async usages(
    @Root() portfolio: Portfolio,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('where', () => PortfolioUsageWhere, { nullable: true, description: 'Only usages of a criticality, or holding a data class.' })
    where: PortfolioUsageWhere | null,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const result = await portfolioLoaders(ctx).usages(usageFilter(where), page).load(portfolio.id);
    return toConnection(result.items, result.totalCount, page);
  }

  @Authorized('reader')
  @FieldResolver(() => [Requirement], { description: 'The requirements the portfolio holds its vendors to, by id.' })
  requirements(@Root() portfolio: Portfolio, @Ctx() ctx: GraphContext) {
    return portfolioLoaders(ctx).requirements.load(portfolio.id);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Creates a portfolio (editor). An id already taken is refused: change it with updatePortfolio.' })
  createPortfolio(
    @Arg('input', () => PortfolioInput, { description: 'The portfolio.' }) input: PortfolioInput,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.createPortfolio(tx, withoutNulls(input), { ...write, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Changes a portfolio’s name or description (editor).' })
  updatePortfolio(
    @Arg('id', () => ID, { description: 'The portfolio id.' }) id: string,
    @Arg('input', () => PortfolioPatchInput, { description: 'The fields to change.' }) input: PortfolioPatchInput,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.updatePortfolio(tx, id, patchOf(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, {
    description: 'Adds a service to a portfolio, or brings back a removed one (editor). A service already in use is refused: change it with updateUsage.',
  })
  addUsage(
    @Arg('portfolio', () => ID, { description: 'The portfolio id.' }) portfolio: string,
    @Arg('input', () => PortfolioUsageInput, { description: 'The usage.' }) input: PortfolioUsageInput,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.addUsage(tx, portfolio, withoutNulls(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Changes a usage: criticality, data classes, owner, contract dates or notes (editor).' })
  updateUsage(
    @Arg('portfolio', () => ID, { description: 'The portfolio id.' }) portfolio: string,
    @Arg('service', () => ID, { description: 'The service id.' }) service: string,
    @Arg('input', () => PortfolioUsagePatchInput, { description: 'The fields to change.' }) input: PortfolioUsagePatchInput,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.updateUsage(tx, portfolio, service, patchOf(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Removes a service from a portfolio (editor): it leaves every answer and stays in the history.' })
  removeUsage(
    @Arg('portfolio', () => ID, { description: 'The portfolio id.' }) portfolio: string,
    @Arg('service', () => ID, { description: 'The service id.' }) service: string,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.removeUsage(tx, portfolio, service, { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Adds a requirement to a portfolio; the same id again replaces it (editor).' })
  addRequirement(
    @Arg('portfolio', () => ID, { description: 'The portfolio id.' }) portfolio: string,
    @Arg('input', () => RequirementInput, { description: 'The requirement.' }) input: RequirementInput,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) =>
      W.addRequirement(tx, portfolio, withoutNulls(input) as Record<string, unknown>, { ...write, expectedVersion, reason: reason ?? undefined }),
    );
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Removes a requirement (editor); its last state stays in the history.' })
  removeRequirement(
    @Arg('id', () => ID, { description: 'The requirement id, `<portfolio>|req|<slug>` as `Requirement.id` shows it.' }) id: string,
    @Arg('expectedVersion', () => Int, versioned) expectedVersion: number | null,
    @Arg('reason', () => String, why) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => W.removeRequirement(tx, id, { ...write, expectedVersion, reason: reason ?? undefined }));
  }
}

/** What a service is to the portfolio a question is scoped to: read from the scope the question already holds, no statement. */
@Resolver(() => Service)
export class ServiceInPortfolioResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'On an answer scoped to a portfolio (a question given `portfolio:`): the criticality of the service to it, 1 critical, 2 important, 3 other. Null elsewhere.',
  })
  criticality(@Root() service: InPortfolio<Service>): number | null {
    return service.inPortfolio?.usageOf(service.id)?.criticality ?? null;
  }

  @FieldResolver(() => PortfolioUsage, {
    nullable: true,
    description: 'On an answer scoped to a portfolio: how the portfolio uses the service (criticality, data classes, owner, contract). Null elsewhere.',
  })
  usage(@Root() service: InPortfolio<Service>): UsageRecord | null {
    return service.inPortfolio?.usageOf(service.id) ?? null;
  }
}

@Resolver(() => PortfolioUsage)
export class PortfolioUsageResolver {
  @FieldResolver(() => Service, { description: 'The service used.' })
  async service(@Root() usage: UsageRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(usage.serviceId);
  }
}
