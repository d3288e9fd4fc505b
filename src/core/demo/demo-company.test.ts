import { describe, expect, it } from 'vitest';
import { dayOf, isWeekend } from './days.ts';
import { demoCompany } from './generate.ts';
import type { DemoAccountBundle, UsagePattern } from './types.ts';
import { USAGE_PATTERNS } from './types.ts';

const REF = '2026-03-15';
const REF_DAY = dayOf(REF);
const all = [...demoCompany({ referenceDay: REF }).accounts()];
const daysFromRef = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000) - REF_DAY;
const series = (b: DemoAccountBundle, metric: string) => b.series.find((s) => s.metric === metric)!.values;
const last = <T>(xs: T[], n = 1) => xs[xs.length - n]!;
const withPattern = (p: UsagePattern) => all.filter((b) => b.account.pattern === p);
const share = (n: number) => n / all.length;
const KEYWORDS = /\b(cancel|not renewing|notice of termination|end our contract|close our account|switch to|evaluating other|demo from|cheaper option|RFP|Northwind Analytics|Contoso Insights|Fabrikam Cloud)\b/i;

describe('demo company generator', () => {
  it('is deterministic for a seed and reference day, and any slice equals the same accounts of the whole', () => {
    const options = { referenceDay: REF, accounts: 60, seed: 42 };
    const a = [...demoCompany(options).accounts()];
    expect(JSON.stringify([...demoCompany(options).accounts()])).toBe(JSON.stringify(a));
    expect(JSON.stringify([...demoCompany(options).accounts(20, 40)])).toBe(JSON.stringify(a.slice(20, 40)));
    const other = [...demoCompany({ ...options, seed: 43 }).accounts()];
    expect(other.map((b) => b.account.name)).not.toEqual(a.map((b) => b.account.name));
    expect(other.map((b) => b.account.id).filter((id) => a.some((x) => x.account.id === id))).toEqual([]);
    const later = [...demoCompany({ ...options, referenceDay: '2026-04-01' }).accounts()];
    expect(later.map((b) => b.account.renewalDate)).not.toEqual(a.map((b) => b.account.renewalDate));
  });

  it('has the default shape: 1,000 accounts, unique names, a year of six metrics', () => {
    expect(all).toHaveLength(1000);
    expect(new Set(all.map((b) => b.account.name)).size).toBe(1000);
    expect(all.every((b) => /^[a-z0-9-]+\.example$/.test(b.account.domain))).toBe(true);
    for (const b of all) {
      expect(b.series.map((s) => s.metric)).toEqual(['weekly_active_users', 'seats_used', 'feature_adoption', 'logins', 'daily_active_users', 'monthly_active_users']);
      const length = REF_DAY - Math.max(REF_DAY - 364, dayOf(b.account.contractStart)) + 1;
      for (const s of b.series) {
        expect(s.values).toHaveLength(length);
        expect(s.values.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
      }
      expect(series(b, 'feature_adoption').every((v) => v <= 1)).toBe(true);
    }
  });

  it('spreads segments, touch models and ARR the way a B2B customer base looks', () => {
    const tiers = (t: string) => all.filter((b) => b.account.tier === t);
    expect([tiers('enterprise').length, tiers('mid-market').length, tiers('smb').length]).toEqual([125, 325, 550]);
    expect(tiers('enterprise').some((b) => b.account.touchModel === 'tech')).toBe(false);
    expect(tiers('smb').some((b) => b.account.touchModel === 'high')).toBe(false);
    const medianArr = (touch: string) => {
      const arr = all.filter((b) => b.account.touchModel === touch).map((b) => b.account.arr).sort((x, y) => x - y);
      return arr[Math.floor(arr.length / 2)]!;
    };
    expect(medianArr('high')).toBeGreaterThan(medianArr('low'));
    expect(medianArr('low')).toBeGreaterThan(medianArr('tech'));
    for (const touch of ['high', 'low', 'tech']) expect(share(all.filter((b) => b.account.touchModel === touch).length)).toBeGreaterThan(0.1);
    expect(new Set(all.map((b) => b.account.traits.industry)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((b) => b.account.traits.region)).size).toBe(4);
  });

  it('spreads renewals over the coming year, with some inside 30, 60, 90 and 120 days', () => {
    const open = all.filter((b) => b.account.pattern !== 'churned');
    const until = open.map((b) => daysFromRef(b.account.renewalDate));
    expect(Math.min(...until)).toBeGreaterThan(0);
    expect(Math.max(...until)).toBeLessThanOrEqual(366);
    for (const [from, to] of [[0, 30], [30, 60], [60, 90], [90, 120]] as const) {
      const n = until.filter((d) => d > from && d <= to).length / open.length;
      expect(n, `renewals in (${from}, ${to}]`).toBeGreaterThan(0.04);
      expect(n, `renewals in (${from}, ${to}]`).toBeLessThan(0.14);
    }
    expect(Math.min(...all.map((b) => daysFromRef(b.account.contractStart)))).toBeGreaterThanOrEqual(-3 * 366 - 300);
  });

  it('gives each usage pattern its shape', () => {
    for (const p of USAGE_PATTERNS) expect(withPattern(p).length, p).toBeGreaterThanOrEqual(40);
    for (const b of withPattern('dropping')) {
      const wau = series(b, 'weekly_active_users');
      expect(last(wau), b.account.name).toBeLessThanOrEqual(0.7 * last(wau, 15));
    }
    for (const b of withPattern('churned')) {
      expect(b.account.lifecycleStage).toBe('churned');
      expect(daysFromRef(b.account.renewalDate)).toBeLessThan(0);
      for (const metric of ['daily_active_users', 'weekly_active_users', 'logins']) expect(series(b, metric).slice(-7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
    for (const b of withPattern('dormant')) expect(series(b, 'logins').slice(-30).every((v) => v === 0)).toBe(true);
    const nearlyFull = withPattern('growing').filter((b) => last(series(b, 'seats_used')) >= 0.9 * Number(b.account.traits.seats));
    expect(nearlyFull.length / withPattern('growing').length).toBeGreaterThan(0.8);
    const declining = withPattern('declining').filter((b) => last(series(b, 'weekly_active_users')) < 0.8 * Math.max(...series(b, 'weekly_active_users').slice(0, 120)));
    expect(declining.length / withPattern('declining').length).toBeGreaterThan(0.8);
    // Usage-drop is for the sudden drops: the other open accounts rarely fall 30% in two weeks.
    const falsePositives = all.filter((b) => b.account.pattern !== 'dropping' && b.account.pattern !== 'churned' && b.account.pattern !== 'dormant' && last(series(b, 'weekly_active_users'), 15) >= 10 && last(series(b, 'weekly_active_users')) <= 0.7 * last(series(b, 'weekly_active_users'), 15));
    expect(falsePositives.length).toBeLessThan(10);
  });

  it('keeps weekends quiet and seasonal accounts seasonal', () => {
    let weekday = 0;
    let weekend = 0;
    for (const b of withPattern('healthy')) {
      const start = REF_DAY - series(b, 'daily_active_users').length + 1;
      series(b, 'daily_active_users').forEach((v, i) => (isWeekend(start + i) ? (weekend += v / 2) : (weekday += v / 5)));
    }
    expect(weekend / weekday).toBeLessThan(0.4);
    const swing = (b: DemoAccountBundle) => {
      const mau = series(b, 'monthly_active_users').slice(30);
      return (Math.max(...mau) - Math.min(...mau)) / Math.max(1, Math.max(...mau));
    };
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const full = (b: DemoAccountBundle) => series(b, 'monthly_active_users').length === 365 && Number(b.account.traits.seats) >= 20;
    expect(median(withPattern('seasonal').filter(full).map(swing))).toBeGreaterThan(1.5 * median(withPattern('healthy').filter(full).map(swing)));
  });

  it('gives every account 3-8 contacts with a champion and a sponsor, and some champions who just left', () => {
    for (const b of all) {
      expect(b.contacts.length).toBeGreaterThanOrEqual(3);
      expect(b.contacts.length).toBeLessThanOrEqual(8);
      expect(b.contacts.some((c) => c.roles.includes('champion'))).toBe(true);
      expect(b.contacts.some((c) => c.roles.includes('executive_sponsor'))).toBe(true);
      expect(new Set(b.contacts.map((c) => c.email)).size).toBe(b.contacts.length);
    }
    const recentlyLeft = all.filter((b) => b.account.pattern !== 'churned' && b.contacts.some((c) => c.status === 'left' && daysFromRef(c.leftAt!) >= -60));
    expect(recentlyLeft.length).toBeGreaterThan(30);
    for (const b of recentlyLeft) {
      expect(b.timeline.some((t) => t.type === 'contact.left')).toBe(true);
      expect(b.account.traits.former_champion).toBeTruthy();
    }
    expect(recentlyLeft.filter((b) => !b.contacts.some((c) => c.status === 'active' && c.roles.includes('champion'))).length).toBeGreaterThan(15);
  });

  it('has tickets, NPS and notes for the triggers to find', () => {
    const tickets = all.flatMap((b) => b.tickets);
    expect(tickets.every((t) => (t.closedAt === null) === (t.status === 'open' || t.status === 'pending'))).toBe(true);
    expect(tickets.every((t) => t.csat === null || t.closedAt !== null)).toBe(true);
    expect(tickets.filter((t) => t.closedAt && daysFromRef(t.closedAt) === -7).length).toBeGreaterThan(3);
    const perAccount = (p: UsagePattern[]) => all.filter((b) => p.includes(b.account.pattern)).reduce((n, b) => n + b.tickets.length, 0) / all.filter((b) => p.includes(b.account.pattern)).length;
    expect(perAccount(['declining', 'dropping'])).toBeGreaterThan(1.3 * perAccount(['healthy']));

    const detractors = (p: UsagePattern) => {
      const nps = withPattern(p).flatMap((b) => b.surveys.filter((s) => s.kind === 'nps'));
      return nps.filter((s) => s.score <= 6).length / nps.length;
    };
    expect(detractors('declining')).toBeGreaterThan(detractors('healthy') + 0.15);

    const open = all.filter((b) => b.account.pattern !== 'churned');
    const recentMentions = open.flatMap((b) => [...b.notes.map((n) => [n.body, n.createdAt]), ...b.surveys.map((s) => [s.comment ?? '', s.respondedAt]), ...b.tickets.map((t) => [t.subject, t.openedAt])]).filter(([text, at]) => KEYWORDS.test(text!) && daysFromRef(at!) >= -30);
    expect(recentMentions.some(([text]) => /\bcancel\b/i.test(text!))).toBe(true);
    expect(recentMentions.some(([text]) => /switch to|Northwind Analytics|Contoso Insights|Fabrikam Cloud/.test(text!))).toBe(true);
    expect(recentMentions.length).toBeGreaterThan(5);
    expect(recentMentions.length).toBeLessThan(80);
    expect(all.some((b) => b.notes.some((n) => /renewal/i.test(n.body) && daysFromRef(n.createdAt) >= -30))).toBe(true);
  });

  it('gives the books to eight CSMs and dates nothing after "now"', () => {
    const company = demoCompany({ referenceDay: REF, accounts: 200, asOf: '2026-03-15T09:30:00.000Z' });
    const owners = new Set(all.map((b) => b.account.ownerEmail));
    expect([...owners].sort()).toEqual(company.team.filter((m) => m.role === 'csm').map((m) => m.email).sort());
    expect(company.team.filter((m) => m.role === 'manager')).toHaveLength(2);
    // The demo CSM login's book has work for several playbooks.
    const sams = all.filter((b) => b.account.ownerEmail === 'csm@demo.playmaker.dev');
    expect(sams.length).toBeGreaterThan(25);
    expect(sams.map((b) => b.account.lifecycleStage)).toContain('at-risk');
    expect(sams.filter((b) => b.account.pattern === 'dropping').length).toBeGreaterThanOrEqual(2);
    expect(sams.some((b) => b.account.lifecycleStage !== 'churned' && !b.contacts.some((c) => c.status === 'active' && c.roles.includes('champion')))).toBe(true);
    expect(sams.filter((b) => b.account.lifecycleStage !== 'churned' && daysFromRef(b.account.renewalDate) <= 120).length).toBeGreaterThanOrEqual(3);

    const asOf = Date.parse('2026-03-15T09:30:00.000Z');
    for (const b of company.accounts()) {
      const stamps = [...b.events.flatMap((e) => [e.occurredAt, e.receivedAt]), ...b.timeline.map((t) => t.occurredAt), ...b.tickets.flatMap((t) => [t.openedAt, t.closedAt ?? t.openedAt]), ...b.notes.map((n) => n.createdAt), ...b.surveys.map((s) => s.respondedAt), ...b.contacts.map((c) => c.createdAt)];
      expect(stamps.filter((s) => Date.parse(s) > asOf)).toEqual([]);
      expect(new Set(b.events.map((e) => e.messageId)).size).toBe(b.events.length);
    }
  });
});
