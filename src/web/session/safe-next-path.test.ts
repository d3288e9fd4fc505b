import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNextPath('/accounts/42?tab=timeline')).toBe('/accounts/42?tab=timeline');
  });

  it('refuses other origins, protocol-relative and backslash tricks, and the login page', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/login', '/login?next=/x']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('round-trips through the login URL', () => {
    const path = loginPathFor({ pathname: '/accounts', search: '?q=north&page=2', hash: '' });
    expect(safeNextPath(new URL(path, 'http://x').searchParams.get('next'))).toBe('/accounts?q=north&page=2');
    expect(loginPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });
});
