/**
 * The database one GraphQL request sees (built in src/graphql/context.ts):
 * the engine's, with
 * - its reads going through the request's own reads
 *   (`GraphDatabase.requestReads`: one Neo4j session for the whole request);
 * - every statement counted and timed into the request's stats;
 * - every statement passing the request's gate (request-gate.ts): refused
 *   once the request is stopped, at most so many at once;
 * - a transaction refused once the request is stopped, and its next
 *   statement too (it is not cut short from outside: it must roll back
 *   cleanly).
 *
 * One object per request, its methods on the prototype: a request that runs
 * no statement (most are answered from the response cache) pays for one
 * allocation, not for a closure per member.
 */
import type { CypherStatement } from './cypher-statement.js';
import type { BulkLoad, GraphDatabase, Params, RequestReads, Row, StatementRunner } from './graph-database.js';
import type { GraphVersion } from './graph-version.js';
import type { RequestGate } from './request-gate.js';
import type { RequestStop } from './request-stop.js';
import type { StatementStats } from './statement-stats.js';

export class RequestDatabase implements GraphDatabase {
  constructor(
    private readonly db: GraphDatabase,
    private readonly reads: RequestReads,
    private readonly stats: StatementStats,
    private readonly stop: RequestStop,
    private readonly gate: RequestGate,
  ) {}

  get engine() {
    return this.db.engine;
  }

  /** Counted as a round trip, timed from when it passed the gate. */
  private async timed<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    try {
      return await work();
    } finally {
      this.stats.databaseMs += performance.now() - started;
    }
  }

  read(statement: CypherStatement, params?: Params): Promise<Row[]> {
    return this.gate(() => this.timed(() => this.reads.read(statement, params)));
  }

  /** The request's own reads, as this database runs them. */
  requestReads(): RequestReads {
    return { read: (statement, params) => this.read(statement, params), release: () => this.reads.release() };
  }

  write(statement: CypherStatement, params?: Params): Promise<Row[]> {
    return this.gate(() => this.timed(() => this.db.write(statement, params)));
  }

  transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    this.stop.throwIfStopped();
    return this.db.transaction((tx) =>
      work({
        run: (statement, params) => {
          this.stop.throwIfStopped();
          return this.timed(() => tx.run(statement, params));
        },
      }),
    );
  }

  bulkLoad<T>(work: (load: BulkLoad) => Promise<T>): Promise<T> {
    this.stop.throwIfStopped();
    return this.db.bulkLoad(work);
  }

  changeSchema(statement: CypherStatement): Promise<void> {
    return this.db.changeSchema(statement);
  }

  graphVersion(): Promise<GraphVersion> {
    return this.db.graphVersion();
  }

  afterBulkLoad(): Promise<void> {
    return this.db.afterBulkLoad();
  }

  ping(): Promise<boolean> {
    return this.db.ping();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
