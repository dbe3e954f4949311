import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      publicUrl: 'http://127.0.0.1:4000',
      databaseUrl: null,
      databasePoolSize: os.availableParallelism() + 1,
      dataDir: path.resolve('.data'),
      bootstrapAdminToken: null,
      maxUploadBytes: 50 * 1024 * 1024,
      uploadsPerHour: 10,
      nodeEnv: 'production',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/devpulse',
      DATABASE_POOL_SIZE: '6',
      DATA_DIR: '/var/devpulse',
      BOOTSTRAP_ADMIN_TOKEN: 'a-long-enough-secret',
      PUBLIC_URL: 'https://devpulse.example.com/',
      MAX_UPLOAD_MB: '10',
      UPLOADS_PER_HOUR: '3',
      NODE_ENV: 'development',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgres://u@db:5432/devpulse',
      databasePoolSize: 6,
      dataDir: '/var/devpulse',
      bootstrapAdminToken: 'a-long-enough-secret',
      publicUrl: 'https://devpulse.example.com',
      maxUploadBytes: 10 * 1024 * 1024,
      uploadsPerHour: 3,
      nodeEnv: 'development',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE/],
    [{ BOOTSTRAP_ADMIN_TOKEN: 'short' }, /BOOTSTRAP_ADMIN_TOKEN/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('rejects %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
