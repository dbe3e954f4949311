import type { SeededRandom } from './seeded-random';
import { activeProbability, type SyntheticDeveloper } from './synthetic-developers';

export interface DailyCounters {
  generations: number;
  acceptances: number;
  interactions: number;
  linesAdded: number;
  linesDeleted: number;
}

export interface SyntheticDailyRow extends DailyCounters {
  developerId: string;
  tool: 'copilot' | 'claude_code';
  source: 'COPILOT' | 'CLAUDE_CODE';
  day: string;
}

export interface SyntheticBreakdown extends DailyCounters {
  developerId: string;
  tool: string;
  source: string;
  day: string;
  dimension: string;
  key: string;
  key2: string;
}

const FEATURE_MODELS: Readonly<Record<string, string>> = {
  code_completion: 'gpt-4.1',
  chat_panel_ask_mode: 'gpt-4.1',
  chat_panel_agent_mode: 'claude-sonnet-4.5',
  agent_edit: 'gpt-5-mini',
};

/** Weekends are quieter; later days slightly busier (a growth trend on top of later adoption). */
function dayFactor(date: Date, dayIndex: number, days: number): number {
  const weekday = date.getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.15 : 1;
  return weekend * (0.7 + (0.3 * dayIndex) / Math.max(1, days - 1));
}

/**
 * One developer-day of synthetic usage: a Copilot row with the five breakdowns real exports carry, and/or a
 * Claude Code row (no breakdowns). Dormant seats sometimes show up with zero counters, as real exports do.
 */
export function* developerDayUsage(
  random: SeededRandom,
  developer: SyntheticDeveloper,
  day: string,
  dayIndex: number,
  days: number,
): Generator<{ row: SyntheticDailyRow; breakdowns: SyntheticBreakdown[] }> {
  if (dayIndex < developer.adoptionDay) return;
  const date = new Date(`${day}T00:00:00Z`);
  const activeChance = activeProbability(developer.persona) * dayFactor(date, dayIndex, days);
  const active = random.chance(activeChance);
  if (!active) {
    if (developer.usesCopilot && developer.persona === 'dormant' && random.chance(0.1)) {
      const zero = { generations: 0, acceptances: 0, interactions: 0, linesAdded: 0, linesDeleted: 0 };
      yield { row: { developerId: developer.id, tool: 'copilot', source: 'COPILOT', day, ...zero }, breakdowns: [] };
    }
    return;
  }
  if (developer.usesCopilot && (!developer.usesClaudeCode || random.chance(0.8))) {
    yield copilotDay(random, developer, day);
  }
  if (developer.usesClaudeCode && random.chance(0.55)) yield claudeCodeDay(random, developer, day);
}

