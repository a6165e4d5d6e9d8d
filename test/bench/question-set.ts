/**
 * The questions the benchmark asks, each twice: as a GraphQL request over
 * HTTP, and as the Cypher statements its resolvers run, straight on the
 * engine (the lower bound the API layer adds to). The direct plan follows
 * the resolver and its DataLoaders step by step: same statements, same
 * parameters, same order, with independent loads run together as the
 * loaders batch them. The benchmark checks once per question that both
 * run the same statements, so a resolver change shows up as a mismatch.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';
import { searchRows } from '../../src/queries/search.js';
import type { FindSearchCandidates } from '../../src/search/search-plan.js';
import { readAllEach, readOneEach, type KeyedLookup } from '../../src/queries/keyed-lookups.js';
import { byId, relatedTo } from '../../src/queries/nodes.js';
import { lists, readList } from '../../src/queries/lists.js';
import { vendorsUsingInfrastructure } from '../../src/queries/infrastructure-dependents.js';
import { impactPaths, impactedPages, type ImpactTarget } from '../../src/queries/impact.js';
import type { QuestionParameters } from './graph-facts.js';

export interface Question {
  id: string;
  title: string;
  /** p99 target from the issue (embedded engine, large size, concurrency 8); none for the baseline. */
  p99TargetMs?: number;
  /** No engine work to compare with (the baseline): the direct runs are skipped. */
  noDirect?: boolean;
  /** Largest acceptable API / direct-Cypher latency ratio, where the issue sets one. */
  ratioTarget?: number;
  query: string;
  /** Variable sets; requests cycle through them (the direct plan too). */
  variables: Array<Record<string, unknown>>;
  /** `candidates`: the engine profile's text-index look-up, which the search plan needs. */
  direct(db: GraphDatabase, variables: Record<string, unknown>, candidates: FindSearchCandidates): Promise<void>;
  /** Why a response is not a sane answer, or undefined when it is. */
  check(data: Record<string, any>): string | undefined;
  /** The size of the answer, for the report ("3 vendors, 40 usages"). */
  describe(data: Record<string, any>): string;
}

/** First pages of the paginated questions: the default MAX_PAGE_SIZE. */
const questionPageSize = 100;
export const searchText = 'データ削除';
const searchFirst = 20;

const unique = <T>(values: Iterable<T | null | undefined>): T[] => [...new Set([...values].filter((v): v is T => v != null))];
/** A DataLoader sends nothing when no key is asked for; neither does the plan. */
const byIds = async <T>(db: GraphDatabase, lookup: KeyedLookup<T>, ids: string[]): Promise<T[]> =>
  ids.length ? (await readOneEach(db, lookup, ids)).filter((v): v is T => v !== null) : [];
const related = async <T>(db: GraphDatabase, lookup: KeyedLookup<T>, ids: string[]): Promise<T[]> =>
  ids.length ? (await readAllEach(db, lookup, ids)).flat() : [];

