import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { OverviewInsight } from './overview-data';

export interface InsightView extends Omit<OverviewInsight, 'items'> {
  items: { label: string; value: string; developerId: string | null }[];
}

// The API sends the GraphQL enum names (SUCCESS, INFO, WARNING); classes and labels use the domain's lower case.
const SEVERITY_LABELS: Readonly<Record<string, string>> = {
  success: 'Good news',
  info: 'For information',
  warning: 'Worth a look',
};

/** The insights of the period, coloured by severity; a developer in an item filters the page to that developer. */
@Component({
  selector: 'app-insights-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './insights-panel.html',
  styleUrl: './insights-panel.css',
})
export class InsightsPanel {
  readonly insights = input.required<readonly InsightView[]>();
  readonly developerChosen = output<string>();

  protected severityClass(severity: string): string {
    return `insight insight-${severity.toLowerCase()}`;
  }

  protected severityLabel(severity: string): string {
    return SEVERITY_LABELS[severity.toLowerCase()] ?? severity;
  }

  protected chooseDeveloper(developerId: string): void {
    this.developerChosen.emit(developerId);
  }
}
