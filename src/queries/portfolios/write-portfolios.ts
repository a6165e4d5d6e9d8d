/**
 * Writing a portfolio, its usages and its requirements: validated with the
 * portfolio schema (src/seed/portfolio-schema.ts), the services, schemes,
 * controls and countries they name checked against the graph, versioned
 * (`recordVersion`, CONFLICT on a stale `expectedVersion`) and logged in
 * the change log in the caller's transaction, like the curation writes.
 * A removed usage keeps `retractedAt` (every read skips it); a removed
 * requirement is deleted, its last state kept in the change log.
 */
import { z } from 'zod';
import type { StatementRunner } from '../../db/graph-database.js';
import { statement } from '../statement.js';
import { byId } from '../nodes.js';
import { readOneEach, type KeyedLookup } from '../keyed-lookups.js';
import * as P from '../../seed/portfolio-schema.js';
import { recordChange, type ChangeRecord } from '../curation/change-log.js';
import { CurationInputError, parseInput, UnknownTargetError } from '../curation/curation-errors.js';
import { checkVersion, readerOf, versionOf, type WriteContext } from '../curation/write-facts.js';
import { stamped } from '../curation/write-nodes.js';

type Props = Record<string, unknown>;

const portfolioState = statement<{ id: string }>('write/portfolios/portfolio-state');
const usageState = statement<{ portfolioId: string; id: string }>('write/portfolios/usage-state');
const requirementState = statement<{ id: string }>('write/portfolios/requirement-state');
const mergePortfolio = statement<{ id: string; props: Props }>('write/portfolios/merge-portfolio');
const mergeUsage = statement<{ portfolioId: string; serviceId: string; id: string; props: Props }>('write/portfolios/merge-usage');
const retractUsage = statement<{ portfolioId: string; id: string; props: Props }>('write/portfolios/retract-usage');
const mergeRequirement = statement<{ portfolioId: string; id: string; props: Props }>('write/portfolios/merge-requirement');
const deleteRequirement = statement<{ id: string }>('write/portfolios/delete-requirement');

export type PortfolioWriteContext = WriteContext & { expectedVersion?: number | null | undefined; reason?: string | undefined };

/** Neo4j stores no null property: leave absent values out on both engines. */
const present = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));

/** What the API and the seed file give, as stored on the node or relationship (without the write stamps). */
export const portfolioProps = ({ id, name, description }: { id: string; name: string; description?: string | undefined }): Props =>
  present({ id, name, description });

export const usageProps = (portfolioId: string, u: P.UsageRecord): Props => {
  const { service, ...fields } = u;
  return present({ id: P.usageId(portfolioId, service), ...fields });
};

export const requirementProps = (portfolioId: string, r: P.RequirementRecord): Props => present({ ...r, id: P.requirementId(portfolioId, r.id) });

const stampKeys = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'recordVersion', 'retractedAt', 'retractedBy', 'retractReason']);

/** Whether the stored properties already say what `wanted` says (stamps aside): a re-seed writes and logs nothing then. */
export function sameContent(wanted: Props, stored: Props): boolean {
  const keys = new Set([...Object.keys(wanted), ...Object.keys(stored)].filter((k) => !stampKeys.has(k)));
  return [...keys].every((k) => JSON.stringify(wanted[k]) === JSON.stringify(stored[k]));
}

async function propsOf(rows: Promise<Array<Record<string, unknown>>>): Promise<Props | null> {
  const [row] = await rows;
  return row ? (row.props as Props) : null;
}

async function existingPortfolio(tx: StatementRunner, id: string, field: string): Promise<Props> {
  const props = await propsOf(tx.run(portfolioState, { id }));
  if (!props) throw new UnknownTargetError(field, 'portfolio', id);
  return props;
}

async function checkExists(tx: StatementRunner, lookup: KeyedLookup<unknown>, id: string, field: string, kind: string): Promise<void> {
  const [found] = await readOneEach(readerOf(tx), lookup, [id]);
  if (!found) throw new CurationInputError(field, `unknown ${kind} "${id}"`);
}

function logWrite(tx: StatementRunner, ctx: PortfolioWriteContext, kind: string, id: string, before: Props | null, after: Props | null, retract = false) {
  const live = before !== null && before.retractedAt === undefined;
  return recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: retract ? 'RETRACT' : live ? 'UPDATE' : 'CREATE',
    targetId: id,
    targetKind: kind,
    version: versionOf(before) + 1,
    before,
    after,
    reason: ctx.reason,
  });
}

