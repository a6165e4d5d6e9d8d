import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Certification } from '../types/nodes.js';
import { CertificationHolding } from '../types/edges.js';
import { toCertificationHolding } from '../types/edge-mapping.js';
import { CertificationConnection } from '../types/connections.js';
import { CertificationSort, CertificationWhere } from '../inputs/catalog-inputs.js';
import { idList, textParams } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import { listPage } from './list-page.js';

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => Certification, { nullable: true, description: 'A certification scheme by id (`iso27001`, `iso27017`, `privacymark`); null if there is none.' })
  certification(@Arg('id', () => ID, { description: 'A certification id, e.g. `iso27017`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.certifications.load(id);
  }

  @Query(() => CertificationConnection, { description: 'Certification schemes, filtered, sorted and paginated.' })
  certifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => CertificationWhere, { nullable: true, description: 'Filters; every filter given must hold.' }) where: CertificationWhere | undefined,
    @Arg('sort', () => CertificationSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' })
    sort: CertificationSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    return listPage(
      ctx,
      'certifications',
      { ids: idList(where?.id), standardIn: textParams(where?.standard).in, heldBy: idList(where?.heldBy), ...sortParams(sort, 'id') },
      page,
    );
  }

  @FieldResolver(() => [CertificationHolding], { description: 'Vendors holding this certification, with registration number, scope and evidence.' })
  async holders(@Root() certification: Certification, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.certificationHolders.load(certification.id)).map(toCertificationHolding);
  }
}
