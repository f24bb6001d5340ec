export * from './connector';
export * from './errors';
