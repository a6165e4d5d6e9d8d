import { Field, ID, InputType, Int } from 'type-graphql';
import { FindingStatus } from '../types/findings.js';

@InputType({ description: 'Which findings to list; each list given keeps the findings matching one of its items.' })
export class FindingWhere {
  @Field(() => [FindingStatus], {
    nullable: true,
    description: 'Only these statuses. Without it, every status but NOT_APPLICABLE (ask for NOT_APPLICABLE to see the pairs a requirement does not cover).',
  })
  status?: FindingStatus[];
  @Field(() => [ID], { nullable: true, description: 'Only these requirements: ids (`demo-shoji|req|jp-only-personal`) or their slugs (`jp-only-personal`).' })
  requirement?: string[];
  @Field(() => [ID], { nullable: true, description: 'Only the usages of these services (service ids).' })
  service?: string[];
  @Field(() => [Int], { nullable: true, description: 'Only usages of these criticalities (1 critical, 2 important, 3 other).' })
  criticality?: number[];
}
