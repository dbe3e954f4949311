import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  developerValue,
  formatCount,
  METRIC_SOURCES,
  metricDefinition,
  type MetricDefinition,
  type MetricId,
  type MetricSource,
} from '@devpulse/domain';
import { Apollo, type QueryRef } from 'apollo-angular';
import { map, of, switchMap } from 'rxjs';
import { formatRate } from '../charts/chart-format';
import { injectMetricsFilter } from '../core/filters/filter-url';
import { toMetricsFilterInput } from '../core/filters/metrics-filter';
import { describeError } from '../core/graphql/graphql-errors';
import { formatMoney } from '../core/value/value-format';
import { ValueConfigStore } from '../core/value/value-config-store';
import {
  DeveloperHistoryChart,
  HISTORY_METRICS,
  type HistoryMetric,
  type ToolHistory,
} from './developer-history-chart';
import {
  ExplorerDeveloperDocument,
  type ExplorerDeveloperQuery,
  type ExplorerDeveloperQueryVariables,
  ExplorerMetricDefinitionsDocument,
} from '../core/graphql/generated';
import { primaryName } from './explorer-rows';
import { injectFilterRange } from './filter-range';

const IDENTITY_KINDS: Readonly<Record<string, string>> = {
  GITHUB_LOGIN: 'GitHub login',
  EMAIL: 'Email',
  GITHUB_USER_ID: 'GitHub user id',
  API_KEY: 'API key',
};

/** The aliases of ExplorerDeveloper that hold one tool's history. */
const TOOL_ALIASES = { COPILOT: 'copilot', CLAUDE_CODE: 'claudeCode', OTHER: 'other' } as const satisfies Record<
  MetricSource,
  keyof ExplorerDeveloperQuery
>;

interface Kpi {
  metricId: MetricId;
  value: string;
}

/** One developer over the filter period: identities, team, KPIs, and daily history per tool. */
@Component({
  selector: 'app-developer-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DeveloperHistoryChart],
  templateUrl: './developer-detail-page.html',
  styleUrl: './developer-detail-page.css',
})
export class DeveloperDetailPage {
  private readonly apollo = inject(Apollo);
  private readonly config = inject(ValueConfigStore).config;

  protected readonly filter = injectMetricsFilter();
  private readonly filterRange = injectFilterRange(this.filter);
  protected readonly range = this.filterRange.range;
  protected readonly developerId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('developerId') ?? '')),
    { initialValue: '' },
  );

  protected readonly historyMetrics = Object.keys(HISTORY_METRICS) as HistoryMetric[];
  protected readonly metric = signal<HistoryMetric>('generations');

  private readonly variables = computed<ExplorerDeveloperQueryVariables | null>(() => {
    const id = this.developerId();
    const range = this.range();
    if (id === '' || range === null) return null;
    const all = { ...toMetricsFilterInput(this.filter(), range), developerIds: [id] };
    const bySource = (source: MetricSource) => ({ ...all, sources: [source] });
    return { id, all, copilot: bySource('COPILOT'), claudeCode: bySource('CLAUDE_CODE'), other: bySource('OTHER') };
  });

  private queryRef: QueryRef<ExplorerDeveloperQuery, ExplorerDeveloperQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(this.variables).pipe(
      switchMap((variables) => {
        if (variables === null) return of(null);
        this.queryRef = this.apollo.watchQuery({
          query: ExplorerDeveloperDocument,
          variables,
          fetchPolicy: 'cache-and-network',
        });
        return this.queryRef.valueChanges;
      }),
    ),
    { initialValue: null },
  );

  protected readonly data = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data : null;
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadError = computed(() => {
    const error = this.filterRange.error() ?? this.result()?.error;
    return error ? describeError(error) : null;
  });
  protected readonly developer = computed(() => this.data()?.developer ?? null);
  protected readonly name = computed(() => {
    const developer = this.developer();
    return developer === null ? '' : primaryName(developer);
  });

  protected readonly identities = computed(() =>
    (this.developer()?.identities ?? []).map((identity) => ({
      kind: IDENTITY_KINDS[identity.kind] ?? identity.kind,
      value: identity.value,
    })),
  );

  private readonly definitionsResult = toSignal(
    this.apollo.watchQuery({ query: ExplorerMetricDefinitionsDocument }).valueChanges,
  );
  private readonly definitionsById = computed(() => {
    const result = this.definitionsResult();
    const definitions = result?.dataState === 'complete' ? result.data.metricDefinitions : [];
    return new Map(definitions.map((definition) => [definition.id, definition]));
  });

  protected readonly kpis = computed<Kpi[]>(() => {
    const kpis = this.data()?.all.kpis;
    if (!kpis) return [];
    const config = this.config();
    const value = developerValue(kpis, config);
    return [
      // For one developer, active developer-days are the developer's days active.
      { metricId: 'daysActive', value: formatCount(kpis.activeDays) },
      { metricId: 'totalGenerations', value: formatCount(kpis.totalGenerations) },
      { metricId: 'acceptanceRate', value: formatRate(kpis.acceptanceRate) },
      { metricId: 'interactions', value: formatCount(kpis.interactions) },
      { metricId: 'linesAdded', value: formatCount(kpis.linesAdded) },
      { metricId: 'linesDeleted', value: formatCount(kpis.linesDeleted) },
      { metricId: 'netLines', value: formatCount(kpis.netLines) },
      { metricId: 'totalValue', value: formatMoney(value.totalValue, config.currency) },
    ];
  });

  /** The tools the filter allows, each with its history. */
  protected readonly tools = computed<ToolHistory[]>(() => {
    const data = this.data();
    if (data === null) return [];
    const selected = this.filter().sources;
    const sources = METRIC_SOURCES.filter((source) => selected.length === 0 || selected.includes(source));
    return sources.map((source) => ({ source, days: data[TOOL_ALIASES[source]].byDay }));
  });

  protected readonly periodLabel = computed(() => {
    const range = this.range();
    return range === null ? '' : `${range.from} to ${range.to}`;
  });

  protected label(metricId: MetricId): string {
    return metricDefinition(metricId).label;
  }

  protected definitionOf(metricId: MetricId): Pick<MetricDefinition, 'formula' | 'caveats'> | null {
    return this.definitionsById().get(metricId) ?? null;
  }

  protected historyLabel(metric: HistoryMetric): string {
    return metricDefinition(HISTORY_METRICS[metric]).label;
  }

  protected chooseMetric(event: Event): void {
    this.metric.set((event.target as HTMLSelectElement).value as HistoryMetric);
  }

  protected reload(): void {
    if (this.filterRange.error() !== null) {
      this.filterRange.retry();
      return;
    }
    void this.queryRef?.refetch().catch(() => undefined);
  }
}
