/**
 * The write API. Each mutation is one transaction (the write and its change
 * record commit together or not at all), guarded by `@Authorized` (the role
 * check lives in ../auth-checker.ts), validated with the seed's schemas, and
 * answered with the `Change` it recorded.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { StatementRunner } from '../../db/graph-database.js';
import type { GraphContext } from '../context.js';
import { conflict, notFound, refusedInput } from '../errors.js';
import { Document } from '../types/nodes.js';
import { Change, ChangeConnection, Fact, ImportResult } from '../types/changes.js';
import {
  CertificationHoldingInput,
  DataLocationInput,
  DependencyInput,
  DisclosureInput,
  InfrastructureUsageInput,
  RegisterDocumentInput,
  ServiceInput,
  TimeSyncInput,
  VendorInput,
} from '../inputs/curation-inputs.js';
import { CurationInputError, UnknownTargetError, VersionConflictError } from '../../queries/curation/curation-errors.js';
import { factState, retractFact, versionOf, writeFact, type FactKindName, type WriteContext } from '../../queries/curation/write-facts.js';
import { registerDocument, upsertService, upsertVendor } from '../../queries/curation/write-nodes.js';
import { changesPage, historyOf } from '../../queries/curation/change-log.js';
import { importSeedFile } from '../../queries/curation/import-seed.js';
import { pageFrom, toConnection } from '../pagination.js';
import { invalidArgument } from '../errors.js';
import { withoutNulls } from './without-nulls.js';

export const expectedVersionDescription =
  'Refuse with CONFLICT unless the node or fact is at this version (from `Change.version`); 0 means "must not exist yet".';
export const reasonDescription = 'Why: recorded in the history.';

/** Runs `work` in one transaction as the caller; maps refusals to client errors naming the field. */
export async function inTransaction<T>(ctx: GraphContext, work: (tx: StatementRunner, write: WriteContext) => Promise<T>): Promise<T> {
  const write = { actor: ctx.principal.subject ?? 'anonymous', now: new Date().toISOString(), derived: ctx.derived };
  try {
    return await ctx.db.transaction((tx) => work(tx, write));
  } catch (error) {
    if (error instanceof VersionConflictError) throw conflict(error.field, error.message);
    if (error instanceof UnknownTargetError) throw notFound(error.field, error.kind, error.id);
    if (error instanceof CurationInputError) throw refusedInput(error.field, error.problem);
    throw error;
  }
}

