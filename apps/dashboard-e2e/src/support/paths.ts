import path from 'node:path';

/** Paths the suite reads and writes, from the repository root. */

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** The anonymised real Copilot export (49 developer-days, 6 developers) that the journey uploads. */
export const COPILOT_FIXTURE = path.resolve(
  REPO_ROOT,
  '../shared/fixtures/derived/github-copilot/organization-users-28-day-report.day_totals.ndjson',
);

/** Screenshots, downloads and the server log (gitignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts/e2e');

export const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

export const CHROMIUM = '/usr/bin/chromium';
