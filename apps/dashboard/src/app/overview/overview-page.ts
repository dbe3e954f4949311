import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { developerValue } from '@devpulse/domain';
import { AcceptanceRateChart } from '../charts/acceptance-rate-chart';
import { ActiveDevelopersChart } from '../charts/active-developers-chart';
import { ActivityChart } from '../charts/activity-chart';
import { EfficiencyMatrixChart } from '../charts/efficiency-matrix-chart';
import { EngagementChart } from '../charts/engagement-chart';
import { FeatureUsageChart } from '../charts/feature-usage-chart';
import { IdeAcceptanceChart } from '../charts/ide-acceptance-chart';
import { IdeShareChart } from '../charts/ide-share-chart';
import { LanguageAcceptanceChart } from '../charts/language-acceptance-chart';
import { LanguageShareChart } from '../charts/language-share-chart';
import { LinesChart } from '../charts/lines-chart';
import { ModelShareChart } from '../charts/model-share-chart';
import { TopDevelopersGenerationsChart } from '../charts/top-developers-generations-chart';
import { TopDevelopersLinesChart } from '../charts/top-developers-lines-chart';
import { EMPTY_FILTER_OPTIONS, FilterBar, type FilterOptions } from '../core/filters/filter-bar';
import { injectApplyFilter } from '../core/filters/filter-url';
import { ValueConfigStore } from '../core/value/value-config-store';
import { toChartInputs } from './chart-inputs';
import { InsightsPanel, type InsightView } from './insights-panel';
import { KpiCard } from './kpi-card';
import { type KpiChange, kpiChange, type KpiScale } from './kpi-change';
import type { Loadable, OverviewKpis, OverviewMetricDefinition } from './overview-data';
import { formatKpiCount, formatKpiRate, formatMoney, formatRange, formatSignedCount } from './overview-format';
import { OverviewStore } from './overview-store';

interface KpiView {
  id: string;
  label: string;
  value: string;
  change: KpiChange;
  definition: OverviewMetricDefinition | null;
  note: string | null;
}

interface KpiSpec {
  id: string;
  label: string;
  scale: KpiScale;
  pick: (kpis: OverviewKpis) => number | null;
  format: (value: number | null) => string;
}

const KPI_SPECS: readonly KpiSpec[] = [
  { id: 'totalGenerations', label: 'Generations', scale: 'relative', pick: (k) => k.totalGenerations, format: count },
  {
    id: 'acceptanceRate',
    label: 'Acceptance rate',
    scale: 'points',
    pick: (k) => k.acceptanceRate,
    format: formatKpiRate,
  },
  { id: 'linesAdded', label: 'Lines added', scale: 'relative', pick: (k) => k.linesAdded, format: count },
  { id: 'netLines', label: 'Net lines', scale: 'relative', pick: (k) => k.netLines, format: signed },
  { id: 'activeUsers', label: 'Active developers', scale: 'relative', pick: (k) => k.activeUsers, format: count },
];

const SKELETON_KPIS = [1, 2, 3, 4, 5, 6];
const SKELETON_CHARTS = [1, 2, 3, 4];

/** The Monday screen: filters, headline numbers against the previous period, insights and the 14 charts. */
@Component({
  selector: 'app-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FilterBar,
    KpiCard,
    InsightsPanel,
    ActivityChart,
    LinesChart,
    AcceptanceRateChart,
    ActiveDevelopersChart,
    TopDevelopersGenerationsChart,
    TopDevelopersLinesChart,
    EfficiencyMatrixChart,
    EngagementChart,
    IdeShareChart,
    LanguageShareChart,
    FeatureUsageChart,
    IdeAcceptanceChart,
    LanguageAcceptanceChart,
    ModelShareChart,
  ],
  providers: [OverviewStore],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.css',
})
export class OverviewPage {
  private readonly store = inject(OverviewStore);
  private readonly valueConfig = inject(ValueConfigStore).config;
  private readonly applyFilter = injectApplyFilter();

  protected readonly metrics = this.store.metrics;
  protected readonly insights = this.store.insights;
  protected readonly skeletonKpis = SKELETON_KPIS;
  protected readonly skeletonCharts = SKELETON_CHARTS;

  protected readonly metricsError = computed(() => errorOf(this.metrics()));
  protected readonly insightsError = computed(() => errorOf(this.insights()));

  protected readonly period = computed(() => {
    const metrics = this.metrics();
    return metrics.status === 'ready' ? { from: metrics.data.period.from, to: metrics.data.period.to } : null;
  });

