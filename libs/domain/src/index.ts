// The only public entry of @devpulse/domain: pure TypeScript shared by the API and the dashboard.
export * from './lib/usage/usage-row';
export * from './lib/formats/format-parser';
export * from './lib/normalize/index';
export * from './lib/formats/index';
export * from './lib/csv/index';
export * from './lib/metrics/index';
