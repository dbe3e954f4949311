import { METRICS_FORMATS, type MetricsFormat } from '@devpulse/domain';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from '../database/data-source';
import { processRollupQueue } from '../modules/metrics/rollups/rollup-queue';
import { IngestionService } from '../modules/ingestion/ingestion.service';
import { DEFAULT_ORGANIZATION_SLUG, OrganizationService } from '../modules/organizations/organization.service';
import { parseFlags, stringFlag } from './args';
import { openConfiguredDatabase } from './open-configured-database';

const USAGE = 'Usage: import <file> [--format COPILOT_NDJSON|CLAUDE_CODE_JSON|GENERIC_CSV] [--org <slug>]';

/**
 * `import <file>`: the same import as `uploadMetrics`, for cron jobs. Prints the run summary;
 * exits 1 when the run FAILED (or the file was refused), 0 otherwise.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args);
  const file = positional[0];
  const formatFlag = stringFlag(flags, 'format');
  if (!file || (formatFlag !== undefined && !METRICS_FORMATS.includes(formatFlag as MetricsFormat))) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`No file ${file}.`);
    return 2;
  }
  const orgSlug = stringFlag(flags, 'org') ?? DEFAULT_ORGANIZATION_SLUG;
  const { config, database } = await openConfiguredDatabase();
  try {
    await migrate(database.dataSource);
    const organization = await new OrganizationService(database.dataSource).findBySlug(orgSlug);
    if (!organization) {
      console.error(`No organization "${orgSlug}".`);
      return 1;
    }
    const ingestion = new IngestionService(database.dataSource, config);
    const run = await ingestion.import(
      { organizationId: organization.id, tokenId: null, rateLimited: false },
      { fileName: path.basename(file), stream: fs.createReadStream(file) },
      { format: (formatFlag as MetricsFormat | undefined) ?? null, mapping: null },
    );
    // No server may read before this process exits: bring the activity rollups up to date now.
    await processRollupQueue(database.dataSource, organization.id);
    console.log(
      [
        `Run ${run.id}: ${run.status}`,
        `  file        ${run.fileName} (${run.format ?? 'unknown format'}, ${run.bytes} bytes, sha256 ${run.sha256 ?? '-'})`,
        `  rows        ${run.rowsProcessed} processed, ${run.rowsErrored} with errors`,
        `  stored      ${run.summary.newRows ?? 0} new, ${run.summary.updatedRows ?? 0} already stored (max-merged)`,
        `  days        ${run.summary.firstDay ?? '-'} .. ${run.summary.lastDay ?? '-'}, ${run.summary.distinctDevelopers ?? 0} developers`,
        ...run.errorDetails.slice(0, 20).map((error) => `  line ${error.line}: ${error.message}`),
        ...(run.rowsErrored > 20 ? [`  … ${run.rowsErrored - 20} more row errors`] : []),
        ...run.warnings.map((warning) => `  warning: ${warning}`),
      ].join('\n'),
    );
    return run.status === 'FAILED' ? 1 : 0;
  } catch (error) {
    console.error(`Import refused: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.close();
  }
}
