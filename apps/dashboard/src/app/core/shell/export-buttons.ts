import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore, SESSION_ENDED_NOTICE } from '../auth/auth-store';
import { parseFilterParams, toExportQuery } from '../filters/metrics-filter';
import { PeriodAnchor } from '../filters/period-anchor';

type ExportKind = 'csv' | 'ndjson';

/**
 * Header downloads of the stored rows: the raw CSV for the filter in the current URL, and every row as NDJSON.
 * They are fetched with the bearer token and saved as a blob, since a plain link cannot send the header.
 */
@Component({
  selector: 'app-export-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="exports" role="group" aria-label="Export raw data">
      <button
        type="button"
        class="button"
        title="Per developer per day, for the filter on this page"
        [disabled]="busy() !== null"
        [attr.aria-busy]="busy() === 'csv'"
        (click)="exportRawCsv()"
      >
        {{ busy() === 'csv' ? 'Exporting…' : 'Export CSV' }}
      </button>
      <button
        type="button"
        class="button"
        title="Every stored row, unfiltered"
        [disabled]="busy() !== null"
        [attr.aria-busy]="busy() === 'ndjson'"
        (click)="exportAllNdjson()"
      >
        {{ busy() === 'ndjson' ? 'Exporting…' : 'Export all (NDJSON)' }}
      </button>
      @if (error(); as message) {
        <p class="export-error" role="alert">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .exports {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2);
    }

    .export-error {
      margin: 0;
      flex-basis: 100%;
      font-size: var(--font-size-sm);
      color: var(--color-danger-text);
    }
  `,
})
export class ExportButtons {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly anchor = inject(PeriodAnchor);
  private readonly document = inject(DOCUMENT);

  protected readonly busy = signal<ExportKind | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async exportRawCsv(): Promise<void> {
    await this.run('csv', async () => {
      const filter = parseFilterParams(this.router.parseUrl(this.router.url).queryParamMap);
      const range = await firstValueFrom(this.anchor.resolve(filter));
      await this.download(
        `/export/raw.csv?${toExportQuery(filter, range)}`,
        `devpulse-raw_${range.from}_${range.to}.csv`,
      );
    });
  }

  protected async exportAllNdjson(): Promise<void> {
    await this.run('ndjson', () => this.download('/export/raw.ndjson', 'devpulse-raw.ndjson'));
  }

  private async run(kind: ExportKind, work: () => Promise<void>): Promise<void> {
    this.busy.set(kind);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.auth.signOut(SESSION_ENDED_NOTICE);
        return;
      }
      this.error.set(
        error instanceof HttpErrorResponse && error.status !== 0
          ? `The export failed: the server answered with status ${error.status}.`
          : 'The export failed: the server could not be reached.',
      );
    } finally {
      this.busy.set(null);
    }
  }

  private async download(url: string, fallbackName: string): Promise<void> {
    const response = await firstValueFrom(
      this.http.get(url, {
        observe: 'response',
        responseType: 'blob',
        headers: new HttpHeaders({ Authorization: `Bearer ${this.auth.token() ?? ''}` }),
      }),
    );
    const name = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
    const objectUrl = URL.createObjectURL(response.body ?? new Blob([]));
    const link = this.document.createElement('a');
    link.href = objectUrl;
    link.download = name;
    link.style.display = 'none';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoking in the same task can cancel the download in Firefox.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
  }
}

/** The server's file name from `Content-Disposition: attachment; filename="..."`, when it sends one. */
export function fileNameFrom(header: string | null): string | null {
  const match = header === null ? null : /filename="?([^";]+)"?/i.exec(header);
  return match?.[1]?.trim() || null;
}
