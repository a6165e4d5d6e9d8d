/**
 * Bounds on a request while it runs, over HTTP against the started server on
 * the real engine (made slow per statement where a test needs a slow
 * request): the time limit and the client leaving stop its statements, other
 * requests and /health answer meanwhile, /health has its own bound, /ready
 * says when the server serves, and the HTTP front bounds bodies, headers,
 * connections and the rate per client.
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { startApp } from '../src/server/app.js';
import type { Logger } from '../src/server/logger.js';
import { GraphQLClient } from './support/graphql-client.js';
import { SlowDatabase } from './support/slow-database.js';
import { startTestApp, type TestApp } from './support/start-test-app.js';

/** Forty statements: each alias is its own page read, none shares a batch. */
const fortyStatements = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: controls(first: ${i + 1}) { totalCount }`).join(' ')} }`;
const lookup = '{ vendor(id: "sios") { name } }';

/** Keeps the log lines of one kind, so a test can see what the server reported about a request. */
function collectingLogger() {
  const lines: Array<{ message: string; fields: Record<string, unknown> }> = [];
  const keep = (message: string, fields: Record<string, unknown> = {}) => void lines.push({ message, fields });
  const logger: Logger = { debug: keep, info: keep, warn: keep, error: keep };
  return { logger, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a slow request', () => {
  const slow = new SlowDatabase();
  const { logger, lines } = collectingLogger();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '800', NODE_ENV: 'production', WRITES_ENABLED: 'false' }, slow.engine, logger);
  });
  afterEach(() => {
    slow.statementDelayMs = 0;
  });
  afterAll(() => app.close());

  it('is stopped at REQUEST_TIMEOUT_MS with REQUEST_TIMEOUT, while /health and a lookup answer', async () => {
    slow.statementDelayMs = 150;
    const before = slow.statementsRun;
    const settled: string[] = [];
    const slowRequest = app.client.request(fortyStatements).then((result) => (settled.push('slow'), result));
    await sleep(100);
    const health = fetch(new URL('/health', app.url)).then(async (response) => (settled.push('health'), response));
    const other = app.client.request(lookup).then((result) => (settled.push('lookup'), result));

    expect((await health).status).toBe(200);
    expect((await other).data).toEqual({ vendor: { name: 'サイオステクノロジー株式会社' } });
    const result = await slowRequest;
    expect(settled).toEqual(['health', 'lookup', 'slow']);
    expect(result.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(result.errors?.[0]?.message).toMatch(/longer than 800 ms \(REQUEST_TIMEOUT_MS\)/);

    // The statements stop with the request: far fewer than forty ran, and none starts afterwards.
    const ranForIt = slow.statementsRun - before - 1;
    expect(ranForIt).toBeLessThan(20);
    await sleep(600);
    expect(slow.statementsRun - before - 1).toBe(ranForIt);
  });

  it('is stopped when its client leaves', async () => {
    slow.statementDelayMs = 100;
    const before = slow.statementsRun;
    const leaving = new AbortController();
    const request = fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'leaves-early' },
      body: JSON.stringify({ query: fortyStatements }),
      signal: leaving.signal,
    }).catch((error: Error) => error.name);
    await sleep(250);
    leaving.abort();
    expect(await request).toBe('AbortError');

    while (!lines.some((line) => line.message === 'graphql' && line.fields.requestId === 'leaves-early')) await sleep(20);
    const logged = lines.find((line) => line.message === 'graphql' && line.fields.requestId === 'leaves-early')!;
    expect(logged.fields.roundTrips).toBeLessThan(10);
    const ran = slow.statementsRun - before;
    await sleep(400);
    expect(slow.statementsRun - before).toBe(ran);
  });

  it('a request within the limit is unaffected', async () => {
    slow.statementDelayMs = 10;
    const result = await app.client.request(fortyStatements);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data!)).toHaveLength(40);
  });
});

