export * from './fields';
export * from './connectors';
export * from './auth';
export * from './accounts';
export * from './connections';
export * from './runs';
export * from './errors';
export * from './templates';
