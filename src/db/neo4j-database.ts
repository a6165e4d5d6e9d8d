/**
 * Neo4j through the official driver: a single server, a cluster or Aura.
 * `neo4j://` and `neo4j+s://` URIs route reads to followers and writes to
 * the leader; `bolt://` talks to one server. Managed transactions retry
 * transient failures (leader switch, deadlock), so write work must be
 * idempotent, which MERGE-based loads are.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { CypherStatement } from './cypher-statement.js';
import { answersPing } from './ping.js';
import type { BulkLoad, GraphDatabase, Params, RequestReads, Row, StatementRunner } from './graph-database.js';
import { bindParams } from './bind-params.js';
import { fromNeo4j, rowFrom, toNeo4jParams } from './plain-values.js';
import { advanceGraphVersion, graphVersionFrom, readGraphVersion, type GraphVersion } from './graph-version.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database. */
  database?: string | undefined;
}

export interface Neo4jConnectOptions {
  /** How long to keep trying, backing off between attempts, before giving up. */
  connectTimeoutMs: number;
  /** Server-side bound on each read transaction (a GraphQL request's statements); omitted: none. */
  readTimeoutMs?: number | undefined;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (attempt: number, cause: string, delayMs: number) => void;
}

/** Start-up could not reach Neo4j in time: one line naming the URI and the last cause. */
export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

const noAnswer = 'no answer: the port accepts connections but nothing answers the Bolt handshake';

/** The part of a driver error an operator needs: the socket error or the server's message, on one line. */
function causeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // What the driver says when the handshake never completes: the pool's wording would mislead.
  if (/Connection acquisition timed out/.test(message)) return noAnswer;
  const caused = /Caused by: (.*)$/s.exec(message)?.[1] ?? message;
  return caused.replace(/\s+/g, ' ').trim();
}

