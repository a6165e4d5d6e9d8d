/**
 * The embedded engine (@grafeo-db/js): the default when NEO4J_URI is unset.
 * In memory, or persisted to `<GRAPH_DATA_DIR>/graph.grafeo` with a
 * write-ahead log, so a committed write survives a crash.
 *
 * The engine detects conflicting concurrent writers and fails the later one;
 * this adapter runs writes one at a time instead, so a reader never sees a
 * spurious conflict and every write is its own transaction.
 *
 * Besides the port, it offers the engine's text indexes (`ensureTextIndex`,
 * `textSearch`), which only the embedded engine profile
 * (src/engines/embedded-profile.ts) uses.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB as Grafeo, TextIndexOptions, Transaction } from '@grafeo-db/js';
import type { CypherStatement } from './cypher-statement.js';
import { answersPing } from './ping.js';
import type { BulkLoad, GraphDatabase, Params, RequestReads, Row, StatementRunner } from './graph-database.js';
import { bindParams } from './bind-params.js';
import { fromEmbedded, rowFrom } from './plain-values.js';
import { advanceGraphVersion, graphVersionFrom, readGraphVersion, type GraphVersion } from './graph-version.js';

export const embeddedFileName = 'graph.grafeo';

/**
 * A bulk load's transactions run two at a time: the engine executes each
 * statement on a thread of its own, and while it runs one file's statement
 * the main thread prepares the other file's (transform, parameter
 * conversion). Measured on the large generated folder (README, Loading).
 */
const bulkLoadConcurrency = 2;

export class EmbeddedDatabase implements GraphDatabase {
  readonly engine = 'embedded' as const;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private inFlight = new Set<Promise<unknown>>();
  private closed = false;
  /**
   * The committed graph version, kept in step by every commit: one process
   * owns an embedded graph file and every write goes through this adapter,
   * so asking for it costs no statement. Read from the graph once, on first
   * use.
   */
  private version: GraphVersion | undefined;

  private constructor(
    private readonly db: Grafeo,
    readonly dataFile: string | undefined,
  ) {}

