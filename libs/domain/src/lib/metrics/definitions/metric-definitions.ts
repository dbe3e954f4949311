import { DEFAULT_VALUE_CONFIG } from '../value/value';
import { MIN_GENERATIONS_FOR_RATE } from './acceptance-rate';

/**
 * Every metric devpulse shows, defined once. The API serves these as `metricDefinitions` and the dashboard
 * shows them as tooltips, so a number and its explanation cannot drift apart.
 */

export type MetricUnit = 'count' | 'rate' | 'lines' | 'developers' | 'developer-days' | 'days' | 'money';

export const METRIC_IDS = [
  'totalGenerations',
  'totalAcceptances',
  'acceptanceRate',
  'linesAdded',
  'linesDeleted',
  'netLines',
  'interactions',
  'activeUsers',
  'activeDays',
  'estimatedValue',
  'valueAdded',
  'valueDeleted',
  'totalValue',
  'daysActive',
  'engagement',
  'byIde',
  'byLanguage',
  'byFeature',
  'byModel',
  'zeroAcceptanceDays',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  id: MetricId;
  label: string;
  /** How the number is computed, in words. */
  formula: string;
  /** What the number does not tell you; shown beside the formula. */
  caveats: string[];
  unit: MetricUnit;
}

const ACTIVE_DAY = 'a developer-day with at least one interaction or one generation';
const GATE = `Shown only with at least ${MIN_GENERATIONS_FOR_RATE} generations; below that it is empty, not 0.`;
const { linesPerHour, ratePerHour, currency } = DEFAULT_VALUE_CONFIG;
const VALUE_RULE = `hours = lines ÷ lines per hour (default ${linesPerHour}); value = hours × rate per hour (default ${ratePerHour} ${currency})`;
const VALUE_CAVEAT =
  'An estimate of typing time saved, not of business value; adjust lines per hour and rate to your team.';
const ATTRIBUTED_SHARE =
  'A share of attributed activity: real exports leave some activity unattributed, so these rows do not add up to the totals.';

const DEFINITIONS: Record<MetricId, Omit<MetricDefinition, 'id'>> = {
  totalGenerations: {
    label: 'Generations',
    formula: 'Sum of code generation events (completions shown, chat and agent outputs) over the period.',
    caveats: ['One prompt can produce many generations; agent mode produces many.'],
    unit: 'count',
  },
  totalAcceptances: {
    label: 'Acceptances',
    formula: 'Sum of accept, apply, insert and copy-button actions on generated code over the period.',
    caveats: ['Agent and edit mode write code without an accept action, so they add generations but few acceptances.'],
    unit: 'count',
  },
  acceptanceRate: {
    label: 'Acceptance rate',
    formula: 'Acceptances ÷ generations, as a fraction of 1. Empty when there are no generations.',
    caveats: [
      `Per developer, IDE and language: ${GATE}`,
      'Not capped at 100%: exports occasionally count more acceptances than generations, and the rate reports them as they are.',
      'There is no valid lines-of-code acceptance rate: lines added include agent edits that were never suggested.',
    ],
    unit: 'rate',
  },
  linesAdded: {
    label: 'Lines added',
    formula: 'Sum of lines written into files by the AI tool (accepted suggestions and agent edits).',
    caveats: ['Can exceed the lines suggested, because agent and edit mode write directly.'],
    unit: 'lines',
  },
  linesDeleted: {
    label: 'Lines deleted',
    formula: 'Sum of lines removed from files by the AI tool, mostly by agent edits.',
    caveats: [],
    unit: 'lines',
  },
  netLines: {
    label: 'Net lines',
    formula: 'Lines added − lines deleted.',
    caveats: ['Negative when the AI removed more than it wrote, which can be good refactoring.'],
    unit: 'lines',
  },
  interactions: {
    label: 'Interactions',
    formula: 'Sum of prompts the developer sent explicitly (chat messages, agent requests, CLI prompts).',
    caveats: ['Opening a panel or switching modes is not an interaction.'],
    unit: 'count',
  },
  activeUsers: {
    label: 'Active developers',
    formula: `Distinct developers with at least one active day (${ACTIVE_DAY}) in the period.`,
    caveats: ['Seats with credits or zero counters only are seen, not active.', 'Not additive across days.'],
    unit: 'developers',
  },
  activeDays: {
    label: 'Active developer-days',
    formula: `Number of distinct (developer, day) pairs that are active (${ACTIVE_DAY}); several tools on one day count once.`,
    caveats: [],
    unit: 'developer-days',
  },
  estimatedValue: {
    label: 'Estimated value',
    formula: `Total value of lines added and deleted with the default settings: ${VALUE_RULE}.`,
    caveats: [VALUE_CAVEAT],
    unit: 'money',
  },
  valueAdded: {
    label: 'Value added',
    formula: `Value of lines added: ${VALUE_RULE}.`,
    caveats: [VALUE_CAVEAT],
    unit: 'money',
  },
  valueDeleted: {
    label: 'Value deleted',
    formula: `Value of lines deleted: ${VALUE_RULE}.`,
    caveats: [VALUE_CAVEAT],
    unit: 'money',
  },
  totalValue: {
    label: 'Total value',
    formula: 'Value added + value deleted.',
    caveats: [VALUE_CAVEAT],
    unit: 'money',
  },
  daysActive: {
    label: 'Days active',
    formula: `Number of days in the period on which the developer was active (${ACTIVE_DAY}), across all tools.`,
    caveats: [],
    unit: 'days',
  },
  engagement: {
    label: 'Engagement',
    formula: 'Developers counted by their active days in the period: 1, 2–5, 6–10, 11–20, 21+.',
    caveats: ['Developers with no active day are in no bucket.'],
    unit: 'developers',
  },
  byIde: {
    label: 'By IDE',
    formula: 'Generations and acceptances from the IDE breakdown, per IDE.',
    caveats: [ATTRIBUTED_SHARE, `Acceptance rate: ${GATE}`, 'CLI usage is not part of the IDE breakdown.'],
    unit: 'count',
  },
  byLanguage: {
    label: 'By language',
    formula: 'Generations and acceptances from the language × feature breakdown, summed over features, per language.',
    caveats: [`Acceptance rate: ${GATE}`],
    unit: 'count',
  },
  byFeature: {
    label: 'By feature',
    formula:
      'Generations and acceptances from the feature breakdown, per feature (Code Completion, Chat · Agent, ...).',
    caveats: ['Acceptance rate is empty for features with no generations.'],
    unit: 'count',
  },
  byModel: {
    label: 'By model',
    formula: 'Generations and acceptances from the language × model breakdown, summed over languages, per model.',
    caveats: [ATTRIBUTED_SHARE, 'Acceptance rate is empty for models with no generations.'],
    unit: 'count',
  },
  zeroAcceptanceDays: {
    label: 'Developer-days without acceptances',
    formula: 'Number of developer-days with generations but no acceptance.',
    caveats: [
      'Usually a sign of agent or edit mode, which writes code without an accept action; not a problem in itself.',
    ],
    unit: 'developer-days',
  },
};

/** One metric's definition; a fresh copy, so a caller editing it cannot change what others see. */
export function metricDefinition(id: MetricId): MetricDefinition {
  const definition = DEFINITIONS[id];
  return { id, ...definition, caveats: [...definition.caveats] };
}

/** All definitions, in the order of `METRIC_IDS`. */
export function metricDefinitions(): MetricDefinition[] {
  return METRIC_IDS.map(metricDefinition);
}
