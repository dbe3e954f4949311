import path from 'node:path';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { buildAppSchema } from '../graphql/schema';

/**
 * Writes the schema the running code serves. Run from the built bundle, so it also proves that
 * decorator metadata survived the build (every field states its type explicitly).
 */
export async function emitSchemaCommand(args: string[]): Promise<number> {
  const target = path.resolve(args[0] ?? 'apps/api/schema.graphql');
  await emitSchemaDefinitionFile(target, await buildAppSchema());
  console.log(`Wrote ${target}`);
  return 0;
}
