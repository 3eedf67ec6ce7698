import { join } from 'node:path';
import { addLesson, createModule, openAs, saveLesson } from './authoring';
import { submitQuiz } from './course';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

const XML = join(__dirname, 'fixtures', 'moodle-essay.xml');
const NUMERICAL = 'What percent of the budget goes to ICT in the case study?';
const ESSAY = 'Discuss two risks of moving ministry systems to a public cloud.';
const ESSAY_ANSWER = 'Cost overruns when usage grows, as in the tax portal; and lock-in to one vendor.';

test('an instructor imports Moodle XML into a bank and builds a quiz; a trainee answers a numerical and an essay; the instructor grades the essay', async ({
  page,
  browser,
  clientAddress,
}) => {
  test.setTimeout(2 * 60_000);
  const stamp = Date.now();
  const bank = `Moodle budgets ${stamp}`;
  const title = `Cloud budgets ${stamp}`;
  await signIn(page, demo.instructor.email);

  // A bank, then the Moodle XML import: a preview of supported and skipped questions.
  await page.goto('/author/banks');
  await page.getByLabel('Bank name').fill(bank);
  await page.getByRole('button', { name: 'Create bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bank })).toBeVisible();
  await page.getByRole('link', { name: 'Import Moodle XML' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Import Moodle XML into ${bank}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Moodle XML file').setInputFiles(XML);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: /questions to import/ });
  await expect(preview.getByRole('heading', { name: '2 questions to import, 1 skipped' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'ICT budget share' }).first()).toContainText('Numerical');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Cloud risks' }).first()).toContainText('Essay');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Formula question' })).toContainText('Skipped:');
  await expect(preview).toContainText('the category "Budgets" is kept as the start of the question\'s key');
  await expectAccessible(page);
  await preview.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 2 questions.');

  // A module whose quiz takes both questions from the bank, published.
  const moduleId = await createModule(page, title, ['Weigh the risks of cloud budgets.', 'Read a budget share.']);
  await addLesson(page, moduleId, 'Budgets in the cloud');
  await page.getByLabel('Lesson text (Markdown)').fill('## Budgets\n\nThe case study spends 4 percent on ICT.\n');
  await saveLesson(page);
  await page.goto(`/author/modules/${moduleId}/quiz`);
  await page.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quiz settings saved.' })).toBeVisible();
  await page.goto(`/author/modules/${moduleId}/quiz/from-bank`);
  await page.getByLabel('Question bank').selectOption({ label: `${bank} (2)` });
  await page.getByRole('button', { name: 'Show questions' }).click();
  await page.getByLabel(NUMERICAL).check();
  await page.getByLabel(ESSAY).check();
  await page.getByRole('button', { name: 'Add to quiz' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 2 questions to the quiz draft.');
  await page.goto(`/author/modules/${moduleId}/publish`);
  await page.getByLabel('What changed (one line)').fill('First version');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published version 1.' })).toBeVisible();
  const slug = title.toLowerCase().replaceAll(' ', '-');

  // The trainee answers both; the attempt awaits grading and does not count yet.
  const trainee = await openAs(browser, demo.trainee.email, clientAddress);
  await trainee.goto(`/modules/${slug}`);
  await trainee.getByRole('button', { name: 'Enrol in this module' }).click();
  await trainee.getByRole('button', { name: /Start the quiz/ }).click();
  const numerical = trainee.getByRole('group', { name: new RegExp(NUMERICAL) });
  await numerical.getByLabel('Your answer').fill('4.2');
  await expect(numerical.locator('xpath=..').getByText('Saved', { exact: true })).toBeVisible();
  const essay = trainee.getByRole('group', { name: new RegExp(ESSAY) });
  await essay.getByLabel('Your answer').fill(ESSAY_ANSWER);
  await expect(essay.getByText('15 words')).toBeVisible();
  await expect(essay.locator('xpath=..').getByText('Saved', { exact: true })).toBeVisible();
  await expectAccessible(trainee);
  await submitQuiz(trainee, { warns: false });
  await expect(trainee.getByRole('heading', { name: 'Awaiting grading', level: 2 })).toBeVisible();
  await expect(trainee.getByText('An instructor has still to grade 1 answer.')).toBeVisible();
  await expectAccessible(trainee);
  const result = trainee.url();
  await trainee.goto(`/modules/${slug}`);
  await expect(trainee.getByText('Quiz submitted: awaiting grading by an instructor.')).toBeVisible();
  await trainee.goto('/learn');
  await expect(trainee.getByText('Quiz submitted: awaiting grading by an instructor.')).toBeVisible();
  await trainee.goto(result);

  // The instructor grades it from the queue: a bad value first, then a good one.
  await page.goto('/author');
  await page.getByRole('link', { name: /^To grade \(\d+\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grading' })).toBeVisible();
  await page.getByLabel('Module').selectOption({ label: title });
  await page.getByRole('button', { name: 'Show' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: new RegExp(ESSAY) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grade an essay' })).toBeVisible();
  await expect(page.getByText('Full marks for two risks, each with an example.')).toBeVisible();
  await expect(page.getByText(ESSAY_ANSWER)).toBeVisible();
  // The bank kept Moodle's <defaultgrade>: the essay is out of 4 (the numerical question 1).
  await page.getByLabel('Points (0 to 4)').fill('4.5');
  await page.getByRole('button', { name: 'Save the grade' }).click();
  await expect(page.getByText('The points can be at most 4.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Points (0 to 4)').fill('3');
  await page.getByLabel('Feedback for the trainee (optional)').fill('Good examples; name the exit costs too.');
  await page.getByRole('button', { name: 'Save the grade' }).click();
  await expect(page.getByRole('status')).toHaveText('Grade saved. The attempt is complete: 80%.');

  // The trainee sees the grade and the feedback; the attempt now counts.
  await trainee.reload();
  await expect(trainee.getByRole('heading', { name: 'Passed', level: 2 })).toBeVisible();
  await expect(trainee.getByText('3 of 4 points, graded by an instructor')).toBeVisible();
  await expect(trainee.getByText('Good examples; name the exit costs too.')).toBeVisible();
  await expectAccessible(trainee);
});
