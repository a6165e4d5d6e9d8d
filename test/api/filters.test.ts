/**
 * Every filter the schema offers is honoured. The lists, their `where`
 * fields, operators and `sort` fields are read from the schema by
 * introspection, not listed here: for each operator a query whose value
 * matches nothing must give 0, and queries with values taken from the data
 * must give exactly the nodes the oracle (test/support/filter-oracle.ts)
 * selects from the unfiltered lists. A field added to the schema without a
 * predicate behind it, or without a value source here, fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { expectedIds, fetchReferenceData, type ListName, type ReferenceData } from '../support/filter-oracle.js';
import { Random, seedFrom } from '../bench/random.js';

describeOnEngines('filters and sorting', (engine) => {
  const app = useSeededApp(engine);
  let data: ReferenceData;
  let schema: IntrospectedSchema;

  interface TypeRef {
    kind: string;
    name: string | null;
    ofType: TypeRef | null;
  }
  interface IntrospectedSchema {
    queryType: { fields: Array<{ name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }> };
    types: Array<{ kind: string; name: string; inputFields: Array<{ name: string; type: TypeRef }> | null; enumValues: Array<{ name: string }> | null }>;
  }

  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
  const typeNamed = (name: string) => schema.types.find((t) => t.name === name)!;

  beforeAll(async () => {
    const { __schema } = await app.client.data(`{ __schema {
      queryType { fields { name args { name type { ${typeRef} } } type { ${typeRef} } } }
      types { kind name inputFields { name type { ${typeRef} } } enumValues { name } } } }`);
    schema = __schema;
    data = await fetchReferenceData(app.client);
  });

  /** The catalogue's list queries: fields of Query with a `where` argument and none required (`findings` needs its portfolio: test/api/findings.test.ts). */
  function listFields(): Array<{ list: ListName; where: string; sort: string | undefined }> {
    return schema.queryType.fields
      .filter((f) => f.args.some((a) => a.name === 'where') && !f.args.some((a) => a.type.kind === 'NON_NULL'))
      .map((f) => ({
        list: f.name as ListName,
        where: named(f.args.find((a) => a.name === 'where')!.type).name!,
        sort: f.args.find((a) => a.name === 'sort') && named(f.args.find((a) => a.name === 'sort')!.type).name!,
      }));
  }

  /** One operator of one field, reached from a list's where type: `path` is where it goes in the filter. */
  interface OperatorCase {
    list: ListName;
    /** Filter keys down to the field (`infrastructure`, `none`, `provider`), then the operator (`eq`), if the field has operators. */
    path: string[];
    /** The condition type (`IDFilter`, `StringFilter`, `MetricFilter`) or the scalar/enum type (`Boolean`, `Basis`, `String`). */
    conditionType: string;
    operator: string | undefined;
  }

  const connectives = new Set(['AND', 'OR', 'NOT']);
  const conditionTypes = new Set(['IDFilter', 'StringFilter', 'MetricFilter']);

  function operatorCases(list: ListName, whereType: string, prefix: string[] = []): OperatorCase[] {
    const cases: OperatorCase[] = [];
    for (const field of typeNamed(whereType).inputFields!) {
      if (connectives.has(field.name)) continue;
      const type = named(field.type);
      const path = [...prefix, field.name];
      if (type.kind === 'INPUT_OBJECT' && conditionTypes.has(type.name!)) {
        for (const op of typeNamed(type.name!).inputFields!) cases.push({ list, path, conditionType: type.name!, operator: op.name });
      } else if (type.kind === 'INPUT_OBJECT') {
        // A relationship filter: its own fields (meaning "some"), and `some` / `none` of its edge where type.
        cases.push(...operatorCases(list, type.name!, path));
      } else {
        cases.push({ list, path, conditionType: type.name!, operator: undefined });
      }
    }
    return cases;
  }

  /** The field a case filters on, without `some` / `none`: what the value sources are keyed by. */
  const fieldKey = (c: OperatorCase) => `${c.list}.${c.path.filter((p) => p !== 'some' && p !== 'none').join('.')}`;

  type Node = Record<string, any>;
  const all = (list: ListName) => data[list];
  const usages = () => all('services').flatMap((s: Node) => s.infrastructure);
  const locations = () => all('services').flatMap((s: Node) => s.dataLocations);
  const disclosures = () => all('services').flatMap((s: Node) => s.disclosures);

  /** Values present in the data for each filterable field: each new field needs one here. */
  const valueSources: Record<string, () => Array<string | null | undefined>> = {
    'vendors.id': () => all('vendors').map((v) => v.id),
    'vendors.name': () => all('vendors').flatMap((v) => [v.name, v.nameEn]),
    'vendors.certification': () => all('vendors').flatMap((v) => v.certifications.map((h: Node) => h.certification.id)),
    'vendors.infrastructureProvider': () => usages().map((u) => u.region.provider.id),
    'vendors.region': () => usages().map((u) => u.region.id),
    'services.id': () => all('services').map((s) => s.id),
    'services.name': () => all('services').map((s) => s.name),
    'services.category': () => all('services').map((s) => s.category),
    'services.vendor': () => all('services').map((s) => s.vendor?.id),
    'services.infrastructure.provider': () => usages().map((u) => u.region.provider.id),
    'services.infrastructure.region': () => usages().map((u) => u.region.id),
    'services.infrastructure.country': () => usages().map((u) => u.region.country?.code),
    'services.dataLocation.country': () => locations().map((l) => l.country.code),
    'services.dataLocation.outside': () => locations().map((l) => l.country.code),
    'services.disclosure.control': () => disclosures().map((d) => d.control.id),
    'services.timeSource': () => all('services').flatMap((s) => s.timeSources.map((t: Node) => t.timeSource.id)),
    'services.vendorCertification': () => all('vendors').flatMap((v) => v.certifications.map((h: Node) => h.certification.id)),
    'regions.id': () => all('regions').map((r) => r.id),
    'regions.code': () => all('regions').map((r) => r.code),
    'regions.name': () => all('regions').map((r) => r.name),
    'regions.provider': () => all('regions').map((r) => r.provider.id),
    'regions.country': () => all('regions').map((r) => r.country?.code),
    'infrastructureProviders.id': () => all('infrastructureProviders').map((p) => p.id),
    'infrastructureProviders.name': () => all('infrastructureProviders').map((p) => p.name),
    'certifications.id': () => all('certifications').map((c) => c.id),
    'certifications.name': () => all('certifications').map((c) => c.name),
    'certifications.standard': () => all('certifications').map((c) => c.standard),
    'certifications.heldBy': () => all('vendors').map((v) => v.id),
    'controls.id': () => all('controls').map((c) => c.id),
    'controls.code': () => all('controls').map((c) => c.code),
    'controls.title': () => all('controls').flatMap((c) => [c.title, c.titleEn]),
    'controls.disclosedBy': () => all('services').map((s) => s.id),
    'documents.id': () => all('documents').map((d) => d.id),
    'documents.title': () => all('documents').map((d) => d.title),
    'documents.vendor': () => all('vendors').map((v) => v.id),
  };

  const distinct = <T>(values: Array<T | null | undefined>): T[] => [...new Set(values.filter((v): v is T => v != null))];
  const nothing = 'zzz-matches-nothing';

  /** The condition for one case and one value from the data; and one that matches nothing, where the operator has such a value. */
  function conditionsFor(c: OperatorCase): { nothing: unknown | undefined; fromData: unknown[] } {
    if (c.conditionType === 'MetricFilter') return metricConditions(c);
    const enumValues = typeNamed(c.conditionType)?.enumValues;
    if (c.conditionType === 'Boolean') return { nothing: undefined, fromData: [true, false] };
    if (enumValues) return { nothing: undefined, fromData: enumValues.map((e) => e.name) };
    const source = valueSources[fieldKey(c)];
    if (!source) throw new Error(`no value source for ${fieldKey(c)}: a new filter field needs one in this test`);
    const values = distinct(source()).slice(0, 6);
    if (c.operator === undefined) return { nothing: undefined, fromData: values }; // `outside`: a country code
    const middle = (v: string) => v.slice(Math.floor(v.length / 3), Math.floor(v.length / 3) + 3);
    switch (c.operator) {
      case 'eq':
        return { nothing: { eq: nothing }, fromData: values.map((v) => ({ eq: v })) };
      case 'in':
        return { nothing: { in: [] }, fromData: [...values.map((v) => ({ in: [v, nothing] })), { in: values.slice(0, 2) }] };
      case 'contains':
        return { nothing: { contains: nothing }, fromData: values.map((v) => ({ contains: middle(v).toUpperCase() })) };
      case 'startsWith':
        return { nothing: { startsWith: nothing }, fromData: values.map((v) => ({ startsWith: v.slice(0, 4) })) };
      default:
        throw new Error(`no test values for operator ${c.conditionType}.${c.operator}`);
    }
  }

  /** Metric conditions: each metric the schema names, with each bound at values the data states (and one past them all). */
  function metricConditions(c: OperatorCase): { nothing: unknown; fromData: unknown[] } {
    const names = typeNamed('MetricName').enumValues!.map((e) => e.name);
    const valuesOf = (name: string) =>
      distinct(disclosures().flatMap((d) => d.metrics.filter((m: Node) => m.name === name).map((m: Node) => m.normalizedValue as number))).sort(
        (a, b) => a - b,
      );
    if (c.operator === 'name') return { nothing: undefined, fromData: names.map((name) => ({ name })) };
    const op = c.operator!;
    const past = op.startsWith('l') ? -1e9 : 1e9;
    return {
      nothing: { name: names[0], [op]: past },
      fromData: names.flatMap((name) => {
        const values = valuesOf(name);
        // A metric the seed never states still gets a case: it must match nothing.
        return [...(values.length ? [values[0]!, values[Math.floor(values.length / 2)]!, values.at(-1)!] : [0]), 30].map((v) => ({ name, [op]: v }));
      }),
    };
  }

  const filterAt = (path: string[], condition: unknown): Record<string, unknown> =>
    path.length ? { [path[0]!]: filterAt(path.slice(1), condition) } : (condition as Record<string, unknown>);

  /** Runs many filters in one request (aliases), returning each one's ids over all pages. */
  async function idsFor(list: ListName, filters: Array<Record<string, unknown>>): Promise<string[][]> {
    const results: string[][] = [];
    for (let i = 0; i < filters.length; i += 20) {
      const batch = filters.slice(i, i + 20);
      const variables = Object.fromEntries(batch.map((f, j) => [`w${j}`, f]));
      const whereType = listFields().find((l) => l.list === list)!.where;
      const query = `query (${batch.map((_, j) => `$w${j}: ${whereType}`).join(', ')}) { ${batch
        .map((_, j) => `r${j}: ${list}(first: 100, where: $w${j}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }`)
        .join(' ')} }`;
      const result = await app.client.data(query, variables);
      for (const [j, filter] of batch.entries()) {
        let connection = result[`r${j}`];
        const ids: string[] = connection.edges.map((e: Node) => e.node.id as string);
        while (connection.pageInfo.hasNextPage) {
          const next = await app.client.data(
            `query ($w: ${whereType}, $after: String) { r: ${list}(first: 100, after: $after, where: $w) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
            {
              w: filter,
              after: connection.pageInfo.endCursor,
            },
          );
          connection = next.r;
          ids.push(...connection.edges.map((e: Node) => e.node.id as string));
        }
        expect(result[`r${j}`].totalCount, 'totalCount counts the nodes of every page').toBe(ids.length);
        results.push(ids);
      }
    }
    return results;
  }

  describe('every where operator the schema offers', () => {
    it('finds the lists and their operators by introspection', () => {
      const lists = listFields().map((l) => l.list);
      expect(lists).toEqual(expect.arrayContaining(['vendors', 'services', 'regions', 'infrastructureProviders', 'certifications', 'controls', 'documents']));
      const cases = listFields().flatMap((l) => operatorCases(l.list, l.where));
      // Services alone: id, name, category, vendor, infrastructure (direct, some, none), data location, disclosure, ...
      expect(cases.length).toBeGreaterThan(100);
    });

    it('the five filters once ignored now answer 0', async () => {
      const data = await app.client.data(`{
        certifications(where: { standard: { contains: "no-such-thing" } }) { totalCount }
        services(where: { category: { startsWith: "zzz" } }) { totalCount }
        controls(where: { title: { eq: "zzz" } }) { totalCount }
        regions(where: { code: { contains: "zzz" } }) { totalCount }
        infrastructureProviders(where: { name: { eq: "zzz" } }) { totalCount } }`);
      expect(data).toEqual({
        certifications: { totalCount: 0 },
        services: { totalCount: 0 },
        controls: { totalCount: 0 },
        regions: { totalCount: 0 },
        infrastructureProviders: { totalCount: 0 },
      });
    });

    it('gives 0 (every node, under `none`) for a value that matches nothing, and exactly the expected nodes for values from the data, for every field and operator', async () => {
      const failures: string[] = [];
      let checked = 0;
      for (const { list, where } of listFields()) {
        for (const c of operatorCases(list, where)) {
          const label = `${list}(where: ${c.path.join('.')}${c.operator ? `.${c.operator}` : ''})`;
          const { nothing: none, fromData } = conditionsFor(c);
          const filters = [...(none === undefined ? [] : [none]), ...fromData].map((condition) => filterAt(c.path, condition));
          const got = await idsFor(list, filters);
          let strictSubset = false;
          let nonEmpty = false;
          filters.forEach((filter, i) => {
            const expected = expectedIds(data, list, filter);
            checked++;
            // Under `none`, a value no edge has excludes nothing: every node.
            const matchNothingGives = c.path.includes('none') ? data[list].length : 0;
            if (i === 0 && none !== undefined && (got[0]!.length !== matchNothingGives || expected.length !== matchNothingGives)) {
              failures.push(`${label} ${JSON.stringify(filter)}: expected ${matchNothingGives}, got ${got[0]!.length}`);
            }
            if (JSON.stringify([...got[i]!].sort()) !== JSON.stringify([...expected].sort())) {
              failures.push(`${label} ${JSON.stringify(filter)}: expected [${expected}], got [${got[i]}]`);
            }
            if (expected.length > 0) nonEmpty = true;
            if (expected.length > 0 && expected.length < data[list].length) strictSubset = true;
          });
          // `none` of a value held everywhere selects nothing, and NOT-like cases select all: some value must still pick a proper subset.
          if (!nonEmpty || !strictSubset) failures.push(`${label}: no value from the data selected a proper, non-empty subset (weak case)`);
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(500);
    });
  });

  /** The value a sort field orders by, read from the reference nodes. */
  const sortValues: Record<string, (node: Node, position: number) => string | number | null> = {
    'vendors.id': (n) => n.id,
    'vendors.name': (n) => n.name,
    'services.id': (n) => n.id,
    'services.name': (n) => n.name,
    'services.category': (n) => n.category ?? null,
    'regions.id': (n) => n.id,
    'regions.code': (n) => n.code,
    'regions.name': (n) => n.name,
    'infrastructureProviders.id': (n) => n.id,
    'infrastructureProviders.name': (n) => n.name,
    'certifications.id': (n) => n.id,
    'certifications.name': (n) => n.name,
    // Catalog order: the default order of the reference data.
    'controls.code': (_n, position) => position,
    'controls.id': (n) => n.id,
    'documents.publishedOn': (n) => n.publishedOn,
    'documents.title': (n) => n.title,
    'documents.id': (n) => n.id,
  };

  /** Cypher's order: nulls after every value ascending (before them descending); strings by code point. */
  function compareValues(a: string | number | null, b: string | number | null): number {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  }

  function expectedOrder(list: ListName, keys: Array<[string, 'ASC' | 'DESC']>): string[] {
    const nodes = data[list].map((node, position) => ({ node, position }));
    const withId = keys.some(([k]) => k === 'id') ? keys : [...keys, ['id', 'ASC'] as ['id', 'ASC']];
    return nodes
      .sort((x, y) => {
        for (const [key, direction] of withId) {
          const value = sortValues[`${list}.${key}`];
          if (!value) throw new Error(`no sort value for ${list}.${key}: a new sort field needs one in this test`);
          const order = compareValues(value(x.node, x.position), value(y.node, y.position));
          if (order !== 0) return direction === 'ASC' ? order : -order;
        }
        return 0;
      })
      .map(({ node }) => node.id as string);
  }

  async function sortedIds(list: ListName, sort: Array<Record<string, string>>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await app.client.data(
        `query ($sort: [${listFields().find((l) => l.list === list)!.sort}!], $after: String) { r: ${list}(first: 100, after: $after, sort: $sort) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        {
          sort,
          after,
        },
      );
      ids.push(...result.r.edges.map((e: Node) => e.node.id));
      if (!result.r.pageInfo.hasNextPage) return ids;
      after = result.r.pageInfo.endCursor;
    }
  }

  describe('every sort field the schema offers', () => {
    it('orders by each field in both directions, ties by id, as the data says', async () => {
      const failures: string[] = [];
      for (const { list, sort } of listFields()) {
        expect(sort, `${list} takes a sort list`).toBeDefined();
        for (const field of typeNamed(sort!).inputFields!) {
          for (const direction of ['ASC', 'DESC'] as const) {
            const got = await sortedIds(list, [{ [field.name]: direction }]);
            const expected = expectedOrder(list, [[field.name, direction]]);
            if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${list} sort ${field.name} ${direction}: expected ${expected}, got ${got}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('applies a list of sort keys in order', async () => {
      const sort: Array<Record<string, string>> = [{ category: 'DESC' }, { name: 'ASC' }];
      expect(await sortedIds('services', sort)).toEqual(
        expectedOrder('services', [
          ['category', 'DESC'],
          ['name', 'ASC'],
        ]),
      );
      // The single-object form still works (GraphQL coerces it to a list of one).
      const { services } = await app.client.data('{ services(first: 100, sort: { name: DESC }) { edges { node { id } } } }');
      expect(services.edges.map((e: Node) => e.node.id)).toEqual(expectedOrder('services', [['name', 'DESC']]));
    });
  });

  describe('composed filters: AND, OR, NOT, some and none', () => {
    const byId = (connection: any) => connection.edges.map((e: Node) => e.node.id).sort();

    it("answers the issue's question in one query: on AWS or Azure, no data outside JP, vendor without ISO/IEC 27017", async () => {
      const where = {
        infrastructure: { some: { provider: { in: ['aws', 'azure'] } } },
        dataLocation: { none: { outside: 'JP' } },
        NOT: { vendorCertification: { eq: 'iso27017' } },
      };
      const { services } = await app.client.data('query ($where: ServiceWhere) { services(where: $where) { totalCount edges { node { id } } } }', { where });
      // GooooN runs on Azure Japan East and keeps data in Japan; ISM CloudOne (AWS Tokyo) is excluded by its vendor's
      // ISO/IEC 27017 certificate; the Gluegent services store data in the US (and SIOS holds ISO/IEC 27017 too).
      expect(byId(services)).toEqual(['goooon']);
      expect(byId(services)).toEqual(expectedIds(data, 'services', where).sort());
    });

    it('OR of relationship filters with a basis, and none of a metric', async () => {
      const where = { OR: [{ infrastructure: { provider: { eq: 'aws' }, basis: 'STATED' } }, { infrastructure: { region: { eq: 'azure:japaneast' } } }] };
      const { services } = await app.client.data('query ($where: ServiceWhere) { services(where: $where) { edges { node { id } } } }', { where });
      // INFERRED links (SIOS's Gluegent services on AWS) do not count as STATED.
      expect(byId(services)).toEqual(['goooon', 'ism-cloudone']);
      const none = { disclosure: { none: { metric: { name: 'dataDeletionDays', lte: 30 } } }, vendor: { in: ['outlook-consulting', 'baimosoft'] } };
      const { services: slow } = await app.client.data('query ($where: ServiceWhere) { services(where: $where) { edges { node { id } } } }', { where: none });
      // Sactona deletes within a month and elink within 30 days: neither is left.
      expect(byId(slow)).toEqual(expectedIds(data, 'services', none).sort());
      expect(byId(slow)).toEqual([]);
    });

    it('NOT of a metric keeps a disclosure that states no metric at all', async () => {
      // Policy disclosures (5.1.1) state no metric: "not a deletion within 30 days" holds for each of them.
      const where = { disclosure: { some: { control: { eq: 'iso27017:5.1.1' }, NOT: { metric: { name: 'dataDeletionDays', lte: 30 } } } } };
      const { services } = await app.client.data('query ($where: ServiceWhere) { services(where: $where) { edges { node { id } } } }', { where });
      const withPolicy = disclosures().filter((d) => d.control.id === 'iso27017:5.1.1');
      expect(withPolicy.length).toBeGreaterThan(0);
      expect(withPolicy.every((d) => d.metrics.length === 0)).toBe(true);
      expect(byId(services)).toEqual(expectedIds(data, 'services', where).sort());
      const disclosingPolicy = all('services').filter((s: Node) => s.disclosures.some((d: Node) => d.control.id === 'iso27017:5.1.1'));
      expect(byId(services)).toEqual(disclosingPolicy.map((s: Node) => s.id as string).sort());
    });

    it('an empty OR matches nothing, an empty AND everything', async () => {
      const result = await app.client.data('{ none: services(where: { OR: [] }) { totalCount } every: services(where: { AND: [] }) { totalCount } }');
      expect(result).toEqual({ none: { totalCount: 0 }, every: { totalCount: data.services.length } });
    });

    /** Random filter trees from the leaves the schema offers, with values from the data, held to the oracle. */
    function randomFilter(
      random: Random,
      list: ListName,
      leaves: Array<Record<string, unknown>>,
      edgeLeaves: Map<string, Array<Record<string, unknown>>>,
      depth: number,
    ): Record<string, unknown> {
      const roll = random.next();
      if (depth === 0 || roll < 0.35) return random.pick(leaves);
      if (roll < 0.55) return { AND: [randomFilter(random, list, leaves, edgeLeaves, depth - 1), randomFilter(random, list, leaves, edgeLeaves, depth - 1)] };
      if (roll < 0.75) return { OR: Array.from({ length: random.int(1, 3) }, () => randomFilter(random, list, leaves, edgeLeaves, depth - 1)) };
      if (roll < 0.85 || edgeLeaves.size === 0) return { NOT: randomFilter(random, list, leaves, edgeLeaves, depth - 1) };
      // A relationship filter whose edge condition is itself composed.
      const [relationship, quantifier] = random.pick([...edgeLeaves.keys()]).split('.') as [string, string];
      const pool = edgeLeaves.get(`${relationship}.${quantifier}`)!;
      const edge = (d: number): Record<string, unknown> => {
        const r = random.next();
        if (d === 0 || r < 0.5) return random.pick(pool);
        if (r < 0.7) return { AND: [edge(d - 1), edge(d - 1)] };
        if (r < 0.9) return { OR: [edge(d - 1), edge(d - 1)] };
        return { NOT: edge(d - 1) };
      };
      return { [relationship]: { [quantifier]: edge(depth - 1) } };
    }

    it.each([
      ['services', 300],
      ['vendors', 60],
      ['regions', 40],
      ['controls', 40],
      ['certifications', 30],
      ['documents', 30],
      ['infrastructureProviders', 20],
    ] as const)('random compositions on %s (%i filters) select what the oracle selects', async (list, count) => {
      const random = new Random(seedFrom('filters', list, process.env.FILTER_SEED ?? 1));
      const { where } = listFields().find((l) => l.list === list)!;
      const leaves: Array<Record<string, unknown>> = [];
      const edgeLeaves = new Map<string, Array<Record<string, unknown>>>();
      for (const c of operatorCases(list, where)) {
        const { nothing: none, fromData } = conditionsFor(c);
        for (const condition of [...(none === undefined ? [] : [none]), ...fromData]) {
          leaves.push(filterAt(c.path, condition));
          if (c.path[1] === 'some' || c.path[1] === 'none') {
            const key = `${c.path[0]}.${c.path[1]}`;
            edgeLeaves.set(key, [...(edgeLeaves.get(key) ?? []), filterAt(c.path.slice(2), condition)]);
          }
        }
      }
      const filters = Array.from({ length: count }, () => randomFilter(random, list, leaves, edgeLeaves, 3));
      const got = await idsFor(list, filters);
      const mismatches = filters.flatMap((filter, i) => {
        const expected = expectedIds(data, list, filter).sort();
        return JSON.stringify([...got[i]!].sort()) === JSON.stringify(expected) ? [] : [`${JSON.stringify(filter)}: expected [${expected}], got [${got[i]}]`];
      });
      expect(mismatches).toEqual([]);
      // The trees are not all trivial: some select a proper, non-empty subset.
      expect(filters.filter((f) => expectedIds(data, list, f).length > 0 && expectedIds(data, list, f).length < data[list].length).length).toBeGreaterThan(
        count / 5,
      );
    });
  });
});
