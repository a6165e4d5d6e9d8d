/**
 * A small seeded PRNG, so the generator writes byte-identical data for the
 * same `--seed`. Every vendor gets its own stream (seeded from the run seed
 * and the vendor's index), so how vendors are batched into files never
 * changes what is generated.
 */

/** FNV-1a over the parts: a 32-bit seed from (run seed, vendor index, purpose...). */
export function seedFrom(...parts: Array<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0001')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: fast, good enough for test data, and stable across Node versions (no Math.random). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * An index in [0, n) biased towards 0: `power` 1 is uniform, 2 or 3 gives a
   * few popular items and a long tail (how sub-processors are really shared).
   */
  skewedIndex(n: number, power: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }

  /** One item by weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [item, weight] of items) {
      at -= weight;
      if (at < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** `count` distinct items by weight (Efraimidis–Spirakis: key u^(1/w), keep the largest). */
  weightedSample<T>(items: ReadonlyArray<readonly [T, number]>, count: number): T[] {
    return items
      .map(([item, weight]) => ({ item, key: this.next() ** (1 / weight) }))
      .sort((a, b) => b.key - a.key)
      .slice(0, count)
      .map((x) => x.item);
  }
}
