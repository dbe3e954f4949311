module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.cjs') },
  setupFiles: ['<rootDir>/src/testing/jest-setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/apps/api',
  // Each spec file gets its own fresh database; PGlite start-up plus migrations can take a few seconds.
  testTimeout: 60_000,
};
