import { metricDefinitions } from '@devpulse/domain';
import type { OverviewKpis } from '../overview-data';

/** Overview responses shaped as the server sends them, with the __typename Apollo's cache expects. */

export const DEV_A = '11111111-1111-4111-8111-111111111111';
export const DEV_B = '22222222-2222-4222-8222-222222222222';

export function kpisFixture(overrides: Partial<OverviewKpis> = {}) {
  return {
    __typename: 'Kpis',
    totalGenerations: 1200,
    totalAcceptances: 540,
    acceptanceRate: 0.45,
    linesAdded: 3000,
    linesDeleted: 600,
    netLines: 2400,
    interactions: 310,
    activeUsers: 2,
    activeDays: 9,
    estimatedValue: 10800,
    ...overrides,
  };
}

function dimension(key: string, label: string, generations: number, acceptances: number, share: number | null) {
  return {
    __typename: 'DimensionAggregate',
    key,
    label,
    generations,
    acceptances,
    acceptanceRate: generations > 0 ? acceptances / generations : null,
    share,
  };
}

function user(id: string, login: string, generations: number, acceptances: number, linesAdded: number, days: number) {
  return {
    __typename: 'UserAggregate',
    developer: { __typename: 'Developer', id, displayName: login, githubLogin: login, email: null },
    label: login,
    generations,
    acceptances,
    acceptanceRate: generations >= 50 ? acceptances / generations : null,
    linesAdded,
    linesDeleted: Math.round(linesAdded / 5),
    interactions: 100,
    daysActive: days,
  };
}

const period = (from: string, to: string, days: number) => ({ __typename: 'Period', from, to, days });

export function metricsFixture(overrides: { kpis?: Partial<OverviewKpis>; previousKpis?: Partial<OverviewKpis> } = {}) {
  const days = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'];
  return {
    metrics: {
      __typename: 'MetricsAggregate',
      period: period('2026-10-26', '2026-11-01', 7),
      previousPeriod: period('2026-10-19', '2026-10-25', 7),
      kpis: kpisFixture(overrides.kpis),
      previousKpis: kpisFixture({
        totalGenerations: 1000,
        acceptanceRate: 0.4,
        linesAdded: 2000,
        linesDeleted: 400,
        netLines: 1600,
        activeUsers: 2,
        ...overrides.previousKpis,
      }),
      byDay: days.map((day, index) => ({
        __typename: 'DayAggregate',
        day,
        generations: index === 6 ? 0 : 200,
        acceptances: index === 6 ? 0 : 90,
        acceptanceRate: index === 6 ? null : 0.45,
        linesAdded: index === 6 ? 0 : 500,
        linesDeleted: index === 6 ? 0 : 100,
        interactions: 50,
        activeUsers: 2,
      })),
      byUser: [user(DEV_A, 'octocat', 900, 450, 2000, 6), user(DEV_B, 'hubot', 300, 90, 1000, 3)],
      byIde: [dimension('vscode', 'VS Code', 800, 380, 0.8), dimension('jetbrains', 'JetBrains', 200, 80, 0.2)],
      byLanguage: [dimension('typescript', 'TypeScript', 700, 330, 0.7), dimension('python', 'Python', 300, 110, 0.3)],
      byFeature: [dimension('code_completion', 'Code Completion', 1000, 500, 1)],
      byModel: [dimension('gpt-4.1', 'GPT-4.1', 600, 300, null)],
      engagement: [
        { __typename: 'EngagementBucket', bucket: '1', developers: 0 },
        { __typename: 'EngagementBucket', bucket: '2-5', developers: 1 },
        { __typename: 'EngagementBucket', bucket: '6-10', developers: 1 },
        { __typename: 'EngagementBucket', bucket: '11-20', developers: 0 },
        { __typename: 'EngagementBucket', bucket: '21+', developers: 0 },
      ],
    },
  };
}

export function insightsFixture() {
  return {
    insights: [
      {
        __typename: 'Insight',
        kind: 'POWER_USERS',
        severity: 'SUCCESS',
        title: 'Power users',
        detail: 'The top 10% of developers by generations.',
        items: [{ __typename: 'InsightItem', label: 'octocat', value: '900 generations' }],
      },
      {
        __typename: 'Insight',
        kind: 'TREND',
        severity: 'WARNING',
        title: 'Generations fell 25% week over week',
        detail: 'Last 7 days against the 7 before.',
        items: [{ __typename: 'InsightItem', label: 'This week', value: '600 generations' }],
      },
    ],
  };
}

export function filterOptionsFixture() {
  return {
    metrics: {
      __typename: 'MetricsAggregate',
      byUser: [
        { __typename: 'UserAggregate', developer: { __typename: 'Developer', id: DEV_A }, label: 'octocat' },
        { __typename: 'UserAggregate', developer: { __typename: 'Developer', id: DEV_B }, label: 'hubot' },
      ],
      byIde: [{ __typename: 'DimensionAggregate', key: 'vscode', label: 'VS Code' }],
      byLanguage: [{ __typename: 'DimensionAggregate', key: 'typescript', label: 'TypeScript' }],
      byFeature: [{ __typename: 'DimensionAggregate', key: 'code_completion', label: 'Code Completion' }],
      byModel: [{ __typename: 'DimensionAggregate', key: 'gpt-4.1', label: 'GPT-4.1' }],
    },
    teams: [{ __typename: 'Team', id: 'team-1', name: 'Platform' }],
  };
}

export function definitionsFixture() {
  return {
    metricDefinitions: metricDefinitions().map((definition) => ({ __typename: 'MetricDefinition', ...definition })),
  };
}

export function anchorFixture(from = '2026-10-05', to = '2026-11-01') {
  return { metrics: { __typename: 'MetricsAggregate', period: { __typename: 'Period', from, to } } };
}
