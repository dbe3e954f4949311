import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { buildAppSchema } from './schema';

describe('committed schema', () => {
  it('apps/api/schema.graphql is what the code serves (run `npm run schema` after changing resolvers)', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
    await emitSchemaDefinitionFile(target, await buildAppSchema());
    const committed = fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
    expect(fs.readFileSync(target, 'utf8')).toBe(committed);
  });
});
