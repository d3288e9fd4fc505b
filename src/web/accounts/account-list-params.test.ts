import { describe, expect, it } from 'vitest';
import { nextSort, readAccountListParams, sortDirection, withAccountListChange } from './account-list-params.ts';

describe('account list URL state', () => {
  it('reads defaults from an empty URL', () => {
    expect(readAccountListParams(new URLSearchParams())).toEqual({ page: 1, pageSize: 50, sort: 'name' });
  });

  it('reads filters and drops what the API would refuse', () => {
    const query = readAccountListParams(
      new URLSearchParams('q=%20north%20&touchModel=high&lifecycleStage=bogus&renewalWithinDays=90&page=3&pageSize=999&sort=-secret&healthTier=sickly'),
    );
    expect(query).toEqual({ page: 3, pageSize: 50, sort: 'name', q: 'north', touchModel: 'high', renewalWithinDays: 90 });
    expect(readAccountListParams(new URLSearchParams('healthTier=at-risk&segmentId=enterprise&openPlaybookId=renewal&sort=health'))).toEqual({
      page: 1, pageSize: 50, sort: 'health', healthTier: 'at-risk', segmentId: 'enterprise', openPlaybookId: 'renewal',
    });
  });

  it('goes back to page 1 when a filter changes, and keeps the URL short', () => {
    const params = new URLSearchParams('q=north&page=4');
    expect(withAccountListChange(params, { touchModel: 'tech' }).toString()).toBe('q=north&touchModel=tech');
    expect(withAccountListChange(params, { page: 5 }).toString()).toBe('q=north&page=5');
    expect(withAccountListChange(params, { q: '', sort: 'name' }).toString()).toBe('');
  });

  it('cycles sorting per column', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('name', 'arr')).toBe('-arr');
    expect(nextSort('-arr', 'health')).toBe('health');
    expect(nextSort('health', 'health')).toBe('-health');
    expect(sortDirection('-arr', 'arr')).toBe('descending');
    expect(sortDirection('-arr', 'name')).toBe('none');
  });
});