@Resolver()
export class CurationResolver {
  private writeOne(ctx: GraphContext, kind: FactKindName, input: object, expectedVersion?: number | null, reason?: string | null) {
    return inTransaction(ctx, (tx, write) => writeFact(tx, kind, withoutNulls(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Document, { description: 'Stores a source document with its full text (editor). A new version is a new id with `previousVersion`.' })
  async registerDocument(
    @Arg('input', () => RegisterDocumentInput, { description: 'The document and its text.' }) input: RegisterDocumentInput,
    @Ctx() ctx: GraphContext,
  ) {
    await inTransaction(ctx, (tx, write) => registerDocument(tx, withoutNulls(input), write));
    return ctx.loaders.documents.load(input.id);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Creates a vendor, or replaces the fields of an existing one (editor).' })
  upsertVendor(
    @Arg('input', () => VendorInput, { description: 'The vendor.' }) input: VendorInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => upsertVendor(tx, withoutNulls(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Creates a service, or replaces the fields of an existing one (editor).' })
  upsertService(
    @Arg('input', () => ServiceInput, { description: 'The service.' }) input: ServiceInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => upsertService(tx, withoutNulls(input), { ...write, expectedVersion, reason: reason ?? undefined }));
  }

  @Authorized('editor')
  @Mutation(() => Change, {
    description: 'States that a service runs on a region, with evidence (editor). The same service and region again updates the fact.',
  })
  linkInfrastructure(
    @Arg('input', () => InfrastructureUsageInput, { description: 'The fact and its evidence.' }) input: InfrastructureUsageInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'usesInfra', input, expectedVersion, reason);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'States where a service stores customer data, with evidence (editor).' })
  addDataLocation(
    @Arg('input', () => DataLocationInput, { description: 'The fact and its evidence.' }) input: DataLocationInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'storesDataIn', input, expectedVersion, reason);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'States that a service depends on a sub-processor, with evidence (editor).' })
  addDependency(
    @Arg('input', () => DependencyInput, { description: 'The fact and its evidence.' }) input: DependencyInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'dependsOn', input, expectedVersion, reason);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'States that a vendor holds a certification (validity dates and scope), with evidence (editor).' })
  addCertification(
    @Arg('input', () => CertificationHoldingInput, { description: 'The fact and its evidence.' }) input: CertificationHoldingInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'certifiedBy', input, expectedVersion, reason);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Records what a service discloses about a control, with metrics and evidence (editor).' })
  addDisclosure(
    @Arg('input', () => DisclosureInput, { description: 'The fact and its evidence.' }) input: DisclosureInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'disclosure', input, expectedVersion, reason);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'States which time source a service synchronises with, with evidence (editor).' })
  addTimeSource(
    @Arg('input', () => TimeSyncInput, { description: 'The fact and its evidence.' }) input: TimeSyncInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return this.writeOne(ctx, 'syncsTimeWith', input, expectedVersion, reason);
  }

  @Authorized('admin')
  @Mutation(() => Change, {
    description: 'Ends a fact (admin): it leaves every answer and stays in the history with who, when and why. Unknown id: NOT_FOUND.',
  })
  retract(
    @Arg('id', () => ID, { description: 'The fact id, e.g. `goooon|azure:japaneast`.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is retracted.' }) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: expectedVersionDescription }) expectedVersion: number | null,
    @Ctx() ctx: GraphContext,
  ) {
    if (!reason.trim()) throw invalidArgument('reason', 'must not be empty');
    return inTransaction(ctx, (tx, write) => retractFact(tx, id, { ...write, reason, expectedVersion }));
  }

  @Authorized('admin')
  @Mutation(() => ImportResult, {
    description:
      'Imports one document in the seed-file format (the JSON of `seed/documents/*.json`) and makes the graph say exactly what it says: what it states is written, the facts citing it that it no longer states are retracted, all in one transaction (admin).',
  })
  importDocument(
    @Arg('file', () => GraphQLJSONObject, { description: 'A seed file holding exactly one document, its vendors, services and facts.' })
    file: Record<string, unknown>,
    @Arg('text', () => String, { nullable: true, description: "The document's full text; omit to use the text already registered for it." })
    text: string | null,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return inTransaction(ctx, (tx, write) => importSeedFile(tx, file, text ?? undefined, { ...write, reason: reason ?? undefined }));
  }

  @Query(() => Fact, { nullable: true, description: 'A fact by id, current or retracted, with its version and lifecycle; null if there is none.' })
  async fact(@Arg('id', () => ID, { description: 'The fact id.' }) id: string, @Ctx() ctx: GraphContext) {
    // A read: on a cluster it goes to a follower, like every query.
    const state = await factState({ run: (s, params) => ctx.db.read(s, params) }, id);
    if (!state) return null;
    const p = state.props;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return {
      id,
      kind: state.kind,
      targetId: state.targetId,
      version: versionOf(p),
      createdAt: text(p.createdAt),
      updatedAt: text(p.updatedAt),
      retractedAt: text(p.retractedAt),
      properties: p,
    };
  }

  @Query(() => [Change], { description: 'The changes of a node or fact, oldest first: who, when, what and why.' })
  history(@Arg('id', () => ID, { description: 'A node or fact id.' }) id: string, @Ctx() ctx: GraphContext) {
    return historyOf(ctx.db, id);
  }

  @Query(() => ChangeConnection, { description: 'Every change, oldest first, paginated: what a frontend polls to refresh, and what an auditor reads.' })
  async changes(
    @Arg('since', () => String, { nullable: true, description: 'Only changes at or after this time (ISO 8601).' }) since: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    if (since != null && Number.isNaN(Date.parse(since))) throw invalidArgument('since', 'must be an ISO 8601 time, e.g. 2025-01-31T00:00:00Z');
    const page = pageFrom(first, after, ctx.limits.maxPageSize);
    const sinceIso = since == null ? null : new Date(since).toISOString();
    const { totalCount, changes } = await changesPage(ctx.db, sinceIso, page.offset, page.limit);
    return toConnection(changes, totalCount, page);
  }
}

@Resolver(() => ImportResult)
export class ImportResultResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The imported document.' })
  document(@Root() result: ImportResult, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documents.load(result.documentId);
  }
}
