import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly } from './support/demo.ts';
import { documentScrollWidth } from './support/dom.ts';

describe('at phone width (375 px)', () => {
  const session = useBrowser({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  it('shows an account page without sideways scrolling, behind a burger menu', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    const res = await page.request.get('/api/accounts?pageSize=1&sort=-arr');
    const { data } = (await res.json()) as { data: { id: string; name: string }[] };
    await page.goto(`/accounts/${data[0]!.id}`);
    await page.getByRole('heading', { level: 1, name: data[0]!.name }).waitFor();
    await page.getByTestId('account-timeline').waitFor();
    await page.getByRole('region', { name: 'Contacts' }).locator('li').first().waitFor();

    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
    // The navigation is off screen and out of the tab order until the burger opens it.
    const navbar = page.locator('#main-navigation');
    expect(await navbar.getAttribute('inert')).not.toBeNull();
    const box = await navbar.boundingBox();
    expect(box === null || box.x + box.width <= 0).toBe(true);

    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect.poll(() => navbar.getAttribute('inert')).toBeNull();
    await expect.poll(async () => (await navbar.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    await navbar.getByRole('link', { name: 'Accounts' }).click();
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
  });

  it('keeps the accounts list usable: search in view, other filters behind one button', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Search' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Owner' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Owner' }).isVisible()).toBe(true);
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
  });
});
