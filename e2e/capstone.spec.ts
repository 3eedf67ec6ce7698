import type { Browser, Page } from '@playwright/test';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

/*
 * The capstone journey on the seeded "Capstone pilot cohort" (db/seed-assignments.ts), which no
 * other spec uses: its trainee, Hamid Noori, has done everything in the last module but the
 * capstone, and the cohort has no instructor until the manager adds one here.
 */
const COHORT = 'Capstone pilot cohort';
const HAMID = { email: 'hamid.noori@example.org', name: 'Hamid Noori' };
const MODULE = { slug: 'building-capacity-unpog', title: 'Building capacity: the UNPOG programme' };
const CAPSTONE = "Your ministry's e-government action plan";
const MB = 1024 * 1024;
const pdf = (name: string, size = 2048) => ({ name, mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 32)]) });

async function openAs(browser: Browser, email: string, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Chooses one level per criterion of the rubric, by level title. */
async function chooseLevels(page: Page, levels: Record<string, string>) {
  for (const [criterion, level] of Object.entries(levels)) {
    await page.getByRole('group', { name: criterion }).getByRole('radio', { name: new RegExp(`^${level} \\(`) }).check();
  }
}

const weak = {
  'Diagnosis against the four stages of online services': 'Developing',
  'The barriers the plan must overcome': 'Not yet',
  "Leadership and the CIO's mandate": 'Developing',
  'Intersectoral governance steps': 'Not yet',
  'Open data commitments': 'Developing',
};
const strong = Object.fromEntries(Object.keys(weak).map((criterion) => [criterion, 'Strong']));

test('a trainee sends the capstone, the cohort instructor returns it for revision, then accepts it; the module completes on the dashboard', async ({ page, browser, clientAddress }) => {
  test.setTimeout(4 * 60_000);

  // The trainee drafts the capstone: the text saves itself; a file over the limit and a submission without a file are refused.
  await signIn(page, HAMID.email);
  await page.goto(`/modules/${MODULE.slug}`);
  await page.getByRole('link', { name: CAPSTONE }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAPSTONE })).toBeVisible();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Not started');
  await expect(page.getByText(/^Due /)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your text').fill('Diagnosis: our services are at the enhanced stage.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
  await page.getByLabel('Attach a file').setInputFiles({ name: 'big-plan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(20 * MB + 1, 37) });
  await expect(page.getByRole('alert').filter({ hasText: '“big-plan.pdf” was not attached: it is larger than the 20 MB allowed.' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This assignment asks for at least one file: attach it before submitting.' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Draft');
  await expect(page.getByLabel('Your text')).toHaveValue('Diagnosis: our services are at the enhanced stage.');
  await expect(page.getByText('No file attached.')).toBeVisible();
  await page.getByLabel('Attach a file').setInputFiles(pdf('action-plan.pdf'));
  await expect(page.getByRole('status').filter({ hasText: '“action-plan.pdf” attached.' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Submitted, awaiting a grade');
  await expect(page.getByText('Your work is with your instructor. You can change it again only if they ask for a revision.')).toBeVisible();
  const download = page.getByRole('link', { name: 'Download action-plan.pdf' });
  const submissionId = /submissions\/(\d+)\//.exec((await download.getAttribute('href')) ?? '')?.[1];
  expect(submissionId).toBeTruthy();

  // The instructor is not yet an instructor of this cohort: the work is not in the queue and cannot be graded.
  const instructor = await openAs(browser, demo.instructor.email, `${clientAddress}1`);
  await instructor.goto('/author/grading?status=all');
  await expect(instructor.getByRole('heading', { level: 1, name: 'Grading' })).toBeVisible();
  await expect(instructor.getByRole('row').filter({ hasText: HAMID.name })).toHaveCount(0);
  const refused = await instructor.goto(`/author/grading/assignments/${submissionId}`);
  expect(refused?.status()).toBe(403);
  await expect(instructor.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Submitted, awaiting a grade');

  // The manager adds the instructor to the cohort; the cohort page also holds the assignment due dates.
  const manager = await openAs(browser, demo.manager.email, `${clientAddress}2`);
  await manager.goto('/manage');
  await manager.getByRole('link', { name: COHORT, exact: true }).click();
  await expect(manager.getByRole('heading', { level: 2, name: 'Assignment due dates' })).toBeVisible();
  await manager.getByLabel('Instructor', { exact: true }).selectOption({ label: `${demo.instructor.name} (${demo.instructor.email})` });
  await manager.getByRole('button', { name: 'Add instructor' }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'The instructor has been added to the cohort.' })).toBeVisible();
  await expectAccessible(manager);

  // The instructor finds it under "To grade", grades with the rubric, and asks for a revision (accepting below the pass mark is refused).
  await instructor.goto('/author');
  await instructor.getByRole('link', { name: /^To grade \(\d+\)$/ }).click();
  await instructor.getByLabel('Cohort').selectOption({ label: COHORT });
  await instructor.getByRole('button', { name: 'Show' }).click();
  await expectAccessible(instructor);
  await instructor.getByRole('link', { name: `Assignment: ${CAPSTONE}` }).click();
  await expect(instructor.getByRole('heading', { level: 1, name: 'Grade an assignment' })).toBeVisible();
  await expect(instructor.getByText('Diagnosis: our services are at the enhanced stage.')).toBeVisible();
  await chooseLevels(instructor, weak);
  await expect(instructor.getByText('Total: 6 of 20 points (30%); pass mark 60%')).toBeVisible();
  await instructor.getByRole('button', { name: 'Accept' }).click();
  await expect(instructor.getByRole('alert').filter({ hasText: 'These levels are below the pass mark: return the work for revision instead of accepting it.' })).toBeVisible();
  await instructor.getByLabel('Feedback for the trainee').fill('Name the barriers and the intersectoral steps, with partners.');
  await instructor.getByRole('button', { name: 'Return for revision' }).click();
  await expect(instructor.getByRole('status').filter({ hasText: 'Returned for revision with 6 of 20 points.' })).toBeVisible();
  await expectAccessible(instructor);

  // The trainee sees the rubric scores and the feedback, revises and sends version 2 (the file carries over).
  await page.reload();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Revision requested');
  await expect(page.getByText('6 of 20 points (30%)')).toBeVisible();
  await expect(page.getByText('Name the barriers and the intersectoral steps, with partners.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Your text').fill('Diagnosis, barriers, the CIO mandate, the intersectoral commission and our open data portal.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Submitted, awaiting a grade');
  await expect(page.getByRole('heading', { name: /^Version 2/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Version 1 · Revision requested/ })).toBeVisible();

  // The instructor accepts version 2.
  // The living cohort's capstones also await this instructor's grade (db/seed-capstone-queue.ts): take Hamid's.
  await instructor.goto('/author/grading');
  await instructor.getByRole('row').filter({ hasText: HAMID.name }).getByRole('link', { name: `Assignment: ${CAPSTONE}` }).click();
  await expect(instructor.getByRole('heading', { name: 'Earlier versions' })).toBeVisible();
  await chooseLevels(instructor, strong);
  await instructor.getByLabel('Feedback for the trainee').fill('A complete plan.');
  await instructor.getByRole('button', { name: 'Accept' }).click();
  await expect(instructor.getByRole('status').filter({ hasText: 'Accepted: 20 of 20 points.' })).toBeVisible();

  // The module is complete for the trainee, and the manager's dashboard shows it.
  await page.goto(`/modules/${MODULE.slug}`);
  await expect(page.getByText('You have completed this module.')).toBeVisible();
  await expectAccessible(page);
  await manager.goto('/manage');
  await manager.getByRole('link', { name: COHORT, exact: true }).click();
  await manager.getByRole('link', { name: 'Completion dashboard' }).click();
  const row = manager.getByRole('row').filter({ has: manager.getByRole('rowheader', { name: new RegExp(HAMID.name) }) });
  await expect(row.getByRole('cell').filter({ hasText: `Assignment “${CAPSTONE}”: Accepted` })).toContainText('Complete');
  await expectAccessible(manager);
});