export function buildQuestions(p: QuestionParameters): Question[] {
  const region = p.busyRegion;
  return [
    {
      id: 'baseline',
      title: '{ __typename }: HTTP, Apollo and graphql-js with no resolver and no engine, the floor of every request',
      noDirect: true,
      query: 'query Baseline { __typename }',
      variables: [{}],
      async direct() {},
      check: (d) => (d.__typename === 'Query' ? undefined : 'no __typename'),
      describe: () => 'no data',
    },
    {
      id: 'lookup',
      title: 'service(id) with a few fields',
      p99TargetMs: 50,
      ratioTarget: 2,
      query: 'query Lookup($id: ID!) { service(id: $id) { id name category vendor { id name } } }',
      variables: p.serviceIds.map((id) => ({ id })),
      // The service, then its vendor: the two batched lookups the resolvers run.
      async direct(db, v) {
        const [service] = await byIds(db, byId.services, [v.id as string]);
        if (service?.vendorId) await byIds(db, byId.vendors, [service.vendorId]);
      },
      check: (d) => (d.service?.vendor ? undefined : 'no service or no vendor'),
      describe: () => `1 service of ${p.serviceIds.length} cycled`,
    },
    {
      id: 'vendorsUsingInfrastructure',
      title: `vendorsUsingInfrastructure(${region.provider}, ${region.id}, first: ${questionPageSize})`,
      p99TargetMs: 50,
      query: `query VendorsOnRegion($provider: ID!, $region: String) { vendorsUsingInfrastructure(provider: $provider, region: $region, first: ${questionPageSize}) { totalCount pageInfo { hasNextPage endCursor } edges { node { strongestBasis vendor { id name } usages { basis purpose service { id name } } } } } }`,
      variables: [{ provider: region.provider, region: region.id }],
      async direct(db, v) {
        await Promise.all([byIds(db, byId.providers, [v.provider as string]), related(db, relatedTo.providerRegions, [v.provider as string])]);
        const selector = { provider: v.provider as string, region: v.region as string, basis: null, scopeServiceIds: null };
        // The usages come with their services: no look-up follows.
        await vendorsUsingInfrastructure(db, selector, { offset: 0, limit: questionPageSize });
      },
      check: (d) => (d.vendorsUsingInfrastructure?.edges?.length > 0 ? undefined : 'no vendor'),
      describe: (d) =>
        `${d.vendorsUsingInfrastructure.totalCount} vendors; first page ${d.vendorsUsingInfrastructure.edges.length} vendors, ${d.vendorsUsingInfrastructure.edges.reduce((n: number, e: any) => n + e.node.usages.length, 0)} usages`,
    },
    {
      id: 'impactOf',
      title: `impactOf(${region.id}), first ${questionPageSize} services and vendors`,
      p99TargetMs: 50,
      query: `query Impact($id: ID!) { impactOf(id: $id) { target { id kind name } services(first: ${questionPageSize}) { totalCount pageInfo { hasNextPage endCursor } edges { node { direct basis service { id name } paths { basis hops { relationship fromId toId basis } } } } } vendors(first: ${questionPageSize}) { totalCount pageInfo { hasNextPage endCursor } edges { node { vendor { id name } serviceIds } } } } }`,
      variables: [{ id: region.id }],
      async direct(db, v) {
        const id = v.id as string;
        await Promise.all([byIds(db, byId.providers, [id]), byIds(db, byId.regions, [id]), byIds(db, byId.services, [id])]);
        // A region target; both pages come from one walk (src/graphql/impact-page-reader.ts), then the paths of the services' page.
        const target: ImpactTarget = { kind: 'REGION', id };
        // The pages statement also counts: with edges asked, totalCount runs no statement of its own.
        const page = { offset: 0, limit: questionPageSize };
        const { services } = await impactedPages(db, target, page, page);
        await impactPaths(
          db,
          target,
          services.items.map((s) => s.id),
        );
      },
      check: (d) => (d.impactOf?.services?.edges?.length > 0 ? undefined : 'no impacted service'),
      describe: (d) => {
        const services = d.impactOf.services.edges.map((e: any) => e.node);
        return `${d.impactOf.services.totalCount} services, ${d.impactOf.vendors.totalCount} vendors; first page ${services.length} services (${services.filter((s: any) => s.direct).length} direct), ${services.reduce((n: number, s: any) => n + s.paths.length, 0)} paths, ${d.impactOf.vendors.edges.length} vendors`;
      },
    },
    {
      id: 'nestedList',
      title: 'services(first: 100) with infrastructure and disclosures',
      p99TargetMs: 150,
      query:
        'query Nested { services(first: 100) { edges { node { id name infrastructure { basis region { id provider { id } } } disclosures { control { id code } metrics { name normalizedValue } } } } } }',
      variables: [{}],
      async direct(db) {
        const page = await readList(db, lists.services, { filter: null, sort: null, page: { offset: 0, limit: 100 } });
        const ids = page.items.map((s) => s.id);
        const [infrastructure, disclosures] = await Promise.all([
          related(db, relatedTo.serviceInfrastructure, ids),
          related(db, relatedTo.serviceDisclosures, ids),
        ]);
        const [regions] = await Promise.all([
          byIds(db, byId.regions, unique(infrastructure.map((u) => u.regionId))),
          byIds(db, byId.controls, unique(disclosures.map((d) => d.controlId))),
        ]);
        await byIds(db, byId.providers, unique(regions.map((r) => r.provider)));
      },
      check: (d) => (d.services?.edges?.length > 0 ? undefined : 'no service'),
      describe: (d) =>
        `${d.services.edges.length} services, ${d.services.edges.reduce((n: number, e: any) => n + e.node.infrastructure.length, 0)} usages, ${d.services.edges.reduce((n: number, e: any) => n + e.node.disclosures.length, 0)} disclosures`,
    },
    {
      id: 'search',
      title: `search("${searchText}", first: ${searchFirst})`,
      p99TargetMs: 50,
      query: `query Search($text: String!) { search(text: $text, first: ${searchFirst}) { kind id score snippet service { id name } control { id code } } }`,
      variables: [{ text: searchText }],
      async direct(db, v, candidates) {
        const text = v.text as string;
        // What the resolver runs: the profile's text-index look-up, then the statement that scores the candidates.
        const rows = await searchRows(db, candidates, { text, first: searchFirst });
        await Promise.all([byIds(db, byId.services, unique(rows.map((r) => r.serviceId))), byIds(db, byId.controls, unique(rows.map((r) => r.controlId)))]);
      },
      check: (d) => (d.search?.length > 0 ? undefined : 'no hit'),
      describe: (d) => `${d.search.length} hits (${[...new Set(d.search.map((h: any) => h.kind))].join(', ')})`,
    },
    {
      id: 'filteredList',
      title: 'services on aws with dataDeletionDays ≤ 30, name desc, first 20',
      p99TargetMs: 50,
      query:
        'query Filtered($provider: ID!, $days: Float!) { services(where: { infrastructure: { provider: { eq: $provider } }, disclosure: { metric: { name: dataDeletionDays, lte: $days } } }, sort: { name: DESC }, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name category vendor { id name } } } } }',
      variables: [{ provider: 'aws', days: 30 }],
      async direct(db, v) {
        await readList(db, lists.services, {
          filter: { infrastructure: { provider: { eq: v.provider as string } }, disclosure: { metric: { name: 'dataDeletionDays', lte: v.days as number } } },
          sort: [{ name: 'DESC' }],
          page: { offset: 0, limit: 20 },
          // The page's vendors come with it: the query selects them.
          withRelated: true,
        });
      },
      // Matching nothing is still a fair measurement of the filter (the real seed has no AWS service deleting data within 30 days).
      check: (d) => (d.services ? undefined : 'no connection'),
      describe: (d) => `${d.services.totalCount} match, ${d.services.edges.length} returned`,
    },
  ];
}
