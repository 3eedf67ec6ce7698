import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-Password-2026';

export const demo = {
  admin: { email: 'admin@example.org', name: 'Amina Rahimi' },
  instructor: { email: 'instructor@example.org', name: 'Min-jun Park' },
  manager: { email: 'manager@example.org', name: 'Aigerim Sadykova' },
  trainee: { email: 'trainee@example.org', name: 'Farid Ahmadi' },
} as const;

let clientCounter = 0;

/** Every test gets its own client address, so sign-in throttling in one test never leaks into another. */
export const test = base.extend<{ clientAddress: string }>({
  clientAddress: async ({}, provide, testInfo) => {
    clientCounter += 1;
    await provide(`10.77.${testInfo.workerIndex}.${(clientCounter % 250) + 1}`);
  },
  page: async ({ page, clientAddress }, provide) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress });
    await provide(page);
  },
});

export { expect };

/** Fails the test on any axe violation of the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams a page's <title> with its metadata, and a server action's re-render replaces it: wait
  // for it (a page that never gets one still fails here) rather than let axe catch the moment between.
  await expect(page, `no document title on ${page.url()}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Fills and submits the sign-in form. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the role's home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, email, password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
}
