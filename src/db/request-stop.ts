/**
 * A request's stop switch: stopped at most once, with the reason that every
 * statement refused afterwards throws (src/graphql/request-stopped.ts says
 * which: time limit, client gone, server stopping).
 *
 * An AbortController would do the same, but it is an EventTarget: making
 * one cost more per request than answering from the response cache, and
 * nothing here listens for its events. The promise a running statement is
 * raced against is made only when a statement runs.
 */
export class RequestStop {
  private stoppedWith: { reason: unknown } | undefined;
  private rejectStopped: ((reason: unknown) => void) | undefined;
  private stoppedPromise: Promise<never> | undefined;

  /** Stops the request with `reason`; a second call changes nothing. */
  stop(reason: unknown): void {
    if (this.stoppedWith) return;
    this.stoppedWith = { reason };
    this.rejectStopped?.(reason);
  }

  throwIfStopped(): void {
    if (this.stoppedWith) throw this.stoppedWith.reason;
  }

  /** Rejects with the reason once the request is stopped (at once if it is); never resolves. */
  whenStopped(): Promise<never> {
    if (!this.stoppedPromise) {
      this.stoppedPromise = new Promise<never>((_, reject) => {
        if (this.stoppedWith) reject(this.stoppedWith.reason);
        else this.rejectStopped = reject;
      });
      // Nobody may be waiting on it when the request is stopped.
      this.stoppedPromise.catch(() => undefined);
    }
    return this.stoppedPromise;
  }
}
