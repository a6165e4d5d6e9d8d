/**
 * The benchmark's portfolio questions (issue 12), in the shape of
 * question-set.ts: findings for the whole generated portfolio
 * (bench-portfolio.ts), its concentration by region, its compliance matrix,
 * and, once impactOf takes a portfolio, the portfolio-scoped impactOf on the
 * busiest region. Each direct plan runs what the resolver runs.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';
import type { DerivedProperties } from '../../src/seed/derived-properties.js';
import { buildGraphSchema } from '../../src/graphql/build-schema.js';
import { dayOf } from '../../src/queries/calendar.js';
import { concentrationReport } from '../../src/queries/concentration.js';
import { evaluateFindings } from '../../src/queries/findings/evaluate-findings.js';
import { readPortfoliosById } from '../../src/queries/portfolios/read-portfolios.js';
import { benchPortfolioId, writeBenchPortfolio } from './bench-portfolio.js';
import type { QuestionParameters } from './graph-facts.js';
import type { Question } from './question-set.js';

const pageSize = 100;
const concentrationEntries = 20;
const servicesPerEntry = 10;

/** Whether the API's impactOf takes a portfolio yet (the scoping part of issue 12 lands separately). */
async function impactOfTakesPortfolio(): Promise<boolean> {
  const schema = await buildGraphSchema();
  return (
    schema
      .getQueryType()!
      .getFields()
      .impactOf?.args.some((a) => a.name === 'portfolio') ?? false
  );
}

/** Writes the generated portfolio into the served graph, then gives its questions. */
export async function portfolioQuestions(
  db: GraphDatabase,
  { derived }: { derived: DerivedProperties },
  p: QuestionParameters,
  maxPageSize: number,
): Promise<Question[]> {
  const usages = await writeBenchPortfolio(db, derived, p.busyRegion.id);
  const portfolio = benchPortfolioId;
  const today = dayOf(new Date());
  const questions: Question[] = [
    {
      id: 'portfolioFindings',
      title: `findings(portfolio, first: ${pageSize}): ${usages} usages × 6 requirements, evaluated whole`,
      query: `query Findings($portfolio: ID!) { findings(portfolio: $portfolio, first: ${pageSize}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status note evidence { factId claim } } } } }`,
      variables: [{ portfolio }],
      async direct(db) {
        await evaluateFindings(db, portfolio, today);
      },
      check: (d) => (d.findings?.totalCount > 0 ? undefined : 'no finding'),
      describe: (d) => {
        const page = d.findings.edges.map((e: any) => e.node);
        return `${d.findings.totalCount} findings; first page ${page.length} (${page.filter((f: any) => f.status === 'FAIL').length} FAIL), ${page.reduce((n: number, f: any) => n + f.evidence.length, 0)} quotes`;
      },
    },
    {
      id: 'portfolioConcentration',
      title: `concentration(by: REGION, portfolio, first: ${concentrationEntries}) with ${servicesPerEntry} services each`,
      query: `query Concentration($portfolio: ID) { concentration(by: REGION, portfolio: $portfolio, first: ${concentrationEntries}) { totalCount scope { serviceCount vendorCount criticality { critical important other } } entries { key name serviceCount vendorCount share criticality { critical important other } services(first: ${servicesPerEntry}) { criticality direct service { id name } } } } }`,
      variables: [{ portfolio }],
      async direct(db) {
        await concentrationReport(db, { portfolioId: portfolio, by: 'REGION', limit: concentrationEntries, servicesPerEntry: maxPageSize });
      },
      check: (d) => (d.concentration?.entries?.length > 0 ? undefined : 'no entry'),
      describe: (d) => {
        const [top] = d.concentration.entries;
        return `${d.concentration.totalCount} regions; the busiest carries ${top.serviceCount} of ${d.concentration.scope.serviceCount} services (${top.criticality.critical} of ${d.concentration.scope.criticality.critical} critical)`;
      },
    },
    {
      id: 'complianceMatrix',
      title: `portfolio(id).compliance: ${usages} rows × 6 columns`,
      query: `query Compliance($portfolio: ID!) { portfolio(id: $portfolio) { compliance { asOf counts { pass fail unknown notApplicable } columns { counts { pass fail unknown notApplicable } } rows { counts { fail } cells { requirementId status } } } } }`,
      variables: [{ portfolio }],
      async direct(db) {
        await readPortfoliosById(db, [portfolio]);
        await evaluateFindings(db, portfolio, today);
      },
      check: (d) => (d.portfolio?.compliance?.rows?.length > 0 ? undefined : 'no row'),
      describe: (d) => {
        const c = d.portfolio.compliance.counts;
        return `${d.portfolio.compliance.rows.length} rows; ${c.pass} pass, ${c.fail} fail, ${c.unknown} unknown, ${c.notApplicable} not applicable`;
      },
    },
  ];
  if (await impactOfTakesPortfolio()) {
    questions.push({
      id: 'portfolioImpactOf',
      title: `impactOf(${p.busyRegion.id}, portfolio), first ${pageSize} services`,
      // The scoped statements are the portfolio branch's; the API is measured alone.
      noDirect: true,
      query: `query ScopedImpact($id: ID!, $portfolio: ID) { impactOf(id: $id, portfolio: $portfolio) { target { id kind name } services(first: ${pageSize}) { totalCount edges { node { direct basis service { id name } paths { basis hops { relationship fromId toId } } } } } } }`,
      variables: [{ id: p.busyRegion.id, portfolio }],
      async direct() {},
      check: (d) => (d.impactOf?.services?.totalCount > 0 ? undefined : 'no impacted service of the portfolio'),
      describe: (d) => `${d.impactOf.services.totalCount} of the portfolio's services hit; first page ${d.impactOf.services.edges.length}`,
    });
  }
  return questions;
}
