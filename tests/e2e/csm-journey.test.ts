import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAccessibilityViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { DEMO, signInQuickly, signInThroughForm } from './support/demo.ts';
import { activeElementText, documentScrollWidth } from './support/dom.ts';

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

interface WorklistStep {
  id: string;
  title: string;
  kind: string;
  state: string;
  playId: string;
  stepId: string;
  ownerName: string | null;
  skipReason: string | null;
  draft: { subject: string | null; mailto: string | null } | null;
  account: { id: string; name: string; healthTier: string | null };
  play: { id: string; playbookId: string };
}
interface Worklist { counts: { today: number; overdue: number; upcoming: number }; steps: WorklistStep[] }

async function worklist(request: APIRequestContext, query: string): Promise<Worklist> {
  const res = await request.get(`/api/me/steps?${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

async function allSteps(request: APIRequestContext, query = ''): Promise<WorklistStep[]> {
  const [today, upcoming] = await Promise.all([worklist(request, `view=today&${query}`), worklist(request, `view=upcoming&${query}`)]);
  return [...today.steps, ...upcoming.steps];
}

/** The demo's plays start in the background right after the first start: wait for them once. */
async function waitForSteps(request: APIRequestContext, query = ''): Promise<void> {
  await expect.poll(async () => (await allSteps(request, query)).length, { timeout: 150_000, interval: 1_000 }).toBeGreaterThan(0);
}

async function playSteps(request: APIRequestContext, playId: string): Promise<WorklistStep[]> {
  const res = await request.get(`/api/plays/${playId}`);
  expect(res.status()).toBe(200);
  return (await res.json()).steps;
}

/**
 * The first step of an at-risk play on one of the CSM's at-risk accounts: the demo's engine starts
 * such plays on first run. Other test files share the server, so if they used them all up, the
 * test starts one the way a CSM would (POST /api/plays) instead of faking anything.
 */
async function atRiskPlayFirstStep(request: APIRequestContext): Promise<WorklistStep> {
  const atRisk = (step: WorklistStep) => step.play.playbookId === 'at-risk' && step.stepId === 'diagnose' && step.state === 'open' && ['at-risk', 'critical'].includes(step.account.healthTier ?? '');
  const found = (await allSteps(request)).find(atRisk);
  if (found) return found;
  const me = (await (await request.get('/api/auth/me')).json()).user;
  const accounts = (await (await request.get(`/api/accounts?ownerId=${me.id}&healthTier=at-risk&pageSize=50`)).json()).data as { id: string }[];
  for (const account of accounts) {
    const res = await request.post('/api/plays', { data: { playbookId: 'at-risk', accountId: account.id } });
    if (res.status() === 409) continue;
    expect(res.status()).toBe(201);
    const steps = await playSteps(request, (await res.json()).id);
    const first = steps.find((step) => step.stepId === 'diagnose')!;
    return (await allSteps(request)).find((step) => step.id === first.id)!;
  }
  throw new Error('no at-risk account of the CSM could start the at-risk playbook');
}

const stepCard = (page: Page, stepId: string) => page.locator(`article[data-step-id="${stepId}"]`);
const inPlay = (page: Page, playId: string, title: string) => page.locator(`[data-play-id="${playId}"] article`, { hasText: title });

describe('Today, the CSM\'s worklist', () => {
  const session = useBrowser();

  it('a new CSM works through the day: steps, an at-risk account, done, a decision, a skip', async () => {
    const { page } = session;
    // 1. Log in: Today is home.
    await signInThroughForm(page, DEMO.csm);
    await page.waitForURL((url) => url.pathname === '/today');
    await waitForSteps(page.request);
    await page.reload();

    // 2. Today's steps, with the counts the API gives, in sections.
    await page.locator('[data-worklist] article[data-step-id]').first().waitFor();
    const counts = (await worklist(page.request, 'view=today')).counts;
    expect(counts.today + counts.upcoming).toBeGreaterThan(0);
    const upcomingHeading = page.getByRole('region', { name: 'Upcoming', exact: true });
    await upcomingHeading.waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Due today' }).isVisible()).toBe(true);

    // 3. Open an at-risk account from one of its steps.
    const first = await atRiskPlayFirstStep(page.request);
    await page.reload();
    const card = stepCard(page, first.id);
    await card.waitFor();
    const group = page.locator('section', { has: card }).filter({ has: page.getByRole('link', { name: first.account.name, exact: true }) }).last();
    expect(await group.getByText(/^(At risk|Critical) · \d+$/).count()).toBe(1);
    expect(await group.getByText(/^Renewal/).count()).toBeGreaterThan(0);
    expect(await group.getByRole('link', { name: /At-risk/ }).getAttribute('href')).toBe('/library/at-risk');
    await group.getByRole('link', { name: first.account.name, exact: true }).click();
    await page.waitForURL(`**/accounts/${first.account.id}`);
    await page.getByRole('heading', { level: 1, name: first.account.name }).waitFor();
    await page.goBack();
    await card.waitFor();

    // 4. Complete the step in one click: it leaves the list and the decision it opens appears.
    await card.getByRole('button', { name: `Done: ${first.title}` }).click();
    await card.waitFor({ state: 'detached' });
    const decision = inPlay(page, first.play.id, 'How severe is it?');
    await decision.waitFor();
    expect((await playSteps(page.request, first.play.id)).find((step) => step.id === first.id)!.state).toBe('done');

    // 5. Answer the decision: the branch's step appears at once, with its agenda.
    await decision.getByRole('button', { name: 'at-risk', exact: true }).click();
    await decision.waitFor({ state: 'detached' });
    const call = inPlay(page, first.play.id, 'Diagnostic call within 48 hours');
    await call.waitFor();
    await call.getByRole('region', { name: /^Agenda for/ }).waitFor();
    const afterDecision = await playSteps(page.request, first.play.id);
    expect(afterDecision.find((step) => step.stepId === 'severity')).toMatchObject({ state: 'done', answer: 'at-risk' });

    // 6. Skip the call, saying why: without a reason the server's error sits beside the field.
    await call.getByRole('button', { name: 'Skip: Diagnostic call within 48 hours' }).click();
    const dialog = page.getByRole('dialog', { name: /^Skip/ });
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Talked on Friday already');
    await dialog.getByRole('button', { name: 'Skip step' }).click();
    const reason = dialog.getByRole('textbox', { name: 'Reason' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await reason.getAttribute('aria-describedby'))!.split(' ');
    expect((await page.locator(describedBy.map((id) => `[id="${id}"]`).join(',')).allTextContents()).join(' ')).toContain('is required');
    expect(await dialog.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Talked on Friday already');
    await reason.fill('The customer asked to talk at the QBR instead');
    await dialog.getByRole('button', { name: 'Skip step' }).click();
    await dialog.waitFor({ state: 'detached' });
    await call.waitFor({ state: 'detached' });
    await inPlay(page, first.play.id, 'What is the main cause?').waitFor();
    const skipped = (await playSteps(page.request, first.play.id)).find((step) => step.stepId === 'diagnostic-call')!;
    expect(skipped).toMatchObject({ state: 'skipped', skipReason: 'The customer asked to talk at the QBR instead' });
  });

  it('shows an email step\'s draft with copy and mailto, ticks a checklist, and snoozes a step', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInQuickly(page, DEMO.csm);
    await waitForSteps(page.request);
    const steps = await allSteps(page.request);
    const email = steps.find((step) => step.kind === 'email' && step.draft?.mailto && step.state === 'open');
    expect(email, 'the demo gives the CSM email steps (QBR invitations)').toBeDefined();
    await page.goto('/today');
    const card = stepCard(page, email!.id);
    const draft = card.getByRole('region', { name: /^Email draft for/ });
    await draft.waitFor();
    expect(await draft.getByText(email!.draft!.subject!, { exact: true }).isVisible()).toBe(true);
    const mailto = await draft.getByRole('link', { name: /Open the email in your mail app/ }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:[^?]*\?subject=[^&]+&body=/);
    expect(decodeURIComponent(mailto!.split('subject=')[1]!.split('&')[0]!)).toBe(email!.draft!.subject);
    await draft.getByRole('button', { name: 'Copy the email draft' }).click();
    await draft.getByRole('button', { name: 'Copy the email draft' }).filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toContain(`Subject: ${email!.draft!.subject}`);

    // A checklist tick is saved.
    const withChecklist = steps.find((step) => step.state === 'open' && (step as unknown as { checklist: { done: boolean }[] }).checklist.some((item) => !item.done) && step.id !== email!.id)!;
    const listCard = stepCard(page, withChecklist.id);
    const box = listCard.locator('input[type="checkbox"]:not(:checked)').first();
    const label = (await box.getAttribute('id'))!;
    await box.check();
    await expect.poll(async () => ((await (await page.request.get(`/api/steps/${withChecklist.id}`)).json()).checklist as { done: boolean }[]).filter((item) => item.done).length).toBeGreaterThan(0);
    expect(await page.locator(`[id="${label}"]`).isChecked()).toBe(true);

    // Snooze until tomorrow: the step comes back as snoozed, in Upcoming.
    await card.getByRole('button', { name: `Snooze: ${email!.title}` }).click();
    await page.getByRole('menuitem', { name: 'Until tomorrow' }).click();
    await expect.poll(async () => (await (await page.request.get(`/api/steps/${email!.id}`)).json()).state).toBe('snoozed');
    await card.getByText(/^Snoozed until/).waitFor();
  });

  it('hands a step over to a colleague, who then owns it', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await waitForSteps(page.request);
    const step = (await allSteps(page.request)).find((s) => s.state === 'open' && s.kind === 'task');
    expect(step, 'the CSM has an open task').toBeDefined();
    await page.goto('/today');
    const card = stepCard(page, step!.id);
    await card.getByRole('button', { name: `Hand over: ${step!.title}` }).click();
    const dialog = page.getByRole('dialog', { name: /^Hand over/ });
    const to = dialog.getByRole('combobox', { name: 'To' });
    await to.fill('Priya');
    const priya = page.getByRole('option', { name: /Priya Shah/ });
    await expect.poll(async () => (await page.getByRole('option').allTextContents()).join(' | ')).toContain('Priya Shah');
    await priya.click();
    expect(await to.inputValue()).toMatch(/^Priya Shah/);
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('You know their CFO');
    await dialog.getByRole('button', { name: 'Hand over' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    const after = await (await page.request.get(`/api/steps/${step!.id}`)).json();
    expect(after).toMatchObject({ ownerName: 'Priya Shah', ownerRule: 'reassigned', state: 'open' });
  });

  it('lets a manager switch to the whole team and to one CSM, in the URL', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.manager);
    await waitForSteps(page.request, 'team=true');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/today');
    const whose = page.getByRole('combobox', { name: 'Whose steps' });
    await whose.click();
    await page.getByRole('option', { name: 'Whole team' }).click();
    await page.waitForURL((url) => url.searchParams.get('team') === 'true');
    const team = await allSteps(page.request, 'team=true');
    const owners = new Set(team.map((step) => step.ownerName));
    expect(owners.has('Sam Lee'), 'Sam is on Priya\'s team').toBe(true);
    await page.locator('[data-worklist] article[data-step-id]').first().waitFor();
    await expect.poll(() => page.getByText('Owner: Sam Lee').count()).toBeGreaterThan(0);

    await whose.click();
    await page.getByRole('option', { name: 'Sam Lee' }).click();
    await page.waitForURL((url) => url.searchParams.has('userId') && !url.searchParams.has('team'));
    const samId = new URL(page.url()).searchParams.get('userId')!;
    await page.getByText(/^Steps of Sam Lee/).waitFor();
    const sams = await allSteps(page.request, `userId=${samId}`);
    if (sams.length) await stepCard(page, sams[0]!.id).waitFor();
    // A shared link opens the same view.
    await page.reload();
    await page.getByText(/^Steps of Sam Lee/).waitFor();
    expect(await whose.inputValue()).toBe('Sam Lee');
  });

  it('sends a viewer, who has no worklist, to the accounts', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.viewer);
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/accounts');
    await page.goto('/today');
    await page.waitForURL((url) => url.pathname === '/accounts');
  });
});

describe('Today on a phone', () => {
  const session = useBrowser({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  it('fits 375 px without sideways scrolling and has no serious axe violations', async () => {
    const { page } = session;
    await signInQuickly(page, DEMO.csm);
    await waitForSteps(page.request);
    await page.goto('/today');
    await page.locator('[data-worklist] article[data-step-id]').first().waitFor();
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(375);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
