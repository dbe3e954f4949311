import type { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../../graphql/errors';
import { parseUuid } from './uuid';

/** daily_developer_metrics counters: merged by GREATEST, which ignores NULL (so a nullable one stays NULL only if both are). */
const DAILY_COUNTERS = [
  'generations',
  'acceptances',
  'interactions',
  'loc_suggested_add',
  'loc_suggested_delete',
  'lines_added',
  'lines_deleted',
  'sessions',
  'commits',
  'pull_requests',
  'tokens_input',
  'tokens_output',
  'tokens_cache_creation',
  'tokens_cache_read',
  'cost_cents',
  'ai_credits',
  'active_minutes',
] as const;

const DAILY_FLAGS = ['used_agent', 'used_chat', 'used_cli', 'used_code_review', 'used_cloud_agent'] as const;

const BREAKDOWN_COUNTERS = [
  'generations',
  'acceptances',
  'interactions',
  'loc_suggested_add',
  'loc_suggested_delete',
  'lines_added',
  'lines_deleted',
] as const;

const greatest = (columns: readonly string[]): string[] =>
  columns.map((c) => `${c} = GREATEST(stored.${c}, EXCLUDED.${c})`);

// Built once from the constants above (never from input): the rows of `from` upserted as rows of `into` with the max rule.
const UPSERT_DAILY_ROWS = `
  INSERT INTO daily_developer_metrics AS stored
    (organization_id, developer_id, tool, day, source, ${DAILY_COUNTERS.join(', ')}, ${DAILY_FLAGS.join(', ')},
     last_run_id, created_at, updated_at)
  SELECT organization_id, $3, tool, day, source, ${DAILY_COUNTERS.join(', ')}, ${DAILY_FLAGS.join(', ')},
         last_run_id, created_at, now()
    FROM daily_developer_metrics
   WHERE organization_id = $1 AND developer_id = $2
  ON CONFLICT (organization_id, developer_id, tool, day) DO UPDATE SET
    ${[
      ...greatest(DAILY_COUNTERS),
      ...DAILY_FLAGS.map((f) => `${f} = stored.${f} OR EXCLUDED.${f}`),
      'last_run_id = COALESCE(stored.last_run_id, EXCLUDED.last_run_id)',
      'updated_at = now()',
    ].join(',\n    ')}`;

const UPSERT_BREAKDOWN_ROWS = `
  INSERT INTO daily_metric_breakdowns AS stored
    (organization_id, developer_id, tool, day, source, dimension, key, key2, raw_key, raw_key2, ${BREAKDOWN_COUNTERS.join(', ')})
  SELECT organization_id, $3, tool, day, source, dimension, key, key2, raw_key, raw_key2, ${BREAKDOWN_COUNTERS.join(', ')}
    FROM daily_metric_breakdowns
   WHERE organization_id = $1 AND developer_id = $2
  ON CONFLICT (organization_id, developer_id, tool, day, dimension, key, key2) DO UPDATE SET
    ${greatest(BREAKDOWN_COUNTERS).join(',\n    ')}`;

interface LockedDeveloper {
  id: string;
  is_service: boolean;
}

/**
 * Folds one developer into another: identities, team (when `into` has none) and usage rows move over, rows of the
 * same natural key merge by the max rule (the rule imports use), and `from` is deleted. A handful of set-based
 * statements whatever the number of rows; the caller supplies the transaction.
 */
export class DeveloperMergeService {
  async merge(manager: EntityManager, organizationId: string, intoIdInput: string, fromIdInput: string): Promise<void> {
    const intoId = parseUuid(intoIdInput);
    const fromId = parseUuid(fromIdInput);
    if (!intoId || !fromId) throw notFound('No developer with that id.');
    await this.lockAndCheck(manager, organizationId, intoId, fromId);
    const ids = [organizationId, fromId, intoId];
    await manager.query(
      `UPDATE developer_identities SET developer_id = $3 WHERE organization_id = $1 AND developer_id = $2`,
      ids,
    );
    await manager.query(
      `UPDATE team_members SET developer_id = $3
        WHERE organization_id = $1 AND developer_id = $2
          AND NOT EXISTS (SELECT 1 FROM team_members WHERE organization_id = $1 AND developer_id = $3)`,
      ids,
    );
    // Daily rows first: every breakdown row needs its daily row under `into` before it can move.
    await manager.query(UPSERT_DAILY_ROWS, ids);
    await manager.query(UPSERT_BREAKDOWN_ROWS, ids);
    // Cascades to the rows of `from` just copied and to a team membership `into` did not take.
    await manager.query(`DELETE FROM developers WHERE organization_id = $1 AND id = $2`, [organizationId, fromId]);
    await manager.query(`UPDATE developers SET updated_at = now() WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      intoId,
    ]);
  }

  /** Row locks (in id order, so two crossing merges cannot deadlock) keep imports from writing to `from` meanwhile. */
  private async lockAndCheck(
    manager: EntityManager,
    organizationId: string,
    intoId: string,
    fromId: string,
  ): Promise<void> {
    if (intoId === fromId) throw badUserInput('A developer cannot be merged into itself.');
    const rows: LockedDeveloper[] = await manager.query(
      `SELECT id, is_service FROM developers WHERE organization_id = $1 AND id IN ($2, $3) ORDER BY id FOR UPDATE`,
      [organizationId, intoId, fromId],
    );
    const into = rows.find((row) => row.id === intoId);
    const from = rows.find((row) => row.id === fromId);
    if (!into || !from) throw notFound('No developer with that id.');
    if (into.is_service !== from.is_service) {
      throw badUserInput('A service account (API key) and a person cannot be merged.');
    }
  }
}
