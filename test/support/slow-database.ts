/**
 * The real embedded engine, made slow on purpose: each read waits
 * `statementDelayMs` before it runs, `ping` waits `pingDelayMs`, and while
 * `hold` is set every read waits for it. The rows are the engine's own; only
 * the timing is staged, so a test can have a slow request in flight, or a
 * database that stops answering, without a huge graph.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';
import type { Engine } from '../../src/engines/engine-profile.js';
import { openEmbedded } from '../../src/engines/open-engine.js';
import { coreDatabase } from './core-database.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SlowDatabase {
  statementDelayMs = 0;
  pingDelayMs = 0;
  hold: Promise<void> | undefined;
  /** Reads handed to this database (counted before the delay). */
  statementsRun = 0;
  readonly db: GraphDatabase;
  /** `db` with the engine's profile, to start the app on. */
  readonly engine: Engine;

  constructor(opened: Engine = openEmbedded()) {
    const engine = opened.db;
    this.db = coreDatabase(engine, {
      read: async (statement, params) => {
        this.statementsRun += 1;
        await this.hold;
        await sleep(this.statementDelayMs);
        return engine.read(statement, params);
      },
      ping: async () => {
        await sleep(this.pingDelayMs);
        return engine.ping();
      },
    });
    this.engine = { db: this.db, profile: opened.profile };
  }
}