/** Fields given in a patch replace the current ones; a field given as null is removed (the schema refuses it where it is required). */
function patched(current: Props, patch: Props): Props {
  const merged: Props = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

// Portfolios ---------------------------------------------------------------

const portfolioFields = z.strictObject({
  id: P.slugSchema,
  name: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().min(1).optional(),
});

export async function writePortfolio(tx: StatementRunner, wanted: Props, before: Props | null, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  const after = stamped(wanted, before, ctx, versionOf(before) + 1);
  await tx.run(mergePortfolio, { id: wanted.id as string, props: after });
  return logWrite(tx, ctx, 'Portfolio', wanted.id as string, before, after);
}

export async function createPortfolio(tx: StatementRunner, input: unknown, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  const p = parseInput(portfolioFields, input, 'input');
  const before = await propsOf(tx.run(portfolioState, { id: p.id }));
  if (before) throw new CurationInputError('input.id', `portfolio "${p.id}" already exists; change it with updatePortfolio`);
  checkVersion('expectedVersion', ctx.expectedVersion, 0);
  return writePortfolio(tx, portfolioProps(p), null, ctx);
}

export async function updatePortfolio(tx: StatementRunner, id: string, patch: Props, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  const before = await existingPortfolio(tx, id, 'id');
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  const current = { id, name: before.name, description: before.description };
  const p = parseInput(portfolioFields, present(patched(current, patch)), 'input');
  return writePortfolio(tx, portfolioProps(p), before, ctx);
}

// Usages -------------------------------------------------------------------

export async function writeUsage(tx: StatementRunner, portfolioId: string, u: P.UsageRecord, before: Props | null, ctx: PortfolioWriteContext) {
  const wanted = usageProps(portfolioId, u);
  // `stamped` keeps createdAt/By; a usage brought back after removal starts a new life but keeps its history.
  const after = stamped(wanted, before, ctx, versionOf(before) + 1);
  await tx.run(mergeUsage, { portfolioId, serviceId: u.service, id: wanted.id as string, props: after });
  return logWrite(tx, ctx, 'PortfolioUsage', wanted.id as string, before, after);
}

export async function retractUsageWrite(tx: StatementRunner, portfolioId: string, id: string, before: Props, ctx: PortfolioWriteContext) {
  const change = {
    retractedAt: ctx.now,
    retractedBy: ctx.actor,
    retractReason: ctx.reason ?? 'removed',
    updatedAt: ctx.now,
    recordVersion: versionOf(before) + 1,
  };
  await tx.run(retractUsage, { portfolioId, id, props: change });
  return logWrite(tx, ctx, 'PortfolioUsage', id, before, { ...before, ...change }, true);
}

async function usageBefore(tx: StatementRunner, portfolioId: string, serviceId: string): Promise<Props | null> {
  return propsOf(tx.run(usageState, { portfolioId, id: P.usageId(portfolioId, serviceId) }));
}

export async function addUsage(tx: StatementRunner, portfolioId: string, input: unknown, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  await existingPortfolio(tx, portfolioId, 'portfolio');
  const u = parseInput(P.usageSchema, input, 'input');
  await checkExists(tx, byId.services, u.service, 'input.service', 'service');
  const before = await usageBefore(tx, portfolioId, u.service);
  if (before && before.retractedAt === undefined)
    throw new CurationInputError('input.service', `"${u.service}" is already used by portfolio "${portfolioId}"; change the usage with updateUsage`);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  return writeUsage(tx, portfolioId, u, before, ctx);
}

/** The usage of `serviceId` by `portfolioId`, or NOT_FOUND naming `service` (a removed one is not current). */
async function currentUsage(tx: StatementRunner, portfolioId: string, serviceId: string): Promise<Props> {
  await existingPortfolio(tx, portfolioId, 'portfolio');
  const before = await usageBefore(tx, portfolioId, serviceId);
  if (!before || before.retractedAt !== undefined) throw new UnknownTargetError('service', `usage by portfolio "${portfolioId}" of service`, serviceId);
  return before;
}

export async function updateUsage(tx: StatementRunner, portfolioId: string, serviceId: string, patch: Props, ctx: PortfolioWriteContext) {
  const before = await currentUsage(tx, portfolioId, serviceId);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  const fields = Object.fromEntries(Object.keys(P.usageFields).map((k) => [k, before[k]]));
  const u = parseInput(P.usageSchema, present({ ...patched(fields, patch), service: serviceId }), 'input');
  return writeUsage(tx, portfolioId, u, before, ctx);
}

export async function removeUsage(tx: StatementRunner, portfolioId: string, serviceId: string, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  const before = await currentUsage(tx, portfolioId, serviceId);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  return retractUsageWrite(tx, portfolioId, P.usageId(portfolioId, serviceId), before, ctx);
}

// Requirements -------------------------------------------------------------

/** The parameters each kind takes: a parameter of another kind is refused by name, not silently ignored. */
const kindParameters: Record<P.RequirementKind, string[]> = {
  DATA_IN_COUNTRIES: ['countries'],
  METRIC_AT_MOST: ['metric', 'value'],
  METRIC_AT_LEAST: ['metric', 'value'],
  CERTIFICATION_HELD: ['scheme', 'requireValid'],
  CONTROL_DISCLOSED: ['control'],
  NO_INFERRED_ONLY_INFRASTRUCTURE: [],
};
const allParameters = new Set(Object.values(kindParameters).flat());

export function parseRequirement(input: Props, root: string): P.RequirementRecord {
  const kind = input.kind as P.RequirementKind | undefined;
  const taken = kind ? kindParameters[kind] : undefined;
  if (taken) {
    for (const key of Object.keys(input)) {
      if (allParameters.has(key) && !taken.includes(key) && input[key] !== undefined)
        throw new CurationInputError(`${root}.${key}`, `does not apply to kind ${kind}, which takes ${taken.length ? taken.join(', ') : 'no parameter'}`);
    }
  }
  return parseInput(P.requirementSchema, input, root);
}

async function checkRequirementReferences(tx: StatementRunner, r: P.RequirementRecord): Promise<void> {
  if (r.kind === 'CERTIFICATION_HELD') await checkExists(tx, byId.certifications, r.scheme, 'input.scheme', 'certification scheme');
  if (r.kind === 'CONTROL_DISCLOSED') await checkExists(tx, byId.controls, r.control, 'input.control', 'control');
  if (r.kind === 'DATA_IN_COUNTRIES') {
    const found = await readOneEach(readerOf(tx), byId.countries, r.countries);
    const missing = r.countries.findIndex((_, i) => !found[i]);
    if (missing >= 0) throw new CurationInputError(`input.countries[${missing}]`, `unknown country "${r.countries[missing]}"`);
  }
}

export async function writeRequirement(tx: StatementRunner, portfolioId: string, r: P.RequirementRecord, before: Props | null, ctx: PortfolioWriteContext) {
  const wanted = requirementProps(portfolioId, r);
  const after = stamped(wanted, before, ctx, versionOf(before) + 1);
  await tx.run(mergeRequirement, { portfolioId, id: wanted.id as string, props: after });
  return logWrite(tx, ctx, 'Requirement', wanted.id as string, before, after);
}

export async function deleteRequirementWrite(tx: StatementRunner, id: string, before: Props, ctx: PortfolioWriteContext) {
  await tx.run(deleteRequirement, { id });
  return logWrite(tx, ctx, 'Requirement', id, before, null, true);
}

/** Adds a requirement to a portfolio; the same id again replaces it. */
export async function addRequirement(tx: StatementRunner, portfolioId: string, input: Props, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  await existingPortfolio(tx, portfolioId, 'portfolio');
  const r = parseRequirement(input, 'input');
  await checkRequirementReferences(tx, r);
  const before = await propsOf(tx.run(requirementState, { id: P.requirementId(portfolioId, r.id) }));
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  return writeRequirement(tx, portfolioId, r, before, ctx);
}

/** Removes a requirement by its full id (`<portfolio>|req|<slug>`, as `Requirement.id` shows it). */
export async function removeRequirement(tx: StatementRunner, id: string, ctx: PortfolioWriteContext): Promise<ChangeRecord> {
  const before = await propsOf(tx.run(requirementState, { id }));
  if (!before) throw new UnknownTargetError('id', 'requirement', id);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  return deleteRequirementWrite(tx, id, before, ctx);
}
