import type { StoredBreakdown } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { seedDevelopers, seedTeam, seedUsage, type FixtureRow } from './seed-usage';

/**
 * The hand-computed fixture of the metrics, insights, explorer and export specs: three developers over
 * 2025-03-01..03, one more row in the previous period. Expected numbers are worked out in the specs' comments.
 *
 *  alice (login alice-gh, team Red):  03-01 copilot 100 gen / 60 acc / 5 int / +40 -10 lines
 *                                      03-01 claude_code 0 gen / 3 int / +30 -20 lines
 *                                      03-03 copilot 10 gen / 2 acc / +5 lines (JetBrains, Kotlin)
 *  bob (email only, team Blue):       03-02 copilot 40 gen / 0 acc / 2 int (agent mode)
 *                                      02-27 copilot 30 gen / 10 acc / 1 int / +3 -1 (previous period)
 *  carol (name only, no team):        03-02 copilot, all zeros (a seat seen, not active)
 */
export const ALICE = '00000000-0000-4000-8000-00000000000a';
export const BOB = '00000000-0000-4000-8000-00000000000b';
export const CAROL = '00000000-0000-4000-8000-00000000000c';
export const OTHER_ORG_DEVELOPER = '00000000-0000-4000-8000-0000000000ff';

const cell = (
  dimension: StoredBreakdown['dimension'],
  key: string,
  key2: string,
  generations: number,
  acceptances: number,
  interactions = 0,
): StoredBreakdown => ({
  dimension,
  key,
  key2,
  generations,
  acceptances,
  interactions,
  locSuggestedAdd: 0,
  locSuggestedDelete: 0,
  linesAdded: 0,
  linesDeleted: 0,
});

const counters = (
  generations: number,
  acceptances: number,
  interactions: number,
  linesAdded: number,
  linesDeleted: number,
) => ({
  generations,
  acceptances,
  interactions,
  linesAdded,
  linesDeleted,
});

export const SMALL_FIXTURE_ROWS: FixtureRow[] = [
  {
    developerId: ALICE,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-03-01',
    counters: counters(100, 60, 5, 40, 10),
    breakdowns: [
      cell('ide', 'vscode', '', 100, 60, 5),
      cell('feature', 'code_completion', '', 80, 55),
      cell('feature', 'chat_panel_agent_mode', '', 20, 5, 5),
      cell('language_feature', 'typescript', 'code_completion', 80, 55),
      cell('language_feature', 'python', 'chat_panel_agent_mode', 20, 5, 5),
      cell('language_model', 'typescript', 'gpt-4.1', 80, 55),
      cell('language_model', 'python', 'claude-sonnet-4.5', 20, 5),
    ],
  },
  {
    developerId: ALICE,
    source: 'CLAUDE_CODE',
    tool: 'claude_code',
    day: '2025-03-01',
    counters: counters(0, 0, 3, 30, 20),
    breakdowns: [],
  },
  {
    developerId: ALICE,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-03-03',
    counters: counters(10, 2, 0, 5, 0),
    breakdowns: [
      cell('ide', 'jetbrains', '', 10, 2),
      cell('feature', 'code_completion', '', 10, 2),
      cell('language_feature', 'kotlin', 'code_completion', 10, 2),
      cell('language_model', 'kotlin', 'gpt-4.1', 10, 2),
    ],
  },
  {
    developerId: BOB,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-03-02',
    counters: counters(40, 0, 2, 0, 0),
    breakdowns: [
      cell('ide', 'vscode', '', 40, 0, 2),
      cell('feature', 'chat_panel_agent_mode', '', 40, 0, 2),
      cell('language_feature', 'python', 'chat_panel_agent_mode', 40, 0, 2),
      cell('language_model', 'python', 'claude-sonnet-4.5', 40, 0),
    ],
  },
  {
    developerId: CAROL,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-03-02',
    counters: counters(0, 0, 0, 0, 0),
    breakdowns: [],
  },
  {
    developerId: BOB,
    source: 'COPILOT',
    tool: 'copilot',
    day: '2025-02-27',
    counters: counters(30, 10, 1, 3, 1),
    breakdowns: [cell('ide', 'vscode', '', 30, 10, 1)],
  },
];

export interface SmallFixtureIds {
  redTeam: string;
  blueTeam: string;
}

/** Loads the fixture into organization A and one large row into organization B (which A must never see). */
export async function loadSmallFixture(
  dataSource: DataSource,
  organizationA: string,
  organizationB: string,
): Promise<SmallFixtureIds> {
  const redTeam = await seedTeam(dataSource, organizationA, 'Red');
  const blueTeam = await seedTeam(dataSource, organizationA, 'Blue');
  await seedDevelopers(dataSource, organizationA, [
    { id: ALICE, displayName: 'Alice A', githubLogin: 'alice-gh', email: 'alice@example.com', teamId: redTeam },
    { id: BOB, displayName: 'Bob B', email: 'bob@example.com', teamId: blueTeam },
    { id: CAROL, displayName: 'Carol C' },
  ]);
  await seedUsage(dataSource, organizationA, SMALL_FIXTURE_ROWS);
  await seedDevelopers(dataSource, organizationB, [
    { id: OTHER_ORG_DEVELOPER, displayName: 'Mallory', githubLogin: '=mallory' },
  ]);
  await seedUsage(dataSource, organizationB, [
    {
      developerId: OTHER_ORG_DEVELOPER,
      source: 'COPILOT',
      tool: 'copilot',
      day: '2025-03-02',
      counters: counters(999, 900, 9, 900, 0),
      breakdowns: [cell('ide', 'neovim', '', 999, 900)],
    },
  ]);
  return { redTeam, blueTeam };
}
