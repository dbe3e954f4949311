import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import type { MetricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartTheme } from './chart-theme';
import { type CsvCell, type CsvTable, downloadCsv, downloadUrl, safeFileName } from './csv';

let nextCardId = 0;

const TABLE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * The frame of every overview chart: title, what it measures, optional caveat and definitions, CSV and PNG
 * downloads, a data-table view, and a text alternative. When `emptyReason` is set it shows the reason instead of
 * the projected chart, so an empty axis is never drawn.
 */
@Component({
  selector: 'app-chart-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chart-card.html',
  styleUrl: './chart-card.css',
})
export class ChartCard {
  readonly heading = input.required<string>();
  /** One line: what this chart measures. */
  readonly description = input.required<string>();
  readonly caveat = input<string | null>(null);
  /** The domain definitions of the metrics drawn, shown under "How it is computed". */
  readonly definitions = input<readonly MetricDefinition[]>([]);
  /** Why there is nothing to draw; when set, the reason replaces the chart. */
  readonly emptyReason = input<string | null>(null);
  readonly csv = input.required<CsvTable>();
  /** Download file name without extension. */
  readonly fileName = input.required<string>();
  /** One or two sentences a screen reader hears in place of the picture. */
  readonly summary = input.required<string>();
  /** The chart region's accessible name; defaults to "<heading> chart". */
  readonly chartLabel = input<string | null>(null);
  /** Height of the drawing area in CSS pixels. */
  readonly chartHeight = input(280);

  private readonly theme = inject(ChartTheme);
  private readonly chartCanvas = contentChild(BaseChartDirective, { read: ElementRef });

  private readonly id = nextCardId++;
  protected readonly headingId = `chart-card-${this.id}-heading`;
  protected readonly summaryId = `chart-card-${this.id}-summary`;
  protected readonly tableId = `chart-card-${this.id}-table`;

  protected readonly showTable = signal(false);
  protected readonly regionLabel = computed(() => this.chartLabel() ?? `${this.heading()} chart`);
  protected readonly hasRows = computed(() => this.csv().rows.length > 0);
  protected readonly canDownloadPng = computed(() => this.emptyReason() === null && this.chartCanvas() !== undefined);

  protected isNumber(cell: CsvCell): boolean {
    return typeof cell === 'number';
  }

  protected formatTableCell(cell: CsvCell): string {
    if (cell === null) return '—';
    return typeof cell === 'number' ? TABLE_NUMBER.format(cell) : cell;
  }

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }

  protected downloadCsv(): void {
    downloadCsv(this.csv(), this.fileName());
  }

  /** Saves the drawn chart as PNG on the card's surface colour, since the canvas itself is transparent. */
  protected downloadPng(): void {
    const source = this.chartCanvas()?.nativeElement;
    if (!(source instanceof HTMLCanvasElement)) return;
    const copy = source.ownerDocument.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    if (context === null) {
      downloadUrl(source.toDataURL('image/png'), `${safeFileName(this.fileName())}.png`);
      return;
    }
    context.fillStyle = this.theme.palette().surface;
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    downloadUrl(copy.toDataURL('image/png'), `${safeFileName(this.fileName())}.png`);
  }
}
