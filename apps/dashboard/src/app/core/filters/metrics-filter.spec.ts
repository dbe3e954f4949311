import { convertToParamMap, type Params } from '@angular/router';
import {
  DEFAULT_FILTER,
  type MetricsFilter,
  parseFilterParams,
  previousPeriod,
  resolvePeriod,
  toExportQuery,
  toFilterParams,
  toMetricsFilterInput,
} from './metrics-filter';

/** Query params as the router would hand them back: null keys dropped. */
function roundTrip(filter: MetricsFilter): MetricsFilter {
  const params = Object.fromEntries(Object.entries(toFilterParams(filter)).filter(([, value]) => value !== null));
  return parseFilterParams(convertToParamMap(params));
}

const FULL: MetricsFilter = {
  period: { kind: 'custom', from: '2026-10-01', to: '2026-10-28' },
  sources: ['COPILOT', 'CLAUDE_CODE'],
  teamIds: ['team-1'],
  developerIds: ['dev-1', 'dev-2'],
  ides: ['vscode'],
  languages: ['typescript', 'python'],
  features: ['code_completion'],
  models: ['gpt-4.1'],
};

describe('metrics filter <-> URL', () => {
  it('round-trips every field', () => {
    expect(roundTrip(FULL)).toEqual(FULL);
  });

  it.each([7, 28, 90] as const)('round-trips the %i-day preset', (days) => {
    const filter: MetricsFilter = { ...DEFAULT_FILTER, period: { kind: 'preset', days } };
    expect(roundTrip(filter)).toEqual(filter);
  });

  it('writes the URL keys a person can read, and nothing for the default view', () => {
    expect(toFilterParams(FULL)).toEqual({
      days: null,
      from: '2026-10-01',
      to: '2026-10-28',
      tool: ['COPILOT', 'CLAUDE_CODE'],
      team: ['team-1'],
      developer: ['dev-1', 'dev-2'],
      ide: ['vscode'],
      language: ['typescript', 'python'],
      feature: ['code_completion'],
      model: ['gpt-4.1'],
    });
    const defaults = toFilterParams(DEFAULT_FILTER);
    expect(Object.values(defaults).every((value) => value === null)).toBe(true);
    expect(toFilterParams({ ...DEFAULT_FILTER, period: { kind: 'preset', days: 7 } })['days']).toBe('7');
  });

  it('reads an empty URL as the default filter', () => {
    expect(parseFilterParams(convertToParamMap({}))).toEqual(DEFAULT_FILTER);
  });

  it.each<[string, Params]>([
    ['an unknown preset', { days: '30' }],
    ['a malformed day', { from: '2026-13-01', to: '2026-10-28' }],
    ['a reversed range', { from: '2026-10-28', to: '2026-10-01' }],
    ['half a range', { from: '2026-10-01' }],
  ])('falls back to the default period for %s', (_, params) => {
    expect(parseFilterParams(convertToParamMap(params)).period).toEqual(DEFAULT_FILTER.period);
  });

  it('drops unknown tools, blank and repeated values', () => {
    const filter = parseFilterParams(
      convertToParamMap({ tool: ['copilot', 'CURSOR', 'COPILOT'], developer: ['', ' dev-1 ', 'dev-1'] }),
    );
    expect(filter.sources).toEqual(['COPILOT']);
    expect(filter.developerIds).toEqual(['dev-1']);
  });
});

describe('periods', () => {
  it('ends a preset at the last day with data', () => {
    expect(resolvePeriod({ kind: 'preset', days: 7 }, '2026-11-03')).toEqual({ from: '2026-10-28', to: '2026-11-03' });
    expect(resolvePeriod({ kind: 'preset', days: 28 }, '2026-11-03')).toEqual({ from: '2026-10-07', to: '2026-11-03' });
    expect(resolvePeriod({ kind: 'preset', days: 90 }, '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(resolvePeriod(FULL.period, '2026-11-03')).toEqual({ from: '2026-10-01', to: '2026-10-28' });
  });

  it('compares with the equally long period just before', () => {
    expect(previousPeriod({ from: '2026-10-01', to: '2026-10-28' })).toEqual({ from: '2026-09-03', to: '2026-09-30' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('API forms of the filter', () => {
  it('sends only the lists that restrict', () => {
    expect(toMetricsFilterInput(DEFAULT_FILTER, null)).toEqual({});
    expect(
      toMetricsFilterInput({ ...DEFAULT_FILTER, ides: ['vscode'] }, { from: '2026-10-01', to: '2026-10-07' }),
    ).toEqual({
      from: '2026-10-01',
      to: '2026-10-07',
      ides: ['vscode'],
    });
  });

  it('builds export query parameters with the input field names, lists repeated', () => {
    expect(toExportQuery(FULL, { from: '2026-10-01', to: '2026-10-28' })).toBe(
      'from=2026-10-01&to=2026-10-28&sources=COPILOT&sources=CLAUDE_CODE&teamIds=team-1&developerIds=dev-1&developerIds=dev-2' +
        '&ides=vscode&languages=typescript&languages=python&features=code_completion&models=gpt-4.1',
    );
    expect(toExportQuery(DEFAULT_FILTER, null)).toBe('');
  });
});
