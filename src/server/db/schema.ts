// Every module owns its tables; this file only gathers them for Drizzle and drizzle-kit.
export * from '../modules/users/schema.ts';
export * from '../modules/accounts/schema.ts';
export * from '../modules/system/schema.ts';
export * from '../modules/playbooks/schema.ts';
export * from '../modules/events/schema.ts';
export * from '../modules/signals/schema.ts';
export * from '../modules/metrics/schema.ts';
export * from '../modules/health/schema.ts';
export * from '../modules/engine/schema.ts';
export * from '../modules/plays/schema.ts';
