import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demo, expect, expectAccessible, signIn, signOut, test } from './fixtures';

const PROGRAMME = 'e-Government Leadership for Government CIOs';
const stamp = Date.now();
const cohortName = `Kabul CIO cohort ${stamp}`;
const malalai = { name: 'Malalai Noori', email: `malalai.${stamp}@example.org` };
const NEW_PASSWORD = 'Kabul-Spring-Password-2026';

/** Kabul is UTC+04:30 all year: the local "YYYY-MM-DDTHH:mm" of an instant there. */
const kabulLocal = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000 + 270 * 60_000).toISOString().slice(0, 16);
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A trainee list as a spreadsheet saves it: BOM, CRLF, quotes, an Arabic name, a formula, a bad and a repeated row. */
function writeTraineeList(): string {
  const lines = [
    '\uFEFFName,Email,Country,Ministry/Agency,Job title',
    `${malalai.name},${malalai.email},Afghanistan,"Ministry of Communications, IT",CIO`,
    `"ليلى الحسيني",layla.h.${stamp}@example.org,Jordan,MoDEE,Director`,
    'Sione Tupou,sione.tupou@example.org,Tonga,MEIDECC,CIO',
    'Bad Email,not-an-email,Fiji,ITC,CIO',
    `Malalai Again,${malalai.email.toUpperCase()},Afghanistan,MCIT,CIO`,
    `"=HYPERLINK(""http://evil.example"",""x"")",formula.${stamp}@example.org,Fiji,ITC,CIO`,
  ];
  const path = join(mkdtempSync(join(tmpdir(), 'cio-enrol-')), 'trainees.csv');
  writeFileSync(path, lines.join('\r\n') + '\r\n', 'utf8');
  return path;
}

