import type { Checked, Signal } from './ast.ts';

/** Every signal a condition reads, once each: what the engine must load, and what "explain" shows. */
export function signalsOf(c: Checked): { text: string; signal: Signal }[] {
  const found = new Map<string, { text: string; signal: Signal }>();
  const visit = (x: Checked) => {
    switch (x.kind) {
      case 'signal':
        found.set(JSON.stringify(x.signal), { text: x.text, signal: x.signal });
        break;
      case 'not':
      case 'neg':
        visit(x.operand);
        break;
      case 'logic':
      case 'arith':
      case 'compare':
        visit(x.left);
        visit(x.right);
        break;
      case 'in':
        visit(x.left);
        break;
    }
  };
  visit(c);
  return [...found.values()];
}
