import { metricDefinitions, type MetricDefinition, type MetricId } from '@devpulse/domain';

const DIMENSION_FILTER =
  'With an IDE, language, feature or model filter, only developer-days whose breakdown lists one of the chosen ' +
  'values count, and they count whole: activity in other IDEs or languages on those days is included, because ' +
  'interactions and lines are not attributed per IDE or language.';
const TEAM_FILTER = 'A team filter uses current team membership for the whole period.';
const CHART_FILTER = "Filtering by this chart's own dimension lists only the chosen values.";

/**
 * What the API adds to the domain's definitions: how its filters act on each number. The formulas themselves
 * stay in the domain, written once.
 */
const FILTER_CAVEATS: Partial<Record<MetricId, string[]>> = {
  totalGenerations: [DIMENSION_FILTER, TEAM_FILTER],
  totalAcceptances: [DIMENSION_FILTER],
  linesAdded: [DIMENSION_FILTER],
  linesDeleted: [DIMENSION_FILTER],
  interactions: [DIMENSION_FILTER],
  activeUsers: [DIMENSION_FILTER, TEAM_FILTER],
  activeDays: [DIMENSION_FILTER],
  byIde: [CHART_FILTER, 'Shares are of the generations attributed to any IDE.'],
  byLanguage: [CHART_FILTER, 'Shares are of the generations attributed to any language.'],
  byFeature: [CHART_FILTER, 'Shares are of the generations attributed to any feature.'],
  byModel: [CHART_FILTER, 'Shares are of the generations attributed to any model.'],
};

export function metricDefinitionsWithFilterCaveats(): MetricDefinition[] {
  return metricDefinitions().map((definition) => ({
    ...definition,
    caveats: [...definition.caveats, ...(FILTER_CAVEATS[definition.id] ?? [])],
  }));
}
