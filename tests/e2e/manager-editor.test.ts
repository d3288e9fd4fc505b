import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly, signInThroughForm } from './support/demo.ts';
import { documentScrollWidth } from './support/dom.ts';

// The QBR playbook: no other browser test uses it, and its signal trigger matches demo accounts.
const PLAYBOOK = 'qbr';

/** Puts the cursor at the start of the editor line holding `text` (CodeMirror renders one .cm-line per line). */
async function cursorToLine(page: Page, text: string) {
  await page.locator('.cm-line', { hasText: text }).first().click();
  await page.keyboard.press('Home');
}

/** Replaces the first `length` characters of the line holding `text` with `replacement`. */
async function replaceAtLineStart(page: Page, text: string, length: number, replacement: string) {
  await cursorToLine(page, text);
  for (let i = 0; i < length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type(replacement);
}

describe('a manager edits a playbook draft', () => {
  const session = useBrowser();

  it('sees a lint error at its line, fixes it, dry-runs the trigger, publishes with a changelog and sees the diff', async () => {
    const { page } = session;
    await signInThroughForm(page, DEMO.manager);
    const draft = (await (await page.request.get(`/api/playbooks/${PLAYBOOK}/draft`)).json()) as { source: string };
    const before = (await (await page.request.get(`/api/playbooks/${PLAYBOOK}`)).json()) as { currentVersion: number };
    const categoryLine = draft.source.split('\n').findIndex((line) => line.startsWith('category:')) + 1;

    await page.goto(`/library/${PLAYBOOK}`);
    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.waitForURL(`**/library/${PLAYBOOK}/edit`);
    const editor = page.getByRole('textbox', { name: 'Playbook YAML' });
    await editor.waitFor();
    await page.getByText('No problems found.').waitFor();

    // A typo in a field name: the linter marks that line, in the gutter, underlined and in the list.
    await replaceAtLineStart(page, 'category: qbr', 'category'.length, 'categori');
    const problem = page.getByRole('button', { name: new RegExp(`^Error at line ${categoryLine}, column 1: `) });
    await problem.waitFor();
    await page.locator('.cm-gutter-lint .cm-lint-marker-error').first().waitFor();
    await page.locator('.cm-lintRange-error', { hasText: 'categori' }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Publish/ }).isDisabled()).toBe(true);

    // The problem list moves the cursor to the line.
    await page.locator('.cm-line', { hasText: 'when_to_use' }).first().click();
    await problem.click();
    await expect.poll(() => page.locator('.cm-activeLine').first().textContent()).toContain('categori');

    await replaceAtLineStart(page, 'categori: qbr', 'categori'.length, 'category');
    await page.getByText('No problems found.').waitFor();

    // The change to publish: a shorter review cadence.
    await cursorToLine(page, 'review_every: 90d');
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('60d');
    await page.getByText('No problems found.').waitFor();
    await page.getByTestId('draft-state').filter({ hasText: 'Unsaved changes' }).waitFor();

    // The side preview: steps with owner and due offset, and the flowchart.
    const steps = page.getByTestId('draft-steps');
    await steps.getByRole('cell', { name: 'Invite the sponsor and champion' }).waitFor();
    await steps.getByRole('cell', { name: '2 days after the start' }).first().waitFor();
    await page.getByTestId('draft-flowchart').locator('svg').waitFor();

    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');

    // The dry run: accounts matching the trigger now, with the values that made them match.
    await page.getByRole('tab', { name: 'Dry run' }).click();
    await page.getByRole('button', { name: 'Dry run trigger' }).click();
    const result = page.getByTestId('dry-run-result');
    const summary = await result.getByRole('status').textContent();
    expect(Number(/^(\d+) accounts? match/.exec(summary ?? '')?.[1])).toBeGreaterThan(0);
    await result.getByRole('link').first().waitFor();
    expect(await result.getByText('touch_model').count()).toBeGreaterThan(0);
    expect(await result.getByText('event.qbr_held.days_since').count()).toBeGreaterThan(0);

    // Publish: the changelog note is required, then the new version and its diff show.
    await page.getByRole('button', { name: /^Publish/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish a new version' });
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.getByText('Say what changed').waitFor();
    await dialog.getByLabel('Changelog').fill('Review QBR content every 60 days');
    await dialog.getByRole('radio', { name: /Keep them on the version/ }).check();
    await dialog.getByRole('button', { name: 'Publish' }).click();

    const next = before.currentVersion + 1;
    const published = page.getByTestId('publish-result');
    await published.getByText(`Published version ${next}`).waitFor();
    await published.getByText('Review QBR content every 60 days').waitFor();
    const diff = published.getByTestId('playbook-diff');
    await diff.getByText('-review_every: 90d').waitFor();
    await diff.getByText('+review_every: 60d').waitFor();
    await page.getByTestId('draft-state').filter({ hasText: 'No draft saved' }).waitFor();

    const versions = (await (await page.request.get(`/api/playbooks/${PLAYBOOK}/versions`)).json()) as { versions: { number: number; changelog: string }[] };
    expect(versions.versions[0]).toMatchObject({ number: next, changelog: 'Review QBR content every 60 days' });

    await published.getByRole('link', { name: `Open version ${next} in the library` }).click();
    await page.waitForURL(`**/library/${PLAYBOOK}?version=${next}`);
    await page.getByRole('heading', { level: 1, name: 'Quarterly business review' }).waitFor();
  });

  it('keeps the text when someone else saved the draft meanwhile, and says what to do', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.manager);
    await page.goto(`/library/${PLAYBOOK}/edit`);
    await page.getByRole('textbox', { name: 'Playbook YAML' }).waitFor();
    await page.getByText('No problems found.').waitFor();

    // Another manager saves first.
    const theirs = (await (await page.request.get(`/api/playbooks/${PLAYBOOK}/draft`)).json()) as { source: string; templates: Record<string, string>; revision: number };
    const saved = await page.request.put(`/api/playbooks/${PLAYBOOK}/draft`, { data: { source: theirs.source.replace('priority: 45', 'priority: 46'), templates: theirs.templates, revision: theirs.revision } });
    expect(saved.status()).toBe(200);

    await cursorToLine(page, 'priority: 45');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else saved this draft after you opened it' }).waitFor();
    expect(await page.locator('.cm-line', { hasText: 'priority: 44' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Save mine over theirs' }).click();
    await page.getByTestId('draft-state').filter({ hasText: 'Draft saved' }).waitFor();
    const after = (await (await page.request.get(`/api/playbooks/${PLAYBOOK}/draft`)).json()) as { source: string };
    expect(after.source).toContain('priority: 44');
    await page.request.delete(`/api/playbooks/${PLAYBOOK}/draft`);
  });

  it('creates a new playbook and opens its first draft, refusing an id that exists', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.manager);
    await page.goto('/library/new');
    await page.getByRole('textbox', { name: 'Title' }).fill('E2E new playbook');
    const id = page.getByRole('textbox', { name: 'Id' });
    expect(await id.inputValue()).toBe('e2e-new-playbook');
    await id.fill(PLAYBOOK);
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.getByText('A playbook with this id exists already').waitFor();

    await id.fill('e2e-new-playbook');
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.waitForURL('**/library/e2e-new-playbook/edit');
    await page.getByRole('heading', { name: 'Edit E2E new playbook' }).waitFor();
    await page.getByText('No problems found.').waitFor();
    await page.getByTestId('draft-steps').getByRole('cell', { name: 'The first thing to do' }).waitFor();
    await page.getByTestId('draft-state').filter({ hasText: 'Draft saved' }).waitFor();
  });

  it('works at phone width', async () => {
    const context = await session.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await signInQuickly(page, DEMO.manager);
    await page.goto(`/library/${PLAYBOOK}/edit`);
    await page.getByRole('textbox', { name: 'Playbook YAML' }).waitFor();
    await page.getByText('No problems found.').waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
  });
});
