import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createServer } from './create-server';

describe('HTTP server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('GET /healthz answers 200 when the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('blocks a multipart request without a preflight header (CSRF prevention)', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: '{ __typename }' }));
    form.append('map', '{}');
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.orgA.adminToken}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });

  it('never leaks internals: unknown fields are validation errors without stack traces', async () => {
    const response = await app.graphql('{ nope }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('GET /healthz when the database is gone', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop().catch(() => undefined));

  it('answers 503', async () => {
    const config = { ...loadConfig({ HOST: '127.0.0.1', PORT: '0', DASHBOARD_DIR: '/nonexistent' }), databaseUrl: db.url };
    const server = await createServer(config, db.database.dataSource);
    const url = await server.listen();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await db.database.dataSource.destroy();
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
    await server.stop();
    await db.database.dataSource.initialize();
  });
});

describe('dashboard hosting', () => {
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devpulse-dash-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>devpulse</title>');
    fs.writeFileSync(path.join(dir, 'main.js'), 'console.log(1)');
    app = await startTestApp({ DASHBOARD_DIR: dir });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the built dashboard at / and falls back to index.html for deep links', async () => {
    const root = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
    expect(await root.text()).toContain('<title>devpulse</title>');
    const deep = await fetch(`${app.url}/login`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>devpulse</title>');
    const asset = await fetch(`${app.url}/main.js`);
    expect(await asset.text()).toBe('console.log(1)');
  });
});
