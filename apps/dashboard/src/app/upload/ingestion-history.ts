import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FORMAT_LABELS, STATUS_LABELS } from './upload-labels';
import type { IngestionRunFieldsFragment } from '../core/graphql/generated';
import { formatBytes } from './upload-file';
import { RowErrorList } from './row-error-list';

export type IngestionRun = IngestionRunFieldsFragment;

/** Newest first, whatever order the runs arrive in. */
export function sortRuns(runs: readonly IngestionRun[]): IngestionRun[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

@Component({
  selector: 'app-ingestion-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, DecimalPipe, RowErrorList],
  templateUrl: './ingestion-history.html',
  styleUrl: './ingestion-history.css',
})
export class IngestionHistory {
  readonly runs = input.required<readonly IngestionRun[]>();
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly retry = output<void>();

  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly sortedRuns = computed(() => sortRuns(this.runs()));
  protected readonly expandedId = signal<string | null>(null);

  protected formatBytes(bytes: number): string {
    return formatBytes(bytes);
  }

  protected toggleErrors(run: IngestionRun): void {
    this.expandedId.update((id) => (id === run.id ? null : run.id));
  }

  protected retryLoading(): void {
    this.retry.emit();
  }
}
