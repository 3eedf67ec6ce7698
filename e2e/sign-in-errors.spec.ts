import { demo, expect, expectAccessible, signIn, submitSignIn, test } from './fixtures';

const invalidCredentials = 'The email address or password is not correct.';

test('an unknown email and a wrong password get the same message, with no hint which one was wrong', async ({ page }) => {
  await submitSignIn(page, 'nobody@example.org', 'Demo-Password-2026');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(invalidCredentials);
  await expectAccessible(page);

  await submitSignIn(page, demo.trainee.email, 'not-the-password');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(invalidCredentials);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Password')).not.toHaveValue('Demo-Password-2026');
});

test('empty fields are named before anything is sent', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

test('a 10,000-character field gets a clear message and no crash', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(`${'a'.repeat(9_988)}@example.org`);
  await page.getByLabel('Password').fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email address is too long: at most 254 characters.')).toBeVisible();
  await expect(page.getByText('That password is too long: at most 200 characters.')).toBeVisible();
});

test('the server refuses an oversized field sent straight to the sign-in endpoint', async ({ request }) => {
  const csrf = await (await request.get('/api/auth/csrf')).json();
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken: csrf.csrfToken, email: 'x'.repeat(10_000), password: 'y'.repeat(10_000), json: 'true' },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const location = response.headers()['location'] ?? (await response.text());
  expect(location).toContain('error=invalid-input');
  expect(location).not.toContain('yyyy');
});

test('repeated failures against one account from one address are slowed down', async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, demo.manager.email, `wrong-${i}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(invalidCredentials);
  }
  // The wait doubles with each failure (2 s, 4 s, 8 s …): on a slow machine the first may already have
  // passed when the next try arrives, so keep failing until a try is turned away, at most five times.
  const throttled = 'Too many failed sign-ins for this account or from this network.';
  let turnedAway = 0;
  for (let i = 0; i < 5 && turnedAway < 2; i++) {
    await submitSignIn(page, demo.manager.email, `wrong-again-${i}`);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toHaveText(/Too many failed sign-ins|not correct/);
    if ((await alert.textContent())?.includes('Too many')) turnedAway += 1;
  }
  expect(turnedAway, 'a try after repeated failures is turned away').toBeGreaterThan(0);
  // Even the right password waits until the delay (now several seconds) has passed.
  await submitSignIn(page, demo.manager.email, 'Demo-Password-2026');
  await expect(page.getByRole('main').getByRole('alert')).toContainText(throttled);
});

test('a deactivated account cannot sign in, and the admin can reactivate it', async ({ page, browser }) => {
  await signIn(page, demo.admin.email);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Deactivate Tenzin Dorji' }).click();
  await expect(page.getByRole('status')).toHaveText('Tenzin Dorji has been deactivated.');
  await expect(page.getByRole('row', { name: /Tenzin Dorji/ }).getByRole('cell', { name: 'Deactivated' })).toBeVisible();

  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.88.0.1' } });
  const other = await context.newPage();
  await submitSignIn(other, 'tenzin.dorji@example.org', 'Demo-Password-2026');
  await expect(other.getByRole('main').getByRole('alert')).toHaveText(
    'This account has been deactivated. Ask your programme administrator to reactivate it.',
  );
  await expectAccessible(other);

  await page.getByRole('button', { name: 'Reactivate Tenzin Dorji' }).click();
  await expect(page.getByRole('status')).toHaveText('Tenzin Dorji has been reactivated.');
  await signIn(other, 'tenzin.dorji@example.org');
  await expect(other.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
  await context.close();
});
