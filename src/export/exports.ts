/**
 * The exports by name, and what a request for one must give: the HTTP route
 * (src/server/export-route.ts) and the CLI (src/export-cli.ts) both run
 * them through `runExport`, so a name, format or parameter is checked the
 * same way, with an error naming the parameter at fault.
 */
import { concentrationDimensions, type ConcentrationDimension } from '../queries/concentration.js';
import { readPortfolioScope } from '../queries/portfolio-scope.js';
import type { GraphReader } from '../queries/statement.js';
import { concentrationTable } from './concentration-export.js';
import { toCsv } from './csv.js';
import { findingsTable } from './findings-export.js';
import { registerTable } from './register-export.js';
import type { ExportTable } from './table.js';
import { toXlsx } from './xlsx.js';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A request the exports refuse: `status` 404 for something that does not exist, 400 for a value that cannot be used. */
export class ExportRequestError extends Error {
  override name = 'ExportRequestError';
  constructor(
    readonly status: 400 | 404,
    /** The parameter at fault: name, format, portfolio, by. */
    readonly parameter: string,
    problem: string,
  ) {
    super(`Invalid parameter "${parameter}": ${problem}`);
  }
}

export interface ExportRequest {
  name: string;
  format: string;
  /** Null: none given. */
  portfolioId: string | null;
  /** The concentration export's dimension; null: none given. */
  by: string | null;
}

interface ExportDefinition {
  /** What it is, for the CLI's help and the README. */
  description: string;
  portfolio: 'required' | 'optional';
  /** Checks the export's own parameters (throwing ExportRequestError) and says what they add to the file name. */
  qualifiers?(request: ExportRequest): string[];
  /** The table, or null when the portfolio does not exist. */
  build(db: GraphReader, request: ExportRequest & { portfolioId: string | null }): Promise<ExportTable | null>;
}

function dimensionOf(by: string | null): ConcentrationDimension {
  if (by === null) return 'PROVIDER';
  const dimension = concentrationDimensions.find((d) => d === by.toUpperCase());
  if (!dimension) throw new ExportRequestError(400, 'by', `must be one of ${concentrationDimensions.join(', ')}, got "${by}"`);
  return dimension;
}

/** For the exports that need a portfolio: null when it does not exist, so the request is answered 404. */
async function ifPortfolioExists(db: GraphReader, portfolioId: string, build: () => Promise<ExportTable>): Promise<ExportTable | null> {
  const scope = await readPortfolioScope(db, portfolioId);
  return scope.known ? build() : null;
}

export const exportDefinitions: Record<string, ExportDefinition> = {
  register: {
    description: "the portfolio's usages with vendor, service, criticality, infrastructure, data locations, sub-processors and certifications",
    portfolio: 'required',
    build: (db, { portfolioId }) => ifPortfolioExists(db, portfolioId!, () => registerTable(db, portfolioId!)),
  },
  findings: {
    description:
      'every requirement of the portfolio judged against every usage (PASS, FAIL, UNKNOWN, NOT_APPLICABLE), with the note and the evidence quotes that decide it, as of today',
    portfolio: 'required',
    build: (db, { portfolioId }) => findingsTable(db, portfolioId!),
  },
  concentration: {
    description:
      'the concentration ranking (by=PROVIDER|REGION|COUNTRY|SUBPROCESSOR|CERTIFICATION_ISSUER, default PROVIDER), over a portfolio or the whole graph',
    portfolio: 'optional',
    qualifiers: ({ by }) => [dimensionOf(by).toLowerCase()],
    build: (db, { portfolioId, by }) => concentrationTable(db, portfolioId, dimensionOf(by)),
  },
};

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Checks the name, format and parameters, before anything is read. */
export function checkExportRequest(request: ExportRequest): { definition: ExportDefinition; format: ExportFormat; qualifiers: string[] } {
  const definition = Object.hasOwn(exportDefinitions, request.name) ? exportDefinitions[request.name] : undefined;
  if (!definition) throw new ExportRequestError(404, 'name', `no export "${request.name}"; the exports are ${Object.keys(exportDefinitions).join(', ')}`);
  const format = exportFormats.find((f) => f === request.format);
  if (!format) throw new ExportRequestError(400, 'format', `must be ${exportFormats.join(' or ')}, got "${request.format}"`);
  if (definition.portfolio === 'required' && request.portfolioId === null) {
    throw new ExportRequestError(400, 'portfolio', `the ${request.name} export is of one portfolio: give its id`);
  }
  return { definition, format, qualifiers: definition.qualifiers?.(request) ?? [] };
}

/** Checks the request, builds the table and writes it in the format asked for. */
export async function runExport(db: GraphReader, request: ExportRequest): Promise<ExportFile> {
  const { definition, format, qualifiers } = checkExportRequest(request);
  const table = await definition.build(db, request);
  if (!table) throw new ExportRequestError(404, 'portfolio', `unknown portfolio "${request.portfolioId}"`);
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  const fileName = [request.name, request.portfolioId ?? 'all', ...qualifiers].join('-');
  return { body, contentType: contentTypes[format], fileName: `${fileName}.${format}` };
}
