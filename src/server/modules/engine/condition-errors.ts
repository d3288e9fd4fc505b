import { ConditionError, compileCondition } from '../../../core/conditions/index.ts';
import type { CheckOptions, Checked } from '../../../core/conditions/index.ts';
import { AppError } from '../../http/errors.ts';

/** Compiles a condition sent to the API; a syntax or type error is a 400 naming the field, line and column. */
export function compileOrRefuse(source: string, field: string, options: CheckOptions = {}): Checked {
  try {
    return compileCondition(source, options);
  } catch (err) {
    if (!(err instanceof ConditionError)) throw err;
    const problem = err.toProblem();
    throw new AppError(400, 'invalid_condition', `${field} ${problem.line}:${problem.col} ${problem.message}`, {
      issues: [{ path: field, line: problem.line, col: problem.col, message: problem.message }],
    });
  }
}
