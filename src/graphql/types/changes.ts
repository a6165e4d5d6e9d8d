/** The change log as the API shows it: one `Change` per write, and facts with their lifecycle. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionOf } from './connections.js';

export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  RETRACT = 'RETRACT',
}
registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a write did.',
  valuesConfig: {
    CREATE: { description: 'Created the node or fact (or brought back a retracted fact).' },
    UPDATE: { description: 'Changed an existing node or fact.' },
    RETRACT: { description: 'Retracted a fact: it left every answer and stays in the history.' },
  },
});

@ObjectType({ description: 'One recorded write: who, when, what, the state before and after, and why.' })
export class Change {
  @Field(() => ID, { description: 'Id of this change.' })
  id!: string;
  @Field(() => String, { description: 'When it was written (ISO 8601, UTC).' })
  at!: string;
  @Field(() => String, { description: "Who wrote it: the token's subject (`local` in development without auth)." })
  actor!: string;
  @Field(() => ChangeOperation, { description: 'What the write did.' })
  operation!: ChangeOperation;
  @Field(() => ID, { description: 'The node or fact written.' })
  targetId!: string;
  @Field(() => String, { description: 'Its type, e.g. `InfrastructureUsage`, `Vendor`, `Document`.' })
  targetKind!: string;
  @Field(() => Int, { description: 'Its version after this change: pass it as `expectedVersion` to the next write.' })
  version!: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its stored properties before (null when created).' })
  before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its stored properties after.' })
  after?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'The reason the writer gave.' })
  reason?: string;
}

export const ChangeConnection = connectionOf(Change, 'Change');

@ObjectType({ description: 'A fact (an evidence-carrying relationship) by id, current or retracted, with its lifecycle.' })
export class Fact {
  @Field(() => ID, { description: 'Stable id, e.g. `goooon|azure:japaneast`.' })
  id!: string;
  @Field(() => String, { description: 'Its type, e.g. `InfrastructureUsage`.' })
  kind!: string;
  @Field(() => ID, { description: 'The node the fact points at (region, country, service, certification, control, time source).' })
  targetId!: string;
  @Field(() => Int, { description: 'Version: starts at 1, one more on every change.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'When it was first written through the API (null for a fact loaded before curation).' })
  createdAt?: string;
  @Field(() => String, { nullable: true, description: 'When it last changed.' })
  updatedAt?: string;
  @Field(() => String, { nullable: true, description: 'When it was retracted; null while it is current.' })
  retractedAt?: string;
  @Field(() => GraphQLJSONObject, { description: 'Its stored properties (basis, evidence, values).' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'What importDocument did: the facts the document states, and those it retracted because the document no longer states them.' })
export class ImportResult {
  documentId!: string;
  @Field(() => [ID], { description: 'Ids of every fact the imported document states (created, updated or unchanged).' })
  factIds!: string[];
  @Field(() => [Change], { description: 'One change per fact retracted because the document no longer states it.' })
  retracted!: Change[];
  @Field(() => Change, { description: 'The change recorded for the import itself.' })
  change!: Change;
}
