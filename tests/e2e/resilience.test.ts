import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly, signInThroughForm } from './support/demo.ts';

const ACCOUNT_LIST = /\/api\/accounts(\?|$)/;

describe('when things go wrong', () => {
  const session = useBrowser();

  it('a 5xx shows a retry message instead of a blank page, and retrying recovers', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.route(ACCOUNT_LIST, (route) =>
      route.fulfill({ status: 500, json: { error: { code: 'internal_error', message: 'Something went wrong on our side', details: { requestId: 'req-e2e' } } } }),
    );
    await page.goto('/accounts');
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong on our side' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('req-e2e');
    expect(await page.getByRole('heading', { level: 1, name: 'Accounts' }).isVisible()).toBe(true);

    await page.unroute(ACCOUNT_LIST);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().waitFor();
  });

  it('a lost connection says so and offers to retry', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.route(ACCOUNT_LIST, (route) => route.abort('internetdisconnected'));
    await page.goto('/accounts');
    const alert = page.getByRole('alert').filter({ hasText: 'Connection lost' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });

  it('a failed save keeps everything typed, and saving again works', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts?sort=-renewalDate');
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit account' });
    await dialog.getByRole('textbox', { name: 'Plan' }).fill('Scale (e2e)');

    await page.route(/\/api\/accounts\/[0-9a-f-]+$/, (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue()));
    await dialog.getByRole('button', { name: 'Save' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Your changes are still here');
    expect(await dialog.getByRole('textbox', { name: 'Plan' }).inputValue()).toBe('Scale (e2e)');

    await page.unrouteAll();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('dd', { hasText: 'Scale (e2e)' }).count()).toBe(1);
  });

  it('an ended session sends the user to sign in, then back where they were', async () => {
    const { page, context } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts?lifecycleStage=renewal');
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().waitFor();
    await context.clearCookies();
    await page.getByRole('table', { name: 'Accounts' }).getByRole('button', { name: 'ARR' }).click();
    await page.waitForURL(/\/login\?next=/);
    await signInThroughForm(page, DEMO.csm, page.url());
    await page.waitForURL((url) => url.pathname === '/accounts' && url.searchParams.get('lifecycleStage') === 'renewal' && url.searchParams.get('sort') === '-arr');
  });

  it('an unknown page or account says so inside the app', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    await page.goto('/accounts/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'This account does not exist' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
  });
});
