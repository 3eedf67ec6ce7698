import { demo, expect, expectAccessible, signIn, signOut, test } from './fixtures';

test('the admin creates a user, changes the role, deactivates it, and the audit log records each change', async ({ page }) => {
  const email = `new.cio.${Date.now()}@example.org`;
  await signIn(page, demo.admin.email);
  await page.goto('/admin/users');
  await expectAccessible(page);

  const form = page.getByRole('region', { name: 'Create a user' });
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText("Enter the user's full name.")).toBeVisible();
  await expect(form.getByText('Enter an email address.')).toBeVisible();
  await expect(form.getByText('The password must be at least 12 characters long.')).toBeVisible();

  await form.getByLabel('Full name').fill('Malalai Noori');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption({ label: 'Trainee' });
  await form.getByLabel('Country').fill('Afghanistan');
  await form.getByLabel('Ministry or agency').fill('Ministry of Education');
  await form.getByLabel('Job title').fill('IT director');
  await form.getByLabel('Initial password').fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('The password must be at least 12 characters long.')).toBeVisible();
  await expect(form.getByLabel('Full name')).toHaveValue('Malalai Noori');

  await form.getByLabel('Initial password').fill('Kabul-Password-2026');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account created for ${email}.`);

  await form.getByLabel('Full name').fill('Someone Else');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill('Another-Password-2026');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('An account with this email address already exists.')).toBeVisible();

  const row = page.getByRole('row', { name: /Malalai Noori/ });
  await row.getByLabel('Change role for Malalai Noori').selectOption({ label: 'Programme manager' });
  await row.getByRole('button', { name: 'Save role' }).click();
  await expect(row.getByRole('status')).toHaveText('Role of Malalai Noori is now manager.');
  await expect(row.getByRole('cell', { name: 'Programme manager' })).toBeVisible();

  await signOut(page);
  await signIn(page, email, 'Kabul-Password-2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await signOut(page);

  await signIn(page, demo.admin.email);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Deactivate Malalai Noori' }).click();
  await expect(page.getByRole('row', { name: /Malalai Noori/ }).getByRole('cell', { name: 'Deactivated' })).toBeVisible();

  await page.goto('/admin/audit');
  const log = page.getByRole('table');
  await expect(log.getByRole('row', { name: /user\.created/ }).first()).toContainText(email);
  await expect(log.getByRole('row', { name: /user\.role-changed/ }).first()).toContainText('"to":"manager"');
  await expect(log.getByRole('row', { name: /user\.deactivated/ }).first()).toBeVisible();
  await expectAccessible(page);
});

test('an admin cannot change their own role or deactivate themselves', async ({ page }) => {
  await signIn(page, demo.admin.email);
  await page.goto('/admin/users');
  const row = page.getByRole('row', { name: /Amina Rahimi/ });
  await expect(row.getByRole('button', { name: /Deactivate/ })).toHaveCount(0);
  await expect(row.getByRole('combobox')).toHaveCount(0);
});
