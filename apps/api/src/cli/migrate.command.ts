import { migrate } from '../database/data-source';
import { parseFlags } from './args';
import { openConfiguredDatabase } from './open-configured-database';

export async function migrateCommand(args: string[]): Promise<number> {
  const { flags } = parseFlags(args);
  const { database } = await openConfiguredDatabase();
  try {
    if (flags.has('down')) {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const applied = await migrate(database.dataSource);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    }
    return 0;
  } finally {
    await database.close();
  }
}
