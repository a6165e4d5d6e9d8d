/**
 * The last check before a draft is written: every quote is an exact substring
 * of the text it was read from, and every metric's `raw` is in its quote.
 */
import type { SeedFile } from '../seed/seed-schema.js';

export interface QuoteProblem {
  record: string;
  message: string;
}

const evidenceSections = ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'] as const;

export function quoteProblems(draft: SeedFile, input: string): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const section of evidenceSections) {
    draft[section].forEach((fact, i) => {
      const record = `${section}[${i}]`;
      if (!input.includes(fact.evidence.quote)) problems.push({ record, message: 'evidence.quote is not a verbatim substring of the input' });
      if (section === 'disclosures') {
        for (const metric of (fact as SeedFile['disclosures'][number]).metrics) {
          if (!fact.evidence.quote.includes(metric.raw)) problems.push({ record, message: `metric ${metric.name}: raw "${metric.raw}" is not in the quote` });
        }
      }
    });
  }
  return problems;
}

export class UnverifiedQuoteError extends Error {
  constructor(readonly problems: QuoteProblem[]) {
    super(`The draft quotes text that is not in the input:\n${problems.map((p) => `  ${p.record}: ${p.message}`).join('\n')}`);
    this.name = 'UnverifiedQuoteError';
  }
}

export function verifyQuotes(draft: SeedFile, input: string): void {
  const problems = quoteProblems(draft, input);
  if (problems.length > 0) throw new UnverifiedQuoteError(problems);
}
