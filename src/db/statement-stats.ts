/**
 * What one GraphQL request asked of the engine: its round trips and the time
 * they took, so the API can report them (and a test can prove there is no
 * N+1). Statements are counted by the request's database
 * (request-database.ts); `counted` counts any other call into the engine
 * (the engine profile's text-index look-ups).
 */

export interface StatementStats {
  roundTrips: number;
  databaseMs: number;
}

/** `call`, counted as one round trip and timed into `stats`. */
export function counted<A extends unknown[], T>(stats: StatementStats, call: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args) => {
    const started = performance.now();
    stats.roundTrips += 1;
    try {
      return await call(...args);
    } finally {
      stats.databaseMs += performance.now() - started;
    }
  };
}
