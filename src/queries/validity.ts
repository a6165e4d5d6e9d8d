/**
 * Validity and freshness: whether a certificate is in force on a given day,
 * which certificates run out within a number of days, and which documents
 * are older than a number of months. Every answer is for a day the caller
 * passes (`today`), never the clock's, so it can be asked as of any day.
 */
import { z } from 'zod';
import { addDays, daysBetween, monthsBetween, subtractMonths } from './calendar.js';
import type { PageOf, PageWindow } from './page.js';
import { certifiedByRecord, documentRecord, type CertifiedByRecord, type DocumentRecord } from './records.js';
import { readSingleRow, statement, type GraphReader } from './statement.js';

export type CertificationStatus = 'VALID' | 'EXPIRED' | 'NOT_YET_VALID' | 'UNKNOWN';

/**
 * A certificate's standing on `today`: EXPIRED after its last day,
 * NOT_YET_VALID before its first, VALID from its first (or any day, when only
 * the last is known) to its last day inclusive. UNKNOWN when the documents
 * give no last day: with no end date nothing shows it is still in force.
 */
export function certificationStatus(holding: { validFrom?: string | undefined; validUntil?: string | undefined }, today: string): CertificationStatus {
  if (holding.validUntil !== undefined && holding.validUntil < today) return 'EXPIRED';
  if (holding.validFrom !== undefined && holding.validFrom > today) return 'NOT_YET_VALID';
  return holding.validUntil !== undefined ? 'VALID' : 'UNKNOWN';
}

interface ScopeParams {
  portfolioId: string | null;
  offset: number;
  limit: number;
}

const expiringStatement = statement<ScopeParams & { from: string | null; until: string }>('read/validity/expiring-certifications');
const staleStatement = statement<ScopeParams & { before: string }>('read/validity/stale-documents');

const expiringRow = z.object({
  totalCount: z.number(),
  items: z.array(z.object({ holding: certifiedByRecord, serviceIds: z.array(z.string()) })),
});
const staleRow = z.object({
  totalCount: z.number(),
  items: z.array(z.object({ document: documentRecord.extend({ publishedOn: z.string().nullish() }), serviceIds: z.array(z.string()) })),
});

export interface ExpiringCertificationRow {
  holding: CertifiedByRecord;
  /** Days from `today` to the last day of validity: 0 on the last day, negative once expired. */
  daysLeft: number;
  status: CertificationStatus;
  /** With a portfolio: its services from the certificate's vendor. */
  serviceIds: string[];
}

export interface ExpiringQuery {
  today: string;
  withinDays: number;
  /** Also list certificates whose last day has already passed. */
  includeExpired: boolean;
  portfolioId: string | null;
}

/** Certificates whose last day is from `today` to `today + withinDays` (and before, with `includeExpired`), soonest first. */
export async function expiringCertifications(db: GraphReader, query: ExpiringQuery, page: PageWindow): Promise<PageOf<ExpiringCertificationRow>> {
  const { today, withinDays, includeExpired, portfolioId } = query;
  const result = await readSingleRow(
    db,
    expiringStatement,
    { portfolioId, from: includeExpired ? null : today, until: addDays(today, withinDays), offset: page.offset, limit: page.limit },
    expiringRow,
  );
  return {
    totalCount: result.totalCount,
    items: result.items.map(({ holding, serviceIds }) => ({
      holding,
      daysLeft: daysBetween(today, holding.validUntil!),
      status: certificationStatus(holding, today),
      serviceIds,
    })),
  };
}

/** A document as current evidence: how old it is, or that it carries no date. */
export interface StaleDocumentRow {
  document: Omit<DocumentRecord, 'publishedOn'> & { publishedOn?: string | undefined };
  /** Whole months since publication; undefined when the document carries no date. */
  ageMonths: number | undefined;
  serviceIds: string[];
}

export interface StaleQuery {
  today: string;
  olderThanMonths: number;
  portfolioId: string | null;
}

/** Current documents published more than `olderThanMonths` months before `today`, and undated ones, undated first, then oldest. */
export async function staleDocuments(db: GraphReader, query: StaleQuery, page: PageWindow): Promise<PageOf<StaleDocumentRow>> {
  const { today, olderThanMonths, portfolioId } = query;
  const before = subtractMonths(today, olderThanMonths);
  const result = await readSingleRow(db, staleStatement, { portfolioId, before, offset: page.offset, limit: page.limit }, staleRow);
  return {
    totalCount: result.totalCount,
    items: result.items.map(({ document, serviceIds }) => {
      const publishedOn = document.publishedOn ?? undefined;
      return {
        document: { ...document, publishedOn },
        ageMonths: publishedOn === undefined ? undefined : monthsBetween(publishedOn, today),
        serviceIds,
      };
    }),
  };
}
