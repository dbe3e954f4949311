import type { ResolvedFilter } from './resolved-filter';

/**
 * Aggregates cached per process until the organization's data changes. PostgreSQL bumps
 * `metric_data_versions` on every write to the usage tables (migration 1764079200000); the version is read with
 * the filter (one round trip, before any aggregate runs) and is part of the key, so a result computed from older
 * data is never served, and a write racing a computation makes the next request recompute. Least recently used
 * entries are evicted beyond `maxEntries`.
 */
export class MetricsCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 500) {}

  get<T>(filter: ResolvedFilter, section: string, compute: () => Promise<T>): Promise<T> {
    const key = `${section}|${JSON.stringify(filter)}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Re-inserting keeps the Map in least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
