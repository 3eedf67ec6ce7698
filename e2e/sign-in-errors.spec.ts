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

test('repeated failures against one account from one address are slowed down', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // A rerun takes an account of its own: the failures of an earlier try still count against the account.
  const rerun = testInfo.retry + testInfo.repeatEachIndex;
  const email = [demo.manager.email, 'askar.zhumabekov@demo.example.org', 'gulnara.sarsenova@demo.example.org'][rerun % 3]!;
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, email, `wrong-${i}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(invalidCredentials);
  }
  // The wait doubles with each failure (2 s, 4 s, 8 s …) and the refusal says how long is left. Keep
  // failing (waiting out a short wait, as a person would) until what is left is long enough to try
  // once more inside it: on a slow machine a short wait may be over before the next try arrives.
  const alert = page.getByRole('main').getByRole('alert');
  let secondsLeft = 0;
  for (let i = 0; i < 8 && secondsLeft < 5; i++) {
    await submitSignIn(page, email, `wrong-again-${i}`);
    await expect(alert).toHaveText(/Too many failed sign-ins|not correct/);
    const wait = /Wait (\d+) seconds?/.exec((await alert.textContent()) ?? '');
    secondsLeft = wait ? Number(wait[1]) : 0;
    if (secondsLeft > 0 && secondsLeft < 5) await page.waitForTimeout(secondsLeft * 1000);
  }
  expect(secondsLeft, 'a try after repeated failures is turned away with a wait of several seconds').toBeGreaterThanOrEqual(5);
  // Even the right password waits until the delay has passed.
  await submitSignIn(page, email, 'Demo-Password-2026');
  await expect(alert).toContainText('Too many failed sign-ins for this account or from this network.');
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
