import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FORMAT_LABELS, FORMATS, MAPPING_FIELDS, MappingField } from './upload-labels';
import type { ColumnMappingInput, MetricsFormat, UploadPreviewFieldsFragment } from '../core/graphql/generated';
import { RowErrorList } from './row-error-list';

export type UploadPreviewResult = UploadPreviewFieldsFragment;

/** The mapping in use with one field pointed at another column ('' = not in the file); every field is sent. */
export function remapColumn(
  mapping: UploadPreviewResult['mapping'],
  field: MappingField,
  column: string,
): ColumnMappingInput {
  const next: ColumnMappingInput = {};
  for (const { field: name } of MAPPING_FIELDS) next[name] = mapping?.[name] ?? null;
  next[field] = column === '' ? null : column;
  return next;
}

/** What importing the chosen file would do: format, counts, warnings, row errors, sample rows, CSV mapping. */
@Component({
  selector: 'app-upload-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, RowErrorList],
  templateUrl: './upload-preview.html',
  styleUrl: './upload-preview.css',
})
export class UploadPreview {
  readonly preview = input.required<UploadPreviewResult>();
  /** While a new preview is on its way, the controls wait for it. */
  readonly busy = input(false);
  readonly formatChanged = output<MetricsFormat>();
  readonly mappingChanged = output<ColumnMappingInput>();

  protected readonly formats = FORMATS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly mappingFields = MAPPING_FIELDS;
  protected readonly isCsv = computed(() => this.preview().format === 'GENERIC_CSV');
  protected readonly dateRange = computed(() => {
    const { firstDay, lastDay } = this.preview();
    if (!firstDay || !lastDay) return null;
    return firstDay === lastDay ? firstDay : `${firstDay} – ${lastDay}`;
  });

  protected chooseFormat(event: Event): void {
    this.formatChanged.emit((event.target as HTMLSelectElement).value as MetricsFormat);
  }

  protected chooseColumn(field: MappingField, event: Event): void {
    const column = (event.target as HTMLSelectElement).value;
    this.mappingChanged.emit(remapColumn(this.preview().mapping, field, column));
  }

  protected identityText(row: UploadPreviewResult['sample'][number]): string {
    return row.identities.map((identity) => identity.value).join(', ');
  }
}
