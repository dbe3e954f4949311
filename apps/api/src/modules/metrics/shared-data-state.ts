import type { DataSource } from 'typeorm';
import { queryDataState, type DataState } from './filter-resolution';

/**
 * Every aggregate request first reads its organization's data state (last day, data version, queued rollups): one
 * round trip that was a fifth of a cached `kpis` request's server time. Requests that arrive while a lookup for the
 * same organization is running share it instead of sending their own, unless this server has written since it
 * started (`afterWrite`): a client never reads a state older than its own writes through this server. A write
 * committed by another process meanwhile is seen by the next lookup, at most one lookup later (milliseconds).
 */
export class SharedDataStateLookups {
  private readonly running = new Map<string, { epoch: number; state: Promise<DataState> }>();
  private epoch = 0;

  constructor(private readonly dataSource: DataSource) {}

  lookup(organizationId: string): Promise<DataState> {
    const running = this.running.get(organizationId);
    if (running && running.epoch === this.epoch) return running.state;
    const entry = { epoch: this.epoch, state: queryDataState(this.dataSource, organizationId) };
    this.running.set(organizationId, entry);
    const forget = () => {
      if (this.running.get(organizationId) === entry) this.running.delete(organizationId);
    };
    entry.state.then(forget, forget);
    return entry.state;
  }

  /** After this server wrote (a mutation, a rollup refresh): lookups already running are not shared any more. */
  afterWrite(): void {
    this.epoch++;
  }
}
