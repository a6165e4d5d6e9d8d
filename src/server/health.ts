/**
 * `/health`'s database check, bounded by HEALTH_TIMEOUT_MS: a database that
 * does not answer in time is reported as such instead of holding the probe.
 * Probes arriving while a ping is still out share it, so a stuck database
 * does not collect one more stuck ping per probe.
 */
import type { GraphDatabase } from '../db/graph-database.js';

export type DatabaseState = 'reachable' | 'unreachable' | 'not answering';

export class DatabaseHealth {
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly db: GraphDatabase,
    private readonly timeoutMs: number,
  ) {}

  async check(): Promise<DatabaseState> {
    const ping = (this.pending ??= this.db.ping().finally(() => (this.pending = undefined)));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'not answering'>((resolve) => (timer = setTimeout(() => resolve('not answering'), this.timeoutMs)));
    try {
      return await Promise.race([ping.then((up) => (up ? 'reachable' : 'unreachable')), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
