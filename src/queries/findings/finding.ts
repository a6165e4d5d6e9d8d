/**
 * What a finding is: one requirement of a portfolio judged against one of
 * its usages, with the quotes that decide it. The rules (one module per
 * requirement kind in this folder) produce verdicts; evaluate-findings.ts
 * pairs them with usages and requirements.
 */
import type { Basis, EvidenceProps } from '../records.js';
import type { PortfolioRequirement, PortfolioUsage } from './portfolio-terms.js';

/**
 * PASS and FAIL are decided by quoted facts; UNKNOWN means the documents are
 * silent (or leave it open, e.g. a certificate with no dates);
 * NOT_APPLICABLE means the requirement does not cover the usage (its
 * criticality or data classes are outside `appliesTo…`).
 */
export type FindingStatus = 'PASS' | 'FAIL' | 'UNKNOWN' | 'NOT_APPLICABLE';
export const findingStatuses: readonly FindingStatus[] = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_APPLICABLE'];

/** The fact types a finding can rest on. */
export type FactType = 'STORES_DATA_IN' | 'USES_INFRA' | 'CERTIFIED_BY' | 'IMPLEMENTS';

/** One fact that decides a finding, with its evidence. */
export interface FindingEvidence {
  /** Id of the fact (what `fact`, `history` and `retract` take). */
  factId: string;
  factType: FactType;
  /** What the fact says, in a line: "stores data in US", "dataDeletionDays 90 days (90日)". */
  claim: string;
  /** The service the fact is about: the usage's own, or one it depends on. */
  serviceId?: string | undefined;
  /** For a certificate: the vendor that holds it. */
  vendorId?: string | undefined;
  /** For STORES_DATA_IN and USES_INFRA. */
  basis?: Basis | undefined;
  reasoning?: string | undefined;
  documentId: string;
  section: string;
  quote: string;
}

/** What a rule decides for one usage. */
export interface Verdict {
  status: Exclude<FindingStatus, 'NOT_APPLICABLE'>;
  evidence: FindingEvidence[];
  /** Why, in a sentence: what was found, or that nothing was. */
  note: string;
}

/** One (usage, requirement) pair, judged. Typed for the API and the findings export alike. */
export interface FindingRow {
  /** `<usage id>#<requirement id>`. */
  id: string;
  usage: PortfolioUsage;
  requirement: PortfolioRequirement;
  status: FindingStatus;
  evidence: FindingEvidence[];
  note: string;
}

export const evidenceFields = (fact: EvidenceProps): Pick<FindingEvidence, 'documentId' | 'section' | 'quote'> => ({
  documentId: fact.evidenceDocument,
  section: fact.evidenceSection,
  quote: fact.evidenceQuote,
});
