/**
 * The real server process as an operator meets it: a bad setting, a port in
 * use or an unreachable Neo4j ends the start with one clear line and exit 1;
 * SIGTERM and SIGINT under load (readers and a writer) finish what is in
 * progress, close the database, log "stopped" and exit 0, and every write
 * acknowledged before is there after a restart on the same GRAPH_DATA_DIR.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from './support/graphql-client.js';
import { hs256Token } from './support/tokens.js';
import { runUntilExit, startServer } from './support/server-process.js';

/** What an operator reads: the lines that are not the JSON log, and no stack trace anywhere. */
function plainLines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
}

function expectOneLineFailure(result: { code: number | string; output: string }, pattern: RegExp): void {
  expect(result.code, result.output).toBe(1);
  expect(plainLines(result.output)).toEqual([expect.stringMatching(pattern)]);
  expect(result.output).not.toMatch(/^\s+at /m);
}

describe('start-up failures', () => {
  // Side by side: each is a process of its own that ends on its own.
  it.concurrent.each([
    ['a blank PORT', { PORT: ' ' }, /^Invalid configuration: PORT: .*got " "$/],
    ['a hexadecimal PORT', { PORT: '0x10' }, /^Invalid configuration: PORT: .*got "0x10"$/],
    ['a PORT out of range', { PORT: '70000' }, /^Invalid configuration: PORT: must be from 0 to 65535, got "70000"$/],
    ['a missing SEED_DIR', { SEED_DIR: '/no/such/seed-folder' }, /^Invalid configuration: SEED_DIR: no folder at \/no\/such\/seed-folder$/],
  ])('%s: one line naming the variable, exit 1', async (_, env, pattern) => {
    expectOneLineFailure(await runUntilExit(env), pattern);
  });

  describe('a port in use', () => {
    const holder = net.createServer();
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      port = (holder.address() as net.AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

    it('one line naming the port, exit 1, before the engine opens', async () => {
      const result = await runUntilExit({ PORT: String(port) });
      expectOneLineFailure(result, new RegExp(`^Cannot listen: port ${port} on 127\\.0\\.0\\.1 is already in use \\(PORT\\)$`));
      expect(result.output).not.toContain('seeded');
    });
  });

  describe('Neo4j unreachable', () => {
    const neo4j = { NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '1500' };

    function expectConnectFailure(result: { code: number | string; output: string }, uri: string, cause: RegExp): void {
      // Said at once, before any attempt fails.
      const logged = result.output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { message: string });
      expect(logged.findIndex((line) => line.message === `connecting to ${uri}`)).toBe(1);
      expectOneLineFailure(
        result,
        new RegExp(`^Cannot connect to Neo4j at ${uri.replace(/[.:/]/g, '\\$&')} \\(NEO4J_URI\\), within 1500 ms .*: ${cause.source}$`),
      );
    }

    it('refused: retries within NEO4J_CONNECT_TIMEOUT_MS, then one line with the URI and the cause', async () => {
      const result = await runUntilExit({ ...neo4j, NEO4J_URI: 'bolt://127.0.0.1:1' });
      expectConnectFailure(result, 'bolt://127.0.0.1:1', /connect ECONNREFUSED 127\.0\.0\.1:1/);
      expect(result.output).toContain('Neo4j did not answer; retrying');
      // Generous: start-up plus the 1.5 s bound, where the driver's own defaults took 35 s.
      expect(result.ms).toBeLessThan(20_000);
    });

    describe('a port that accepts and never answers', () => {
      const sockets = new Set<net.Socket>();
      const silent = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
      });
      let port = 0;
      beforeAll(async () => {
        await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
        port = (silent.address() as net.AddressInfo).port;
      });
      afterAll(() => {
        for (const socket of sockets) socket.destroy();
        return new Promise<void>((resolve) => silent.close(() => resolve()));
      });

      it('gives up at NEO4J_CONNECT_TIMEOUT_MS with one line saying nothing answers', async () => {
        const uri = `bolt://127.0.0.1:${port}`;
        const result = await runUntilExit({ ...neo4j, NEO4J_URI: uri });
        expectConnectFailure(result, uri, /no answer: the port accepts connections but nothing answers the Bolt handshake/);
        // The driver alone waited 60 s here.
        expect(result.ms).toBeLessThan(20_000);
      });
    });
  });
});

