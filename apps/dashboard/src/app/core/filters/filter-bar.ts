import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { type MetricSource } from '@devpulse/domain';
import { injectApplyFilter, injectMetricsFilter } from './filter-url';
import {
  DATE_PRESETS,
  type DatePreset,
  type DateRange,
  DEFAULT_FILTER,
  type FilterListField,
  hasDimensionFilters,
  type MetricsFilter,
  withList,
} from './metrics-filter';

export interface FilterOption {
  value: string;
  label: string;
}

/** The choices each list filter offers; the page fills them from the data it has. */
export interface FilterOptions {
  teams: readonly FilterOption[];
  developers: readonly FilterOption[];
  ides: readonly FilterOption[];
  languages: readonly FilterOption[];
  features: readonly FilterOption[];
  models: readonly FilterOption[];
}

export const EMPTY_FILTER_OPTIONS: FilterOptions = {
  teams: [],
  developers: [],
  ides: [],
  languages: [],
  features: [],
  models: [],
};

export const SOURCE_LABELS: Readonly<Record<MetricSource, string>> = {
  COPILOT: 'GitHub Copilot',
  CLAUDE_CODE: 'Claude Code',
  OTHER: 'Other tools',
};

interface SelectField {
  field: FilterListField;
  label: string;
  allLabel: string;
  options: readonly FilterOption[];
}

/** A value no option has: shown when the URL selects several values of one list, which one select cannot show. */
const SEVERAL = '__several__';

/**
 * Date range presets (7/28/90 days or custom), tool, team, developer, IDE, language, feature and model. Reads the
 * filter from the URL and writes every change back to it, so the view can be shared.
 */
@Component({
  selector: 'app-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './filter-bar.html',
  styleUrl: './filter-bar.css',
})
export class FilterBar {
  /** Choices for the list filters. */
  readonly options = input<FilterOptions>(EMPTY_FILTER_OPTIONS);
  /** The days the data currently shown covers; prefills the custom range. */
  readonly range = input<DateRange | null>(null);

  protected readonly filter = injectMetricsFilter();
  private readonly applyFilter = injectApplyFilter();

  protected readonly presets = DATE_PRESETS;
  protected readonly several = SEVERAL;
  protected readonly customOpen = signal(false);
  protected readonly dateError = signal<string | null>(null);

  protected readonly isCustom = computed(() => this.filter().period.kind === 'custom' || this.customOpen());
  protected readonly customRange = computed<DateRange | null>(() => {
    const period = this.filter().period;
    return period.kind === 'custom' ? { from: period.from, to: period.to } : this.range();
  });
  protected readonly canClear = computed(() => hasDimensionFilters(this.filter()));

  protected readonly selects = computed<SelectField[]>(() => {
    const options = this.options();
    const sources = (Object.keys(SOURCE_LABELS) as MetricSource[]).map((value) => ({
      value,
      label: SOURCE_LABELS[value],
    }));
    return [
      { field: 'sources', label: 'Tool', allLabel: 'All tools', options: sources },
      { field: 'teamIds', label: 'Team', allLabel: 'All teams', options: options.teams },
      { field: 'developerIds', label: 'Developer', allLabel: 'All developers', options: options.developers },
      { field: 'ides', label: 'IDE', allLabel: 'All IDEs', options: options.ides },
      { field: 'languages', label: 'Language', allLabel: 'All languages', options: options.languages },
      { field: 'features', label: 'Feature', allLabel: 'All features', options: options.features },
      { field: 'models', label: 'Model', allLabel: 'All models', options: options.models },
    ];
  });

  protected isPresetSelected(days: DatePreset): boolean {
    const period = this.filter().period;
    return !this.customOpen() && period.kind === 'preset' && period.days === days;
  }

  /** The options of a select, with the selected values kept even when the current data does not list them. */
  protected optionsOf(select: SelectField): readonly FilterOption[] {
    const selected = this.filter()[select.field];
    const missing = selected
      .filter((value) => !select.options.some((option) => option.value === value))
      .map((value) => ({ value, label: value }));
    return missing.length === 0 ? select.options : [...select.options, ...missing];
  }

  protected selectedValue(field: FilterListField): string {
    const values = this.filter()[field];
    if (values.length > 1) return SEVERAL;
    return values[0] ?? '';
  }

  protected selectedCount(field: FilterListField): number {
    return this.filter()[field].length;
  }

  protected choosePreset(days: DatePreset): void {
    this.customOpen.set(false);
    this.dateError.set(null);
    void this.applyFilter({ ...this.filter(), period: { kind: 'preset', days } });
  }

  protected openCustomRange(): void {
    this.customOpen.set(true);
  }

  protected applyCustomRange(from: string, to: string): void {
    if (from === '' || to === '') {
      this.dateError.set('Choose both a first and a last day.');
      return;
    }
    if (from > to) {
      this.dateError.set('The first day must not be after the last day.');
      return;
    }
    this.dateError.set(null);
    this.customOpen.set(false);
    void this.applyFilter({ ...this.filter(), period: { kind: 'custom', from, to } });
  }

  protected chooseValue(field: FilterListField, event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLSelectElement) || target.value === SEVERAL) return;
    const value = target.value;
    const values = value === '' ? [] : [value];
    void this.applyFilter(withList(this.filter(), field, values as MetricsFilter[typeof field]));
  }

  protected clearFilters(): void {
    void this.applyFilter({ ...DEFAULT_FILTER, period: this.filter().period });
  }
}
