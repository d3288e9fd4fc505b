export * from './limits.ts';
export * from './message.ts';
export * from './message-id.ts';
export * from './parse-request.ts';
export * from './timestamps.ts';
export * from './trait-mapping.ts';
export * from './validate-message.ts';
