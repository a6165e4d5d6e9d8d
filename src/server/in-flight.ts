/**
 * The GraphQL executions still running. Draining HTTP on shutdown waits for
 * open connections, not for an execution whose client has gone away (or
 * whose socket was cut at the end of the grace period): that one goes on
 * resolving fields. Closing the engine under it would fail its remaining
 * reads, so shutdown waits for these too.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when everything tracked so far has settled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
