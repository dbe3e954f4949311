import {
  breakdown,
  byLogin,
  type CopilotRecord,
  isActive,
  MIN_GENERATIONS_FOR_RATE,
  sum,
  totalsOf,
} from './copilot-fixture';

/** What a chart card must show for some data: the chart drawn, or an empty state that says why. */
export type ChartState = { heading: string; drawn: true } | { heading: string; drawn: false; reason: RegExp };

/**
 * The 14 overview charts in page order, each decided from the records alone: drawn when the data has something
 * to draw, otherwise the reason the card must give.
 */
export function expectedChartStates(records: readonly CopilotRecord[]): ChartState[] {
  const totals = totalsOf(records);
  const anyActive = records.some(isActive);
  const users = [...byLogin(records).values()].map((rows) => totalsOf(rows));
  const ratedUsers = users.filter((u) => u.generations >= MIN_GENERATIONS_FOR_RATE);
  const ideGenerations = [...breakdown(records, (r) => r.ides).values()];
  const languageGenerations = [...breakdown(records, (r) => r.languages).values()];
  const featureGenerations = [...breakdown(records, (r) => r.features).values()];
  const modelGenerations = [...breakdown(records, (r) => r.models).values()];
  const some = (values: number[], min = 1) => values.some((value) => value >= min);
  const rated = (noun: string) => new RegExp(`No ${noun} has ${MIN_GENERATIONS_FOR_RATE} or more generations`);

  const state = (heading: string, drawn: boolean, reason: RegExp): ChartState =>
    drawn ? { heading, drawn: true } : { heading, drawn: false, reason };

  return [
    state('Activity over time', anyActive || totals.linesAdded + totals.linesDeleted > 0, /No AI activity/),
    state('Lines added and deleted', totals.linesAdded + totals.linesDeleted > 0, /No lines added or deleted/),
    state('Acceptance rate', totals.generations > 0, /No code completions/),
    state('Active developers per day', anyActive, /No developer was active/),
    state('Top 15 developers by generations', totals.generations > 0, /No generations/),
    state('Top 15 developers by lines added', totals.linesAdded > 0, /No lines added/),
    state('Efficiency matrix', ratedUsers.length > 0, rated('developer')),
    state('Engagement', anyActive, /No developer was active/),
    state('IDE share', some(ideGenerations), /No generations attributed to an IDE/),
    state('Language share', some(languageGenerations), /No generations attributed to a language/),
    state('Feature usage', some(featureGenerations), /No feature was used/),
    state('Acceptance rate by IDE', some(ideGenerations, MIN_GENERATIONS_FOR_RATE), rated('IDE')),
    state('Acceptance rate by language', some(languageGenerations, MIN_GENERATIONS_FOR_RATE), rated('language')),
    state('Model share', some(modelGenerations), /No generations attributed to a model|No data/),
  ];
}

/** A chart card as the page shows it: `chart`, `blank canvas`, or `empty: <the reason it states>`. */
export interface ShownChart {
  heading: string;
  shows: unknown;
}

/** Fewer painted pixels than this is a blank canvas, not a drawn chart. */
export const MIN_PAINTED_PIXELS = 500;

/** Expected states as `toEqual` compares them with `ShownChart`s: empty reasons as patterns. */
export function asShown(states: readonly ChartState[]): ShownChart[] {
  return states.map((state) =>
    state.drawn
      ? { heading: state.heading, shows: 'chart' }
      : { heading: state.heading, shows: expect.stringMatching(new RegExp(`^empty: .*${state.reason.source}`)) },
  );
}

/** Total generations per developer login, for choosing whom to filter to. */
export function generationsByLogin(records: readonly CopilotRecord[]): Map<string, number> {
  return new Map([...byLogin(records)].map(([login, rows]) => [login, sum(rows, (r) => r.generations)]));
}
