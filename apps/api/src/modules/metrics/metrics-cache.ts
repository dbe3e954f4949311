import type { DataSource } from 'typeorm';

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/**
 * Aggregates cached per process until the organization's data changes. PostgreSQL bumps
 * `metric_data_versions` on every write to the usage tables (migration 1764079200000), so a cached result is
 * served only while its version is still current: one primary-key read instead of an aggregate. The version is
 * read before computing, so a write racing the computation makes the next request recompute.
 */
export class MetricsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxEntries = 500,
  ) {}

  async get<T>(organizationId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.dataVersion(organizationId);
    const cacheKey = `${organizationId}|${key}`;
    const cached = this.entries.get(cacheKey);
    if (cached && cached.version === version) {
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, cached);
      return cached.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(cacheKey, { version, value });
    value.catch(() => this.entries.delete(cacheKey));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  private async dataVersion(organizationId: string): Promise<string> {
    const rows = (await this.dataSource.query(
      `SELECT version::text AS version FROM metric_data_versions WHERE organization_id = $1`,
      [organizationId],
    )) as { version: string }[];
    return rows[0]?.version ?? '0';
  }
}
