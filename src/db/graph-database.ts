/**
 * The database port. Everything above it speaks Cypher statements loaded
 * from `cypher/` and gets back plain JavaScript values, whichever engine runs
 * them: Neo4j (production, clusters, Aura) or the embedded engine (default).
 * What differs between the engines beyond that (indexes, text search) is
 * each engine's profile, in src/engines/.
 */
import type { CypherStatement } from './cypher-statement.js';
import type { GraphVersion } from './graph-version.js';

/** What a row holds once normalised: no driver Integer, Node or temporal objects. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
export type Row = Record<string, PlainValue>;
export type Params = Record<string, unknown>;

export interface StatementRunner {
  run(statement: CypherStatement, params?: Params): Promise<Row[]>;
}

export type EngineName = 'neo4j' | 'embedded';

/** The transactions of one bulk load (`GraphDatabase.bulkLoad`). */
export interface BulkLoad {
  /** How many of its transactions the engine runs at once to its advantage: start no more than this many together. */
  readonly concurrency: number;
  /** Statements that commit together or not at all, alongside the load's other transactions; advances the graph version when they commit. */
  transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T>;
}

/** The reads of one GraphQL request (src/graphql/context.ts), released when its answer is sent. */
export interface RequestReads {
  read(statement: CypherStatement, params?: Params): Promise<Row[]>;
  /** Refuses reads not yet started, waits for the one running, and gives the engine back what the request held. */
  release(): Promise<void>;
}

export interface GraphDatabase {
  readonly engine: EngineName;
  /** A read, routed to a follower on a cluster. */
  read(statement: CypherStatement, params?: Params): Promise<Row[]>;
  /**
   * What one request reads through: on Neo4j one session for the whole
   * request, its statements auto-commit queries run one after another (the
   * cheapest correct form for reads), starting from the bookmarks of every
   * write committed through this adapter; on the embedded engine, `read`.
   */
  requestReads(): RequestReads;
  /** One write statement in its own transaction; advances the graph version when it commits. */
  write(statement: CypherStatement, params?: Params): Promise<Row[]>;
  /** Several statements that commit together or not at all; advances the graph version when they commit. */
  transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T>;
  /**
   * A bulk load (a seed folder, one transaction per document file): `work`
   * runs the load's transactions through `load.transaction`, up to
   * `load.concurrency` at once. The caller keeps them apart: no two write
   * the same node.
   */
  bulkLoad<T>(work: (load: BulkLoad) => Promise<T>): Promise<T>;
  /**
   * One schema command (CREATE INDEX / CONSTRAINT) in its own transaction.
   * Apart from `write`: Neo4j refuses a schema command and a data write in
   * one transaction, and a schema command changes no answer, so it leaves
   * the graph version as it is.
   */
  changeSchema(statement: CypherStatement): Promise<void>;
  /** The version of the committed graph (src/db/graph-version.ts): advanced by every write transaction. */
  graphVersion(): Promise<GraphVersion>;
  /** Tidies storage after a bulk load (the embedded engine compacts; Neo4j needs nothing). */
  afterBulkLoad(): Promise<void>;
  /** Whether the engine answers a trivial query. */
  ping(): Promise<boolean>;
  /** Finishes in-flight work and releases the engine; later calls fail. */
  close(): Promise<void>;
}

/** Observes every statement a database runs: the round-trip counter and timing hooks use it. */
export type StatementListener = (statement: CypherStatement, durationMs: number) => void;
