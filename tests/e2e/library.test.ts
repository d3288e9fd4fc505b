import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly } from './support/demo.ts';
import { documentScrollWidth } from './support/dom.ts';

// The renewal playbook of the starter library. Other files may publish new versions of playbooks
// or rate them: these tests read whatever version is shown and check only what they wrote.
const RENEWAL = '/library/renewal';

async function expectAccessible(page: Page) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('the library', () => {
  const session = useBrowser();

  it('finds "renewal" with a highlighted snippet and shows its playbook page, flowchart and versions', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/library');
    await page.getByRole('list', { name: 'Playbooks' }).getByTestId('library-hit').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('searchbox', { name: 'Search the library' }).fill('renewal');
    await page.waitForURL(/\/library\?q=renewal$/);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByTestId('library-snippet').locator('mark').first().waitFor();
    expect((await results.getByTestId('library-snippet').locator('mark').first().textContent())?.toLowerCase()).toMatch(/^renewal/);
    await expectAccessible(page);

    await results.getByRole('link', { name: /^Renewal - from 120 days out/ }).click();
    await page.waitForURL(/\/library\/renewal$/);
    await page.getByRole('heading', { level: 1, name: /^Renewal - from 120 days out/ }).waitFor();
    await page.getByRole('list', { name: 'Steps' }).getByTestId('playbook-step').first().waitFor();
    // Steps link the runbooks and scripts they use.
    expect(await page.getByRole('list', { name: 'Steps' }).getByRole('link').count()).toBeGreaterThan(0);
    // A CSM does not edit playbooks.
    expect(await page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Flowchart' }).click();
    const chart = page.getByTestId('playbook-flowchart').locator('svg[role="img"]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe('Flowchart of the steps of Renewal - from 120 days out to signature');
    expect(await chart.locator('.node').count()).toBeGreaterThan(2);
    await page.waitForURL(/tab=flowchart/);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.getByRole('list', { name: 'Versions' });
    await versions.getByRole('link', { name: /^Version \d+$/ }).first().waitFor();
    expect(await versions.textContent()).toContain('Starter library');
  });

  it('opens the quick reference from the command palette with the keyboard alone', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto('/accounts');
    await page.getByRole('button', { name: 'Search playbooks and accounts' }).waitFor();
    // Typed at once, before the palette has opened: nothing typed is lost.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('renewal');
    const search = page.getByRole('textbox', { name: 'Search playbooks, accounts and pages' });
    await expect.poll(() => search.inputValue()).toBe('renewal');
    // Enter opens the selected (first) action once the server's results are in.
    await page.locator('[data-action][data-selected]', { hasText: 'Renewal - from 120 days out to signature: quick reference' }).waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/library\/renewal\/quick-reference$/);
    await page.getByRole('heading', { level: 1, name: /^Renewal - from 120 days out/ }).waitFor();
    await page.getByRole('heading', { name: 'Key steps' }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await expectAccessible(page);
  });

  it('jumps to an account typed into the command palette', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    const res = await page.request.get('/api/accounts?pageSize=1&sort=name');
    const [account] = ((await res.json()) as { data: { id: string; name: string }[] }).data;
    await page.goto('/library');
    await page.getByRole('button', { name: 'Search playbooks and accounts' }).click();
    await page.getByRole('textbox', { name: 'Search playbooks, accounts and pages' }).fill(account!.name);
    await page.locator('[data-action]', { hasText: account!.name }).first().click();
    await page.waitForURL(new RegExp(`/accounts/${account!.id}$`));
    await page.getByRole('heading', { level: 1, name: account!.name }).waitFor();
  });

  it('takes feedback on the shown version and lists it with the average', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto(RENEWAL);
    const feedback = page.getByRole('region', { name: /^Feedback on version \d+$/ });
    await feedback.getByRole('button', { name: /feedback$/ }).waitFor();
    const comment = `Clear steps for the call ${Date.now()}`;
    // The stars are radio buttons: focus one and press Space, as a keyboard user would.
    await feedback.getByRole('radio', { name: '4 stars' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => feedback.getByRole('radio', { name: '4 stars' }).isChecked()).toBe(true);
    await feedback.getByRole('textbox', { name: 'Comment' }).fill(comment);
    await feedback.getByRole('button', { name: /feedback$/ }).click();
    await feedback.getByRole('list', { name: 'Feedback' }).getByText(comment).waitFor();
    await feedback.getByTestId('feedback-average').waitFor();
    await expect.poll(() => feedback.getByRole('button', { name: 'Update feedback' }).count()).toBe(1);
  });

  it('compares two versions of a playbook: changelogs, summary and file diff', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.manager);
    // A runbook of this test's own (a draft: it applies to nobody), published twice.
    const id = `library-e2e-${Date.now()}`;
    const source = (secondStep: string) =>
      [`id: ${id}`, `title: Library test runbook ${id}`, 'kind: runbook', 'category: customer-call', 'owner: cs-ops@example.com',
        'when_to_use: A runbook the library browser test publishes twice to compare its versions.', 'steps:',
        '  - id: prepare', '    title: Prepare the call', '  - id: follow-up', `    title: ${secondStep}`, ''].join('\n');
    const publish = async (text: string, basedOnVersion: number | null, changelog: string) => {
      const saved = await page.request.put(`/api/playbooks/${id}/draft`, { data: { source: text, templates: {}, ...(basedOnVersion ? { basedOnVersion } : {}) } });
      expect(saved.ok(), await saved.text()).toBe(true);
      const published = await page.request.post(`/api/playbooks/${id}/publish`, { data: { changelog, basedOnVersion } });
      expect(published.ok(), await published.text()).toBe(true);
    };
    await publish(source('Send the notes'), null, 'First cut');
    await publish(source('Send the notes and the next steps'), 1, 'Follow-up names the next steps');

    await page.goto(`/library/${id}?tab=versions`);
    const versions = page.getByRole('list', { name: 'Versions' });
    await versions.getByText('Follow-up names the next steps').waitFor();
    expect(await versions.textContent()).toContain('First cut');
    const diff = page.getByTestId('playbook-diff');
    await diff.getByRole('list', { name: 'Summary of changes' }).getByText(/Changed step “Send the notes and the next steps”: title/).waitFor();
    expect(await diff.getByLabel('Unified diff from version 1 to version 2').textContent()).toContain('+    title: Send the notes and the next steps');
    await expectAccessible(page);
    // Managers see the way to the editor.
    expect(await page.getByRole('link', { name: 'Edit draft' }).getAttribute('href')).toBe(`/library/${id}/edit`);
  });
});

describe('the library at phone width (375 px)', () => {
  const session = useBrowser({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  it('shows a playbook page and its flowchart without sideways scrolling', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await page.goto(RENEWAL);
    await page.getByRole('list', { name: 'Steps' }).getByTestId('playbook-step').first().waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.getByRole('tab', { name: 'Flowchart' }).click();
    await page.getByTestId('playbook-flowchart').locator('svg[role="img"]').waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('list', { name: 'Versions' }).waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
    // The palette fills the screen on a phone.
    await page.getByRole('button', { name: 'Search playbooks and accounts' }).click();
    await page.getByRole('textbox', { name: 'Search playbooks, accounts and pages' }).waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
  });
});
