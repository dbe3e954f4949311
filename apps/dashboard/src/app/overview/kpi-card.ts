import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { KpiChange } from './kpi-change';
import type { OverviewMetricDefinition } from './overview-data';

let nextKpiId = 0;

/** One headline number: its value, how it moved against the previous period, and what it means (from the domain). */
@Component({
  selector: 'app-kpi-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-card.html',
  styleUrl: './kpi-card.css',
})
export class KpiCard {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly change = input.required<KpiChange>();
  /** What the change compares against, e.g. "vs Sep 3 – Sep 30". */
  readonly comparison = input.required<string>();
  readonly definition = input<OverviewMetricDefinition | null>(null);
  /** A line under the value, such as the settings an estimate used. */
  readonly note = input<string | null>(null);

  private readonly id = nextKpiId++;
  protected readonly labelId = `kpi-${this.id}-label`;
  protected readonly detailsId = `kpi-${this.id}-details`;
  protected readonly detailsOpen = signal(false);

  protected toggleDetails(): void {
    this.detailsOpen.update((open) => !open);
  }
}