function copilotDay(random: SeededRandom, developer: SyntheticDeveloper, day: string) {
  const generations = Math.max(1, Math.round(developer.intensity * random.logNormal(1, 0.45)));
  const features = new Map<string, DailyCounters>();
  const completion = Math.round(generations * (0.55 + random.next() * 0.4));
  let rest = generations - completion;
  const add = (feature: string, gens: number, acceptShare: number, linesPerGeneration: number) => {
    if (gens <= 0) return;
    const acceptances = Math.round(gens * acceptShare);
    const linesAdded = Math.round(acceptances * 1.3 + (acceptShare === 0 ? gens * linesPerGeneration : 0));
    features.set(feature, {
      generations: gens,
      acceptances,
      interactions: feature === 'code_completion' ? 0 : Math.max(1, Math.round(gens / 3)),
      linesAdded,
      linesDeleted: acceptShare === 0 ? Math.round(linesAdded * 0.3) : Math.round(linesAdded * 0.05),
    });
  };
  add('code_completion', completion, developer.acceptance, 0);
  if (rest > 0 && random.chance(0.45)) {
    const agent = Math.round(rest * 0.7);
    add('chat_panel_agent_mode', agent, 0, 2.5);
    rest -= agent;
  }
  if (rest > 0 && random.chance(0.3)) {
    const edit = Math.round(rest * 0.5);
    add('agent_edit', edit, 0, 1.5);
    rest -= edit;
  }
  add('chat_panel_ask_mode', rest, developer.acceptance * 0.6, 0);

  const totals = sum([...features.values()]);
  const base = { developerId: developer.id, tool: 'copilot', source: 'COPILOT', day };
  const breakdowns: SyntheticBreakdown[] = [{ ...base, dimension: 'ide', key: developer.ide, key2: '', ...totals }];
  const byLanguageModel = new Map<string, DailyCounters[]>();
  const byModelFeature = new Map<string, DailyCounters>();
  for (const [feature, counters] of features) {
    breakdowns.push({ ...base, dimension: 'feature', key: feature, key2: '', ...counters });
    const model = FEATURE_MODELS[feature] ?? 'gpt-4.1';
    byModelFeature.set(`${model}|${feature}`, counters);
    const [primary, secondary] = developer.languages;
    const parts: [string, DailyCounters][] =
      secondary && counters.generations > 3
        ? splitCounters(counters, 0.75).map((part, index) => [
            index === 0 ? (primary ?? 'typescript') : secondary,
            part,
          ])
        : [[primary ?? 'typescript', counters]];
    for (const [language, part] of parts) {
      breakdowns.push({ ...base, dimension: 'language_feature', key: language, key2: feature, ...part });
      const key = `${language}|${model}`;
      byLanguageModel.set(key, [...(byLanguageModel.get(key) ?? []), part]);
    }
  }
  for (const [key, parts] of byLanguageModel) {
    const [language = '', model = ''] = key.split('|');
    breakdowns.push({ ...base, dimension: 'language_model', key: language, key2: model, ...sum(parts) });
  }
  for (const [key, counters] of byModelFeature) {
    const [model = '', feature = ''] = key.split('|');
    breakdowns.push({ ...base, dimension: 'model_feature', key: model, key2: feature, ...counters });
  }
  return { row: { ...base, tool: 'copilot' as const, source: 'COPILOT' as const, ...totals }, breakdowns };
}

function claudeCodeDay(random: SeededRandom, developer: SyntheticDeveloper, day: string) {
  const generations = Math.max(1, Math.round(developer.intensity * 0.3 * random.logNormal(1, 0.5)));
  const linesAdded = Math.round(generations * random.logNormal(6, 0.5));
  const row: SyntheticDailyRow = {
    developerId: developer.id,
    tool: 'claude_code',
    source: 'CLAUDE_CODE',
    day,
    generations,
    acceptances: Math.round(generations * 0.85),
    interactions: Math.max(1, Math.round(generations / 2)),
    linesAdded,
    linesDeleted: Math.round(linesAdded * random.next() * 0.5),
  };
  return { row, breakdowns: [] as SyntheticBreakdown[] };
}

function sum(parts: readonly DailyCounters[]): DailyCounters {
  const total = { generations: 0, acceptances: 0, interactions: 0, linesAdded: 0, linesDeleted: 0 };
  for (const part of parts) {
    total.generations += part.generations;
    total.acceptances += part.acceptances;
    total.interactions += part.interactions;
    total.linesAdded += part.linesAdded;
    total.linesDeleted += part.linesDeleted;
  }
  return total;
}

/** Splits counters into two parts that add up exactly (share to the first, the remainder to the second). */
function splitCounters(counters: DailyCounters, share: number): [DailyCounters, DailyCounters] {
  const first = {
    generations: Math.round(counters.generations * share),
    acceptances: Math.round(counters.acceptances * share),
    interactions: Math.round(counters.interactions * share),
    linesAdded: Math.round(counters.linesAdded * share),
    linesDeleted: Math.round(counters.linesDeleted * share),
  };
  return [
    first,
    {
      generations: counters.generations - first.generations,
      acceptances: counters.acceptances - first.acceptances,
      interactions: counters.interactions - first.interactions,
      linesAdded: counters.linesAdded - first.linesAdded,
      linesDeleted: counters.linesDeleted - first.linesDeleted,
    },
  ];
}
