import { demo, DEMO_PASSWORD, expect, expectAccessible, test } from './fixtures';

// On a slow link the server's HTML shows seconds before the script that runs its forms.
test('before the script arrives, sign-in fields wait disabled; nothing typed is lost and no password reaches the address', async ({ page }) => {
  let release!: () => void;
  const scriptsArrive = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await scriptsArrive;
    await route.continue();
  });
  const addresses: string[] = [];
  page.on('request', (request) => addresses.push(request.url()));

  await page.goto('/sign-in', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeDisabled();
  await expect(page.getByLabel('Password')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();

  release();
  await expect(page.getByLabel('Email')).toBeEnabled();
  await page.getByLabel('Email').fill(demo.trainee.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectAccessible(page);
  expect(addresses.filter((address) => address.includes('password') || address.includes(encodeURIComponent(DEMO_PASSWORD)))).toEqual([]);
});
