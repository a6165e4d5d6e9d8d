import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Control, Framework } from '../types/nodes.js';
import { Disclosure } from '../types/edges.js';
import { toDisclosure } from '../types/edge-mapping.js';
import { ControlConnection } from '../types/connections.js';
import { ControlSort, ControlWhere } from '../inputs/catalog-inputs.js';
import { idList, textParams } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import { listPage } from './list-page.js';

@Resolver(() => Control)
export class ControlResolver {
  @Query(() => Control, { nullable: true, description: 'A control by id (e.g. `iso27017:CLD.8.1.5`); null if there is none.' })
  control(@Arg('id', () => ID, { description: 'A control id, e.g. `iso27017:CLD.8.1.5`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.controls.load(id);
  }

  @Query(() => ControlConnection, { description: 'The ISO/IEC 27017 control catalog, filtered, sorted (catalog order by default) and paginated.' })
  controls(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ControlWhere, { nullable: true, description: 'Filters; every filter given must hold.' }) where: ControlWhere | undefined,
    @Arg('sort', () => ControlSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' }) sort: ControlSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    const code = textParams(where?.code);
    return listPage(
      ctx,
      'controls',
      {
        ids: idList(where?.id),
        codeIn: code.in,
        // Codes are matched as written ("CLD.8"), not case-folded.
        codeStartsWith: where?.code?.startsWith ?? null,
        titleContains: textParams(where?.title).contains,
        cloudSpecific: where?.cloudSpecific ?? null,
        disclosedBy: idList(where?.disclosedBy),
        ...sortParams(sort, 'code'),
      },
      page,
    );
  }

  @FieldResolver(() => Framework, { nullable: true, description: 'The framework the control belongs to.' })
  async framework(@Root() control: Control, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.controlFramework.load(control.id))[0] ?? null;
  }

  @FieldResolver(() => [Disclosure], { description: 'What each service discloses about this control.' })
  async disclosures(@Root() control: Control, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.controlDisclosures.load(control.id)).map(toDisclosure);
  }
}