/** Failures a retry cannot fix: wrong credentials, unknown database, bad URI. */
function isPermanent(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^Neo\.ClientError\.(Security|Database)\./.test(code);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Neo4jDatabase implements GraphDatabase {
  readonly engine = 'neo4j' as const;

  /**
   * Shared by every session this adapter opens: each session starts from the
   * bookmarks of every transaction committed through it, so on a cluster a
   * read that follows a write (the next request, or the graph version the
   * response cache checks) is served by a member that has that write.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly readTimeoutMs?: number,
  ) {}

  static open(settings: Neo4jSettings, readTimeoutMs?: number): Neo4jDatabase {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      userAgent: 'cloud-supply-chain-graph',
      // The driver's defaults (30 s to connect, 60 s to get a connection) would outlast any request's time limit.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
    });
    return new Neo4jDatabase(driver, settings.database, readTimeoutMs);
  }

  /**
   * Opens the driver and waits until the server answers, retrying with
   * backoff (0.25 s doubling to 4 s) until `connectTimeoutMs` has passed.
   * Each attempt is bounded by what is left: a port that accepts and never
   * answers the handshake would otherwise hold an attempt for a minute.
   */
  static async connect(settings: Neo4jSettings, options: Neo4jConnectOptions): Promise<Neo4jDatabase> {
    const db = Neo4jDatabase.open(settings, options.readTimeoutMs);
    const deadline = Date.now() + options.connectTimeoutMs;
    const giveUp = (attempts: number, cause: string, permanent = false) => {
      // Not awaited: closing waits for a handshake that a port which never answers never completes.
      void db.close().catch(() => undefined);
      const tried = permanent ? 'refused' : `within ${options.connectTimeoutMs} ms (NEO4J_CONNECT_TIMEOUT_MS), ${attempts} attempt(s)`;
      return new Neo4jUnreachableError(`Cannot connect to Neo4j at ${settings.uri} (NEO4J_URI), ${tried}: ${cause}`);
    };
    for (let attempt = 1, delay = 250; ; attempt += 1, delay = Math.min(delay * 2, 4_000)) {
      const left = deadline - Date.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const outOfTime = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(noAnswer)), left);
        });
        await Promise.race([db.driver.verifyConnectivity(settings.database ? { database: settings.database } : {}), outOfTime]);
        return db;
      } catch (error) {
        const cause = causeOf(error);
        const wait = Math.min(delay, deadline - Date.now());
        if (isPermanent(error)) throw giveUp(attempt, cause, true);
        if (wait <= 0) throw giveUp(attempt, cause);
        options.onRetry?.(attempt, cause, wait);
        await sleep(wait);
        if (Date.now() >= deadline) throw giveUp(attempt, cause);
      } finally {
        clearTimeout(timer);
      }
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  private static async execute(tx: ManagedTransaction, statement: CypherStatement, params?: Params): Promise<Row[]> {
    const result = await tx.run(statement.text, toNeo4jParams(bindParams(statement, params)));
    return result.records.map((record) => rowFrom(record.toObject(), fromNeo4j));
  }

  async read(statement: CypherStatement, params?: Params): Promise<Row[]> {
    const session = this.session('READ');
    try {
      // The server stops the transaction at the request's time limit; the request itself answers REQUEST_TIMEOUT then.
      return await session.executeRead((tx) => Neo4jDatabase.execute(tx, statement, params), this.readTimeoutMs ? { timeout: this.readTimeoutMs } : undefined);
    } finally {
      await session.close();
    }
  }

  /**
   * One session for a request's reads, opened at its first read. Each
   * statement is an auto-commit query (~0.9 ms at p50 on a local server
   * against ~2.3 ms for a managed read transaction), bounded by the read
   * timeout like a managed read, and run after the one before it: a session
   * carries one query at a time. The session starts each query from the
   * shared bookmarks, so a read sees every write committed before it, as a
   * managed read does. Auto-commit queries are not retried by the driver, so
   * a transient failure (a member leaving the cluster) gets one retry here on
   * a new session.
   */
  requestReads(): RequestReads {
    let session: Session | undefined;
    let released = false;
    let last: Promise<unknown> = Promise.resolve();
    const config = this.readTimeoutMs ? { timeout: this.readTimeoutMs } : undefined;
    const runOnce = async (statement: CypherStatement, params: Params | undefined): Promise<Row[]> => {
      session ??= this.session('READ');
      const result = await session.run(statement.text, toNeo4jParams(bindParams(statement, params)), config);
      return result.records.map((record) => rowFrom(record.toObject(), fromNeo4j));
    };
    const run = async (statement: CypherStatement, params: Params | undefined): Promise<Row[]> => {
      if (released) throw new Error('The request has ended; its reads were released');
      try {
        return await runOnce(statement, params);
      } catch (error) {
        if (!isRetryableError(error)) throw error;
        const broken = session;
        session = undefined;
        await broken?.close().catch(() => undefined);
        return runOnce(statement, params);
      }
    };
    return {
      read: (statement, params) => {
        const rows = last.then(() => run(statement, params));
        // The next read waits for this one to end, not to succeed: its failure is this caller's.
        last = rows.catch(() => undefined);
        return rows;
      },
      release: async () => {
        released = true;
        await last;
        await session?.close();
      },
    };
  }

  write(statement: CypherStatement, params?: Params): Promise<Row[]> {
    return this.transaction((tx) => tx.run(statement, params));
  }

  async transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx) => {
        const result = await work({ run: (statement, params) => Neo4jDatabase.execute(tx, statement, params) });
        // Last, so the lock on the version node is held only while the transaction commits.
        await Neo4jDatabase.execute(tx, advanceGraphVersion);
        return result;
      });
    } finally {
      await session.close();
    }
  }

  /**
   * One transaction at a time, as before bulk loads could overlap: Neo4j
   * would run several (deadlocks on shared nodes retried by the driver), but
   * whether that is faster, and how often they deadlock, has not been
   * measured on a server.
   */
  bulkLoad<T>(work: (load: BulkLoad) => Promise<T>): Promise<T> {
    return work({ concurrency: 1, transaction: (tx) => this.transaction(tx) });
  }

  async changeSchema(statement: CypherStatement): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.executeWrite((tx) => Neo4jDatabase.execute(tx, statement));
    } finally {
      await session.close();
    }
  }

  /**
   * Read from the database every time: other processes (another API
   * instance, `npm run seed`) may write to it. Auto-commit, the cheapest
   * form: no transaction function to set up (a managed read costs ~2.3 ms
   * at p50 on a local server even for `RETURN 1`, auto-commit ~0.9 ms).
   */
  async graphVersion(): Promise<GraphVersion> {
    const session = this.session('READ');
    try {
      const result = await session.run(readGraphVersion.text);
      return graphVersionFrom(result.records.map((record) => rowFrom(record.toObject(), fromNeo4j)));
    } finally {
      await session.close();
    }
  }

  async afterBulkLoad(): Promise<void> {
    // Neo4j maintains its stores itself.
  }

  ping(): Promise<boolean> {
    return answersPing((statement, params) => this.read(statement, params));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
