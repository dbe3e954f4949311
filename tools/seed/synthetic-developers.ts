import type { SeededRandom } from './seeded-random';

export type Persona = 'heavy' | 'regular' | 'light' | 'dormant';

/** One synthetic developer: who they are and how they use the tools. */
export interface SyntheticDeveloper {
  id: string;
  displayName: string;
  githubLogin: string | null;
  email: string;
  teamIndex: number;
  persona: Persona;
  /** Median generations on an active day. */
  intensity: number;
  /** Share of generations accepted (completion-heavy developers accept more). */
  acceptance: number;
  /** Day index from which the developer uses AI tools: later adopters make the growth trend. */
  adoptionDay: number;
  usesCopilot: boolean;
  usesClaudeCode: boolean;
  ide: string;
  languages: string[];
}

const PERSONAS: readonly (readonly [Persona, number])[] = [
  ['heavy', 15],
  ['regular', 45],
  ['light', 30],
  ['dormant', 10],
];
const ACTIVE_PROBABILITY: Readonly<Record<Persona, number>> = { heavy: 0.9, regular: 0.65, light: 0.25, dormant: 0 };
const MEDIAN_GENERATIONS: Readonly<Record<Persona, number>> = { heavy: 160, regular: 60, light: 18, dormant: 0 };
const IDES = [
  ['vscode', 65],
  ['jetbrains', 20],
  ['visualstudio', 8],
  ['neovim', 4],
  ['xcode', 3],
] as const;
const LANGUAGES = [
  ['typescript', 30],
  ['python', 22],
  ['java', 12],
  ['go', 8],
  ['csharp', 8],
  ['javascript', 8],
  ['kotlin', 4],
  ['rust', 3],
  ['ruby', 3],
  ['swift', 2],
] as const;
const FIRST_NAMES = ['ada', 'alan', 'grace', 'linus', 'margaret', 'ken', 'barbara', 'dennis', 'frances', 'guido'];

export function activeProbability(persona: Persona): number {
  return ACTIVE_PROBABILITY[persona];
}

/** `count` developers spread over teams of about eight; one in ten has no GitHub login (email only). */
export function syntheticDevelopers(random: SeededRandom, count: number, days: number): SyntheticDeveloper[] {
  const teams = Math.max(1, Math.round(count / 8));
  return Array.from({ length: count }, (_, index) => {
    const persona = random.weighted(PERSONAS);
    const name = `${random.pick(FIRST_NAMES)}-${String(index + 1).padStart(5, '0')}`;
    const primary = random.weighted(LANGUAGES);
    const secondary = random.weighted(LANGUAGES);
    // A third adopted before the period; the rest arrive over its first two thirds: adoption grows.
    const adoptionDay = random.chance(0.35) ? 0 : random.int(0, Math.floor((days * 2) / 3));
    return {
      id: random.uuid(),
      displayName: name.replace('-', ' ').replace(/^\w/, (c) => c.toUpperCase()),
      githubLogin: random.chance(0.9) ? `${name}-gh` : null,
      email: `${name}@example.com`,
      teamIndex: random.int(0, teams - 1),
      persona,
      intensity: random.logNormal(MEDIAN_GENERATIONS[persona], 0.5),
      acceptance: Math.min(0.85, Math.max(0.05, random.logNormal(0.3, 0.35))),
      adoptionDay,
      usesCopilot: random.chance(0.92),
      usesClaudeCode: random.chance(0.35),
      ide: random.weighted(IDES),
      languages: primary === secondary ? [primary] : [primary, secondary],
    };
  });
}

export function teamCount(developers: number): number {
  return Math.max(1, Math.round(developers / 8));
}
