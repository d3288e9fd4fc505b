import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly } from './support/demo.ts';
import { documentScrollWidth } from './support/dom.ts';

// Another file's CSM journey works through Sam's own at-risk accounts, so this one looks at the
// at-risk accounts of another CSM of the same team, which nothing else changes.
const OTHER_CSM = 'Aisha Bello';

interface Candidate { account: { id: string; name: string }; playbook: { id: string; title: string } }

async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path, { timeout: 60_000 });
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * An at-risk account of the other CSM with what the page has to show (a health change with its
 * reasons, a metric series, an active champion), and an active playbook it has no open play of.
 */
async function pickCandidate(page: Page): Promise<Candidate> {
  const users = await getJson<{ data: { id: string; name: string }[] }>(page, '/api/users');
  const owner = users.data.find((u) => u.name === OTHER_CSM);
  if (!owner) throw new Error(`no demo user ${OTHER_CSM}`);
  const list = await getJson<{ data: { id: string; name: string; healthTier: string }[] }>(page, `/api/accounts?healthTier=at-risk&ownerId=${owner.id}&sort=name&pageSize=30`);
  const playbooks = await getJson<{ data: { id: string; title: string | null; kind: string | null }[] }>(page, '/api/playbooks?status=active&pageSize=200');
  for (const account of list.data) {
    const overview = await getJson<{ health: { history: { reasons: unknown[] }[] } | null; metrics: { series: unknown[] }; contacts: { data: { roles: string[]; status: string }[] } }>(
      page, `/api/accounts/${account.id}/360?timelinePageSize=1`,
    );
    const hasReasons = overview.health?.history.some((row) => row.reasons.length > 0);
    const hasChampion = overview.contacts.data.some((c) => c.roles.includes('champion') && c.status === 'active');
    if (!hasReasons || !hasChampion || !overview.metrics.series.length) continue;
    const plays = await getJson<{ data: { playbookId: string; status: string }[] }>(page, `/api/accounts/${account.id}/plays`);
    const busy = new Set(plays.data.filter((p) => p.status === 'open').map((p) => p.playbookId));
    const playbook = playbooks.data.find((p) => p.kind === 'playbook' && p.title && !busy.has(p.id));
    if (playbook) return { account, playbook: { id: playbook.id, title: playbook.title! } };
  }
  throw new Error(`no at-risk account of ${OTHER_CSM} with health reasons, metrics, a champion and a free playbook`);
}

describe('account 360', () => {
  const session = useBrowser();

  it('finds an at-risk account through the filters, reads its health, usage, contacts and plays, and starts a playbook by hand', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    const { account, playbook } = await pickCandidate(page);

    await page.goto('/accounts');
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.locator('a[data-row-link]').first().waitFor();
    await page.getByRole('combobox', { name: 'Health' }).click();
    await page.getByRole('option', { name: 'At risk' }).click();
    await page.waitForURL(/healthTier=at-risk/);
    await page.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: OTHER_CSM }).click();
    await page.waitForURL((url) => url.searchParams.get('healthTier') === 'at-risk' && url.searchParams.has('ownerId'));
    // Every row the server sends back wears the tier's badge.
    await expect.poll(async () => {
      const badges = await table.locator('tbody tr td:nth-child(7)').allTextContents();
      return badges.length > 0 && badges.every((b) => b.startsWith('At risk'));
    }).toBe(true);

    await table.getByRole('link', { name: account.name, exact: true }).click();
    await page.waitForURL(`**/accounts/${account.id}`);
    await page.getByRole('heading', { level: 1, name: account.name }).waitFor();

    const health = page.getByRole('region', { name: 'Health' });
    await health.getByTestId('health-score').waitFor();
    expect(await health.getByText('At risk').first().isVisible()).toBe(true);
    await health.getByTestId('health-history-chart').locator('svg .recharts-line').first().waitFor();
    expect(await health.getByTestId('health-changes').locator('li').count()).toBeGreaterThan(0);
    expect(await health.getByTestId('health-components').getByRole('row').count()).toBe(7); // header + six components

    const usage = page.getByRole('region', { name: 'Usage' });
    await usage.getByTestId('metric-chart').locator('svg .recharts-line').first().waitFor();
    const metric = usage.getByRole('combobox', { name: 'Metric' });
    const before = await metric.inputValue();
    await metric.click();
    await page.getByRole('option').filter({ hasNotText: before }).first().click();
    await expect.poll(() => metric.inputValue()).not.toBe(before);

    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.getByText('Champion', { exact: true }).first().waitFor();

    const plays = page.getByRole('region', { name: 'Plays' });
    await plays.getByRole('button', { name: 'Start a playbook' }).waitFor();
    let violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await plays.getByRole('button', { name: 'Start a playbook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a playbook' });
    await dialog.getByRole('combobox', { name: 'Playbook' }).click();
    await page.getByRole('option', { name: playbook.title, exact: true }).click();
    violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const started = plays.getByRole('article', { name: `${playbook.title}, open` });
    await started.waitFor();
    expect(await started.getByRole('list', { name: `Steps of ${playbook.title}` }).locator(':scope > li').count()).toBeGreaterThan(0);

    // Starting it again is refused, with a way to the play already running.
    await plays.getByRole('button', { name: 'Start a playbook' }).click();
    await dialog.getByRole('combobox', { name: 'Playbook' }).click();
    await page.getByRole('option', { name: playbook.title, exact: true }).click();
    await dialog.getByRole('button', { name: 'Start' }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'already has an open play' });
    await refusal.waitFor();
    await refusal.getByRole('link', { name: 'Go to the open play' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#play-'));
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await started.getAttribute('id')).toBe(anchor);
  });

  it('fits a phone: the account page without sideways scrolling', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 812 });
    await signInQuickly(page, DEMO.csm);
    const { account } = await pickCandidate(page);
    await page.goto(`/accounts/${account.id}`);
    await page.getByRole('region', { name: 'Health' }).getByTestId('health-history-chart').locator('svg').first().waitFor();
    await page.getByRole('region', { name: 'Usage' }).getByTestId('metric-chart').locator('svg').first().waitFor();
    await page.getByRole('region', { name: 'Plays' }).getByRole('button', { name: 'Start a playbook' }).waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
  });
});
