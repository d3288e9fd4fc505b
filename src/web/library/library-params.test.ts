import { describe, expect, it } from 'vitest';
import { hasLibraryFilters, readLibraryParams, withLibraryChange } from './library-params.ts';

describe('library URL state', () => {
  it('reads the search and the filters the API accepts', () => {
    const state = readLibraryParams(new URLSearchParams('q=+renewal+&kind=runbook&status=active&lifecycle=renewal&category=at-risk&page=2'));
    expect(state).toEqual({ page: 2, pageSize: 20, q: 'renewal', kind: 'runbook', status: 'active', lifecycle: 'renewal', category: 'at-risk' });
    expect(hasLibraryFilters(state)).toBe(true);
  });

  it('drops values the API would refuse', () => {
    const state = readLibraryParams(new URLSearchParams('kind=poem&status=gone&lifecycle=x&category=Not%20a%20slug&page=-1&q=%20'));
    expect(state).toEqual({ page: 1, pageSize: 20 });
    expect(hasLibraryFilters(state)).toBe(false);
  });

  it('starts again at page 1 when the search or a filter changes', () => {
    const params = new URLSearchParams('q=renewal&page=3');
    expect(withLibraryChange(params, { kind: 'script' }).toString()).toBe('q=renewal&kind=script');
    expect(withLibraryChange(params, { q: '' }).toString()).toBe('');
    expect(withLibraryChange(params, { page: 4 }).toString()).toBe('q=renewal&page=4');
    expect(withLibraryChange(params, { page: 1 }).toString()).toBe('q=renewal');
  });
});
