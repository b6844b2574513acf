export * from './settings';
export * from './retention.repository';
export * from './purge';
