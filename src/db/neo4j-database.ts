/**
 * Neo4j through the official driver: a single server, a cluster or Aura.
 * `neo4j://` and `neo4j+s://` URIs route reads to followers and writes to
 * the leader; `bolt://` talks to one server. Managed transactions retry
 * transient failures (leader switch, deadlock), so write work must be
 * idempotent, which MERGE-based loads are.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherStatement } from './cypher-statement.js';
import { answersPing } from './ping.js';
import type { GraphDatabase, Params, Row, StatementRunner } from './graph-database.js';
import { bindParams } from './bind-params.js';
import { fromNeo4j, rowFrom, toNeo4jParams } from './plain-values.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database. */
  database?: string | undefined;
}

export class Neo4jDatabase implements GraphDatabase {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static open(settings: Neo4jSettings): Neo4jDatabase {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      userAgent: 'cloud-supply-chain-graph',
    });
    return new Neo4jDatabase(driver, settings.database);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
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
      return await session.executeRead((tx) => Neo4jDatabase.execute(tx, statement, params));
    } finally {
      await session.close();
    }
  }

  write(statement: CypherStatement, params?: Params): Promise<Row[]> {
    return this.transaction((tx) => tx.run(statement, params));
  }

  async transaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work({ run: (statement, params) => Neo4jDatabase.execute(tx, statement, params) }));
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
