import { describe, expect, it } from 'vitest';
import { nextStatuses, resolveVersion } from './version-resolution.ts';
import type { ResolvableState } from './version-resolution.ts';

const pilot = { version: 3, userIds: ['ana', 'ben'], startsOn: '2026-03-01', endsOn: '2026-03-31' };
const active: ResolvableState = { status: 'active', activeVersion: 2, pilot };

describe('resolveVersion', () => {
  it('gives pilot users the pilot version inside the window, both ends included', () => {
    for (const date of ['2026-03-01', '2026-03-15', '2026-03-31']) {
      expect(resolveVersion(active, 'ana', date)).toEqual({ version: 3, reason: 'pilot' });
    }
  });

  it('gives everyone else, and pilot users outside the window, the active version', () => {
    expect(resolveVersion(active, 'cleo', '2026-03-15')).toEqual({ version: 2, reason: 'active' });
    expect(resolveVersion(active, 'ana', '2026-02-28')).toEqual({ version: 2, reason: 'active' });
    expect(resolveVersion(active, 'ana', '2026-04-01')).toEqual({ version: 2, reason: 'active' });
    expect(resolveVersion(active, null, '2026-03-15')).toEqual({ version: 2, reason: 'active' });
    expect(resolveVersion({ ...active, pilot: null }, 'ana', '2026-03-15')).toEqual({ version: 2, reason: 'active' });
  });

  it('applies a playbook in pilot to its pilot users only', () => {
    const inPilot: ResolvableState = { status: 'pilot', activeVersion: null, pilot };
    expect(resolveVersion(inPilot, 'ben', '2026-03-10')).toEqual({ version: 3, reason: 'pilot' });
    expect(resolveVersion(inPilot, 'cleo', '2026-03-10')).toBeNull();
    expect(resolveVersion(inPilot, 'ben', '2026-04-10')).toBeNull();
  });

  it('applies drafts and retired playbooks to nobody', () => {
    expect(resolveVersion({ status: 'draft', activeVersion: null, pilot }, 'ana', '2026-03-10')).toBeNull();
    expect(resolveVersion({ status: 'retired', activeVersion: 2, pilot }, 'ana', '2026-03-10')).toBeNull();
    expect(resolveVersion({ status: 'retired', activeVersion: 2, pilot }, 'cleo', '2026-03-10')).toBeNull();
  });
});

describe('nextStatuses', () => {
  it('only moves forward', () => {
    expect(nextStatuses('draft')).toEqual(['pilot', 'active']);
    expect(nextStatuses('pilot')).toEqual(['active']);
    expect(nextStatuses('active')).toEqual(['retired']);
    expect(nextStatuses('retired')).toEqual([]);
  });
});
