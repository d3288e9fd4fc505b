export * from './ast.ts';
export * from './errors.ts';
export * from './facts.ts';
export { parseCondition } from './parser.ts';
export { checkCondition, compileCondition } from './check.ts';
export { evaluateChecked, matches, signalValue } from './evaluate.ts';
export { signalsOf } from './signals.ts';
export { excerptAround, findKeyword, keywordPattern } from './keywords.ts';
export { describeChecked, explainCondition, type ExplainNode } from './explain.ts';