test.describe.serial('programme manager: cohort, enrolment, events and attendance', () => {
  let setPasswordLink = '';
  let eventStartUtc = '';

  test('the manager creates a cohort, bulk-enrols from a CSV, schedules an event, downloads it and records attendance', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demo.manager.email);
    await page.goto('/manage');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Create a cohort' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create a cohort' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Cohort name').fill(cohortName);
    await page.getByLabel('Programme').selectOption({ label: PROGRAMME });
    await page.getByLabel('Time zone').selectOption('Asia/Kabul');
    await page.getByLabel('Start date').fill(day(-1));
    await page.getByLabel('End date').fill(day(-2));
    await page.getByLabel('Completion target').fill(day(100));
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
    await expect(page.getByLabel('Cohort name')).toHaveValue(cohortName);
    await expectAccessible(page);
    await page.getByLabel('End date').fill(day(200));
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Completion dashboard' })).toHaveAttribute('href', /\/manage\/cohorts\/\d+\/dashboard$/);
    await expectAccessible(page);
    const cohortUrl = page.url();

    // Bulk enrolment: refusals first, then the preview, then one transaction.
    await page.getByRole('link', { name: 'Enrol trainees from a CSV file' }).click();
    await expectAccessible(page);
    const file = page.getByLabel('Trainee list (CSV file)');
    await file.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(20 * 1024 * 1024, 'a') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The file is 20 MB; the limit is 5 MB.' })).toBeVisible();
    await file.setInputFiles({ name: 'no-job.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email,country,ministry\nA,a@example.org,X,Y\n') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The file has no column named job_title.' })).toBeVisible();

    await file.setInputFiles(writeTraineeList());
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('heading', { name: 'Preview: nothing has been saved yet' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '3 new accounts, 1 existing account to add, 0 already in this cohort, 2 lines that cannot be enrolled.' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Bad Email/ })).toContainText('The email address is not valid.');
    await expect(page.getByRole('row', { name: /Malalai Again/ })).toContainText('The same email address is already on line 2.');
    await expect(page.getByRole('row', { name: /ليلى الحسيني/ })).toContainText('New account');
    await expect(page.getByRole('row', { name: /Sione Tupou/ })).toContainText('Existing account');
    await expect(page.getByRole('row', { name: /HYPERLINK/ })).toContainText('New account');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enrol 4 trainees' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Enrolment saved: 3 new accounts and 1 existing account joined the cohort. 2 lines were skipped.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '3 one-time set-password links' })).toBeVisible();
    setPasswordLink = await page.getByLabel(`Set-password link for ${malalai.name} (${malalai.email})`).inputValue();
    expect(setPasswordLink).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('status').filter({ hasText: '0 new accounts, 0 existing accounts to add, 4 already in this cohort' })).toBeVisible();
    await expect(page.getByText('There is nothing to enrol')).toBeVisible();

    await page.goto(cohortUrl);
    await expect(page.getByRole('row', { name: new RegExp(malalai.name) })).toContainText('Has not chosen a password yet.');
    await page.getByLabel('Instructor', { exact: true }).selectOption({ label: `${demo.instructor.name} (${demo.instructor.email})` });
    await page.getByRole('button', { name: 'Add instructor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The instructor has been added to the cohort.' })).toBeVisible();

    // An event, entered in Kabul time; it began an hour ago, so attendance can be taken.
    await page.getByRole('link', { name: 'Schedule an event' }).click();
    await expectAccessible(page);
    const start = Date.now() - 60 * 60_000;
    eventStartUtc = new Date(Math.floor(start / 60_000) * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    await page.getByLabel('Title').fill('Open data workshop');
    await page.getByLabel('Kind of event').selectOption({ label: 'Workshop' });
    await page.getByLabel('Starts').fill(kabulLocal(start));
    await page.getByLabel('Ends').fill(kabulLocal(start - 60_000));
    await page.getByLabel('Link').fill('ftp://files.example.org');
    await page.getByRole('button', { name: 'Schedule event' }).click();
    await expect(page.getByText('Enter a full web address starting with https://')).toBeVisible();
    await page.getByLabel('Link').fill('https://meet.example.org/open-data');
    await page.getByRole('button', { name: 'Schedule event' }).click();
    await expect(page.getByText('The end must be after the start.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Ends').fill(kabulLocal(start + 4 * 60 * 60_000));
    await page.getByLabel('Place').fill('Kabul, Ministry of Communications; Room 3');
    await page.getByLabel('Description').fill('Bring a laptop.\nWe will open a data set together.');
    await page.getByRole('button', { name: 'Schedule event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open data workshop' })).toBeVisible();
    await expect(page.getByText('(Asia/Kabul)')).toBeVisible();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Calendar file \(\.ics\)/ }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nSUMMARY:Open data workshop\r\n');
    expect(ics).toContain(`\r\nDTSTART:${eventStartUtc}\r\n`);
    expect(ics).toMatch(/\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('\r\nLOCATION:Kabul\\, Ministry of Communications\\; Room 3\r\n');
    expect(ics).toContain('\r\nURL:https://meet.example.org/open-data\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);

    // Attendance, all in one form.
    await page.getByRole('button', { name: 'Mark everyone present' }).click();
    await page.getByRole('group', { name: 'Attendance of Sione Tupou' }).getByLabel('Excused').check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Attendance saved for 4 trainees.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Attendance of Sione Tupou' }).getByLabel('Excused')).toBeChecked();
    await expect(page.getByRole('group', { name: `Attendance of ${malalai.name}` }).getByLabel('Present')).toBeChecked();
    await expectAccessible(page);
    await signOut(page);
  });

  test('a new trainee chooses a password with the one-time link, signs in and sees the event', async ({ page }) => {
    expect(setPasswordLink).not.toBe('');
    await page.goto(new URL(setPasswordLink).pathname);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Repeat the password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByText('The password must be at least 12 characters long.')).toBeVisible();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByLabel('Repeat the password').fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByLabel('Repeat the password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByRole('status')).toHaveText(`Your password is saved. Sign in with ${malalai.email} and your new password.`);

    // The link works once.
    await page.goto(new URL(setPasswordLink).pathname);
    await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeVisible();
    await expectAccessible(page);

    await signIn(page, malalai.email, NEW_PASSWORD);
    await page.goto('/learn');
    const upcoming = page.getByRole('region', { name: 'Upcoming events' });
    await expect(upcoming.getByRole('heading', { name: 'Open data workshop' })).toBeVisible();
    await expect(upcoming.getByText('Happening now')).toBeVisible();
    await expect(page.getByRole('heading', { name: PROGRAMME })).toBeVisible();
    await expectAccessible(page);
    const href = await upcoming.getByRole('link', { name: /Add to my calendar/ }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toContain(`DTSTART:${eventStartUtc}`);
  });
});

test('a trainee gets 403 on manager pages and on calendars of cohorts they are not in', async ({ page }) => {
  const anonymous = await page.request.get('/api/cohorts/1/calendar.ics');
  expect(anonymous.status()).toBe(401);
  await signIn(page, demo.trainee.email);
  for (const path of ['/manage', '/manage/cohorts/new', '/manage/cohorts/1', '/manage/cohorts/1/enrol', '/manage/cohorts/1/events/new']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  }
  await expectAccessible(page);
  expect((await page.request.get('/api/cohorts/1/calendar.ics')).status()).toBe(403);
  expect((await page.request.get('/api/cohorts/999999/calendar.ics')).status()).toBe(404);
  expect((await page.request.get('/api/cohorts/abc/calendar.ics')).status()).toBe(400);
});
