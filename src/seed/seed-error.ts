/** One thing wrong with the seed data, precise enough to fix without guessing. */
export interface SeedProblem {
  /** Seed file, relative to the seed folder. */
  file: string;
  /** The record, e.g. `disclosures[3] (ism-cloudone → iso27017:CLD.8.1.5)`; empty for a file-level problem. */
  record: string;
  /** The field inside the record, e.g. `metrics[0].unit`; empty when the record as a whole is wrong. */
  field: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.file, p.record, p.field].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

/** Thrown before anything is written: the graph is left as it was. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`Seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
    this.name = 'SeedValidationError';
  }
}
