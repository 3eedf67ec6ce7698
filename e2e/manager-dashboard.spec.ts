import { readFileSync } from 'node:fs';
import { programmeModules, readModule } from './course';
import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

const COHORT = 'Afghanistan CIO cohort 2013';
const PROGRAMME = 'e-Government Leadership for Government CIOs';
const NASRIN = { email: 'nasrin.karimi@example.org', name: 'Nasrin Karimi' };

test('a manager follows a trainee on the cohort dashboard, filters it, exports it; trainees are kept out', async ({ page, browser, clientAddress }) => {
  test.setTimeout(3 * 60_000);

  // The manager finds the cohort on the programme overview and opens its dashboard.
  await signIn(page, demo.manager.email);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme overview' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: PROGRAMME })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: `${COHORT} dashboard` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${COHORT}: completion dashboard` })).toBeVisible();
  const dashboardUrl = new URL(page.url()).pathname;
  const cohortId = dashboardUrl.split('/')[3];
  const nasrinRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(NASRIN.name) }) });
  await expect(nasrinRow).toContainText('Not started');
  await expect(nasrinRow).toContainText('No activity yet');
  await expect(nasrinRow.getByRole('cell').filter({ hasText: 'In progress' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Cohort completion per country/ })).toBeVisible();
  await expectAccessible(page);

  // Nasrin, in her own browser, enrols in the programme and completes one lesson.
  const trainee = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `${clientAddress}9` } });
  const nasrin = await trainee.newPage();
  await signIn(nasrin, NASRIN.email);
  await nasrin.goto('/learn');
  await nasrin.getByRole('button', { name: `Enrol in the whole programme: ${PROGRAMME}` }).click();
  const first = readModule(programmeModules()[0]!);
  await nasrin.getByRole('link', { name: first.title, exact: true }).click();
  await nasrin.getByRole('link', { name: 'Continue where you left off' }).click();
  await nasrin.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(nasrin.getByRole('status').filter({ hasText: 'You have completed this lesson.' })).toBeVisible();

  // The manager reloads: she is in progress in the first module, active moments ago.
  await page.reload();
  await expect(nasrinRow.getByRole('cell').nth(1)).toHaveText('In progress');
  await expect(nasrinRow).not.toContainText('No activity yet');
  await expect(nasrinRow).toContainText(/seconds? ago|now|minutes? ago/);

  // Filters by country and status are links (search parameters).
  await page.getByRole('combobox', { name: 'Country' }).selectOption('Afghanistan');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=Afghanistan/);
  await expect(nasrinRow).toBeVisible();
  await expectAccessible(page);

  // The CSV export follows the filters: a header row and her row.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these trainees as CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Name,Email,Country,Status,Why at risk,Completion %,Modules complete,Last activity \(UTC\),.+: status,.+: quiz %/);
  const row = lines.find((l) => l.startsWith(`${NASRIN.name},${NASRIN.email},Afghanistan,`));
  expect(row, csv).toBeDefined();
  expect(row).toContain(',In progress,');

  await page.getByRole('combobox', { name: 'Status' }).selectOption('Complete');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No trainee matches these filters.')).toBeVisible();

  // Her full record, as her cohort's manager sees it.
  const record = await page.request.get(`/api/cohorts/${cohortId}/trainees/${await nasrinId(page, cohortId!)}/record?format=json`);
  expect(record.status()).toBe(200);
  const body = (await record.json()) as { profile: { email: string }; lessonProgress: unknown[]; enrolments: unknown[] };
  expect(body.profile.email).toBe(NASRIN.email);
  expect(body.lessonProgress).toHaveLength(1);
  expect(body.enrolments.length).toBeGreaterThan(0);

  // A trainee gets 403 on the dashboard and its export.
  const denied = await nasrin.goto(dashboardUrl);
  expect(denied?.status()).toBe(403);
  await expect(nasrin.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await expectAccessible(nasrin);
  expect((await nasrin.request.get(`/api/cohorts/${cohortId}/export`)).status()).toBe(403);
  await trainee.close();
});

/** Nasrin's user id, read from the record link on the dashboard. */
async function nasrinId(page: Page, cohortId: string): Promise<string> {
  await page.goto(`/manage/cohorts/${cohortId}/dashboard`);
  const href = await page.getByRole('link', { name: `JSON record of ${NASRIN.name}` }).getAttribute('href');
  return href!.split('/')[5]!;
}
