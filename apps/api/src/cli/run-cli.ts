import { emitSchemaCommand } from './emit-schema.command';
import { importCommand } from './import.command';
import { migrateCommand } from './migrate.command';
import { serveCommand } from './serve.command';
import { tokenCommand } from './token.command';

const USAGE = `Usage: devpulse-api <command>
  serve                 migrate, then serve the API and dashboard (default)
  migrate [--down]      run pending migrations (or revert the last one)
  token create --role admin|viewer --name <name> [--org <slug>]
  token revoke --name <name> [--org <slug>]
  token list [--org <slug>]
  emit-schema [<file>]  write the GraphQL schema (default apps/api/schema.graphql)
  import <file> [--format F] [--org <slug>]  import a usage file (as uploadMetrics does)`;

/** Returns an exit code, or null when the command keeps running (serve). */
export async function runCli(argv: string[]): Promise<number | null> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve':
      await serveCommand();
      return null;
    case 'migrate':
      return migrateCommand(rest);
    case 'token':
      return tokenCommand(rest);
    case 'emit-schema':
      return emitSchemaCommand(rest);
    case 'import':
      return importCommand(rest);
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
