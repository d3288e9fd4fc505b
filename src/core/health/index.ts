export * from './model.ts';
export * from './points.ts';
export * from './tiers.ts';
export * from './inputs.ts';
export * from './raw-values.ts';
export * from './score.ts';
export * from './reasons.ts';
export * from './distribution.ts';
