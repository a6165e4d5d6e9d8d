/**
 * Wraps the database the API runs on, to see what the API layer asks the
 * engine: which statements one request runs (to check that the direct
 * Cypher baseline runs the same ones), and how long the API's requests
 * spend awaiting the engine under load. The cost per statement is two
 * performance.now() calls and a Map update (about a microsecond).
 */
import type { GraphDatabase, StatementRunner } from '../../src/db/graph-database.js';

export interface StatementTotal {
  count: number;
  ms: number;
}

export class StatementTracer {
  private recording: string[] | undefined;
  readonly totals = new Map<string, StatementTotal>();

  wrap(db: GraphDatabase): GraphDatabase {
    const timedRead: GraphDatabase['read'] = async (statement, params) => {
      this.recording?.push(statement.name);
      const started = performance.now();
      try {
        return await db.read(statement, params);
      } finally {
        const total = this.totals.get(statement.name) ?? { count: 0, ms: 0 };
        total.count += 1;
        total.ms += performance.now() - started;
        this.totals.set(statement.name, total);
      }
    };
    return {
      engine: db.engine,
      read: timedRead,
      write: (statement, params) => db.write(statement, params),
      transaction: <T>(work: (tx: StatementRunner) => Promise<T>) => db.transaction(work),
      ping: () => db.ping(),
      close: () => db.close(),
    };
  }

  /** Statement names run from now until `stopRecording`, in the order they start. */
  startRecording(): void {
    this.recording = [];
  }

  stopRecording(): string[] {
    const names = this.recording ?? [];
    this.recording = undefined;
    return names;
  }

  resetTotals(): void {
    this.totals.clear();
  }

  /** Sum over all statements since the last reset. */
  total(): StatementTotal {
    let count = 0;
    let ms = 0;
    for (const t of this.totals.values()) {
      count += t.count;
      ms += t.ms;
    }
    return { count, ms };
  }
}
