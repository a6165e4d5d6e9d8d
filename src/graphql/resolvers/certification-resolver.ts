import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Certification } from '../types/nodes.js';
import { CertificationHolding } from '../types/edges.js';
import { toCertificationHolding } from '../types/edge-mapping.js';
import { CertificationConnection } from '../types/connections.js';
import { CertificationSort, CertificationWhere } from '../inputs/catalog-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { listQuery } from './list-resolver.js';

@Resolver(() => Certification)
export class CertificationResolver extends listQuery({
  name: 'certifications',
  description: 'Certification schemes, filtered, sorted (by id by default) and paginated.',
  definition: lists.certifications,
  connection: CertificationConnection,
  where: CertificationWhere,
  sort: CertificationSort,
  sortExample: '[{ name: DESC }]',
}) {
  @Query(() => Certification, { nullable: true, description: 'A certification scheme by id (`iso27001`, `iso27017`, `privacymark`); null if there is none.' })
  certification(@Arg('id', () => ID, { description: 'A certification id, e.g. `iso27017`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.certifications.load(id);
  }

  @FieldResolver(() => [CertificationHolding], { description: 'Vendors holding this certification, with registration number, scope and evidence.' })
  async holders(@Root() certification: Certification, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.certificationHolders.load(certification.id)).map(toCertificationHolding);
  }
}
