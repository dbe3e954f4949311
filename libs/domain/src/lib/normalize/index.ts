export * from './day';
export * from './count';
export * from './identity';
