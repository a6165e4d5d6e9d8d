import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: 0 to the maximum page size (default 20).' })
  first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the item to continue after (pageInfo.endCursor).' })
  after?: string;
}
