import { openEmbedded } from '../src/engines/open-engine.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { parseStatement } from '../src/db/cypher-statement.js';
import { readFileSync } from 'node:fs';
import { buildListStatement, lists } from '../src/queries/lists.js';
import { readAllEach } from '../src/queries/keyed-lookups.js';
import { relatedTo } from '../src/queries/nodes.js';
import { countNodes } from '../src/queries/graph-size.js';

const { db, profile } = openEmbedded('/tmp/large-graph');
await profile.prepare();
if ((await countNodes(db)) === 0) {
  const t = Date.now();
  await loadSeed(db, '/work/baseline/main/data/generated/large', profile.derived);
  await db.afterBulkLoad();
  console.log('loaded', Date.now() - t);
}
const old = (n: string) => parseStatement('old/' + n, readFileSync(`/tmp/oldcypher/${n}.cypher`, 'utf8'));
const oldFiltered = old('services');
const oldProps = old('services-by-properties');
const nul = Object.fromEntries(oldFiltered.params.map((p) => [p, null]));
const oldFilteredParams = {
  ...nul,
  providerIds: ['aws'],
  metricName: 'dataDeletionDays',
  metricLte: 30,
  sortField: 'name',
  sortDescending: true,
  offset: 0,
  limit: 20,
};
const oldPropsParams = { ...Object.fromEntries(oldProps.params.map((p) => [p, null])), sortField: 'name', sortDescending: false, offset: 0, limit: 100 };
const newFiltered = buildListStatement(lists.services, {
  filter: { infrastructure: { provider: { eq: 'aws' } }, disclosure: { metric: { name: 'dataDeletionDays', lte: 30 } } },
  sort: [{ name: 'DESC' }],
  page: { offset: 0, limit: 20 },
});
const newProps = buildListStatement(lists.services, { filter: null, sort: null, page: { offset: 0, limit: 100 } });
const time = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r: Record<string, number[]> = { oldFiltered: [], newFiltered: [], oldProps: [], newProps: [], rawDisclosures: [], decodedDisclosures: [] };
const [page] = await db.read(newProps.statement, newProps.params);
const ids = ((page as any).nodes as any[]).map((n) => n.id);
for (let i = 0; i < 7; i++) {
  r.oldFiltered!.push(await time(() => db.read(oldFiltered, oldFilteredParams)));
  r.newFiltered!.push(await time(() => db.read(newFiltered.statement, newFiltered.params)));
  r.oldProps!.push(await time(() => db.read(oldProps, oldPropsParams)));
  r.newProps!.push(await time(() => db.read(newProps.statement, newProps.params)));
  r.rawDisclosures!.push(await time(() => db.read(relatedTo.serviceDisclosures.statement, { ids })));
  r.decodedDisclosures!.push(await time(() => readAllEach(db, relatedTo.serviceDisclosures, ids)));
}
const [a] = await db.read(oldFiltered, oldFilteredParams);
const [b] = await db.read(newFiltered.statement, newFiltered.params);
console.log('same answer', JSON.stringify(a) === JSON.stringify(b), (a as any).totalCount, (b as any).totalCount);
const [c] = await db.read(oldProps, oldPropsParams);
const [d] = await db.read(newProps.statement, newProps.params);
console.log('same answer', JSON.stringify(c) === JSON.stringify(d));
for (const [k, v] of Object.entries(r)) console.log(k, med(v).toFixed(1), 'ms median of', v.length);
await db.close();
