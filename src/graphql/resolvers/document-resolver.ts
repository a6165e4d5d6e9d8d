import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Document, DocumentRevision, Vendor } from '../types/nodes.js';
import { DocumentConnection } from '../types/connections.js';
import { DocumentSort, DocumentWhere } from '../inputs/catalog-inputs.js';
import { idList } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import { listPage } from './list-page.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'A source document by id (e.g. `goooon-whitepaper`); null if there is none.' })
  document(@Arg('id', () => ID, { description: 'A document id, e.g. `gluegent-whitepaper`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documents.load(id);
  }

  @Query(() => DocumentConnection, { description: 'Source documents, newest first by default.' })
  documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => DocumentWhere, { nullable: true, description: 'Filters; every filter given must hold.' }) where: DocumentWhere | undefined,
    @Arg('sort', () => DocumentSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' })
    sort: DocumentSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    const order = sort && Object.values(sort).some((v) => v != null) ? sortParams(sort, 'publishedOn') : { sortField: 'publishedOn', sortDescending: true };
    return listPage(ctx, 'documents', { ids: idList(where?.id), vendorIds: idList(where?.vendor), ...order }, page);
  }

  @FieldResolver(() => Vendor, { nullable: true, description: 'The vendor that published the document.' })
  async vendor(@Root() document: Document, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.documentPublisher.load(document.id))[0] ?? null;
  }

  @FieldResolver(() => [DocumentRevision], { description: 'Revision history, oldest first, as the document prints it.' })
  revisions(@Root() document: Document, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documentRevisions.load(document.id);
  }
}
