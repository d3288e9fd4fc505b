import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkCondition, compileCondition, matches, signalsOf } from './index.ts';
import type { AccountFacts, MetricEvaluator } from './index.ts';
import { EvaluationError } from './errors.ts';

// Simple stand-in for src/core/metrics: enough to test the language, not the metric maths.
const metricFn: MetricEvaluator = (series, fn, days) => {
  if (!series) return null;
  const last = series.values.at(-1) ?? null;
  if (fn === 'value') return last;
  const base = series.values.at(-1 - days) ?? null;
  if (fn === 'change') return last === null || !base ? null : (last - base) / base;
  return null;
};

function facts(over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    today: '2026-11-23',
    fields: { name: 'Acme', lifecycle: 'adoption', touch_model: 'high', arr: 50_000, tier: 'enterprise', plan: 'Business', seats: 100 },
    traits: { industry: 'retail', employees: '250', vip: true, note: 'n/a' },
    renewalDate: '2027-03-23',
    contractStart: '2026-05-27',
    health: { score: 55, tier: 'at-risk', components: { usage: 40, sentiment: 70 } },
    metrics: { weekly_active_users: { startDay: '2026-11-01', values: [...Array(10).fill(100), ...Array(13).fill(60)] }, seats_used: { startDay: '2026-11-23', values: [95] } },
    contacts: { champion: { present: false, active: false }, sponsor: { present: true, active: true } },
    events: [
      { event: 'ticket_opened', occurredAt: '2026-11-20T10:00:00Z', properties: { priority: 'urgent' } },
      { event: 'ticket_opened', occurredAt: '2026-11-01T10:00:00Z', properties: { priority: 'low' } },
      { event: 'login', occurredAt: '2026-10-10T08:00:00Z', properties: {} },
    ],
    segments: ['enterprise-high-touch'],
    ...over,
  };
}

const is = (source: string, f: AccountFacts = facts()) => matches(compileCondition(source), f, metricFn);

describe('condition language', () => {
  it('accepts every trigger and success condition in the starter library', () => {
    const dir = new URL('../../../playbooks/', import.meta.url);
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const doc = parseYaml(readFileSync(new URL(file, dir), 'utf8'));
      for (const text of [doc.trigger?.when, doc.trigger?.where, doc.success?.when].filter(Boolean)) {
        expect(checkCondition(text), `${file}: ${text}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('evaluates fields, health, metrics, dates, contacts, events and segments', () => {
    expect(is('health.score < 60 and lifecycle != "onboarding"')).toBe(true);
    expect(is('metric.weekly_active_users.change(14d) <= -30%')).toBe(true);
    expect(is('metric.weekly_active_users.change(14d) <= -50%')).toBe(false);
    expect(is('metric.seats_used.value >= 0.9 * seats')).toBe(true);
    expect(is('days_until_renewal <= 120 and days_since_contract_start >= 180')).toBe(true);
    expect(is('champion.present = false and sponsor.active')).toBe(true);
    expect(is('champion.present or not sponsor.present')).toBe(false);
  });

  it('counts events in a window with property filters, and days since the last one', () => {
    expect(is('event.ticket_opened.count(30d) = 2')).toBe(true);
    expect(is('event.ticket_opened.count(7d) = 1')).toBe(true);
    expect(is('event.ticket_opened.count(30d, priority = "urgent") = 1')).toBe(true);
    expect(is('event.ticket_opened.count(30d, priority in ["high", "urgent"]) >= 1')).toBe(true);
    expect(is('event.login.days_since >= 30')).toBe(true);
    expect(is('event.never_happened.days_since >= 30')).toBe(false); // unknown: no such event
    expect(is('event.never_happened.count(30d) = 0')).toBe(true);
  });

  it('counts over N days with today included, the window of a metric series count', () => {
    // today is 2026-11-23: 4d spans the 20th to the 23rd, 3d starts on the 21st.
    expect(is('event.ticket_opened.count(4d) = 1')).toBe(true);
    expect(is('event.ticket_opened.count(3d) = 0')).toBe(true);
    expect(is('event.ticket_opened.count(1d) = 0')).toBe(true);
  });

  it('uses SQL three-valued logic for missing data', () => {
    const noHealth = facts({ health: null });
    expect(is('health.score < 60', noHealth)).toBe(false);
    expect(is('not (health.score < 60)', noHealth)).toBe(false);
    expect(is('health.score < 60 or lifecycle = "adoption"', noHealth)).toBe(true);
    expect(is('health.score = null', noHealth)).toBe(true);
    expect(is('traits.missing != null')).toBe(false);
    expect(is('arr / 0 > 1')).toBe(false);
  });

  it('compares traits as whatever the other side is, and fails loudly on a bad cast', () => {
    expect(is('traits.employees > 200')).toBe(true);
    expect(is('traits.industry in ["retail", "food"]')).toBe(true);
    expect(is('traits.vip = true')).toBe(true);
    expect(() => is('traits.note > 5')).toThrow(EvaluationError);
    expect(() => is('traits.note > 5')).toThrow('traits.note is "n/a", which is not a number');
  });

  it('supports segments, parentheses, not, in and not in', () => {
    expect(is('in_segment("enterprise-high-touch") and not (touch_model in ["low", "tech"])')).toBe(true);
    expect(is('touch_model not in ["high"] or (arr >= 50000 and tier = "enterprise")')).toBe(true);
  });

  it('reports syntax errors with line, column and what was expected', () => {
    expect(checkCondition('health.score <')).toEqual([{ line: 1, col: 15, message: expect.stringContaining('expected a value') }]);
    expect(checkCondition('health.score < 60 and\n  (lifecycle = "adoption"')).toEqual([{ line: 2, col: 26, message: 'expected ")" to close the parenthesis, found the end of the condition' }]);
    expect(checkCondition('arr > 10 10')[0]!.message).toBe('expected "and", "or" or the end of the condition, found "10"');
    expect(checkCondition('lifecycle = "adoption')[0]!.message).toContain('unterminated string');
    expect(checkCondition('arr > 5x')[0]).toMatchObject({ line: 1, col: 8 });
  });

  it('reports type errors and unknown names with their position', () => {
    expect(checkCondition('health.scor < 60')[0]).toEqual({ line: 1, col: 1, message: expect.stringContaining('unknown health part "scor"') });
    expect(checkCondition('colour = "red"')[0]!.message).toMatch(/^unknown name "colour": expected an account field/);
    expect(checkCondition('lifecycle < 5')[0]!.message).toBe('cannot compare a string with a number');
    expect(checkCondition('lifecycle < "b"')[0]!.message).toContain('use = or != for text');
    expect(checkCondition('health.score')[0]!.message).toContain('a condition must be true or false');
    expect(checkCondition('metric.logins.avg() > 3')[0]!.message).toBe('metric.logins.avg needs a window such as (14d)');
    expect(checkCondition('metric.logins.median(7d) > 3')[0]!.message).toContain('unknown metric function "median"');
    expect(checkCondition('arr > 14d')[0]!.message).toContain('can only be a window argument');
    expect(checkCondition('event.login.count(30d, priority) > 1')[0]!.message).toContain('expected a property filter');
    expect(checkCondition('arr > 1 and 5')[0]).toEqual({ line: 1, col: 13, message: 'the right side of "and" must be a true/false condition, not a number' });
  });

  it('lists the signals a condition reads, once each', () => {
    const c = compileCondition('health.score < 60 or (health.score < 70 and metric.weekly_active_users.change(14d) < -10%)');
    expect(signalsOf(c).map((s) => s.text)).toEqual(['health.score', 'metric.weekly_active_users.change']);
  });
});
