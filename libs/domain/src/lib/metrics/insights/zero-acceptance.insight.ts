import { formatQuantity } from './insight-format';
import type { Insight, InsightInput } from './insight';

/**
 * Developer-days with generations but no acceptance. Agent and edit mode write code without an accept action,
 * so this is how agent use shows up in the counters: reported as information, not as a problem.
 */
export function zeroAcceptanceInsight(input: InsightInput): Insight | null {
  const count = input.zeroAcceptanceDeveloperDays;
  if (!(count > 0)) return null;
  return {
    kind: 'ZERO_ACCEPTANCE',
    severity: 'info',
    title: `${formatQuantity(count, 'developer-day')} with generations but no acceptances`,
    detail:
      'Usually agent or edit mode, which writes code directly instead of offering suggestions to accept. ' +
      'Read it as a sign of agent use, not as a problem.',
    items: [],
  };
}
