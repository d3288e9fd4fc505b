export * from './due-dates.ts';
export * from './holdout.ts';
export * from './reentry.ts';
export * from './step-states.ts';
