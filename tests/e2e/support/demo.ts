import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'playmaker-demo';
export const DEMO = {
  admin: 'admin@demo.playmaker.dev',
  manager: 'manager@demo.playmaker.dev',
  csm: 'csm@demo.playmaker.dev',
  viewer: 'viewer@demo.playmaker.dev',
} as const;

/** Signs in through the login form, as a person would, and waits for the app to show. */
export async function signInThroughForm(page: Page, email: string, path = '/login'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Signs in through the API (same cookie as the form), for tests about something else. */
export async function signInQuickly(page: Page, email: string): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD }, timeout: 60_000 });
  if (!res.ok()) throw new Error(`sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}
