import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The workspace's lint rules keep libs/domain framework-free: it is shared by the API and the browser.
const workspaceRoot = path.resolve(__dirname, '../../..');
const eslintBin = path.join(workspaceRoot, 'node_modules/eslint/bin/eslint.js');

const FORBIDDEN_IMPORTS: [string, string][] = [
  ['typeorm', "import { DataSource } from 'typeorm';\nexport const probe = DataSource;\n"],
  ['@angular/core', "import { Component } from '@angular/core';\nexport const probe = Component;\n"],
  ['type-graphql', "import { Field } from 'type-graphql';\nexport const probe = Field;\n"],
  ['@apollo/server', "import { ApolloServer } from '@apollo/server';\nexport const probe = ApolloServer;\n"],
  ['node:fs', "import fs from 'node:fs';\nexport const probe = fs;\n"],
  ['fs', "import { readFileSync } from 'fs';\nexport const probe = readFileSync;\n"],
];
const PLAIN = 'export const probe = (a: number): number => a + 1;\n';

interface LintResult {
  filePath: string;
  messages: { severity: number; message: string; ruleId: string | null }[];
}

describe('libs/domain import boundaries', () => {
  // Probe files are written as shipped domain sources, linted in one ESLint run, then removed.
  const probeDir = path.join(workspaceRoot, 'libs/domain/src/lib', `boundary-probe-${process.pid}`);
  let results: Map<string, LintResult>;

  beforeAll(() => {
    fs.mkdirSync(probeDir, { recursive: true });
    FORBIDDEN_IMPORTS.forEach(([, source], i) => fs.writeFileSync(path.join(probeDir, `forbidden-${i}.ts`), source));
    fs.writeFileSync(path.join(probeDir, 'plain.ts'), PLAIN);
    try {
      // From the project folder, as `nx lint domain` runs it, so libs/domain/eslint.config.mjs applies.
      const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', probeDir], {
        cwd: path.join(workspaceRoot, 'libs/domain'),
        encoding: 'utf8',
        env: { ...process.env, NX_DAEMON: 'false' },
      });
      const parsed = JSON.parse(run.stdout) as LintResult[];
      results = new Map(parsed.map((r) => [path.basename(r.filePath), r]));
    } finally {
      fs.rmSync(probeDir, { recursive: true, force: true });
    }
  }, 120_000);

  it.each(FORBIDDEN_IMPORTS.map(([module], i) => [module, i] as const))('importing %s fails lint', (module, i) => {
    const errors = results.get(`forbidden-${i}.ts`)?.messages.filter((m) => m.severity === 2) ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join('\n')).toContain(module);
  });

  it('plain TypeScript passes', () => {
    expect(results.get('plain.ts')?.messages).toEqual([]);
  });
});
