import { demo, expect, expectAccessible, signIn, signOut, test } from './fixtures';
import { linkIn, SmtpInbox } from './smtp-inbox';

const PROGRAMME = 'e-Government Leadership for Government CIOs';
const stamp = Date.now();
const cohortName = `Herat CIO cohort ${stamp}`;
const trainee = { name: 'Zarghona Safi', email: `zarghona.${stamp}@example.org` };
const PASSWORD = 'Herat-Autumn-Password-2026';
const eventTitle = `Budget seminar ${stamp}`;

/** Kabul is UTC+04:30 all year: the local "YYYY-MM-DDTHH:mm" of an instant there. */
const kabulLocal = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000 + 270 * 60_000).toISOString().slice(0, 16);
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Text without the Unicode isolates that wrap user-typed names and titles inside messages. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

const inbox = new SmtpInbox();
test.beforeAll(() => inbox.start());
test.afterAll(() => inbox.stop());

test.describe.serial('email and in-app notifications', () => {
  let managerLink = '';
  let cohortUrl = '';

  test('a manager adds a trainee, whose set-password link arrives by email and works', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demo.manager.email);
    await page.goto('/manage/cohorts/new');
    await page.getByLabel('Cohort name').fill(cohortName);
    await page.getByLabel('Programme').selectOption({ label: PROGRAMME });
    await page.getByLabel('Time zone').selectOption('Asia/Kabul');
    await page.getByLabel('Start date').fill(day(-1));
    await page.getByLabel('End date').fill(day(200));
    await page.getByLabel('Completion target').fill(day(100));
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
    cohortUrl = new URL(page.url()).pathname;

    await page.getByLabel('Email', { exact: true }).fill(trainee.email);
    await page.getByLabel('Full name').fill(trainee.name);
    await page.getByLabel('Country').fill('Afghanistan');
    await page.getByRole('button', { name: 'Add trainee' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Account created for ${trainee.name}` })).toBeVisible();
    managerLink = await page.getByLabel(`Set-password link for ${trainee.name} (${trainee.email})`).inputValue();
    await expectAccessible(page);
    await signOut(page);

    const invitation = await inbox.waitFor(trainee.email, /set the password of your new account/);
    expect(invitation.html).toContain('lang="en" dir="ltr"');
    const emailed = linkIn(invitation.text, '/set-password/');
    expect(emailed).toBe(managerLink);
    expect(linkIn(invitation.text, '/unsubscribe')).toMatch(/token=\d+\.all\./);

    await page.goto(emailed);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password is saved.');
    await signIn(page, trainee.email, PASSWORD);
    await expect(page.getByRole('link', { name: 'Notifications, none unread' })).toBeVisible();
    await signOut(page);
  });

  test('an event scheduled in the cohort reaches the trainee in the app and by email; the email unsubscribes', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demo.manager.email);
    await page.goto(`${cohortUrl}/events/new`);
    const start = Date.now() + 3 * 86_400_000;
    await page.getByLabel('Title').fill(eventTitle);
    await page.getByLabel('Kind of event').selectOption({ label: 'Seminar' });
    await page.getByLabel('Starts').fill(kabulLocal(start));
    await page.getByLabel('Ends').fill(kabulLocal(start + 2 * 3_600_000));
    await page.getByLabel('Place').fill('Herat, Provincial Governor’s Office');
    await page.getByRole('button', { name: 'Schedule event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    await signOut(page);

    await signIn(page, trainee.email, PASSWORD);
    const bell = page.getByRole('link', { name: 'Notifications, 1 unread' });
    await expect(bell).toBeVisible();
    await expectAccessible(page);
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const notification = page.getByRole('link', { name: new RegExp(eventTitle) });
    await expect(notification).toBeVisible();
    expect(plain(await notification.textContent())).toContain(`Event in ${cohortName}: “${eventTitle}”`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Marked as read.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Notifications, none unread' })).toBeVisible();

    const eventMail = await inbox.waitFor(trainee.email, new RegExp(eventTitle));
    expect(plain(eventMail.subject)).toContain(`Event in ${cohortName}: “${eventTitle}”`);
    expect(linkIn(eventMail.text, '/learn')).toMatch(/^http:\/\/localhost:\d+\/learn$/);
    const unsubscribe = linkIn(eventMail.text, '/unsubscribe');
    await signOut(page);

    // Public: no sign-in needed. Opening the link changes nothing; the button does.
    await page.goto(unsubscribe);
    await expect(page.getByText('Stop email about “Events scheduled or changed in your cohorts”?')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(/^Done: you will no longer get email about “Events scheduled or changed in your cohorts”/);
    await page.goto(unsubscribe.replace(/token=(\d+)/, (_m, id: string) => `token=${Number(id) + 1}`));
    await expect(page.getByRole('alert').filter({ hasText: 'This unsubscribe link is not valid' })).toBeVisible();
    await expectAccessible(page);

    await signIn(page, trainee.email, PASSWORD);
    await page.goto('/profile');
    await expect(page.getByRole('group', { name: 'Events scheduled or changed in your cohorts' }).getByLabel('In the app only')).toBeChecked();
    await page.getByRole('group', { name: 'Mentions of you' }).getByLabel('Daily digest email').check();
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your notification settings have been saved.' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a changed event notifies the trainee in the app only, as the unsubscribe chose', async ({ page }) => {
    await signIn(page, demo.manager.email);
    await page.goto(cohortUrl);
    await page.getByRole('link', { name: `Attendance: ${eventTitle}` }).click();
    await page.getByRole('link', { name: 'Change this event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change the event' })).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue(eventTitle);
    await expectAccessible(page);
    const starts = page.getByLabel('Starts');
    const later = new Date(new Date(`${await starts.inputValue()}:00Z`).getTime() + 3_600_000).toISOString().slice(0, 16);
    const ends = new Date(new Date(`${await page.getByLabel('Ends').inputValue()}:00Z`).getTime() + 3_600_000).toISOString().slice(0, 16);
    await page.getByLabel('Ends').fill(ends);
    await starts.fill(later);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    await signOut(page);

    await signIn(page, trainee.email, PASSWORD);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    const changed = page.getByRole('link', { name: new RegExp(eventTitle) }).filter({ hasText: 'Event changed in' });
    await expect(changed).toBeVisible();
    expect(plain(await changed.textContent())).toContain(`Event changed in ${cohortName}: “${eventTitle}”, now`);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All notifications are marked as read.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Notifications, none unread' })).toBeVisible();
    await expectAccessible(page);
  });

  test('an administrator reads the outbox', async ({ page }) => {
    await signIn(page, demo.admin.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Email outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Email outbox' })).toBeVisible();
    await expect(page.getByText('Emails are sent through the configured SMTP server.')).toBeVisible();
    const invitation = page.getByRole('row').filter({ hasText: trainee.email }).filter({ hasText: 'set the password of your new account' });
    await expect(invitation).toContainText('Sent');
    await expect(invitation).toContainText('English');
    // One event email: the change came after the trainee stopped event emails.
    const eventMails = page.getByRole('row').filter({ hasText: trainee.email }).filter({ hasText: eventTitle });
    await expect(eventMails).toHaveCount(1);
    await expect(eventMails).toContainText('Sent');
    await expectAccessible(page);
  });
});

test('someone signed out cannot read notifications or the outbox', async ({ page }) => {
  await page.goto('/notifications');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications/);
  await signIn(page, demo.trainee.email);
  expect((await page.goto('/admin/outbox'))?.status()).toBe(403);
});
