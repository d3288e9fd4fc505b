import { describe, expect, it } from 'vitest';
import { parseDue } from '../playbook/durations.ts';
import { dueDate, weekday } from './due-dates.ts';
import { holdoutBucket, isHeldOut } from './holdout.ts';
import { reentryAllows } from './reentry.ts';
import { StepTransitionError, transitionStep } from './step-states.ts';

const ctx = { playStart: '2026-11-20', anchors: { renewal_date: '2027-03-20', contract_start: '2025-03-20' }, finishedOn: {}, businessDays: false };

describe('due dates', () => {
  it('count from the play start, from a finished step, or from an anchor date', () => {
    expect(dueDate(parseDue('3d'), ctx)).toBe('2026-11-23');
    expect(dueDate(parseDue('2w'), ctx)).toBe('2026-12-04');
    expect(dueDate(parseDue('2d after review'), ctx)).toBeNull();
    expect(dueDate(parseDue('2d after review'), { ...ctx, finishedOn: { review: '2026-11-25' } })).toBe('2026-11-27');
    expect(dueDate(parseDue('renewal_date -90d'), ctx)).toBe('2026-12-20');
    expect(dueDate(null, ctx)).toBe('2026-11-20');
  });

  it('are due at once when an anchor offset is already past, and unknown without the anchor', () => {
    expect(dueDate(parseDue('renewal_date -120d'), ctx)).toBe('2026-11-20');
    expect(dueDate(parseDue('renewal_date -30d'), { ...ctx, anchors: {} })).toBeNull();
  });

  it('move off weekends when the playbook says business days', () => {
    expect(weekday('2026-11-21')).toBe(6); // a Saturday
    expect(dueDate(parseDue('1d'), { ...ctx, businessDays: true })).toBe('2026-11-23');
    expect(dueDate(parseDue('2d'), { ...ctx, businessDays: true })).toBe('2026-11-23');
    expect(dueDate(parseDue('1d'), ctx)).toBe('2026-11-21');
  });
});

describe('step states', () => {
  it('allow the transitions people use', () => {
    expect(transitionStep('open', 'complete')).toBe('done');
    expect(transitionStep('snoozed', 'skip')).toBe('skipped');
    expect(transitionStep('open', 'snooze')).toBe('snoozed');
    expect(transitionStep('snoozed', 'wake')).toBe('open');
    expect(transitionStep('open', 'reassign')).toBe('open');
    expect(transitionStep('pending', 'cancel')).toBe('cancelled');
  });
  it('refuse finishing a step that is not open, saying why', () => {
    expect(() => transitionStep('done', 'complete')).toThrow(StepTransitionError);
    expect(() => transitionStep('skipped', 'complete')).toThrow('cannot complete a step that is skipped; only a step that is open or snoozed can be');
    expect(() => transitionStep('pending', 'complete')).toThrow(StepTransitionError);
  });
});

describe('holdout', () => {
  it('is deterministic and close to the share over many accounts', () => {
    expect(holdoutBucket('acct-1', 'usage-drop')).toBe(holdoutBucket('acct-1', 'usage-drop'));
    expect(holdoutBucket('acct-1', 'usage-drop')).not.toBe(holdoutBucket('acct-1', 'at-risk'));
    const ids = Array.from({ length: 20_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const held = ids.filter((id) => isHeldOut(id, 'usage-drop', 0.1)).length / ids.length;
    expect(held).toBeGreaterThan(0.09);
    expect(held).toBeLessThan(0.11);
    expect(ids.some((id) => isHeldOut(id, 'usage-drop', 0))).toBe(false);
  });
});

describe('re-entry', () => {
  it('applies once, cooldown and at-most-N-per-period', () => {
    expect(reentryAllows('once', [], '2026-11-23').allowed).toBe(true);
    expect(reentryAllows('once', ['2025-01-01'], '2026-11-23')).toEqual({ allowed: false, reason: 'the playbook runs once per account' });
    expect(reentryAllows({ cooldown: '60d' }, ['2026-10-01'], '2026-11-23')).toEqual({ allowed: false, reason: 'cooling down until 2026-11-30' });
    expect(reentryAllows({ cooldown: '60d' }, ['2026-09-01', '2026-01-01'], '2026-11-23').allowed).toBe(true);
    expect(reentryAllows({ max: 2, per: '365d' }, ['2026-02-01', '2026-06-01'], '2026-11-23').allowed).toBe(false);
    expect(reentryAllows({ max: 2, per: '365d' }, ['2025-02-01', '2026-06-01'], '2026-11-23').allowed).toBe(true);
  });
});
