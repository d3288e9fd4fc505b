import type { z } from 'zod';
import type { IssuePath } from './rules.ts';

export interface LocatedIssue {
  /** The value the issue is about (or, for a missing value, where it should be). */
  path: IssuePath;
  /** Set when the issue is about a key itself, e.g. an unknown field. */
  key?: string;
  message: string;
}

/** `steps[2].branches.yes` */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}

/** Turns Zod issues into messages that name the field path and what was expected. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): LocatedIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, input));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): LocatedIssue[] {
  const path = issue.path.filter((segment) => typeof segment !== 'symbol') as IssuePath;
  const value = valueAt(input, path);
  const missing = value === undefined;
  const located = (what: string): LocatedIssue[] => [{ path, message: `${label(path)}: ${what}` }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, key, message: `${label([...path, key])}: unknown field` }));
    case 'invalid_type':
      if (missing) return located('required field is missing');
      // Formatted fields (durations, slugs, …) say what they expect better than "expected text".
      if (!issue.message.startsWith('Invalid input')) return located(`${issue.message}, got ${describe(value)}`);
      return located(`expected ${article(issue.expected)}, got ${describe(value)}`);
    case 'invalid_value':
      return located(`expected ${oneOf(issue.values)}, got ${describe(value)}`);
    case 'invalid_union': {
      // Zod adds `note`/`options` for discriminated unions but leaves them out of its issue type.
      const { note, options = [] } = issue as { note?: string; options?: unknown[] };
      if (note === 'No matching discriminator') {
        if (missing) return located(`required field is missing (one of ${options.join(', ')})`);
        return located(`expected ${oneOf(options)}, got ${describe(value)}`);
      }
      const branch = closestBranch(issue.errors, value);
      if (branch) return describeIssues(branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] })), input);
      return located(`${issue.message}, got ${describe(value)}`);
    }
    case 'too_small':
      return located(tooSmall(issue));
    case 'too_big':
      return located(`must be at most ${String(issue.maximum)}`);
    case 'invalid_format':
      return located(`${issue.message}, got ${describe(value)}`);
    default:
      return located(issue.message);
  }
}

/**
 * For a mapping that fits no alternative of a union, the alternative whose every complaint is about
 * a field inside it (not about the mapping's keys) is the one the author meant: `{ cooldown: 60 }`
 * is a cooldown with a bad duration, not a failed `{ max, per }`.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[], value: unknown): readonly z.core.$ZodIssue[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const candidates = branches.filter((issues) => issues.length > 0 && issues.every((inner) => inner.path.length > 0));
  const fewest = Math.min(...candidates.map((issues) => issues.length));
  const best = candidates.filter((issues) => issues.length === fewest);
  return best.length === 1 ? best[0] : undefined;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'array') return `needs at least ${minimum} item${minimum === 1 ? '' : 's'}`;
  if (issue.origin === 'string' && minimum === 1) return 'must not be empty';
  if (issue.origin === 'string') return `must be at least ${minimum} characters`;
  return `must be at least ${minimum}`;
}

function label(path: IssuePath): string {
  return path.length === 0 ? '(file)' : formatPath(path);
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  return shown.length === 1 ? shown[0] : `one of ${shown.join(', ')}`;
}

/** A short, single-line rendering of a YAML value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
