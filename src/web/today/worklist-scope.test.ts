import { describe, expect, it } from 'vitest';
import { readWorklistScope, scopeQuery, withWorklistScope } from './worklist-scope.ts';

describe('worklist scope in the URL', () => {
  it('reads my steps, someone else’s, or the team’s', () => {
    expect(readWorklistScope(new URLSearchParams(''))).toEqual({ kind: 'me' });
    expect(readWorklistScope(new URLSearchParams('userId=u1'))).toEqual({ kind: 'user', userId: 'u1' });
    expect(readWorklistScope(new URLSearchParams('userId=%20'))).toEqual({ kind: 'me' });
    expect(readWorklistScope(new URLSearchParams('team=true&userId=u1'))).toEqual({ kind: 'team' });
  });

  it('writes one scope at a time and keeps other parameters', () => {
    const start = new URLSearchParams('team=true&x=1');
    expect(withWorklistScope(start, { kind: 'user', userId: 'u2' }).toString()).toBe('x=1&userId=u2');
    expect(withWorklistScope(new URLSearchParams('userId=u2'), { kind: 'team' }).toString()).toBe('team=true');
    expect(withWorklistScope(new URLSearchParams('userId=u2'), { kind: 'me' }).toString()).toBe('');
  });

  it('asks the API for the same scope', () => {
    expect(scopeQuery({ kind: 'me' })).toEqual({});
    expect(scopeQuery({ kind: 'team' })).toEqual({ team: 'true' });
    expect(scopeQuery({ kind: 'user', userId: 'u3' })).toEqual({ userId: 'u3' });
  });
});