describe('/health and /ready', () => {
  it('/health says unavailable (503) at HEALTH_TIMEOUT_MS when the database does not answer', async () => {
    const slow = new SlowDatabase();
    const app = await startTestApp({ HEALTH_TIMEOUT_MS: '200' }, slow.engine);
    try {
      slow.pingDelayMs = 5_000;
      const response = await fetch(new URL('/health', app.url), { signal: AbortSignal.timeout(2_000) });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', engine: 'embedded', database: 'not answering' });
      slow.pingDelayMs = 0;
    } finally {
      await app.close();
    }
  });

  it('/ready is 503 while the server starts (seeding) and 200 once it serves; /graphql says it is starting', async () => {
    const slow = new SlowDatabase();
    let release!: () => void;
    slow.hold = new Promise((resolve) => (release = resolve));
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    const starting = startApp(config, { engine: slow.engine });
    try {
      const base = `http://127.0.0.1:${port}`;
      let ready = await fetch(`${base}/ready`).catch(() => undefined);
      while (!ready) ready = await sleep(20).then(() => fetch(`${base}/ready`).catch(() => undefined));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'starting' });
      const early = await new GraphQLClient(`${base}/graphql`).request('{ __typename }');
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('5');
      expect(early.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      release();
    }
    const app = await starting;
    try {
      const ready = await fetch(new URL('/ready', app.url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      await app.close();
    }
  });
});

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A raw connection, for what fetch cannot do: send half a request, or hold a connection open. */
function rawConnection(url: string) {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return { socket, closed, received: () => received };
}

describe('the HTTP front', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '1000', MAX_BODY_BYTES: '2000', MAX_CONNECTIONS: '20' });
  });
  afterAll(() => app.close());

  it('closes a connection whose headers never finish at HEADERS_TIMEOUT_MS with 408', async () => {
    const connection = rawConnection(app.url);
    connection.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => connection.socket.write('x-slow: 1\r\n'), 100);
    await connection.closed;
    clearInterval(drip);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that never sends a byte at HEADERS_TIMEOUT_MS, so idle connections cannot hold MAX_CONNECTIONS', async () => {
    const connection = rawConnection(app.url);
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose body never finishes at HTTP_REQUEST_TIMEOUT_MS with 408', async () => {
    const connection = rawConnection(app.url);
    connection.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{');
    const drip = setInterval(() => connection.socket.write(' '), 100);
    await connection.closed;
    clearInterval(drip);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers a body over MAX_BODY_BYTES with 413, declared or streamed, naming the limit', async () => {
    const declared = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(3000)}` }),
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      errors: [{ message: 'Request body is over 2000 bytes (MAX_BODY_BYTES)', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });

    const chunked = rawConnection(app.url);
    chunked.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n');
    for (let i = 0; i < 3; i++) chunked.socket.write(`3e8\r\n${'x'.repeat(1000)}\r\n`);
    await chunked.closed;
    expect(chunked.received()).toMatch(/^HTTP\/1\.1 413/);
  });

  it('closes connections past MAX_CONNECTIONS at once and keeps serving', async () => {
    const connections = Array.from({ length: 30 }, () => rawConnection(app.url));
    await sleep(300);
    const dropped = connections.filter((c) => c.socket.destroyed || c.socket.readyState === 'closed').length;
    expect(dropped).toBeGreaterThanOrEqual(10);
    for (const c of connections) c.socket.destroy();
    await Promise.all(connections.map((c) => c.closed));
    expect(await app.client.data(lookup)).toEqual({ vendor: { name: 'サイオステクノロジー株式会社' } });
  });
});

describe('RATE_LIMIT_PER_MINUTE', () => {
  it('answers 429 with Retry-After and RATE_LIMITED past the limit; /health is not counted', async () => {
    const app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) expect((await app.client.request('{ __typename }')).status).toBe(200);
      expect((await fetch(new URL('/health', app.url))).status).toBe(200);
      const limited = await app.client.request('{ __typename }');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(limited.errors?.[0]?.message).toMatch(/3 per minute \(RATE_LIMIT_PER_MINUTE\)/);
    } finally {
      await app.close();
    }
  });

  it('is off by default', async () => {
    const app = await startTestApp();
    try {
      const statuses = await Promise.all(Array.from({ length: 30 }, () => app.client.request('{ __typename }').then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await app.close();
    }
  });
});
