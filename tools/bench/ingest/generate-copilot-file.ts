import fs from 'node:fs';

/** Deterministic PRNG (mulberry32): the same seed gives the same file on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDES = ['vscode', 'jetbrains', 'visualstudio', 'neovim', 'xcode'];
const FEATURES = [
  'code_completion',
  'chat_panel_agent_mode',
  'chat_panel_ask_mode',
  'chat_panel_edit_mode',
  'agent_edit',
  'chat_inline',
];
const LANGUAGES = [
  'typescript',
  'python',
  'go',
  'java',
  'csharp',
  'markdown',
  'bash',
  'rust',
  'yaml',
  'json',
  'sql',
  'kotlin',
];
const MODELS = ['gpt-5.4', 'claude-sonnet-4.5', 'gpt-4.1', 'gemini-3.0-pro', 'claude-haiku-4.5', 'auto'];

function pickSome<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return picked;
}

function activity(random: () => number, scale: number) {
  const generations = Math.floor(random() * scale);
  const suggested = Math.floor(generations * (1 + random() * 4));
  return {
    user_initiated_interaction_count: Math.floor(random() * scale * 0.5),
    code_generation_activity_count: generations,
    code_acceptance_activity_count: Math.floor(generations * random() * 0.6),
    loc_suggested_to_add_sum: suggested,
    loc_suggested_to_delete_sum: Math.floor(suggested * random() * 0.3),
    loc_added_sum: Math.floor(suggested * random() * 0.5),
    loc_deleted_sum: Math.floor(suggested * random() * 0.1),
  };
}

/** One user-day shaped like the real `users-28-day` export: counters, flags, five breakdown lists, plugin versions. */
function record(random: () => number, userId: number, day: string) {
  const ides = pickSome(random, IDES, 1, 1);
  const features = pickSome(random, FEATURES, 1, 2);
  const languages = pickSome(random, LANGUAGES, 1, 3);
  const models = pickSome(random, MODELS, 1, 2);
  return {
    report_start_day: '2026-09-01',
    report_end_day: '2026-09-28',
    day,
    organization_id: '100000001',
    enterprise_id: '200001',
    user_id: 5_000_000 + userId,
    user_login: `dev-${userId.toString(36)}`,
    ...activity(random, 120),
    totals_by_ide: ides.map((ide) => ({
      ide,
      ...activity(random, 80),
      last_known_plugin_version: {
        sampled_at: `${day}T15:53:11.845Z`,
        plugin: 'copilot-chat',
        plugin_version: '0.41.2',
      },
    })),
    totals_by_feature: features.map((feature) => ({ feature, ...activity(random, 60) })),
    totals_by_language_feature: languages.flatMap((language) =>
      pickSome(random, features, 1, 1).map((feature) => ({ language, feature, ...activity(random, 40) })),
    ),
    totals_by_language_model: languages.flatMap((language) =>
      pickSome(random, models, 1, 1).map((model) => ({ language, model, ...activity(random, 40) })),
    ),
    totals_by_model_feature: models.flatMap((model) =>
      pickSome(random, features, 1, 1).map((feature) => ({ model, feature, ...activity(random, 40) })),
    ),
    used_agent: random() < 0.5,
    used_chat: random() < 0.7,
    used_cli: random() < 0.1,
    used_copilot_coding_agent: random() < 0.05,
    ai_credits_used: Math.round(random() * 500) / 10,
  };
}

/** Writes `users × days` user-day records as NDJSON; returns the record count and size. */
export function generateCopilotFile(
  path: string,
  options: { seed: number; users: number; days: number },
): { records: number; bytes: number } {
  const random = seededRandom(options.seed);
  const fd = fs.openSync(path, 'w');
  let records = 0;
  let bytes = 0;
  try {
    for (let dayIndex = 0; dayIndex < options.days; dayIndex++) {
      const day = new Date(Date.UTC(2026, 8, 1 + dayIndex)).toISOString().slice(0, 10);
      const lines: string[] = [];
      for (let user = 0; user < options.users; user++) {
        lines.push(JSON.stringify(record(random, user, day)));
        records++;
      }
      const text = lines.join('\n') + '\n';
      bytes += Buffer.byteLength(text);
      fs.writeSync(fd, text);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { records, bytes };
}