  protected readonly periodText = computed(() => {
    const metrics = this.metrics();
    if (metrics.status !== 'ready') return null;
    const { period, previousPeriod } = metrics.data;
    return {
      current: `${formatRange(period)} (${period.days} ${period.days === 1 ? 'day' : 'days'})`,
      previous: formatRange(previousPeriod),
    };
  });

  private readonly definitionsById = computed(() => {
    const definitions = this.store.definitions();
    return new Map(definitions.status === 'ready' ? definitions.data.map((d) => [d.id, d]) : []);
  });

  protected readonly kpis = computed<KpiView[]>(() => {
    const metrics = this.metrics();
    if (metrics.status !== 'ready') return [];
    const { kpis, previousKpis } = metrics.data;
    const definitions = this.definitionsById();
    const config = this.valueConfig();
    const value = (k: OverviewKpis) => developerValue(k, config).totalValue;
    const cards = KPI_SPECS.map((spec) => ({
      id: spec.id,
      label: spec.label,
      value: spec.format(spec.pick(kpis)),
      change: kpiChange(spec.pick(kpis), spec.pick(previousKpis), spec.scale),
      definition: definitions.get(spec.id) ?? null,
      note: spec.id === 'acceptanceRate' && kpis.acceptanceRate === null ? 'No generations in this period' : null,
    }));
    return [
      ...cards,
      {
        id: 'estimatedValue',
        label: 'Estimated value',
        value: formatMoney(value(kpis), config.currency),
        change: kpiChange(value(kpis), value(previousKpis), 'relative'),
        definition: definitions.get('estimatedValue') ?? null,
        note: `At ${formatKpiCount(config.linesPerHour)} lines per hour and ${formatMoney(config.ratePerHour, config.currency)} per hour (set in Explorer)`,
      },
    ];
  });

  protected readonly noActivity = computed(() => {
    const metrics = this.metrics();
    if (metrics.status !== 'ready') return false;
    const { kpis } = metrics.data;
    return kpis.totalGenerations === 0 && kpis.interactions === 0 && kpis.activeUsers === 0;
  });

  protected readonly charts = computed(() => {
    const metrics = this.metrics();
    return metrics.status === 'ready' ? toChartInputs(metrics.data) : null;
  });

  /** Insight items naming a developer of the period become links that filter to that developer. */
  protected readonly insightViews = computed<InsightView[]>(() => {
    const insights = this.insights();
    if (insights.status !== 'ready') return [];
    const ids = this.developerIdsByLabel();
    return insights.data.map((insight) => ({
      ...insight,
      items: insight.items.map((item) => ({ ...item, developerId: ids.get(item.label) ?? null })),
    }));
  });

  private readonly developerIdsByLabel = computed(() => {
    const ids = new Map<string, string>();
    const options = this.store.filterOptions();
    if (options.status === 'ready') options.data.metrics.byUser.forEach((u) => ids.set(u.label, u.developer.id));
    const metrics = this.metrics();
    if (metrics.status === 'ready') metrics.data.byUser.forEach((u) => ids.set(u.label, u.developer.id));
    return ids;
  });

  protected readonly filterOptions = computed<FilterOptions>(() => {
    const options = this.store.filterOptions();
    if (options.status !== 'ready') return EMPTY_FILTER_OPTIONS;
    const { metrics, teams } = options.data;
    const keyed = (rows: readonly { key: string; label: string }[]) =>
      rows.map((r) => ({ value: r.key, label: r.label }));
    return {
      teams: teams.map((t) => ({ value: t.id, label: t.name })),
      developers: [...metrics.byUser]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((u) => ({ value: u.developer.id, label: u.label })),
      ides: keyed(metrics.byIde),
      languages: keyed(metrics.byLanguage),
      features: keyed(metrics.byFeature),
      models: keyed(metrics.byModel),
    };
  });

  protected readonly range = computed(() => {
    const range = this.store.range();
    return range.status === 'ready' ? range.data : null;
  });

  protected filterToDeveloper(developerId: string): void {
    void this.applyFilter({ ...this.store.filter(), developerIds: [developerId] });
  }

  protected retry(): void {
    this.store.retry();
  }
}

function errorOf(state: Loadable<unknown>): string {
  return state.status === 'error' ? state.message : '';
}

function count(value: number | null): string {
  return value === null ? '—' : formatKpiCount(value);
}

function signed(value: number | null): string {
  return value === null ? '—' : formatSignedCount(value);
}
