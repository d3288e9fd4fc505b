// Every module owns its tables; this file only gathers them for Drizzle and drizzle-kit.
export * from '../modules/users/schema.ts';
export * from '../modules/accounts/schema.ts';
export * from '../modules/system/schema.ts';
