export * from './days.ts';
export * from './series.ts';
export * from './functions.ts';
export * from './event-names.ts';
