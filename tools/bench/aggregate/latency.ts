/** Runs `measure` after warm-up calls and reports latency percentiles in milliseconds. */
export interface LatencySummary {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export async function measureLatency(
  runs: number,
  warmUp: number,
  measure: () => Promise<void>,
  /** Untimed, before each call: e.g. invalidating a cache to measure cold requests. */
  prepare: () => Promise<unknown> = async () => undefined,
): Promise<LatencySummary> {
  for (let i = 0; i < warmUp; i++) await measure();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare();
    const started = process.hrtime.bigint();
    await measure();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { runs, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1) ?? 0 };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}
