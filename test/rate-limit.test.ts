/** The per-client token bucket on its own, on a clock the test moves: refill, Retry-After, and bounded memory. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/server/rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst of the per-minute figure, then earns one back every 60/limit seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(6, 100, () => now);
    for (let i = 0; i < 6; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 9_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    limiter.stop();
  });

  it('forgets clients whose bucket has refilled, and never holds more than maxClients', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    for (const client of ['a', 'b', 'c', 'd', 'e']) limiter.take(client);
    expect(limiter.clients).toBe(3);
    now += 1_000;
    limiter.sweep();
    expect(limiter.clients).toBe(0);
    limiter.stop();
  });
});
