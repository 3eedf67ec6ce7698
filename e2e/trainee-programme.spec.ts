import { demo, expect, expectAccessible, signIn, test } from './fixtures';
import { answerCorrectly, programmeModules, questionGroup, readModule, submitQuiz } from './course';
import type { Page } from '@playwright/test';

const PROGRAMME = 'e-Government Leadership for Government CIOs';
const CAPSTONE = "Your ministry's e-government action plan";

async function readEveryLesson(page: Page, slug: string, checkA11y: boolean) {
  const { lessons } = readModule(slug);
  await page.goto(`/modules/${slug}`);
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  for (let i = 0; i < lessons.length; i++) {
    await expect(page.getByText(`Lesson ${i + 1} of ${lessons.length}`)).toBeVisible();
    await expect(page.getByText(/^Source:/).first()).toBeVisible();
    if (checkA11y) await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You have completed this lesson.' })).toBeVisible();
    const next = page.getByRole('link', { name: /^Next: / });
    if (i < lessons.length - 1) await next.click();
  }
}

async function passQuiz(page: Page, slug: string, checkA11y: boolean) {
  const { quiz } = readModule(slug);
  await page.goto(`/modules/${slug}`);
  await page.getByRole('button', { name: /Start the quiz|Take the quiz again/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
  if (checkA11y) await expectAccessible(page);
  await answerCorrectly(page, quiz);
  await submitQuiz(page, { warns: false });
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  // Passed: the answers and explanations are open now.
  await expect(page.getByText('Explanation:').first()).toBeVisible();
  if (checkA11y) await expectAccessible(page);
}

test('a trainee enrols, reads every lesson, fails then passes a quiz, finishes the programme and verifies the certificate', async ({ page, browser }) => {
  test.setTimeout(15 * 60_000);
  const [first, ...rest] = programmeModules();
  const firstModule = readModule(first!);

  await signIn(page, demo.trainee.email);
  await page.goto('/learn');
  await expectAccessible(page);
  await page.getByRole('button', { name: `Enrol in the whole programme: ${PROGRAMME}` }).click();
  await expect(page.getByText('0 of 8 required modules complete.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Progress in ${firstModule.title}` })).toHaveAttribute('aria-valuenow', '0');

  // Module page: objectives, lessons, quiz status.
  await page.getByRole('link', { name: firstModule.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  await expect(page.getByText('Quiz not started.')).toBeVisible();
  await expectAccessible(page);

  // The first lesson has a lecture whose video is not in the repository: captions still show.
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page.getByText('Video not yet available.')).toBeVisible();
  await expect(page.getByText('Transcript', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have completed this lesson.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'You have completed this lesson.' })).toBeVisible();
  // Reversible by the trainee.
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have not completed this lesson yet.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();

  await readEveryLesson(page, first!, true);
  await page.goto(`/modules/${first}`);
  await expect(page.getByText(`${firstModule.lessons.length} of ${firstModule.lessons.length} lessons done`)).toBeVisible();
  await expect(page.getByText('Pass the quiz with 70% or more')).toBeVisible();

  // Fail once: answer a single question wrongly and submit.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const single = firstModule.quiz.questions.find((q) => q.type === 'single')!;
  const wrong = single.options!.find((o) => !o.correct)!;
  await questionGroup(page, single.prompt).getByRole('radio', { name: wrong.text, exact: true }).check();
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  // The answer survives a reload (auto-save).
  await page.reload();
  await expect(questionGroup(page, single.prompt).getByRole('radio', { name: wrong.text, exact: true })).toBeChecked();
  // The summary before submitting lists every question and warns about the unanswered ones; its links lead back.
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const summary = page.getByRole('region', { name: 'Check your answers before submitting' });
  await expect(summary.getByRole('alert')).toContainText('not answered');
  await summary.getByRole('button', { name: 'Back to the questions' }).click();
  await expect(summary).toHaveCount(0);
  await submitQuiz(page, { warns: true });
  await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();
  // Failed with retakes left: the score and which were right, but no answer key and no explanations.
  await expect(page.getByText('The correct answers and explanations are shown once you pass the quiz')).toBeVisible();
  await expect(page.getByText('Explanation:')).toHaveCount(0);
  await expect(page.getByText('Correct answer:', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the module' }).click();
  await expect(page.getByText(/Quiz not passed yet \([\d.]+%\)\. You can try again\./)).toBeVisible();

  await passQuiz(page, first!, true);
  await page.goto(`/modules/${first}`);
  await expect(page.getByText('Quiz passed with 100%.')).toBeVisible();
  await expect(page.getByText('You have completed this module.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Your attempts' }).getByRole('row')).toHaveCount(3);

  await page.goto('/learn');
  await expect(page.getByText('1 of 8 required modules complete.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: `Progress in ${firstModule.title}` })).toHaveAttribute('aria-valuenow', '100');

  for (const slug of rest) {
    await readEveryLesson(page, slug, false);
    await passQuiz(page, slug, false);
  }

  // The last module also requires the capstone: without a cohort, the module's owner grades it.
  await page.goto('/learn');
  await expect(page.getByText('7 of 8 required modules complete.')).toBeVisible();
  await page.goto(`/modules/${rest[rest.length - 1]}`);
  await page.getByRole('link', { name: CAPSTONE }).click();
  await page.getByLabel('Your text').fill('Our action plan.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
  await page.getByLabel('Attach a file').setInputFiles({ name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from('Our action plan.\n') });
  await expect(page.getByRole('status').filter({ hasText: '“plan.txt” attached.' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByTestId('assignment-status')).toHaveText('Status: Submitted, awaiting a grade');
  const owner = await browser.newContext();
  const instructor = await owner.newPage();
  await signIn(instructor, demo.instructor.email);
  await instructor.goto('/author/grading');
  await instructor.getByRole('row').filter({ hasText: demo.trainee.name }).getByRole('link', { name: `Assignment: ${CAPSTONE}` }).click();
  await expect(instructor.getByRole('heading', { level: 1, name: 'Grade an assignment' })).toBeVisible();
  for (const criterion of await instructor.getByRole('group').all()) await criterion.getByRole('radio', { name: /^Strong \(/ }).check();
  await expect(instructor.getByText('Total: 20 of 20 points (100%); pass mark 60%')).toBeVisible();
  await instructor.getByRole('button', { name: 'Accept' }).click();
  await expect(instructor.getByRole('status').filter({ hasText: 'Accepted: 20 of 20 points.' })).toBeVisible();
  await owner.close();

  await page.goto('/learn');
  await expect(page.getByText('8 of 8 required modules complete.')).toBeVisible();
  await expectAccessible(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download your certificate (PDF)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^cio-academy-certificate-CIO-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf$/);
  const pdf = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('link', { name: 'Public verification page' }).click();
  await expect(page.getByRole('heading', { name: 'This certificate is genuine.' })).toBeVisible();

  // Anyone can check it, signed in or not, and sees only name, programme, date and code.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(page.url());
  const details = anonymous.getByRole('main');
  await expect(details.getByRole('heading', { name: 'This certificate is genuine.' })).toBeVisible();
  await expect(details.getByText(demo.trainee.name, { exact: true })).toBeVisible();
  await expect(details.getByText(PROGRAMME, { exact: true })).toBeVisible();
  await expect(details).not.toContainText(demo.trainee.email);
  await expectAccessible(anonymous);
  await visitor.close();
});

test('an unknown verification code is clearly not found', async ({ page }) => {
  const response = await page.goto('/verify/CIO-0000-0000-0000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Certificate not found' })).toBeVisible();
  await expectAccessible(page);
});
