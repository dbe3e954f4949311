import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { Subscription } from 'rxjs';
import { describeError } from '../core/graphql/graphql-errors';
import { FileDropZone } from './file-drop-zone';
import { GraphqlUpload, UploadEvent } from './graphql-upload';
import { IdentitiesUpload } from './identities-upload';
import { IngestionHistory, IngestionRun } from './ingestion-history';
import { RowErrorList } from './row-error-list';
import { describeUploadError } from './upload-errors';
import { ACCEPT_ATTRIBUTE, formatBytes, refuseUploadFile } from './upload-file';
import { FORMAT_LABELS } from './upload-labels';
import {
  ColumnMappingInput,
  IngestionRunsDocument,
  MetricsFormat,
  PreviewUploadDocument,
  UploadMetricsDocument,
} from '../core/graphql/generated';
import { UploadPreview, UploadPreviewResult } from './upload-preview';

export const HISTORY_SIZE = 50;

/** idle: no file · previewing / importing: a request is out · previewed: ready to import · imported: done. */
type Stage = 'idle' | 'previewing' | 'previewed' | 'importing' | 'imported';

interface Progress {
  readonly loaded: number;
  readonly total: number;
}

@Component({
  selector: 'app-upload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, FileDropZone, UploadPreview, IngestionHistory, IdentitiesUpload, RowErrorList],
  templateUrl: './upload-page.html',
  styleUrl: './upload-page.css',
})
export class UploadPage {
  private readonly apollo = inject(Apollo);
  private readonly upload = inject(GraphqlUpload);
  private request: Subscription | null = null;

  private readonly historyQuery = this.apollo.watchQuery({
    query: IngestionRunsDocument,
    variables: { first: HISTORY_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  private readonly history = toSignal(this.historyQuery.valueChanges);

  protected readonly accept = ACCEPT_ATTRIBUTE;
  protected readonly formatLabels = FORMAT_LABELS;

  protected readonly file = signal<File | null>(null);
  protected readonly stage = signal<Stage>('idle');
  protected readonly progress = signal<Progress | null>(null);
  protected readonly preview = signal<UploadPreviewResult | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly run = signal<IngestionRun | null>(null);
  /** The admin's choices; null means "as detected" and "as proposed". */
  private readonly chosenFormat = signal<MetricsFormat | null>(null);
  private readonly chosenMapping = signal<ColumnMappingInput | null>(null);

  protected readonly busy = computed(() => this.stage() === 'previewing' || this.stage() === 'importing');
  protected readonly percent = computed(() => {
    const progress = this.progress();
    if (!progress || progress.total === 0) return 0;
    return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
  });
  /** Every byte is sent; the server is reading (preview) or importing. */
  protected readonly serverWorking = computed(() => {
    const progress = this.progress();
    return this.busy() && progress !== null && progress.loaded >= progress.total;
  });
  protected readonly canImport = computed(
    () => this.stage() === 'previewed' && this.preview() !== null && this.error() === null,
  );

  protected readonly runs = computed(() => {
    const result = this.history();
    return result?.dataState === 'complete' ? result.data.ingestionRuns : [];
  });
  protected readonly historyLoading = computed(() => this.history()?.loading ?? true);
  protected readonly historyError = computed(() => {
    const error = this.history()?.error;
    return error ? describeError(error) : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected formatBytes(bytes: number): string {
    return formatBytes(bytes);
  }

  protected previewFile(file: File): void {
    this.cancelRequest();
    this.file.set(file);
    this.preview.set(null);
    this.run.set(null);
    this.chosenFormat.set(null);
    this.chosenMapping.set(null);
    const refusal = refuseUploadFile(file);
    if (refusal) {
      this.stage.set('idle');
      this.error.set(refusal);
      return;
    }
    this.requestPreview();
  }

  protected changeFormat(format: MetricsFormat): void {
    this.chosenFormat.set(format);
    // A mapping names CSV columns; another format (or a fresh CSV proposal) starts without one.
    this.chosenMapping.set(null);
    this.requestPreview();
  }

  protected changeMapping(mapping: ColumnMappingInput): void {
    this.chosenMapping.set(mapping);
    this.requestPreview();
  }

  protected importFile(): void {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.startRequest('importing');
    this.request = this.upload.send(UploadMetricsDocument, this.variables(file)).subscribe({
      next: (event) =>
        this.follow(event, (data) => {
          this.run.set(data.uploadMetrics);
          this.stage.set('imported');
          this.reloadHistory();
        }),
      error: (error: unknown) => {
        this.stage.set('previewed');
        this.progress.set(null);
        this.error.set(describeUploadError(error));
        // A refused import (rate limit, size) may still have left a FAILED run in the audit.
        this.reloadHistory();
      },
    });
  }

  protected cancelUpload(): void {
    const wasImporting = this.stage() === 'importing';
    this.cancelRequest();
    this.progress.set(null);
    this.stage.set(wasImporting && this.preview() ? 'previewed' : 'idle');
    if (!this.preview()) this.file.set(null);
  }

  protected startOver(): void {
    this.cancelRequest();
    this.file.set(null);
    this.preview.set(null);
    this.run.set(null);
    this.error.set(null);
    this.progress.set(null);
    this.stage.set('idle');
  }

  protected reloadHistory(): void {
    void this.historyQuery.refetch().catch(() => undefined);
  }

  private requestPreview(): void {
    const file = this.file();
    if (!file) return;
    this.startRequest('previewing');
    this.request = this.upload.send(PreviewUploadDocument, this.variables(file)).subscribe({
      next: (event) =>
        this.follow(event, (data) => {
          this.preview.set(data.previewUpload);
          this.stage.set('previewed');
        }),
      error: (error: unknown) => {
        // The last good preview stays, so the format or mapping can be changed back.
        this.stage.set(this.preview() ? 'previewed' : 'idle');
        this.progress.set(null);
        this.error.set(describeUploadError(error));
      },
    });
  }

  private variables(file: File) {
    return { file, format: this.chosenFormat(), mapping: this.chosenMapping() };
  }

  private startRequest(stage: 'previewing' | 'importing'): void {
    this.cancelRequest();
    this.error.set(null);
    this.stage.set(stage);
    this.progress.set({ loaded: 0, total: this.file()?.size ?? 0 });
  }

  private follow<TData>(event: UploadEvent<TData>, done: (data: TData) => void): void {
    if (event.type === 'progress') {
      this.progress.set({ loaded: event.loaded, total: event.total });
      return;
    }
    this.progress.set(null);
    done(event.data);
  }

  private cancelRequest(): void {
    this.request?.unsubscribe();
    this.request = null;
  }
}
