import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Control, Framework } from '../types/nodes.js';
import { Disclosure } from '../types/edges.js';
import { toDisclosure } from '../types/edge-mapping.js';
import { ControlConnection } from '../types/connections.js';
import { ControlSort, ControlWhere } from '../inputs/catalog-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { listQuery } from './list-resolver.js';

@Resolver(() => Control)
export class ControlResolver extends listQuery({
  name: 'controls',
  description: 'The ISO/IEC 27017 control catalog, filtered, sorted (catalog order by default) and paginated.',
  definition: lists.controls,
  connection: ControlConnection,
  where: ControlWhere,
  sort: ControlSort,
  sortExample: '[{ code: DESC }]',
}) {
  @Query(() => Control, { nullable: true, description: 'A control by id (e.g. `iso27017:CLD.8.1.5`); null if there is none.' })
  control(@Arg('id', () => ID, { description: 'A control id, e.g. `iso27017:CLD.8.1.5`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.controls.load(id);
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
