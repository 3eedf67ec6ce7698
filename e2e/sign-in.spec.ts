import { demo, expect, expectAccessible, signIn, signOut, test } from './fixtures';

const homes = [
  { role: 'trainee', heading: 'My learning', path: '/learn', nav: ['My learning'], hidden: ['Authoring', 'Cohorts', 'Users'] },
  { role: 'instructor', heading: 'Authoring', path: '/author', nav: ['Authoring'], hidden: ['My learning', 'Cohorts', 'Users'] },
  { role: 'manager', heading: 'Cohorts', path: '/manage', nav: ['Cohorts'], hidden: ['My learning', 'Authoring', 'Users'] },
  { role: 'admin', heading: 'Users', path: '/admin/users', nav: ['My learning', 'Authoring', 'Cohorts', 'Users', 'Audit log'], hidden: [] },
] as const;

const restricted: Record<string, string[]> = {
  trainee: ['/author', '/manage', '/admin/users', '/admin/audit'],
  instructor: ['/learn', '/manage', '/admin/users'],
  manager: ['/learn', '/author', '/admin/audit'],
  admin: [],
};

test('the public home page says what CIO Academy is and links to sign-in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership for digital government' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
});

for (const home of homes) {
  test(`the demo ${home.role} signs in, sees their own home and only what the role may use`, async ({ page }) => {
    await signIn(page, demo[home.role].email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of home.nav) await expect(nav.getByRole('link', { name: label })).toBeVisible();
    for (const label of home.hidden) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
    await expectAccessible(page);

    for (const path of restricted[home.role] ?? []) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
      await expectAccessible(page);
    }

    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(200);
    const body = await me.json();
    expect(body).toMatchObject({ email: demo[home.role].email, role: home.role });
    expect(JSON.stringify(body)).not.toContain('password');

    await page.goto(home.path);
    await signOut(page);
    const after = await page.goto(home.path);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect(after?.status()).toBe(200);
  });
}

test('protected pages redirect to sign-in and the API answers 401 without a session', async ({ page, request }) => {
  for (const path of ['/learn', '/author', '/manage', '/admin/users', '/home']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
  }
  const api = await request.get('/api/me');
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: 'unauthenticated:session', message: 'Sign in to continue.' });
});

test('after sign-in the user returns to the page they asked for', async ({ page }) => {
  await page.goto('/admin/audit');
  await expect(page).toHaveURL(/callbackUrl=%2Fadmin%2Faudit/);
  await page.getByLabel('Email').fill(demo.admin.email);
  await page.getByLabel('Password').fill('Demo-Password-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expectAccessible(page);
});
