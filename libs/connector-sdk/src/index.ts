export * from './connector';
export * from './errors';
export * from './guarded-http';
export * from './testing';
export * from './hook-endpoint';
export * from './inbound-request';
export * from './safe-equal';
export * from './hosted-page';
