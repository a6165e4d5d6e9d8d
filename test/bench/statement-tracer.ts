/**
 * Wraps the database the API runs on, to see what the API layer asks the
 * engine: which statements one request runs (to check that the direct
 * Cypher baseline runs the same ones), how long the API's requests spend
 * awaiting the engine under load, and whether any statement is still
 * running (abandoned requests finish before the next measurement starts).
 * The cost per statement is two performance.now() calls and a Map update.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';

/**
 * `db` with some members replaced; every other member (including any the
 * port gains later) is the database's own, bound to it.
 */
export function overriding(db: GraphDatabase, members: Partial<GraphDatabase>): GraphDatabase {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (Object.hasOwn(members, property)) return members[property as keyof GraphDatabase];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface StatementTotal {
  count: number;
  ms: number;
}

export class StatementTracer {
  private recording: string[] | undefined;
  private inFlight = 0;
  readonly totals = new Map<string, StatementTotal>();

  wrap(db: GraphDatabase): GraphDatabase {
    const traced =
      (read: GraphDatabase['read']): GraphDatabase['read'] =>
      async (statement, params) => {
        this.recording?.push(statement.name);
        this.inFlight += 1;
        const started = performance.now();
        try {
          return await read(statement, params);
        } finally {
          this.inFlight -= 1;
          const total = this.totals.get(statement.name) ?? { count: 0, ms: 0 };
          total.count += 1;
          total.ms += performance.now() - started;
          this.totals.set(statement.name, total);
        }
      };
    return overriding(db, {
      read: traced((statement, params) => db.read(statement, params)),
      requestReads: () => {
        const reads = db.requestReads();
        return { read: traced((statement, params) => reads.read(statement, params)), release: () => reads.release() };
      },
    });
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

  /**
   * Resolves once no statement has run for `quietMs`: a load generator that
   * stops leaves requests the server still works on, and they must not
   * overlap the next measurement.
   */
  async idle(quietMs = 300, timeoutMs = 600_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    let quietSince = performance.now();
    let lastCount = this.total().count;
    while (performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const count = this.total().count;
      if (this.inFlight > 0 || count !== lastCount) {
        quietSince = performance.now();
        lastCount = count;
      } else if (performance.now() - quietSince >= quietMs) {
        return;
      }
    }
  }
}
