import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { DOCUMENT, inject, Injectable } from '@angular/core';
import type { ValueConfig } from '@devpulse/domain';
import { firstValueFrom } from 'rxjs';
import { AuthStore, SESSION_ENDED_NOTICE } from '../core/auth/auth-store';
import { type DateRange, type MetricsFilter, toExportQuery } from '../core/filters/metrics-filter';
import { downloadUrl, safeFileName } from '../charts/csv';
import type { ExplorerSortState } from './explorer-columns';

export const EXPLORER_CSV_PATH = '/export/explorer.csv';

export interface ExplorerCsvRequest {
  filter: MetricsFilter;
  /** The concrete period, or `null` for the API's default period. */
  range: DateRange | null;
  config: ValueConfig;
  sort: ExplorerSortState;
  search: string;
}

/** The export URL: the filter as the API's export parameters, then the value settings, order and search. */
export function explorerCsvUrl(request: ExplorerCsvRequest): string {
  const query = new URLSearchParams(toExportQuery(request.filter, request.range));
  query.append('linesPerHour', String(request.config.linesPerHour));
  query.append('ratePerHour', String(request.config.ratePerHour));
  query.append('currency', request.config.currency);
  query.append('sort', request.sort.field);
  query.append('direction', request.sort.direction);
  const search = request.search.trim();
  if (search !== '') query.append('search', search);
  return `${EXPLORER_CSV_PATH}?${query.toString()}`;
}

/** `explorer_2026-10-01_2026-10-28.csv`, or `explorer.csv` for the default period. */
export function explorerCsvFileName(range: DateRange | null): string {
  return `${safeFileName(range === null ? 'explorer' : `explorer_${range.from}_${range.to}`)}.csv`;
}

/**
 * Downloads the explorer CSV. The export needs the bearer token, which a plain link cannot send, so the file is
 * fetched and then saved from a blob.
 */
@Injectable({ providedIn: 'root' })
export class ExplorerCsvDownload {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);

  async download(request: ExplorerCsvRequest): Promise<void> {
    const token = this.auth.token();
    const headers = token === null ? new HttpHeaders() : new HttpHeaders({ Authorization: `Bearer ${token}` });
    let blob: Blob;
    try {
      blob = await firstValueFrom(this.http.get(explorerCsvUrl(request), { headers, responseType: 'blob' }));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.auth.signOut(SESSION_ENDED_NOTICE);
        throw new Error('Your session ended; sign in again to download.', { cause: error });
      }
      throw new Error(describeHttpError(error), { cause: error });
    }
    const url = URL.createObjectURL(blob);
    downloadUrl(url, explorerCsvFileName(request.range), this.document);
    // Revoking in the same task can cancel the download in Firefox.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function describeHttpError(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'The server could not be reached. Check your connection and try again.';
    if (error.status === 403) return 'This token may not download exports.';
    return `The server answered with status ${error.status}.`;
  }
  return 'The download failed.';
}
