/**
 * The HTTP front: `/graphql` goes to Apollo Server (POST for operations, GET
 * for the Sandbox landing page and GET queries), `/health` says whether the
 * process and its database answer, `/ready` whether it serves requests yet,
 * `/metrics` the response cache's counters and the graph version.
 * Built on node:http with Apollo's own integration API, so there is no web
 * framework to keep up to date.
 *
 * The front listens before the engine opens (a port in use fails at once,
 * and probes get an answer while the seed loads), answers `/graphql` with
 * 503 until `serve()`, and owns every bound on a request: body size, how
 * long receiving it may take, its time limit while it runs, and the rate
 * per client.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { EngineName, GraphDatabase } from '../db/graph-database.js';
import type { Engine, EngineProfile } from '../engines/engine-profile.js';
import type { Config } from '../config/config.js';
import { createContext, type GraphContext, type ResponseCacheNotes } from '../graphql/context.js';
import { RequestStop } from '../db/request-stop.js';
import { clientWentAway, requestTimedOut, serverStopping } from '../graphql/request-stopped.js';
import type { Logger } from './logger.js';
import type { InFlight } from './in-flight.js';
import { handleCors } from './cors.js';
import { AuthenticationError, type Authenticator } from '../auth/authenticator.js';
import type { Principal } from '../auth/principal.js';
import { clientErrorStatus } from '../graphql/error-codes.js';
import { DatabaseHealth } from './health.js';
import { RateLimiter } from './rate-limit.js';
import { StartupError } from './startup-error.js';
import { answerKey, keptAnswerOf, type ResponseStore } from '../graphql/response-store.js';
import { sendKeptAnswer } from './kept-answers.js';
import { answerExport, exportPathPrefix } from './export-route.js';

/** An answer given by the HTTP layer itself, before GraphQL runs: GraphQL-shaped on /graphql, so clients parse one format. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Reads the body up to `maxBytes`; past it, stops reading (the connection is closed after the 413). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body is over ${maxBytes} bytes (MAX_BODY_BYTES)`, { connection: 'close' });
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A client's x-request-id is kept when it is a sane token; otherwise a new one is made. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * A request's path and query string. `/graphql`, which nearly every request
 * asks for, is split by hand: a WHATWG URL parse costs more than answering
 * from the response cache. Any other target goes through the parser.
 */
function targetOf(raw = '/'): { pathname: string; search: string } {
  const query = raw.indexOf('?');
  const pathname = query < 0 ? raw : raw.slice(0, query);
  if (pathname === '/graphql') return { pathname, search: query < 0 ? '' : raw.slice(query) };
  const url = new URL(raw, 'http://localhost');
  return { pathname: url.pathname, search: url.search };
}

type Phase = 'starting' | 'serving' | 'stopping';

