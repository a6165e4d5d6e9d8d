/** `search`: ranked full-text search over names, titles, summaries and quotes, Japanese included. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { searchTerms } from '../../search/search-text.js';
import { search } from '../../queries/search.js';
import { SearchHit } from '../types/questions.js';
import { SearchKind } from '../types/enums.js';
import { Control, Region, Service, Vendor } from '../types/nodes.js';
import { Disclosure } from '../types/edges.js';
import { toDisclosure } from '../types/edge-mapping.js';
import { invalidArgument } from '../errors.js';
import type { GraphContext } from '../context.js';
import { inScope, portfolioArgumentDescription, portfolioScope, serviceInScope, type InPortfolio } from '../portfolio-access.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked search over vendor and service names, region names, control titles, and disclosure summaries and quotes. Works for Japanese (character bigrams, no word boundaries needed) and ignores full-width/half-width and case.',
  })
  async search(
    @Arg('text', () => String, { description: 'What to look for, e.g. "データ削除", "バックアップ 世代", "NTP".' }) text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Most hits returned.' }) first: number,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only hits of these kinds.' }) kinds: SearchKind[] | undefined,
    @Arg('portfolio', () => ID, {
      nullable: true,
      description: `${portfolioArgumentDescription} Finds its services, their vendors and their disclosures (no controls or regions).`,
    })
    portfolio: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<Array<InPortfolio<SearchHit>>> {
    const terms = searchTerms(text);
    if (terms.length === 0) throw invalidArgument('text', 'must contain at least one letter, digit or character');
    if (first < 0 || first > ctx.limits.maxPageSize) throw invalidArgument('first', `must be from 0 to ${ctx.limits.maxPageSize}, got ${first}`);
    const scope = await portfolioScope(ctx, portfolio);
    const hits = await search(ctx.db, ctx.searchCandidates, { text, first, kinds, scope });
    return hits.map((hit) => inScope({ ...hit, kind: SearchKind[hit.kind] }, scope));
  }

  @FieldResolver(() => Vendor, { nullable: true, description: 'Set when kind is VENDOR.' })
  vendor(@Root() hit: SearchHit, @Ctx() ctx: GraphContext) {
    return hit.kind === SearchKind.VENDOR ? ctx.loaders.vendors.load(hit.id) : null;
  }

  @FieldResolver(() => Service, { nullable: true, description: 'Set when kind is SERVICE, and for DISCLOSURE (the disclosing service).' })
  service(@Root() hit: InPortfolio<SearchHit>, @Ctx() ctx: GraphContext) {
    return hit.serviceId ? serviceInScope(ctx, hit.serviceId, hit) : null;
  }

  @FieldResolver(() => Control, { nullable: true, description: 'Set when kind is CONTROL, and for DISCLOSURE (the control disclosed).' })
  control(@Root() hit: SearchHit, @Ctx() ctx: GraphContext) {
    return hit.controlId ? ctx.loaders.controls.load(hit.controlId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Set when kind is REGION.' })
  region(@Root() hit: SearchHit, @Ctx() ctx: GraphContext) {
    return hit.kind === SearchKind.REGION ? ctx.loaders.regions.load(hit.id) : null;
  }

  @FieldResolver(() => Disclosure, { nullable: true, description: 'Set when kind is DISCLOSURE: with its quote and evidence.' })
  async disclosure(@Root() hit: SearchHit, @Ctx() ctx: GraphContext) {
    if (hit.kind !== SearchKind.DISCLOSURE) return null;
    const edge = await ctx.loaders.disclosures.load(hit.id);
    return edge ? toDisclosure(edge) : null;
  }
}
