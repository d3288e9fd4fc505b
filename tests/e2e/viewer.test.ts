import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly, signInThroughForm } from './support/demo.ts';

async function firstAccountPath(page: import('playwright-core').Page): Promise<string> {
  const res = await page.request.get('/api/accounts?pageSize=1');
  const body = (await res.json()) as { data: { id: string }[] };
  return `/accounts/${body.data[0]!.id}`;
}

describe('roles in the web app', () => {
  const session = useBrowser();

  it('shows a viewer no edit controls, and the API refuses their writes', async () => {
    const { page } = session;
    await signInThroughForm(page, DEMO.viewer);
    const path = await firstAccountPath(page);
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('account-timeline').waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);

    const id = path.split('/').pop();
    const write = await page.request.patch(`/api/accounts/${id}`, { data: { plan: 'viewer was here' } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('forbidden');
  });

  it('shows a viewer no playbook or admin controls, and the API refuses their playbook and play writes', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.viewer);
    await page.goto('/library/onboarding');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);

    await page.goto('/library/onboarding/edit');
    await page.getByRole('heading', { name: 'You cannot edit playbooks' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Playbook YAML' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'You cannot open Admin' }).waitFor();

    const draft = (await (await page.request.get('/api/playbooks/onboarding')).json()) as { version: { source?: string } };
    const account = (await (await page.request.get('/api/accounts?pageSize=1')).json()) as { data: { id: string }[] };
    const writes = [
      await page.request.put('/api/playbooks/onboarding/draft', { data: { source: draft.version.source ?? 'id: onboarding', templates: {} } }),
      await page.request.post('/api/plays', { data: { playbookId: 'onboarding', accountId: account.data[0]!.id } }),
      await page.request.post('/api/steps/00000000-0000-4000-8000-000000000000/complete', { data: {} }),
    ];
    for (const write of writes) {
      expect(write.status()).toBe(403);
      expect((await write.json()).error.code).toBe('forbidden');
    }
  });

  it('shows a manager the Edit draft link on the same playbook page', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.manager);
    await page.goto('/library/onboarding');
    await page.getByRole('link', { name: 'Edit draft' }).waitFor();
  });

  it('shows a CSM the edit control on the same page', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto(await firstAccountPath(page));
    await page.getByRole('button', { name: 'Edit' }).waitFor();
  });

  it('signs out from the user menu and cannot come back without signing in', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.viewer);
    await page.goto('/accounts');
    await page.getByRole('button', { name: /Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto('/accounts');
    await page.waitForURL(/\/login\?next=%2Faccounts$/);
  });
});