describe('shutdown of the real process', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'graph-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const query = '{ vendors { edges { node { name services { name disclosures { id quote control { id } } } } } } }';

  /**
   * One POST on `agent`'s single kept-alive connection. node:http rather than fetch: fetch's pool opens a spare
   * connection whenever a freed one is not yet back in the pool, and a request waiting on a new connection when the
   * server stops listening was never in flight, yet would look sent.
   */
  function post(agent: http.Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Seven clients querying and one writing (as `token`), each on a connection of its own, in a loop until told to stop; every answer that arrives is kept. */
  function clients(url: string, token: string, writePrefix: string) {
    const answers: Array<{ status: number; body: string }> = [];
    /** Requests that got no answer, with whether they were sent on an open connection before the signal (in flight). */
    const failures: Array<{ code: string; inFlight: boolean }> = [];
    /** Writes sent before the signal and answered with anything but success (none should be). */
    const writeRefusals: Array<{ status: number; body: string }> = [];
    /** Vendors whose write was answered as done: each must survive the restart. */
    const acknowledged: string[] = [];
    const agents: http.Agent[] = [];
    let stop = false;
    let signalled = false;
    const loop = async (writer: boolean) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      for (let i = 0; !stop; i++) {
        const sentBeforeSignal = !signalled;
        const id = `${writePrefix}-${i}`;
        const request = writer
          ? { query: 'mutation ($id: ID!) { upsertVendor(input: { id: $id, name: "停止テスト" }) { targetId } }', variables: { id } }
          : { query };
        try {
          const response = await post(agent, url, writer ? { authorization: `Bearer ${token}` } : {}, JSON.stringify(request));
          if (!writer) answers.push(response);
          else if (
            response.status === 200 &&
            (JSON.parse(response.body) as { data?: { upsertVendor?: { targetId: string } } }).data?.upsertVendor?.targetId === id
          )
            acknowledged.push(id);
          else if (sentBeforeSignal) writeRefusals.push(response);
        } catch (error) {
          // No answer to a request sent once shutdown began (refused, or a kept-alive socket closing under it, which
          // HTTP lets a server do): allowed. A request sent before the signal, on the connection every answer so far
          // came back on, was in flight and must be answered, and whole.
          failures.push({ code: String((error as { code?: string }).code ?? error), inFlight: sentBeforeSignal });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };
    const running = Array.from({ length: 8 }, (_, i) => loop(i === 0));
    return {
      answers,
      failures,
      acknowledged,
      writeRefusals,
      signal: () => (signalled = true),
      stop: async () => {
        stop = true;
        await Promise.all(running);
        for (const agent of agents) agent.destroy();
      },
    };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s with 8 clients, one writing: every answer complete, every acknowledged write kept, "stopped", exit 0',
    async (signal) => {
      // Production: where Apollo's own signal handler used to end the process first. Writes there need a token.
      const tokenKey = randomBytes(32).toString('hex');
      const env = { NODE_ENV: 'production', GRAPH_DATA_DIR: path.join(dataDir, signal), AUTH_JWT_SECRET: tokenKey };
      const token = await hs256Token(tokenKey, 'shutdown-writer', ['editor']);
      const server = await startServer(env);
      const load = clients(server.url, token, `shutdown-${signal.toLowerCase()}`);
      while (load.answers.length < 16 || load.acknowledged.length < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      load.signal();
      server.child.kill(signal);
      const code = await server.exit;
      await load.stop();

      expect(code, server.output()).toBe(0);
      expect(server.output()).toContain('"message":"stopped"');
      for (const answer of load.answers) {
        expect(answer.status, answer.body).toBe(200);
        const body = JSON.parse(answer.body) as { data?: { vendors: { edges: unknown[] } }; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data?.vendors.edges.length).toBeGreaterThan(0);
      }
      // Once the server stops accepting, a new request is refused; none in flight sees its connection cut.
      expect(load.failures.filter((f) => f.inFlight)).toEqual([]);
      expect(load.writeRefusals).toEqual([]);

      // Every acknowledged write is on disk: a restart on the same folder finds each one.
      const restarted = await startServer(env);
      try {
        const reader = new GraphQLClient(restarted.url);
        for (let from = 0; from < load.acknowledged.length; from += 100) {
          const ids = load.acknowledged.slice(from, from + 100);
          const found = await reader.data('query ($ids: [ID!]!) { vendors(where: { id: { in: $ids } }, first: 1) { totalCount } }', { ids });
          expect(found.vendors.totalCount, `acknowledged writes ${from}..${from + ids.length - 1} after the restart`).toBe(ids.length);
        }
      } finally {
        restarted.child.kill('SIGTERM');
        expect(await restarted.exit).toBe(0);
      }
    },
  );
});
