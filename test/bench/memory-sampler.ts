/**
 * Samples the process's memory while the benchmark runs and keeps the peak
 * of each phase (load, serve...). RSS is what matters for the embedded
 * engine, whose graph lives outside the V8 heap; the heap shows what the
 * API layer (and the loader's JavaScript rows) hold. The kernel's own peak
 * RSS (getrusage maxrss) catches spikes between two samples.
 */

export interface MemoryNumbers {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface MemorySample extends MemoryNumbers {
  atMs: number;
}

const zero = (): MemoryNumbers => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0 });

function maxOf(a: MemoryNumbers, b: MemoryNumbers): MemoryNumbers {
  return {
    rss: Math.max(a.rss, b.rss),
    heapUsed: Math.max(a.heapUsed, b.heapUsed),
    heapTotal: Math.max(a.heapTotal, b.heapTotal),
    external: Math.max(a.external, b.external),
  };
}

export function memoryNow(): MemoryNumbers {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
}

/** Peak resident set size of the whole process so far, as the kernel counts it. */
export function kernelPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private phase = 'init';
  private readonly started = performance.now();
  readonly peaks = new Map<string, MemoryNumbers>();
  overall: MemoryNumbers = zero();

  start(intervalMs = 250): this {
    this.timer = setInterval(() => this.sample(), intervalMs);
    // Sampling never keeps the process alive on its own.
    this.timer.unref();
    return this;
  }

  /** Later samples count towards this phase. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  sample(): MemorySample {
    const now = memoryNow();
    this.peaks.set(this.phase, maxOf(this.peaks.get(this.phase) ?? zero(), now));
    this.overall = maxOf(this.overall, now);
    return { ...now, atMs: performance.now() - this.started };
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }
}

export const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
