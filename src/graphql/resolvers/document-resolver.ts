import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Document, DocumentRevision, Vendor } from '../types/nodes.js';
import { DocumentConnection } from '../types/connections.js';
import { DocumentSort, DocumentWhere } from '../inputs/catalog-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { listQuery } from './list-resolver.js';

@Resolver(() => Document)
export class DocumentResolver extends listQuery({
  name: 'documents',
  description: 'Source documents, filtered, sorted (newest first by default) and paginated.',
  definition: lists.documents,
  connection: DocumentConnection,
  where: DocumentWhere,
  sort: DocumentSort,
  sortExample: '[{ title: ASC }]',
}) {
  @Query(() => Document, { nullable: true, description: 'A source document by id (e.g. `goooon-whitepaper`); null if there is none.' })
  document(@Arg('id', () => ID, { description: 'A document id, e.g. `gluegent-whitepaper`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documents.load(id);
  }

  @FieldResolver(() => Vendor, { nullable: true, description: 'The vendor that published the document.' })
  async vendor(@Root() document: Document, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.documentPublisher.load(document.id))[0] ?? null;
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: 'The document this one is a new version of (registerDocument with previousVersion); null for a first version.',
  })
  async previousVersion(@Root() document: Document, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.documentPreviousVersion.load(document.id))[0] ?? null;
  }

  @FieldResolver(() => [DocumentRevision], { description: 'Revision history, oldest first, as the document prints it.' })
  revisions(@Root() document: Document, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documentRevisions.load(document.id);
  }
}
