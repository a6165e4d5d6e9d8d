/**
 * Answers kept per graph version, over HTTP: a question asked a second
 * time on an unchanged graph is kept, and answered from the cache from then
 * on (`x-cache: hit`, counted on `/metrics`); one asked once is not kept, and the first read after a committed write sees the write,
 * whoever wrote it (a mutation, an import, or a statement through the
 * database port). Mutations and answers with errors are never cached;
 * callers with other roles or subjects never share an answer.
 */
import { describe, expect, it } from 'vitest';
import { statementFixture } from '../support/statement-fixtures.js';
import { hs256Token } from '../support/tokens.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { startTestApp } from '../support/start-test-app.js';

const SERVICE = `query Service($id: ID!) { service(id: $id) { id infrastructure { region { id } } } }`;
const regionsOf = (data: any): string[] => data.service.infrastructure.map((u: any) => u.region.id).sort();

async function metrics(url: string): Promise<any> {
  const response = await fetch(new URL('/metrics', url));
  expect(response.status).toBe(200);
  return response.json();
}

describeOnEngines('Response cache', (engine) => {
  const app = useSeededApp(engine);

  /** Asks twice (both computed: the first asking is only remembered, the second kept) and returns the second answer. */
  async function askedTwice(query: string, variables?: Record<string, unknown>) {
    for (let asking = 1; ; asking += 1) {
      const result = await app.client.request(query, variables);
      expect(result.errors).toBeUndefined();
      expect(result.headers.get('x-cache')).toBe('miss');
      if (asking === 2) return result;
    }
  }

  it('keeps an answer when its question is asked a second time, and answers it from memory from then on', async () => {
    const query = `{ vendors(first: 3) { edges { node { id name } } } }`;
    const second = await askedTwice(query);
    const before = (await metrics(app.url)).responseCache;
    const third = await app.client.request(query);
    const after = (await metrics(app.url)).responseCache;

    expect(third.data).toEqual(second.data);
    expect(third.headers.get('x-cache')).toBe('hit');
    expect(third.headers.get('x-graph-version')).toBe(second.headers.get('x-graph-version'));
    expect(after.hits).toBe(before.hits + 1);
    expect(after.entries).toBeGreaterThan(0);
    // Answered without a statement.
    expect(third.extensions?.queryStats?.roundTrips).toBe(0);
  });

  it('does not keep the answer to a question asked once', async () => {
    const before = (await metrics(app.url)).responseCache;
    const once = await app.client.request(`{ vendors(first: 2) { edges { node { id } } } }`);
    const after = (await metrics(app.url)).responseCache;
    expect(once.headers.get('x-cache')).toBe('miss');
    expect(after.entries).toBe(before.entries);
    expect(after.notKeptFirstAskings).toBe(before.notKeptFirstAskings + 1);
  });

  it('keys the answer by the variables', async () => {
    const gluegent = await askedTwice(SERVICE, { id: 'gluegent-gate' });
    const sactona = await app.client.request(SERVICE, { id: 'sactona' });
    expect(sactona.headers.get('x-cache')).toBe('miss');
    expect(sactona.data!.service.id).toBe('sactona');
    expect(gluegent.data!.service.id).toBe('gluegent-gate');
  });

  it('shows a fact written by a mutation on the first read after it, then caches again', async () => {
    const before = await askedTwice(SERVICE, { id: 'goooon' });
    expect((await app.client.request(SERVICE, { id: 'goooon' })).headers.get('x-cache')).toBe('hit');
    expect(regionsOf(before.data)).not.toContain('azure:japanwest');

    const write = await app.client
      .request(`mutation { linkInfrastructure(input: { service: "goooon", region: "azure:japanwest", basis: INFERRED, reasoning: "cache test",
      evidence: { document: "goooon-whitepaper", section: "2 データ保管場所", quote: "お客様データは Microsoft Azure 東日本リージョン(Japan / 埼玉)に保管されます。" } }) { targetId } }`);
    expect(write.errors).toBeUndefined();
    expect(write.headers.get('x-cache')).toBeNull();
    const writtenAt = Number(write.headers.get('x-graph-version'));
    expect(writtenAt).toBeGreaterThan(Number(before.headers.get('x-graph-version')));

    const after = await app.client.request(SERVICE, { id: 'goooon' });
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(regionsOf(after.data)).toContain('azure:japanwest');
    expect(Number(after.headers.get('x-graph-version'))).toBeGreaterThanOrEqual(writtenAt);
    await app.client.request(SERVICE, { id: 'goooon' });
    const again = await app.client.request(SERVICE, { id: 'goooon' });
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(again.data).toEqual(after.data);
  });

  it('misses after a write made through the database port, outside any resolver', async () => {
    const query = `{ vendor(id: "sios") { name } }`;
    await askedTwice(query);
    expect((await app.client.request(query)).headers.get('x-cache')).toBe('hit');
    await app.db.write(statementFixture('rename-vendor'), { id: 'sios', name: 'SIOS (renamed by the cache test)' });
    const after = await app.client.request(query);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(after.data).toEqual({ vendor: { name: 'SIOS (renamed by the cache test)' } });
  });

  it('reports the version it answers at as `graphVersion` and on /metrics', async () => {
    const result = await app.client.request(`{ graphVersion }`);
    expect(result.data!.graphVersion).toBe(Number(result.headers.get('x-graph-version')));
    expect((await metrics(app.url)).graphVersion).toBe(result.data!.graphVersion);
  });

  it('sends a kept answer as the computed one was sent, keyed by the content type the client accepts', async () => {
    const body = JSON.stringify({ query: `{ vendor(id: "sios") { name id } }` });
    const post = (accept: string) => fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
    const computed = [await post('application/graphql-response+json'), await post('application/graphql-response+json')];
    const kept = await post('application/graphql-response+json');
    expect(computed.map((r) => r.headers.get('x-cache'))).toEqual(['miss', 'miss']);
    expect(kept.headers.get('x-cache')).toBe('hit');
    expect(kept.headers.get('content-type')).toBe(computed[1]!.headers.get('content-type'));
    expect(kept.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(kept.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.headers.get('x-request-id')).not.toBe(computed[1]!.headers.get('x-request-id'));
    const [keptBody, computedBody] = [(await kept.json()) as any, (await computed[1]!.json()) as any];
    expect(keptBody.data).toEqual(computedBody.data);
    expect(keptBody.data.vendor.id).toBe('sios');
    // The other content type is its own entry: computed, not the kept bytes under the wrong type.
    const plain = await post('application/json');
    expect(plain.headers.get('x-cache')).toBe('miss');
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('runs a GET query every time, with the version it reflects', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ vendor(id: "sios") { id } }')}`;
    const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    for (let asking = 1; asking <= 3; asking += 1) {
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBe('miss');
      expect(Number(response.headers.get('x-graph-version'))).toBeGreaterThan(0);
      expect(((await response.json()) as any).data.vendor.id).toBe('sios');
    }
  });

  it('never caches an answer with an error', async () => {
    // Fails while it runs (past every check made before the cache is asked).
    const query = `{ vendor(id: "sios") { name } search(text: "!!!") { id } }`;
    for (let i = 0; i < 2; i += 1) {
      const before = (await metrics(app.url)).responseCache.misses;
      const result = await app.client.request(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.headers.get('x-cache')).toBe('miss');
      expect((await metrics(app.url)).responseCache.misses).toBe(before + 1);
    }
  });
});

describe('Response cache and who is asking', () => {
  const secret = 'a-test-secret-that-is-at-least-32-characters-long';
  const bearer = async (subject: string, roles: string[]) => ({ authorization: `Bearer ${await hs256Token(secret, subject, roles)}` });

  it('shares no answer between callers, and none at all when RESPONSE_CACHE_MAX_BYTES is 0', async () => {
    const app = await startTestApp({ AUTH_JWT_SECRET: secret });
    try {
      const query = `{ vendor(id: "sios") { name } }`;
      const alice = await bearer('alice', ['reader']);
      expect((await app.client.request(query, undefined, alice)).headers.get('x-cache')).toBe('miss');
      expect((await app.client.request(query, undefined, alice)).headers.get('x-cache')).toBe('miss');
      expect((await app.client.request(query, undefined, alice)).headers.get('x-cache')).toBe('hit');
      // Another subject, other roles, no token: each its own entry.
      expect((await app.client.request(query, undefined, await bearer('bob', ['reader']))).headers.get('x-cache')).toBe('miss');
      expect((await app.client.request(query, undefined, await bearer('alice', ['editor']))).headers.get('x-cache')).toBe('miss');
      expect((await app.client.request(query)).headers.get('x-cache')).toBe('miss');
      // A kept answer is served only after the caller's token verifies: a forged one is refused, not answered.
      const forged = await app.client.request(query, undefined, {
        authorization: `Bearer ${await hs256Token('another-secret-of-at-least-32-characters!', 'alice', ['reader'])}`,
      });
      expect(forged.status).toBe(401);
      expect(forged.data).toBeUndefined();
    } finally {
      await app.close();
    }

    const off = await startTestApp({ RESPONSE_CACHE_MAX_BYTES: '0' });
    try {
      await off.client.request(`{ vendor(id: "sios") { name } }`);
      const second = await off.client.request(`{ vendor(id: "sios") { name } }`);
      expect(second.headers.get('x-cache')).toBeNull();
      expect(second.extensions?.queryStats?.roundTrips).toBeGreaterThan(0);
      expect((await metrics(off.url)).responseCache).toEqual({ enabled: false });
    } finally {
      await off.close();
    }
  });

  it('serves a kept answer for at most RESPONSE_CACHE_TTL_SECONDS', async () => {
    const app = await startTestApp({ RESPONSE_CACHE_TTL_SECONDS: '1' });
    try {
      const query = `{ vendor(id: "sios") { name } }`;
      const cacheOf = async () => (await app.client.request(query)).headers.get('x-cache');
      expect([await cacheOf(), await cacheOf(), await cacheOf()]).toEqual(['miss', 'miss', 'hit']);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await cacheOf()).toBe('miss');
    } finally {
      await app.close();
    }
  });
});
