import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCommand } from './import.command';
import { tokenCommand } from './token.command';

/** The CLI against its own embedded database in a temporary DATA_DIR, as a cron job on a fresh install would run it. */
describe('import command', () => {
  const saved = { DATABASE_URL: process.env['DATABASE_URL'], DATA_DIR: process.env['DATA_DIR'] };
  let dir: string;
  let output: string[];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devpulse-import-'));
    delete process.env['DATABASE_URL'];
    process.env['DATA_DIR'] = path.join(dir, 'data');
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: unknown) => void output.push(String(line)));
    jest.spyOn(console, 'error').mockImplementation((line: unknown) => void output.push(String(line)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('imports a file into the default organization, prints the summary, and exits 1 when the run FAILED', async () => {
    expect(await tokenCommand(['create', '--role', 'admin', '--name', 'cron'])).toBe(0);
    const good = path.join(dir, 'usage.ndjson');
    fs.writeFileSync(
      good,
      '{"user_id": 5, "user_login": "zoe", "day": "2025-01-02", "code_generation_activity_count": 3}\n',
    );
    output = [];
    expect(await importCommand([good])).toBe(0);
    expect(output.join('\n')).toMatch(/: COMPLETED[\s\S]*1 processed, 0 with errors[\s\S]*1 new/);

    const bad = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(bad, 'not json\n');
    output = [];
    expect(await importCommand([bad, '--format', 'COPILOT_NDJSON'])).toBe(1);
    expect(output.join('\n')).toMatch(/: FAILED[\s\S]*line 1:/);

    expect(await importCommand([good, '--format', 'XML'])).toBe(2);
    // Each command opens and closes the embedded database, as separate cron invocations would.
  }, 180_000);
});
