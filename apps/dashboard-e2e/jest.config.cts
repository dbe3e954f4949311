// End-to-end tests: one `npm start` server on a fresh embedded database for the whole run, driven through
// Chromium (playwright-core) and plain HTTP. Run with `npm run e2e`; never part of `npm test`.
module.exports = {
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // The files share one server and its data: run them one after another, in file-name order.
  testSequencer: '<rootDir>/src/support/file-name-sequencer.cjs',
  maxWorkers: 1,
  // Two slow cores that may be busy: generous, but every wait in the tests is on an explicit UI state.
  testTimeout: 180_000,
  slowTestThreshold: 30,
};
