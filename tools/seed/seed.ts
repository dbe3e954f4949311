import 'reflect-metadata';
import { addDays } from '@devpulse/domain';
import { parseFlags, stringFlag } from '../../apps/api/src/cli/args';
import { openConfiguredDatabase } from '../../apps/api/src/cli/open-configured-database';
import { migrate } from '../../apps/api/src/database/data-source';
import { seedOrganization } from './seed-organization';

const USAGE =
  'Usage: npm run seed -- [--developers 10000] [--days 365] [--org seed] [--seed 1] [--last-day YYYY-MM-DD]';

/** `npm run seed`: a synthetic organization in the configured database (DATABASE_URL, else embedded). */
async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const number = (name: string, fallback: number, max: number): number => {
    const raw = stringFlag(flags, name);
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`--${name} must be an integer 1..${max}\n${USAGE}`);
    return value;
  };
  const started = Date.now();
  const { database } = await openConfiguredDatabase();
  const options = {
    useCopy: !database.embedded,
    organizationSlug: stringFlag(flags, 'org') ?? 'seed',
    developers: number('developers', 10_000, 1_000_000),
    days: number('days', 365, 3_650),
    seed: number('seed', 1, 2 ** 31),
    lastDay: stringFlag(flags, 'last-day') ?? addDays(new Date().toISOString().slice(0, 10), -1),
    log: (message: string) => console.log(`[seed ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`),
  };
  try {
    await migrate(database.dataSource);
    const result = await seedOrganization(database.dataSource, options);
    options.log(
      `organization "${options.organizationSlug}" (${result.organizationId}): ${result.developers} developers, ` +
        `${result.dailyRows} daily rows, ${result.breakdownRows} breakdown rows, ${result.firstDay}..${result.lastDay}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
