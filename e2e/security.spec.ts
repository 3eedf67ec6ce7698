import { DEMO_PASSWORD, demo, expect, expectAccessible, signIn, signOut, test } from './fixtures';

// Each decodes to a path the browser would read as another site (a tab or line break dropped, `\` read as `/`), or is one.
const openRedirects = ['/%09/example.org', '/%0a/example.org', '/%0d/example.org', '/%0d%0a/example.org', '/%5C/example.org', '//example.org', 'https://example.org/'];

for (const callbackUrl of openRedirects) {
  test(`sign-in with callbackUrl=${callbackUrl} ends on the app's own page`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const response = await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(response?.status()).toBe(200);
    await expectAccessible(page);
    await page.getByLabel('Email').fill(demo.trainee.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    await expectAccessible(page);

    // Already signed in, the sign-in page redirects at once: still to our own page, never a 500.
    const again = await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    expect(again?.status()).toBe(200);
    expect(new URL(page.url()).origin).toBe(origin);
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
    await expectAccessible(page);
  });
}

test('a broken percent-encoding in the address answers 400, not 500, without signing in', async ({ request }) => {
  for (const path of ['/verify/%', '/set-password/%', '/api/certificates/%', '/verify/%E0%A4%A']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
});

test('pages carry a Content-Security-Policy with a nonce and a Permissions-Policy', async ({ page }) => {
  const response = await page.goto('/sign-in');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['permissions-policy']).toContain('camera=()');
  // The page still works under the policy: its scripts run and validate the form.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expectAccessible(page);
});

test('a session token replayed after sign-out no longer works', async ({ page, browser }) => {
  await signIn(page, demo.instructor.email);
  const stolen = await page.context().cookies();
  await signOut(page);

  const replay = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.99.1.1' } });
  await replay.addCookies(stolen);
  const other = await replay.newPage();
  await other.goto('/author');
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fauthor/);
  await expectAccessible(other);
  expect((await other.request.get('/api/me')).status()).toBe(401);
  await replay.close();
});

test('changing the password on the profile signs out the other sessions and keeps this one', async ({ page, browser }) => {
  const email = 'dilnoza.yusupova@example.org';
  const chosen = 'Another-Long-Password-2026';
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.99.2.1' } });
  const other = await elsewhere.newPage();
  await signIn(other, email);
  await signIn(page, email);
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Change password' })).toBeVisible();
  await expectAccessible(page);

  async function change(current: string, next: string, confirm = next) {
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again').fill(confirm);
    await page.getByRole('button', { name: 'Change password' }).click();
  }

  await change('not-my-password', chosen);
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await expectAccessible(page);
  await change(DEMO_PASSWORD, 'é'.repeat(40));
  await expect(page.getByText(/The new password is too long for safe storage: at most 72 bytes/)).toBeVisible();
  await change(DEMO_PASSWORD, chosen, `${chosen}-typo`);
  await expect(page.getByText('The two new passwords are not the same. Type the same password twice.')).toBeVisible();

  await change(DEMO_PASSWORD, chosen);
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed. Your other sessions have been signed out.' })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  await other.goto('/learn');
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Flearn/);
  await expectAccessible(other);
  await elsewhere.close();

  // Put the demo password back for the specs that sign in as this trainee, and prove it works.
  const changed = page.getByRole('status').filter({ hasText: 'Your password has been changed.' });
  await change(chosen, DEMO_PASSWORD);
  await expect(changed).toHaveCount(0);
  await expect(changed).toBeVisible();
  await signOut(page);
  await signIn(page, email);
});
