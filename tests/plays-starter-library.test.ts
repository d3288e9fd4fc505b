import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { changeStep } from '../src/server/modules/plays/transitions.ts';
import { finishWaits } from '../src/server/modules/plays/waits.ts';
import { addDays } from '../src/core/metrics/days.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, newAccount, quietPlaySchedules, setManager } from './support/plays-fixtures.ts';

const TODAY = '2026-11-20';

describeBackends('the starter library as plays', (backend) => {
  let app: TestApp;
  let db: Db;
  let csm: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    const manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    await setManager(db, csm.userId, manager.userId);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => app.stop());

  it('runs every active starter playbook from start to the end of its flow, rendering every template', async () => {
    const list = await app.call('GET', '/api/playbooks?status=active&pageSize=200', { cookie: csm.cookie });
    expect(list.body.data.length).toBeGreaterThan(10);
    const admin = { id: null, privileged: true, admin: true };
    for (const playbook of list.body.data as { id: string; activeVersion: number }[]) {
      const account = await newAccount(
        db,
        { name: `Starter ${playbook.id}`, ownerId: csm.userId, renewalDate: addDays(TODAY, 100), contractStart: addDays(TODAY, -300), touchModel: 'high', arr: 48000 },
        { health: { score: 55, tier: 'at-risk' }, champion: { name: 'Dana Smith', email: 'dana@example.com' } },
      );
      const started = await startPlay(db, { playbookId: playbook.id, version: playbook.activeVersion, accountId: account.id, trigger: { kind: 'manual' }, today: TODAY });
      expect(started.started, playbook.id).toBe(true);
      if (!started.started) continue;
      for (let guard = 0; guard < 60; guard++) {
        const detail = (await app.call('GET', `/api/plays/${started.playId}`, { cookie: csm.cookie })).body;
        for (const step of detail.steps) expect(step.renderError, `${playbook.id}/${step.stepId}`).toBeNull();
        const open = detail.steps.find((s: { state: string }) => s.state === 'open');
        if (!open) break;
        if (open.kind === 'wait') {
          await finishWaits(db, { today: open.wait.endsOn });
          continue;
        }
        const answer = open.decision ? open.decision.answers.find((a: { next: string }) => a.next !== 'end')?.answer ?? open.decision.answers[0].answer : undefined;
        await changeStep(db, open.id, { type: 'complete', answer }, admin, { today: TODAY });
      }
      const after = (await app.call('GET', `/api/plays/${started.playId}`, { cookie: csm.cookie })).body;
      expect(after.flowEnded || after.status === 'closed', playbook.id).toBe(true);
    }
  }, 120_000);
});
