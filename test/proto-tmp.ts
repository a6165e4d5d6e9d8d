import { openEmbedded } from '../src/engines/open-engine.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { buildListStatement, lists, readList } from '../src/queries/lists.js';
const { db, profile } = openEmbedded();
await profile.prepare();
await loadSeed(db, 'seed', profile.derived);
const req = {
  filter: {
    infrastructure: { provider: { in: ['aws', 'azure'] } },
    NOT: { OR: [{ dataLocation: { outside: 'JP' } }, { vendorCertification: { eq: 'iso27017' } }] },
  },
  sort: [{ name: 'DESC' as const }],
  page: { offset: 0, limit: 20 },
};
const b = buildListStatement(lists.services, req);
console.log(b.statement.text, b.params);
console.log(JSON.stringify(await readList(db, lists.services, req)));
const r2 = { filter: { disclosure: { metric: { name: 'dataDeletionDays', lte: 30 } } }, sort: null, page: { offset: 0, limit: 20 } };
console.log(buildListStatement(lists.services, r2).statement.text);
console.log(JSON.stringify((await readList(db, lists.services, r2)).items.map((s) => s.name)));
const r3 = {
  filter: { disclosure: { some: { metric: { name: 'dataDeletionDays', lte: 30 }, control: { eq: 'iso27017:CLD.8.1.5' } } } },
  sort: null,
  page: { offset: 0, limit: 20 },
};
console.log(buildListStatement(lists.services, r3).statement.text);
console.log(JSON.stringify((await readList(db, lists.services, r3)).items.map((s) => s.name)));
for (const [k, def] of Object.entries(lists)) {
  const res = await readList(db, def as any, { filter: null, sort: null, page: { offset: 0, limit: 3 } });
  console.log(
    k,
    res.totalCount,
    res.items.map((i: any) => i.id),
  );
}
console.log(JSON.stringify(await readList(db, lists.services, { filter: {}, sort: [{ category: 'ASC' }], page: { offset: 0, limit: 100 } })).slice(0, 600));
await db.close();
