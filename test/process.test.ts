/**
 * The real server process as an operator meets it: a bad setting, a port in
 * use or an unreachable Neo4j ends the start with one clear line and exit 1;
 * SIGTERM and SIGINT under load finish what is in progress, close the
 * database, log "stopped" and exit 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  /** Eight clients querying in a loop until told to stop; every answer that arrives is kept. */
  function clients(url: string) {
    const answers: Array<{ status: number; body: string }> = [];
    const failures: string[] = [];
    let stop = false;
    const loop = async () => {
      while (!stop) {
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
          answers.push({ status: response.status, body: await response.text() });
        } catch (error) {
          // No answer at all (the server had stopped accepting): allowed; a broken answer is not.
          failures.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };
    const running = Array.from({ length: 8 }, loop);
    return {
      answers,
      failures,
      stop: async () => {
        stop = true;
        await Promise.all(running);
      },
    };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)('%s with 8 clients querying: every answer complete, database closed, "stopped", exit 0', async (signal) => {
    // Production: where Apollo's own signal handler used to end the process first.
    const server = await startServer({ NODE_ENV: 'production', GRAPH_DATA_DIR: path.join(dataDir, signal) });
    const load = clients(server.url);
    while (load.answers.length < 16) await new Promise((resolve) => setTimeout(resolve, 20));
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
    // Once the server stops accepting, a client is refused; none sees a connection cut mid-answer.
    expect(load.failures.filter((f) => f !== 'ECONNREFUSED')).toEqual([]);
  });
});