export class HttpFront {
  readonly server: Server;
  private phase: Phase = 'starting';
  private db: GraphDatabase | undefined;
  private profile: EngineProfile | undefined;
  private health: DatabaseHealth | undefined;
  private apollo: ApolloServer<GraphContext> | undefined;
  private responses: ResponseStore | undefined;
  /** Each running GraphQL request's stop switch and answer, so shutdown can close their connections and stop what outlives the grace period. */
  private readonly running = new Map<RequestStop, ServerResponse>();
  private readonly rateLimiter: RateLimiter | undefined;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly inFlight: InFlight,
    private readonly engine: EngineName,
    private readonly authenticator: Authenticator,
  ) {
    const http = config.http;
    this.server = createServer(
      {
        headersTimeout: http.headersTimeoutMs,
        requestTimeout: http.receiveTimeoutMs,
        keepAliveTimeout: http.keepAliveTimeoutMs,
        // Node checks the two timeouts above only this often (30 s by default), which would stretch them.
        connectionsCheckingInterval: Math.min(1_000, http.headersTimeoutMs),
      },
      (req, res) => this.route(req, res),
    );
    // Past this, a new connection is closed at once instead of queueing work and memory.
    this.server.maxConnections = http.maxConnections;
    this.rateLimiter = http.rateLimitPerMinute > 0 ? new RateLimiter(http.rateLimitPerMinute) : undefined;
  }

  /** Binds PORT on HOST; a port in use (or not allowed) is a one-line StartupError. */
  async listen(): Promise<number> {
    const { port, host } = this.config;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', (error: NodeJS.ErrnoException) => {
        const where = `port ${port} on ${host}`;
        if (error.code === 'EADDRINUSE') reject(new StartupError(`Cannot listen: ${where} is already in use (PORT)`));
        else if (error.code === 'EACCES') reject(new StartupError(`Cannot listen: not allowed to use ${where} (PORT; ports below 1024 need privileges)`));
        else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
          reject(new StartupError(`Cannot listen: ${host} is not an address of this machine (HOST)`));
        else reject(error);
      });
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** From now on `/health` pings this database, and requests run on it with its profile. */
  useEngine({ db, profile }: Engine): void {
    this.db = db;
    this.profile = profile;
    this.health = new DatabaseHealth(db, this.config.http.healthTimeoutMs);
  }

  /** From now on `/graphql` runs operations and `/ready` says 200; `responses`: the response cache, when on. */
  serve(apollo: ApolloServer<GraphContext>, responses?: ResponseStore): void {
    this.apollo = apollo;
    this.responses = responses;
    this.phase = 'serving';
  }

  /**
   * Stops accepting connections, lets the requests in progress finish for up
   * to `graceMs` (their answers close their connections), then stops those
   * left and closes every connection. True when nothing had to be cut short.
   */
  async stop(graceMs: number): Promise<boolean> {
    this.phase = 'stopping';
    this.rateLimiter?.stop();
    // Stops listening through net.Server: node:http's close() would also drop the idle kept-alive connections
    // at once, and a client sending its next request on one at that moment would see a reset instead of an answer.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(this.server, () => resolve()));
    // Every answer from now on closes its connection; those still idle after a moment are closed.
    for (const res of this.running.values()) if (!res.headersSent) res.setHeader('connection', 'close');
    const idle = setTimeout(() => this.server.closeIdleConnections(), Math.min(1_000, graceMs));
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
    const drained = Promise.all([closed, this.inFlight.settled()]);
    const outcome = await Promise.race([drained.then(() => 'drained' as const), graceOver]);
    clearTimeout(timer);
    clearTimeout(idle);
    if (outcome === 'late') {
      for (const request of this.running.keys()) request.stop(serverStopping(graceMs));
      this.server.closeAllConnections();
      await closed;
    }
    return outcome === 'drained';
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const url = targetOf(req.url);
    // While stopping, an answer on a kept-alive connection also closes it, so no client sends into a closing socket.
    if (this.phase === 'stopping') res.setHeader('connection', 'close');
    const handle = async () => {
      if (url.pathname === '/health') return this.answerHealth(res);
      if (url.pathname === '/metrics') return this.answerMetrics(res);
      if (url.pathname === '/ready') {
        const ready = this.phase === 'serving';
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : this.phase });
      }
      if (url.pathname === '/graphql') {
        // Before anything else: a browser's preflight is answered even while the server starts.
        if (handleCors(req, res, this.config.corsOrigins)) return;
        return this.handleGraphQL(req, res, url);
      }
      if (url.pathname.startsWith(exportPathPrefix)) return this.handleExport(req, res, new URL(req.url ?? '/', 'http://localhost'));
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/graphql' });
        return res.end();
      }
      return sendJson(res, 404, { error: `No route for ${url.pathname}; the API is at /graphql` });
    };
    handle().catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.headers);
        else res.end();
        return;
      }
      this.logger.error('http request failed', { path: url.pathname, error: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  }

  /** Liveness with the database: 200 when it answers within HEALTH_TIMEOUT_MS, else 503 `unavailable`. */
  private async answerHealth(res: ServerResponse): Promise<void> {
    const engine = this.db?.engine ?? this.engine;
    const database = this.health ? await this.health.check() : 'connecting';
    const up = database === 'reachable';
    sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', engine, database });
  }

  /** What an operator watches: the response cache's hits and misses, and the graph version answers are keyed by. JSON. */
  private async answerMetrics(res: ServerResponse): Promise<void> {
    if (!this.db || this.phase !== 'serving') return sendJson(res, 503, { status: this.phase });
    const version = await this.db.graphVersion();
    sendJson(res, 200, {
      graphVersion: version.counter,
      responseCache: this.responses ? { enabled: true, ...this.responses.stats() } : { enabled: false },
    });
  }

  /** The caller, from the Authorization header; a token that does not verify is answered UNAUTHENTICATED before GraphQL runs. */
  private async principalOf(req: IncomingMessage): Promise<Principal> {
    try {
      return await this.authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        throw new HttpError(clientErrorStatus.UNAUTHENTICATED!, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' });
      }
      throw error;
    }
  }

  /** What every request that reads the graph passes first: the server is serving, and the client is within its rate. */
  private admit(req: IncomingMessage): { apollo: ApolloServer<GraphContext>; db: GraphDatabase; profile: EngineProfile } {
    const { apollo, db, profile } = this;
    if (!apollo || !db || !profile) {
      throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'The server is starting (opening the database, loading the seed); retry shortly', { 'retry-after': '5' });
    }
    if (this.rateLimiter) {
      const decision = this.rateLimiter.take(req.socket.remoteAddress ?? 'unknown');
      if (!decision.allowed) {
        throw new HttpError(
          429,
          'RATE_LIMITED',
          `Too many requests from this address: the limit is ${this.config.http.rateLimitPerMinute} per minute (RATE_LIMIT_PER_MINUTE); retry after ${decision.retryAfterSeconds} s`,
          { 'retry-after': String(decision.retryAfterSeconds) },
        );
      }
    }
    return { apollo, db, profile };
  }

  /** A download of an export (export-route.ts), with the caller's token checked as for GraphQL. */
  private async handleExport(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { db } = this.admit(req);
    const principal = await this.principalOf(req);
    await this.inFlight.track(answerExport(req, res, url, { db, principal, readsRequired: this.config.readsRequired }));
  }

  private async handleGraphQL(req: IncomingMessage, res: ServerResponse, url: { search: string }): Promise<void> {
    const startedAt = performance.now();
    const { apollo, db, profile } = this.admit(req);
    const { requestTimeoutMs, statementConcurrency, maxBodyBytes } = this.config.http;
    const text = req.method === 'POST' ? await readBody(req, maxBodyBytes) : undefined;
    const isJson = (req.headers['content-type'] ?? '').startsWith('application/json');
    const principal = await this.principalOf(req);
    const requestId = requestIdOf(req);

    // The response cache answers before GraphQL runs: a JSON POST is keyed as received (its body is not even parsed
    // on a hit). GET queries run every time; they carry the version header all the same.
    let notes: ResponseCacheNotes | undefined;
    if (this.responses) {
      const version = await db.graphVersion();
      notes = { versionRead: version };
      if (text !== undefined && isJson) {
        notes.key = answerKey({ version, principal, accept: req.headers.accept, body: text });
        const kept = this.responses.lookUp(notes.key);
        if (kept) return sendKeptAnswer(res, kept, { requestId, version, startedAt }, { logger: this.logger, showQueryStats: this.config.showQueryStats });
      }
    }

    let body: unknown = text;
    if (text !== undefined && isJson) {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
      }
    }

    const stop = new RequestStop();
    const timer = setTimeout(() => stop.stop(requestTimedOut(requestTimeoutMs)), requestTimeoutMs);
    // 'close' before the answer is finished: the client left (or its connection broke).
    const onClose = () => {
      if (!res.writableFinished) stop.stop(clientWentAway());
    };
    res.once('close', onClose);
    this.running.set(stop, res);
    let context: GraphContext | undefined;
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const scope = { requestId, stop, statementConcurrency, responseCache: notes };
      const access = { principal, writesEnabled: this.config.writesEnabled };
      const response = await this.inFlight.track(
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => (context = createContext({ db, profile }, scope, this.config.limits, access)),
        }),
      );
      // Marked by the cache plugin: a query answered without error, asked for before.
      const toKeep = context?.responseCache.answer;
      const contentType = response.headers.get('content-type');
      if (this.responses && notes?.key !== undefined && toKeep && contentType && (response.status ?? 200) === 200) {
        this.responses.keep(notes.key, keptAnswerOf(toKeep, contentType));
      }
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } finally {
      clearTimeout(timer);
      res.off('close', onClose);
      this.running.delete(stop);
      // Tracked, so shutdown closes the engine only after every request's reads are given back.
      if (context)
        await this.inFlight.track(context.release()).catch((error: unknown) => this.logger.warn('releasing a request failed', { error: String(error) }));
    }
  }
}
