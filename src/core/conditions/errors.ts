import type { Position } from './ast.ts';

export interface ConditionProblem {
  line: number;
  col: number;
  message: string;
}

/** A syntax or type error at a place in the condition text. */
export class ConditionError extends Error {
  override name = 'ConditionError';
  readonly line: number;
  readonly col: number;

  constructor(pos: Position, message: string) {
    super(`${pos.line}:${pos.col} ${message}`);
    this.line = pos.line;
    this.col = pos.col;
  }

  toProblem(): ConditionProblem {
    return { line: this.line, col: this.col, message: this.message.replace(/^\d+:\d+ /, '') };
  }
}

/** A condition that is valid but cannot be evaluated on this account's data (a bad cast). */
export class EvaluationError extends Error {
  override name = 'EvaluationError';
}
