/**
 * RATE_LIMIT_PER_MINUTE: a token bucket per client address. Each address may
 * burst up to the per-minute figure and earns it back evenly over a minute.
 * Memory stays bounded: a bucket that has refilled is the same as no bucket,
 * so such buckets are dropped, and past `maxClients` the least recently seen
 * address is forgotten (which can only be generous to it).
 */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (when refused). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 100_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  take(client: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(client);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs) : this.perMinute;
    // Re-inserted so the map's order is least recently seen first.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Drops the buckets that have refilled: those clients are as good as new. */
  sweep(): void {
    const now = this.now();
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(client);
    }
  }

  get clients(): number {
    return this.buckets.size;
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
