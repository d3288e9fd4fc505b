import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly, signInThroughForm } from './support/demo.ts';
import { activeElementText } from './support/dom.ts';

const money = (text: string) => Number(text.replace(/[^0-9.]/g, '') || '0');

describe('a CSM on the accounts screens', () => {
  const session = useBrowser();

  it('signs in through the form and lands on the page first asked for', async () => {
    const { page } = session;
    await page.goto('/accounts?touchModel=high');
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('heading', { name: 'Demo logins' }).waitFor();
    await signInThroughForm(page, DEMO.csm, page.url());
    await page.waitForURL((url) => url.pathname === '/accounts' && url.searchParams.get('touchModel') === 'high');
    await page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first().waitFor();
    expect(await page.getByRole('button', { name: /Account menu for Sam Lee/ }).isVisible()).toBe(true);
  });

  it("shows the server's error for a wrong password and keeps what was typed", async () => {
    const { page } = session;
    await page.goto('/login');
    await page.getByLabel('Email').fill(DEMO.csm);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(DEMO.csm);
  });

  it('sorts, filters and pages the table on the server, with the state in the URL', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.locator('a[data-row-link]').first().waitFor();

    await table.getByRole('button', { name: 'ARR' }).click();
    await page.waitForURL(/sort=-arr/);
    await expect.poll(() => table.getByRole('columnheader', { name: 'ARR' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => {
      const cells = await table.locator('tbody tr td:nth-child(3)').allTextContents();
      return cells.length > 2 && money(cells[0]!) >= money(cells[1]!) && money(cells[1]!) >= money(cells[2]!);
    }).toBe(true);

    await page.getByRole('combobox', { name: 'Lifecycle stage' }).click();
    await page.getByRole('option', { name: 'At risk' }).click();
    await page.waitForURL(/lifecycleStage=at-risk/);
    await expect.poll(async () => {
      const stages = await table.locator('tbody tr td:nth-child(6)').allTextContents();
      return stages.length > 0 && stages.every((s) => s === 'At risk');
    }).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('lifecycleStage'));

    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.getByText(/^Showing 51–100 of/).isVisible()).toBe(true);

    const firstName = (await table.locator('a[data-row-link]').first().textContent())!;
    await page.getByRole('textbox', { name: 'Search' }).fill(firstName.slice(0, 6));
    await page.waitForURL((url) => url.searchParams.get('q') === firstName.slice(0, 6).trim() && !url.searchParams.has('page'));
    await expect.poll(async () => {
      const names = await table.locator('a[data-row-link]').allTextContents();
      return names.length > 0 && names.every((n) => n.toLowerCase().includes(firstName.slice(0, 6).trim().toLowerCase()));
    }).toBe(true);
  });

  it('moves through rows with the arrow keys and opens one with Enter', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    const links = page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]');
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = (await links.nth(1).textContent())!;
    expect(await activeElementText(page)).toBe(second);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: second }).waitFor();
  });

  it('opens an account: facts, contacts with their badges, and the timeline', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    const first = page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/accounts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    for (const fact of ['ARR', 'Renewal', 'Owner']) expect(await page.locator('dt', { hasText: fact }).count()).toBeGreaterThan(0);

    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.locator('li').first().waitFor();
    const timeline = page.getByTestId('account-timeline');
    await timeline.waitFor();
    expect(await timeline.locator('time').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Timeline' }).getByText(/^\d+ events?$/).isVisible()).toBe(true);

    // A shared link opens the same account directly.
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('marks champions and sponsors, and shows a champion who left', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    const list = await (await page.request.get('/api/accounts?pageSize=1&sort=-renewalDate')).json();
    const accountId: string = list.data[0].id;
    const suffix = Date.now().toString(36);
    const create = (name: string, roles: string[]) =>
      page.request.post('/api/contacts', { data: { accountId, name, roles, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` } });
    const champion = await (await create(`Casey Champion ${suffix}`, ['champion'])).json();
    expect((await create(`Sasha Sponsor ${suffix}`, ['executive_sponsor'])).status()).toBe(201);
    expect((await page.request.patch(`/api/contacts/${champion.id}`, { data: { status: 'left' } })).status()).toBe(200);

    await page.goto(`/accounts/${accountId}`);
    const contacts = page.getByRole('region', { name: 'Contacts' });
    const sponsor = contacts.locator('li', { hasText: `Sasha Sponsor ${suffix}` });
    await sponsor.getByText('Sponsor', { exact: true }).waitFor();
    await contacts.getByRole('heading', { name: 'Left the company' }).waitFor();
    const gone = contacts.locator('li', { hasText: `Casey Champion ${suffix}` });
    await gone.getByText('Champion left').waitFor();
    expect(await gone.textContent()).toMatch(/left [A-Z][a-z]{2} \d+, \d{4}/);
    await expect.poll(() => page.getByTestId('account-timeline').textContent()).toContain(`Casey Champion ${suffix} (champion) left the company`);
  });

  it("edits an account: the server's field error sits beside the field, and nothing typed is lost", async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts?sort=-arr');
    const row = page.getByRole('table', { name: 'Accounts' }).locator('a[data-row-link]').first();
    const name = (await row.textContent())!;
    await row.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit account' });
    await dialog.getByRole('textbox', { name: 'Domain' }).fill('renamed.example');
    // Only spaces: the form sends it, the server trims it and refuses the empty name.
    await dialog.getByRole('textbox', { name: 'Name' }).fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();

    const nameInput = dialog.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => nameInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await nameInput.getAttribute('aria-describedby'))!.split(' ');
    const errorText = await page.locator(describedBy.map((id) => `[id="${id}"]`).join(',')).allTextContents();
    expect(errorText.join(' ')).toMatch(/\S/);
    expect(await dialog.getByRole('textbox', { name: 'Domain' }).inputValue()).toBe('renamed.example');

    await nameInput.fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('renamed.example').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('account-timeline').textContent()).toContain('domain');
  });
});
