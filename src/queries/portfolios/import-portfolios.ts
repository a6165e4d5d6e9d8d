/**
 * Loading `seed/portfolios/*.json` in the seed's transaction, after the
 * documents: each file makes its portfolio say exactly what the file says.
 * What is already as the file says is left alone (a re-seed writes and logs
 * nothing); what changed is written with a change record by the seed actor;
 * usages the file no longer lists are removed and requirements it no longer
 * holds deleted, each logged.
 */
import { z } from 'zod';
import type { StatementRunner } from '../../db/graph-database.js';
import { statement } from '../statement.js';
import type { PortfolioFileContent } from '../../seed/read-portfolios.js';
import type { ChangeRecord } from '../curation/change-log.js';
import {
  deleteRequirementWrite,
  portfolioProps,
  requirementProps,
  retractUsageWrite,
  sameContent,
  usageProps,
  writePortfolio,
  writeRequirement,
  writeUsage,
  type PortfolioWriteContext,
} from './write-portfolios.js';

const portfolioContents = statement<{ id: string }>('write/portfolios/portfolio-contents');

const props = z.record(z.string(), z.unknown());
const contentsRow = z.object({
  props,
  usages: z.array(z.object({ serviceId: z.string(), props })),
  requirements: z.array(props),
});

export async function importPortfolio(tx: StatementRunner, { file, data }: PortfolioFileContent, ctx: PortfolioWriteContext): Promise<ChangeRecord[]> {
  const [row] = await tx.run(portfolioContents, { id: data.id });
  const stored = row ? contentsRow.parse(row) : { props: null, usages: [], requirements: [] };
  const changes: ChangeRecord[] = [];
  const wantedPortfolio = portfolioProps(data);
  if (!stored.props || !sameContent(wantedPortfolio, stored.props)) changes.push(await writePortfolio(tx, wantedPortfolio, stored.props, ctx));

  const storedUsages = new Map(stored.usages.map((u) => [u.serviceId, u.props]));
  for (const usage of data.usages) {
    const before = storedUsages.get(usage.service) ?? null;
    storedUsages.delete(usage.service);
    if (before && before.retractedAt === undefined && sameContent(usageProps(data.id, usage), before)) continue;
    changes.push(await writeUsage(tx, data.id, usage, before, ctx));
  }
  for (const before of storedUsages.values()) {
    if (before.retractedAt !== undefined) continue;
    changes.push(await retractUsageWrite(tx, data.id, before.id as string, before, { ...ctx, reason: `no longer listed in ${file} (seed)` }));
  }

  const storedRequirements = new Map(stored.requirements.map((r) => [r.id as string, r]));
  for (const requirement of data.requirements) {
    const wanted = requirementProps(data.id, requirement);
    const before = storedRequirements.get(wanted.id as string) ?? null;
    storedRequirements.delete(wanted.id as string);
    if (before && sameContent(wanted, before)) continue;
    changes.push(await writeRequirement(tx, data.id, requirement, before, ctx));
  }
  for (const before of storedRequirements.values()) {
    changes.push(await deleteRequirementWrite(tx, before.id as string, before, { ...ctx, reason: `no longer held in ${file} (seed)` }));
  }
  return changes;
}

/** Every portfolio file, in the caller's transaction; returns the changes recorded. */
export async function importPortfolios(tx: StatementRunner, files: PortfolioFileContent[], ctx: PortfolioWriteContext): Promise<ChangeRecord[]> {
  const changes: ChangeRecord[] = [];
  for (const file of files) changes.push(...(await importPortfolio(tx, file, ctx)));
  return changes;
}