  /** `dataDir` undefined: in memory. Otherwise the folder is created if needed and reopened if it holds a graph. */
  static open(dataDir?: string): EmbeddedDatabase {
    if (!dataDir) return new EmbeddedDatabase(grafeo.GrafeoDB.create(), undefined);
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, embeddedFileName);
    return new EmbeddedDatabase(grafeo.GrafeoDB.create(file), file);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The embedded database is closed');
  }

  private async execute(runner: Grafeo | Transaction, statement: CypherStatement, params?: Params): Promise<Row[]> {
    const result = await runner.executeCypher(statement.text, bindParams(statement, params));
    return result.toArray().map((record) => rowFrom(record, fromEmbedded));
  }

  read(statement: CypherStatement, params?: Params): Promise<Row[]> {
    this.assertOpen();
    return this.track(this.execute(this.db, statement, params));
  }

  /** In process there is no session to hold: a request's reads are reads. */
  requestReads(): RequestReads {
    return { read: (statement, params) => this.read(statement, params), release: async () => undefined };
  }

  write(statement: CypherStatement, params?: Params): Promise<Row[]> {
    return this.transaction((tx) => tx.run(statement, params));
  }

  transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.inTransaction(work, true);
  }

  async changeSchema(statement: CypherStatement): Promise<void> {
    await this.inTransaction((tx) => tx.run(statement), false);
  }

  async graphVersion(): Promise<GraphVersion> {
    this.assertOpen();
    if (this.version) return this.version;
    const stored = graphVersionFrom(await this.read(readGraphVersion));
    // A commit that ended while this read ran has set the newer version: keep it.
    return (this.version ??= stored);
  }

  private inTransaction<T>(work: (tx: StatementRunner) => Promise<T>, advancesVersion: boolean): Promise<T> {
    return this.queued(() => this.runTransaction(work, advancesVersion));
  }

  /**
   * The write queue is held for the whole load, and its transactions run
   * beside each other without it. They leave the version node alone while
   * they run: the engine fails the later of two transactions that write
   * the same node, and every transaction would write that one. Each one
   * advances the version right after it commits instead, in a transaction
   * of its own, one after another.
   */
  bulkLoad<T>(work: (load: BulkLoad) => Promise<T>): Promise<T> {
    return this.queued(() => {
      let versions: Promise<unknown> = Promise.resolve();
      const advance = () => {
        const next = versions.then(() => this.runTransaction(async () => undefined, true));
        versions = next.catch(() => undefined);
        return next;
      };
      return work({
        concurrency: bulkLoadConcurrency,
        transaction: async (tx) => {
          const result = await this.runTransaction(tx, false);
          await advance();
          return result;
        },
      });
    });
  }

  private async runTransaction<T>(work: (tx: StatementRunner) => Promise<T>, advancesVersion: boolean): Promise<T> {
    const tx = this.db.beginTransaction();
    try {
      const result = await work({ run: (statement, params) => this.execute(tx, statement, params) });
      const version = advancesVersion ? graphVersionFrom(await this.execute(tx, advanceGraphVersion)) : undefined;
      tx.commit();
      if (version) this.version = version;
      return result;
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }

  /** Runs `run` after every write queued before it, and before any queued after it. */
  private queued<T>(run: () => Promise<T>): Promise<T> {
    this.assertOpen();
    const next = this.writeQueue.then(run, run);
    this.writeQueue = next.catch(() => undefined);
    return this.track(next);
  }

  /**
   * A BM25 text index over the words of a node property, unless it exists;
   * true when this call created it. The engine keeps a text index's
   * definition in the graph file, rebuilds the index from the stored
   * property when it opens the file (the large benchmark graph's three
   * search indexes: open 2.7 → 10 s), and keeps it in step with every
   * committed write. Creating an index that exists rebuilds it (6–9 s on the
   * large graph), so this looks first.
   */
  ensureTextIndex(label: string, property: string, options: TextIndexOptions): Promise<boolean> {
    return this.queued(async () => {
      if (await this.hasTextIndex(label, property)) return false;
      await this.db.createTextIndex(label, property, options);
      return true;
    });
  }

  private async hasTextIndex(label: string, property: string): Promise<boolean> {
    try {
      await this.db.textSearch(label, property, 'probe', 1);
      return true;
    } catch (error) {
      // The engine has no call that lists text indexes; searching one that is missing fails with this.
      if (error instanceof Error && /no text index/i.test(error.message)) return false;
      throw error;
    }
  }

  /**
   * The `id`s of at most `k` nodes of `label` whose `property` best matches
   * the words of `query` (BM25, best first). A node that shares no word with
   * the query is never returned.
   */
  textSearch(label: string, property: string, query: string, k: number): Promise<string[]> {
    this.assertOpen();
    const search = async (): Promise<string[]> => {
      const hits = await this.db.textSearch(label, property, query, k);
      // The index answers with the engine's own node ids; the app speaks `id`.
      return hits.flatMap(([nodeId]) => {
        const id = nodeId === undefined ? undefined : this.db.getNode(nodeId)?.get('id');
        return typeof id === 'string' ? [id] : [];
      });
    };
    return this.track(search());
  }

  /**
   * A large load leaves freshly written rows in the engine's write-optimised
   * form; compacting them made reads after a 100k-row load 3x faster
   * (measured: 108 ms → 31 ms for a 1,400-row traversal), for ~50 ms once.
   */
  async afterBulkLoad(): Promise<void> {
    this.assertOpen();
    await this.writeQueue;
    this.db.compact();
  }

  async ping(): Promise<boolean> {
    return !this.closed && answersPing((statement, params) => this.read(statement, params));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Let running statements and queued writes finish, so nothing committed is lost.
    await Promise.allSettled([...this.inFlight]);
    this.db.close();
  }
}
