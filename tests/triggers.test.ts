import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/conditions/dates.ts';
import { isHeldOut } from '../src/core/plays/index.ts';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { sweep } from '../src/server/modules/engine/sweep.ts';
import type { SweepOptions } from '../src/server/modules/engine/sweep.ts';
import { describeBackends } from './support/backends.ts';
import { addAccount, addEvent, addNote, addTicket, closePlays, playsOf, publishPlaybooks, setHealth } from './fixtures/engine-playbooks.ts';

const TODAY = '2026-06-15';
const NOON = new Date(`${TODAY}T12:00:00Z`);
const at = (day: string, time = '10:00:00') => `${day}T${time}Z`;

describeBackends('triggers', (backend) => {
  let db: Db;
  let close: () => Promise<void>;
  const run = (playbookIds: string[], options: SweepOptions = {}) => sweep(db, { today: TODAY, now: NOON, playbookIds, ...options });

  beforeAll(async () => {
    const database = await backend.freshDatabase();
    await runMigrations(database);
    db = database.db;
    close = () => database.close();
  });
  afterAll(() => close());

  describe('signal', () => {
    it('fires when the condition becomes true, not on every sweep, and again after it was false', async () => {
      await publishPlaybooks(db, { 'sig-edge': { trigger: { kind: 'signal', when: 'health.score < 60' }, reentry: '{ cooldown: 1d }' } });
      const low = await addAccount(db, { name: 'Edge low', healthScore: 50 });
      const high = await addAccount(db, { name: 'Edge high', healthScore: 80 });

      const first = await run(['sig-edge']);
      expect(first.started).toBe(1);
      const [play] = await playsOf(db, 'sig-edge');
      expect(play).toMatchObject({ account_id: low, trigger_kind: 'signal', trigger_key: null, control: false });
      expect(play!.trigger_detail.values).toEqual({ 'health.score': '50' });

      expect((await run(['sig-edge'])).candidates).toBe(0);
      await closePlays(db, 'sig-edge');
      expect((await run(['sig-edge'])).candidates).toBe(0); // still true: no new edge

      await setHealth(db, low, 70);
      await setHealth(db, high, 30);
      const second = await sweep(db, { today: addDays(TODAY, 2), playbookIds: ['sig-edge'] });
      expect(second.decisions.map((d) => [d.accountId, d.outcome])).toEqual([[high, 'started']]);
      await setHealth(db, low, 40);
      const third = await sweep(db, { today: addDays(TODAY, 3), playbookIds: ['sig-edge'] });
      expect(third.decisions.map((d) => [d.accountId, d.outcome])).toEqual([[low, 'started']]);
    });

    it('follows re-entry: once, cooldown, at most N per period', async () => {
      await publishPlaybooks(db, {
        'sig-once': { trigger: { kind: 'signal', when: 'traits.flag = "on"' }, reentry: 'once' },
        'sig-cool': { trigger: { kind: 'signal', when: 'traits.flag = "on"' }, reentry: '{ cooldown: 30d }' },
        'sig-max': { trigger: { kind: 'signal', when: 'traits.flag = "on"' }, reentry: '{ max: 2, per: 365d }' },
      });
      const ids = ['sig-once', 'sig-cool', 'sig-max'];
      const account = await addAccount(db, { name: 'Re-entry', traits: { flag: 'on' } });
      const toggle = async (day: string) => {
        for (const id of ids) await closePlays(db, id);
        await db.execute(sql`update accounts set traits = '{"flag":"off"}' where id = ${account}`);
        await sweep(db, { today: day, playbookIds: ids });
        await db.execute(sql`update accounts set traits = '{"flag":"on"}' where id = ${account}`);
        const r = await sweep(db, { today: day, playbookIds: ids });
        return Object.fromEntries(r.decisions.map((d) => [d.playbookId, d.outcome === 'skipped' ? d.reason : d.outcome]));
      };
      expect(Object.fromEntries((await sweep(db, { today: TODAY, playbookIds: ids })).decisions.map((d) => [d.playbookId, d.outcome]))).toEqual({ 'sig-once': 'started', 'sig-cool': 'started', 'sig-max': 'started' });
      const day10 = await toggle(addDays(TODAY, 10));
      expect(day10['sig-once']).toMatch(/re-entry: the playbook runs once per account/);
      expect(day10['sig-cool']).toMatch(/re-entry: cooling down until 2026-07-15/);
      expect(day10['sig-max']).toBe('started');
      const day40 = await toggle(addDays(TODAY, 40));
      expect(day40['sig-cool']).toBe('started');
      expect(day40['sig-max']).toMatch(/re-entry: already started 2 times in the last 365d/);
      expect((await playsOf(db, 'sig-once')).length).toBe(1);
    });

    it('starts the higher priority of an exclusive group, and none while a treated play of the group is open', async () => {
      await publishPlaybooks(db, {
        'grp-high': { trigger: { kind: 'signal', when: 'arr >= 1000 and arr < 2000', priority: 90, exclusive_group: 'rescue-test' } },
        'grp-low': { trigger: { kind: 'signal', when: 'arr >= 1000 and arr < 2000', priority: 40, exclusive_group: 'rescue-test' } },
        'grp-later': { trigger: { kind: 'signal', when: 'arr = 1500', priority: 99, exclusive_group: 'rescue-test' } },
        'grp-other': { trigger: { kind: 'signal', when: 'arr >= 1000 and arr < 2000', priority: 10, exclusive_group: 'commercial-test' } },
      });
      const account = await addAccount(db, { name: 'Grouped', arr: 1200 });
      const result = await run(['grp-high', 'grp-low', 'grp-other']);
      const byPlaybook = Object.fromEntries(result.decisions.map((d) => [d.playbookId, d]));
      expect(byPlaybook['grp-high']!.outcome).toBe('started');
      expect(byPlaybook['grp-other']!.outcome).toBe('started');
      expect(byPlaybook['grp-low']).toMatchObject({ outcome: 'skipped', reason: 'exclusive group "rescue-test": grp-high won on priority in this sweep' });

      await db.execute(sql`update accounts set arr = 1500 where id = ${account}`);
      const later = await run(['grp-later']);
      expect(later.decisions[0]).toMatchObject({ outcome: 'skipped', reason: 'exclusive group "rescue-test": grp-high is open' });
    });

    it('fires only on members of the trigger\'s segment', async () => {
      await db.execute(sql`insert into segments (id, name, condition) values ('big-test', 'Big', 'arr >= 500000')`);
      await publishPlaybooks(db, { 'seg-filter': { trigger: { kind: 'signal', when: 'touch_model = "high"', segment: 'big-test' } } });
      const big = await addAccount(db, { name: 'Big high', arr: 900_000, touchModel: 'high' });
      await addAccount(db, { name: 'Small high', arr: 10_000, touchModel: 'high' });
      const result = await run(['seg-filter']);
      expect(result.segments.find((s) => s.id === 'big-test')?.added).toBeGreaterThanOrEqual(1);
      expect(result.decisions.map((d) => d.accountId)).toEqual([big]);
    });

    it('holds out a deterministic share as control plays', async () => {
      await publishPlaybooks(db, { 'holdout-test': { trigger: { kind: 'signal', when: 'traits.cohort = "h"' }, holdout: '50%' } });
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) ids.push(await addAccount(db, { name: `Holdout ${i}`, traits: { cohort: 'h' } }));
      const result = await run(['holdout-test']);
      const control = new Set(result.decisions.filter((d) => d.outcome === 'control').map((d) => d.accountId));
      expect(control).toEqual(new Set(ids.filter((id) => isHeldOut(id, 'holdout-test', 0.5))));
      expect(control.size).toBeGreaterThan(5);
      expect(control.size).toBeLessThan(35);
      const plays = await playsOf(db, 'holdout-test');
      expect(plays.filter((p) => p.control).map((p) => p.account_id).sort()).toEqual([...control].sort());
    });
  });

  it('evaluates a piloted version for the pilot CSMs\' accounts and the active version for the rest', async () => {
    await db.execute(sql`insert into users (id, name, email, role) values ('pilot-csm', 'Pilot', 'pilot@example.com', 'csm'), ('other-csm', 'Other', 'other@example.com', 'csm')`);
    await publishPlaybooks(db, { 'pilot-test': { trigger: { kind: 'signal', when: 'traits.v1 = true' } } });
    await publishPlaybooks(db, { 'pilot-test': { trigger: { kind: 'signal', when: 'traits.v2 = true' } } });
    await db.execute(sql`update playbooks set active_version = 1 where id = 'pilot-test'`);
    await db.execute(sql`insert into playbook_pilots (playbook_id, version, user_ids, starts_on, ends_on) values ('pilot-test', 2, '{pilot-csm}', ${addDays(TODAY, -1)}, ${addDays(TODAY, 10)})`);
    const piloted = await addAccount(db, { name: 'Piloted', ownerId: 'pilot-csm', traits: { v1: false, v2: true } });
    const regular = await addAccount(db, { name: 'Regular', ownerId: 'other-csm', traits: { v1: true, v2: true } });
    await addAccount(db, { name: 'Pilot, v1 only', ownerId: 'pilot-csm', traits: { v1: true, v2: false } });
    const result = await run(['pilot-test']);
    expect(result.decisions.map((d) => [d.accountId, d.version]).sort()).toEqual([[piloted, 2], [regular, 1]].sort());
  });

  it('date: fires on the anchor offset or within the catch-up window, once per anchor date', async () => {
    await publishPlaybooks(db, { 'date-test': { trigger: { kind: 'date', anchor: 'renewal_date -120d', when: 'touch_model != "tech"' } } });
    const onDay = await addAccount(db, { name: 'Renews in 120', renewalDate: addDays(TODAY, 120), touchModel: 'high' });
    const missed = await addAccount(db, { name: 'Renews in 115', renewalDate: addDays(TODAY, 115), touchModel: 'low' });
    await addAccount(db, { name: 'Renews in 110', renewalDate: addDays(TODAY, 110), touchModel: 'high' });
    const early = await addAccount(db, { name: 'Renews in 125', renewalDate: addDays(TODAY, 125), touchModel: 'high' });
    await addAccount(db, { name: 'Tech renews in 120', renewalDate: addDays(TODAY, 120), touchModel: 'tech' });

    const first = await run(['date-test']);
    expect(first.decisions.map((d) => d.accountId).sort()).toEqual([onDay, missed].sort());
    const plays = await playsOf(db, 'date-test');
    expect(plays.find((p) => p.account_id === onDay)!.trigger_key).toBe(`renewal_date:${addDays(TODAY, 120)}`);
    expect((await run(['date-test'])).candidates).toBe(0);

    await closePlays(db, 'date-test');
    const later = await sweep(db, { today: addDays(TODAY, 5), playbookIds: ['date-test'] });
    expect(later.decisions.map((d) => [d.accountId, d.outcome])).toEqual([[early, 'started']]);
  });

  it('event: fires after the delay, once per occurrence, from events and from the tickets table alike', async () => {
    await publishPlaybooks(db, {
      'event-test': { trigger: { kind: 'event', event: 'ticket_closed', delay: '7d', where: 'touch_model in ["high", "low"]' }, reentry: '{ max: 10, per: 365d }' },
      'nps-test': { trigger: { kind: 'event', event: 'nps_response', where: 'properties.score <= 6' } },
      'signup-test': { trigger: { kind: 'event', event: 'contract_signed' } },
    });
    const due = await addAccount(db, { name: 'Closed 8 days ago', touchModel: 'high' });
    const notYet = await addAccount(db, { name: 'Closed 3 days ago', touchModel: 'high' });
    const tech = await addAccount(db, { name: 'Tech closed', touchModel: 'tech' });
    const ticket = await addTicket(db, due, { subject: 'Export broken', openedAt: at(addDays(TODAY, -10)), closedAt: at(addDays(TODAY, -8)), externalId: 'zd-1' });
    // The same ticket reported again as an event by the helpdesk: one occurrence.
    await addEvent(db, due, 'ticket_closed', at(addDays(TODAY, -8)), { ticket_id: 'zd-1' });
    await addTicket(db, notYet, { subject: 'Slow page', openedAt: at(addDays(TODAY, -4)), closedAt: at(addDays(TODAY, -3)) });
    await addTicket(db, tech, { subject: 'Login', openedAt: at(addDays(TODAY, -10)), closedAt: at(addDays(TODAY, -8)) });

    const first = await run(['event-test']);
    expect(first.decisions.map((d) => [d.accountId, d.outcome])).toEqual([[due, 'started']]);
    const [play] = await playsOf(db, 'event-test');
    expect(play!.trigger_key).toBe('ticket:zd-1:closed');
    expect(play!.trigger_detail).toMatchObject({ event: 'ticket_closed', delay: '7d', properties: { subject: 'Export broken' } });
    expect(ticket).toBeTruthy();
    expect((await run(['event-test'])).candidates).toBe(0);

    const fiveLater = await sweep(db, { now: new Date(NOON.getTime() + 5 * 86_400_000), playbookIds: ['event-test'] });
    expect(fiveLater.decisions.map((d) => [d.accountId, d.outcome])).toEqual([[notYet, 'started']]);

    const detractor = await addAccount(db, { name: 'Detractor' });
    const promoter = await addAccount(db, { name: 'Promoter' });
    await db.execute(sql`insert into survey_responses (account_id, kind, score, comment, responded_at) values
      (${detractor}, 'nps', 4, 'Too slow', ${at(TODAY, '09:00:00')}), (${promoter}, 'nps', 10, 'Great', ${at(TODAY, '09:00:00')})`);
    const nps = await run(['nps-test']);
    expect(nps.decisions.map((d) => d.accountId)).toEqual([detractor]);
    expect(nps.decisions[0]!.detail).toMatchObject({ event: 'nps_response', properties: { score: 4, comment: 'Too slow' } });

    const signed = await addAccount(db, { name: 'Signed' });
    const old = await addAccount(db, { name: 'Signed long ago' });
    const message = await addEvent(db, signed, 'contract_signed', at(TODAY, '08:00:00'));
    await addEvent(db, old, 'contract_signed', at(addDays(TODAY, -30)));
    const signup = await run(['signup-test']);
    expect(signup.decisions.map((d) => [d.accountId, d.key])).toEqual([[signed, `event:${message}`]]);
  });

  it('inactivity: no event for N days, counting from the contract start when never seen', async () => {
    await publishPlaybooks(db, { 'quiet-test': { trigger: { kind: 'inactivity', event: 'login', days: '30d' } } });
    const quiet = await addAccount(db, { name: 'Quiet 40 days', contractStart: addDays(TODAY, -400) });
    const active = await addAccount(db, { name: 'Active', contractStart: addDays(TODAY, -400) });
    const never = await addAccount(db, { name: 'Never logged in', contractStart: addDays(TODAY, -60) });
    await addAccount(db, { name: 'New customer', contractStart: addDays(TODAY, -5) });
    const rolledUp = await addAccount(db, { name: 'Rolled up only', contractStart: addDays(TODAY, -400) });
    await addEvent(db, quiet, 'login', at(addDays(TODAY, -40)));
    await addEvent(db, active, 'login', at(addDays(TODAY, -10)));
    await db.execute(sql`insert into metric_series (account_id, metric, start_day, values, source) values (${rolledUp}, 'events.login', ${addDays(TODAY, -9)}::date, '{0,0,0,0,2,0,0,0,0,0}', 'rollup')`);

    const first = await run(['quiet-test']);
    expect(first.decisions.map((d) => d.accountId).sort()).toEqual([quiet, never].sort());
    expect(first.decisions.find((d) => d.accountId === quiet)!.detail).toMatchObject({ event: 'login', days: '30d', lastSeen: addDays(TODAY, -40) });
    expect((await run(['quiet-test'])).candidates).toBe(0);
    const later = await sweep(db, { today: addDays(TODAY, 26), playbookIds: ['quiet-test'] });
    expect(later.decisions.map((d) => d.accountId).sort()).toEqual([active, rolledUp, (await queryRows<{ id: string }>(db, sql`select id::text as id from accounts where name = 'New customer'`))[0]!.id].sort());
  });

  it('inactivity: triggers watching the same event share one last-seen computation and fire as each would alone', async () => {
    await publishPlaybooks(db, { 'quiet-30': { trigger: { kind: 'inactivity', event: 'login', days: '30d' } }, 'quiet-60': { trigger: { kind: 'inactivity', event: 'login', days: '60d' } } });
    const q45 = await addAccount(db, { name: 'Quiet 45 days', contractStart: addDays(TODAY, -400) });
    const q90 = await addAccount(db, { name: 'Quiet 90 days', contractStart: addDays(TODAY, -400) });
    const rolledUp = await addAccount(db, { name: 'Rolled up 70 days ago', contractStart: addDays(TODAY, -400) });
    await addAccount(db, { name: 'Active', contractStart: addDays(TODAY, -400) }).then((id) => addEvent(db, id, 'login', at(addDays(TODAY, -3))));
    await addEvent(db, q45, 'login', at(addDays(TODAY, -45)));
    await addEvent(db, q90, 'login', at(addDays(TODAY, -90)));
    await db.execute(sql`insert into metric_series (account_id, metric, start_day, values, source) values (${rolledUp}, 'events.login', ${addDays(TODAY, -70)}::date, '{1,0,0}', 'rollup')`);
    const result = await run(['quiet-30', 'quiet-60']);
    // Accounts of earlier tests in this file may fire too; only this test's are looked at.
    const mine = new Set([q45, q90, rolledUp]);
    const fired = (id: string) => result.decisions.filter((d) => d.playbookId === id && mine.has(d.accountId)).map((d) => [d.accountId, d.detail.lastSeen]).sort();
    expect(fired('quiet-30')).toEqual([[q45, addDays(TODAY, -45)], [q90, addDays(TODAY, -90)], [rolledUp, addDays(TODAY, -70)]].sort());
    expect(fired('quiet-60')).toEqual([[q90, addDays(TODAY, -90)], [rolledUp, addDays(TODAY, -70)]].sort());
  });

  it('keyword: whole-word, case-insensitive, phrases and competitors, matched text recorded, each text once', async () => {
    await publishPlaybooks(db, { 'kw-test': { trigger: { kind: 'keyword', sources: ['note', 'ticket', 'survey'], phrases: ['cancel', 'switch to', "won't renew", 'non-renewal'], competitors: ['Northwind Analytics'] } } });
    const cancel = await addAccount(db, { name: 'Says cancel' });
    const policy = await addAccount(db, { name: 'Says cancellation' });
    const rival = await addAccount(db, { name: 'Mentions a rival' });
    const survey = await addAccount(db, { name: 'Survey switch' });
    const stale = await addAccount(db, { name: 'Old note' });
    const curly = await addAccount(db, { name: 'Curly apostrophe' });
    await addNote(db, curly, 'Sent a notice of non-renewal: they won’t renew.', at(TODAY, '05:00:00'));
    await addNote(db, cancel, 'Call went badly. They said: "We will Cancel." before the renewal.', at(TODAY, '08:00:00'));
    await addNote(db, policy, 'Asked about the cancellation policy.', at(TODAY, '08:00:00'));
    await addTicket(db, rival, { subject: 'Comparing you with northwind analytics exports', openedAt: at(TODAY, '07:00:00') });
    await db.execute(sql`insert into survey_responses (account_id, kind, score, comment, responded_at) values (${survey}, 'nps', 5, 'We might SWITCH   TO another tool', ${at(TODAY, '06:00:00')})`);
    await addNote(db, stale, 'We will cancel', at(addDays(TODAY, -20)));

    const result = await run(['kw-test']);
    const byAccount = Object.fromEntries(result.decisions.map((d) => [d.accountId, d.detail]));
    expect(Object.keys(byAccount).sort()).toEqual([cancel, rival, survey, curly].sort());
    expect(byAccount[curly]).toMatchObject({ matched: 'non-renewal', phrase: 'non-renewal' });
    expect(byAccount[cancel]).toMatchObject({ source: 'note', matched: 'Cancel', list: 'phrase', phrase: 'cancel' });
    expect(byAccount[cancel]!.excerpt).toContain('We will Cancel.');
    expect(byAccount[rival]).toMatchObject({ source: 'ticket', matched: 'northwind analytics', list: 'competitor', phrase: 'Northwind Analytics' });
    expect(byAccount[survey]).toMatchObject({ source: 'survey', matched: 'SWITCH   TO', phrase: 'switch to' });
    const plays = await playsOf(db, 'kw-test');
    expect(plays.find((p) => p.account_id === cancel)!.trigger_detail.matched).toBe('Cancel');
    expect(plays.find((p) => p.account_id === cancel)!.trigger_key).toMatch(/^note:/);
    await closePlays(db, 'kw-test');
    expect((await run(['kw-test'])).candidates).toBe(0);

    // A full sweep reads only texts written since the previous one (less an overlap); a scoped
    // run after an account's data changed reads its whole catch-up window.
    const late = await addAccount(db, { name: 'Backdated note' });
    await addNote(db, late, 'Please cancel', new Date(NOON.getTime() - 2 * 3_600_000).toISOString());
    const hourLater = new Date(NOON.getTime() + 3_600_000);
    expect((await sweep(db, { now: hourLater, playbookIds: ['kw-test'] })).candidates).toBe(0);
    expect((await sweep(db, { now: hourLater, playbookIds: ['kw-test'], accountIds: [late] })).decisions.map((d) => d.accountId)).toEqual([late]);
  });

  it('a trigger failing at run time is recorded and does not stop the others', async () => {
    await publishPlaybooks(db, {
      'err-cast': { trigger: { kind: 'signal', when: 'traits.employees > 100' } },
      'err-fine': { trigger: { kind: 'signal', when: 'traits.size = "ok"' } },
    });
    const bad = await addAccount(db, { name: 'Bad trait', traits: { employees: 'lots', size: 'ok' } });
    const first = await run(['err-cast', 'err-fine']);
    expect(first.errors).toEqual([{ playbookId: 'err-cast', version: 1, message: expect.stringContaining('invalid input syntax for type double precision') }]);
    expect(first.decisions.map((d) => [d.playbookId, d.accountId])).toEqual([['err-fine', bad]]);
    await run(['err-cast', 'err-fine']);
    const [error] = await queryRows<{ repeats: number; resolved_at: string | null; trigger_kind: string }>(db, sql`select repeats, resolved_at, trigger_kind from trigger_errors where playbook_id = 'err-cast'`);
    expect(error).toEqual({ repeats: 2, resolved_at: null, trigger_kind: 'signal' });

    await db.execute(sql`update accounts set traits = '{"employees": "250"}' where id = ${bad}`);
    const fixed = await run(['err-cast']);
    expect(fixed.errors).toEqual([]);
    expect(fixed.decisions.map((d) => d.accountId)).toEqual([bad]);
    const [resolved] = await queryRows<{ resolved: boolean }>(db, sql`select resolved_at is not null as resolved from trigger_errors where playbook_id = 'err-cast'`);
    expect(resolved!.resolved).toBe(true);
  });

  it('a dry run decides without starting or remembering anything; a scoped run looks only at its accounts', async () => {
    await publishPlaybooks(db, { 'dry-test': { trigger: { kind: 'signal', when: 'traits.dry = true' } } });
    const a = await addAccount(db, { name: 'Dry A', traits: { dry: true } });
    const b = await addAccount(db, { name: 'Dry B', traits: { dry: true } });
    const dry = await run(['dry-test'], { dryRun: true });
    expect(dry.decisions.map((d) => d.outcome)).toEqual(['started', 'started']);
    expect(await playsOf(db, 'dry-test')).toEqual([]);
    expect(await queryRows(db, sql`select 1 from trigger_states where playbook_id = 'dry-test'`)).toEqual([]);

    const scoped = await run(['dry-test'], { accountIds: [b] });
    expect(scoped.decisions.map((d) => d.accountId)).toEqual([b]);
    const rest = await run(['dry-test']);
    expect(rest.decisions.map((d) => d.accountId)).toEqual([a]);
  });
});
