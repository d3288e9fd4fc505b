import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { DEMO, DEMO_PASSWORD, signInQuickly } from './support/demo.ts';
import { activeElementAttribute, activeElementId, activeElementText, focusedElementStyle } from './support/dom.ts';

describe('accessibility', () => {
  const session = useBrowser();

  it('has no serious or critical axe violations on the login page', async () => {
    const { page } = session;
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Demo logins' }).waitFor();
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('has no serious or critical axe violations on the accounts list and an account page', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().waitFor();
    let violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().click();
    await page.getByTestId('account-timeline').waitFor();
    await page.getByRole('region', { name: 'Contacts' }).locator('li').first().waitFor();
    violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('signs in with the keyboard alone, with a visible focus ring', async () => {
    const { page } = session;
    await page.goto('/login');
    const email = page.getByLabel('Email');
    await email.waitFor();
    expect(await activeElementAttribute(page, 'type')).toBe('email');
    await page.keyboard.type(DEMO.csm);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Tab');
    const focused = await focusedElementStyle(page);
    expect(focused.text).toBe('Sign in');
    expect(focused.outlineStyle).not.toBe('none');
    expect(focused.outlineWidth).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  it('offers a skip link as the first stop on every app page', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    await page.getByRole('table', { name: 'Accounts' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await activeElementText(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await activeElementId(page)).toBe('main');
  });
});
