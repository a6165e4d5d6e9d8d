/**
 * The gate every statement of one request passes (request-database.ts), so
 * the request stops when it is stopped.
 *
 * Neither engine can be trusted to stop a statement from the outside (the
 * embedded engine has no query timeout; Neo4j's transaction timeout is set
 * separately), so this stops the request between statements: once the
 * request's stop (request-stop.ts) is pulled, every statement not yet
 * started is refused with its reason, and one already running is no
 * longer waited for (the engine finishes it in the background; its rows
 * are dropped).
 *
 * It also lets a request run at most `maxConcurrent` statements at once. The
 * embedded engine runs statements on Node's small worker pool (4 threads):
 * one request firing forty searches in parallel would hold every thread and
 * stall every other request and `/health`, and would have started all its
 * work before a time limit could refuse any of it.
 */

import type { RequestStop } from './request-stop.js';

class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  /** Takes a free slot at once, when there is one. */
  tryAcquire(): boolean {
    if (this.free === 0) return false;
    this.free -= 1;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/** Runs one piece of a request's engine work: refused once the request stops, and waiting for a free slot. */
export type RequestGate = <T>(work: () => Promise<T>) => Promise<T>;

/** The gate every statement of one request passes (and any other call into the engine, such as a text-index look-up). */
export function requestGate(stop: RequestStop, maxConcurrent: number): RequestGate {
  const slots = new Slots(maxConcurrent);
  return async <T>(work: () => Promise<T>): Promise<T> => {
    stop.throwIfStopped();
    if (!slots.tryAcquire()) {
      const slot = slots.acquire();
      try {
        await Promise.race([slot, stop.whenStopped()]);
      } catch (reason) {
        // Stopped while waiting: give the slot back when it comes, and start nothing.
        void slot.then(() => slots.release());
        throw reason;
      }
      stop.throwIfStopped();
    }
    try {
      return await Promise.race([work(), stop.whenStopped()]);
    } finally {
      slots.release();
    }
  };
}
