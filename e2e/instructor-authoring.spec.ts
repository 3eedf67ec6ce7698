import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addLesson, addQuestion, answerAll, createModule, openAs, saveLesson, type BuiltQuestion } from './authoring';
import { submitQuiz } from './course';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

/** The module this test builds; a retry builds its own, since the first try's module is still in the database. */
function moduleFor(retry: number) {
  const title = retry === 0 ? 'Digital identity for public services' : `Digital identity for public services, retry ${retry}`;
  return { title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-') };
}
type Built = ReturnType<typeof moduleFor>;
const VTT =
  'WEBVTT\n\n00:00.000 --> 00:04.000\nA trusted digital identity opens every other e-service.\n\n00:04.000 --> 00:08.000\nIt starts with the civil registry.\n';

const questions: BuiltQuestion[] = [
  {
    type: 'single',
    prompt: 'Which record should a national digital identity be built on?',
    options: [
      { text: 'The civil registry', correct: true, feedback: 'Yes: births and deaths anchor identity.' },
      { text: 'A social network login' },
      { text: 'A mobile phone number' },
    ],
    explanation: 'Lesson 1: identity starts with the civil registry.',
  },
  {
    type: 'multiple',
    prompt: 'Which are benefits of a trusted digital identity?',
    options: [
      { text: 'Fewer paper forms', correct: true },
      { text: 'Services online around the clock', correct: true },
      { text: 'No need for data protection' },
    ],
    explanation: 'Lesson 1 lists both benefits; data protection is still needed.',
  },
  {
    type: 'truefalse',
    prompt: 'A digital identity removes the need for a data protection law.',
    answer: false,
    explanation: 'Lesson 2: the law comes first.',
  },
  {
    type: 'short',
    prompt: 'What short name is used for an electronic identity card?',
    accepted: ['eID', 'e-ID'],
    explanation: 'Lesson 1 uses "eID".',
  },
  {
    type: 'matching',
    prompt: 'Match each registry to what it records.',
    pairs: [
      { left: 'Civil registry', right: 'Births and deaths' },
      { left: 'Business registry', right: 'Companies' },
    ],
    explanation: 'Lesson 2 describes both registries.',
  },
  {
    type: 'ordering',
    prompt: 'Put the steps of issuing an eID in order.',
    items: ['Verify the civil record', 'Enrol biometrics', 'Issue the card'],
    explanation: 'Lesson 2 walks through the steps in this order.',
  },
];

async function publish(page: Page, moduleId: number, changelog: string, version: number) {
  await page.goto(`/author/modules/${moduleId}/publish`);
  await page.getByLabel('What changed (one line)').fill(changelog);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Published version ${version}.` })).toBeVisible();
}

async function takeQuiz(page: Page, mod: Built, qs: BuiltQuestion[]) {
  await page.goto(`/modules/${mod.slug}`);
  await page.getByRole('button', { name: /Start the quiz|Take the quiz again/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${mod.title}: module quiz` })).toBeVisible();
  await expectAccessible(page);
  await answerAll(page, qs, true);
  await submitQuiz(page, { warns: false });
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expectAccessible(page);
}

test('an instructor builds, previews and publishes a module; a trainee passes v1 and v2 and sees both in the history', async ({
  page,
  browser,
  clientAddress,
}, testInfo) => {
  test.setTimeout(8 * 60_000);
  const mod = moduleFor(testInfo.retry);
  const captions = testInfo.outputPath('lecture.vtt');
  const video = testInfo.outputPath('lecture.mp4');
  const pdf = testInfo.outputPath('reading-list.pdf');
  writeFileSync(captions, VTT);
  writeFileSync(video, Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(2048)]));
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  await signIn(page, demo.instructor.email);
  await page.goto('/author');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Create a module' }).click();
  await expectAccessible(page);
  const moduleId = await createModule(page, mod.title, [
    'Explain why a trusted digital identity matters.',
    'Describe how a registry-based eID is issued.',
  ]);
  await expectAccessible(page);

  // Lesson 1: text with live preview, a lecture (video + captions) and an attachment.
  await addLesson(page, moduleId, 'Why digital identity matters');
  await page.getByLabel('Lesson text (Markdown)').fill('## Foundations\n\nA **trusted** identity opens every other e-service.\n');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Foundations' })).toBeVisible();
  await page.getByLabel('Reading time (minutes)').fill('12');
  await page.getByLabel('Lecture title').fill('Identity first');
  await page.getByLabel('Upload video').setInputFiles(video);
  await expect(page.getByText('Uploaded “lecture.mp4”. Save the lesson to keep it.')).toBeVisible();
  await page.getByLabel('Upload captions').setInputFiles(captions);
  await expect(page.getByText('Uploaded “lecture.vtt”. Save the lesson to keep it.')).toBeVisible();
  await page.getByLabel('Upload an attachment').setInputFiles(pdf);
  await expect(page.getByLabel('Title of attachment reading-list.pdf')).toHaveValue('reading-list.pdf');
  await page.getByLabel('Title of attachment reading-list.pdf').fill('Reading list');
  await saveLesson(page);
  await expectAccessible(page);

  await addLesson(page, moduleId, 'Building the registry');
  await page
    .getByLabel('Lesson text (Markdown)')
    .fill('## The registry\n\n- Verify the civil record\n- Enrol biometrics\n- Issue the card\n');
  await saveLesson(page);

  // Reorder with the keyboard-operable buttons, and back.
  await page.goto(`/author/modules/${moduleId}`);
  await page.getByRole('button', { name: 'Move up: Building the registry' }).click();
  await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').first()).toContainText('Building the registry');
  await page.getByRole('button', { name: 'Move down: Building the registry' }).click();
  await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').first()).toContainText('Why digital identity matters');
  await expectAccessible(page);

  // The quiz: settings, then one question of every type.
  await page.getByRole('link', { name: 'Quiz builder' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quiz settings saved.' })).toBeVisible();
  for (const [i, q] of questions.entries()) await addQuestion(page, moduleId, q, i === 0 || q.type === 'matching');
  await expect(page.getByRole('heading', { name: 'Questions (6)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add questions from a bank' })).toHaveAttribute(
    'href',
    `/author/modules/${moduleId}/quiz/from-bank`,
  );
  await expectAccessible(page);

  // Preview the draft with the trainee's components; the quiz grades without saving.
  await page.getByRole('link', { name: 'Preview as a trainee' }).click();
  await expect(page.getByText('Preview of the draft, as trainees will see it once published')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Why digital identity matters' }).click();
  await expect(page.getByRole('heading', { name: 'Lecture: Identity first' })).toBeVisible();
  await expect(page.getByText('It starts with the civil registry.')).toBeAttached();
  const attachment = page.getByRole('link', { name: 'Reading list' });
  const download = await page.request.get((await attachment.getAttribute('href'))!);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(page);
  await page.goto(`/author/modules/${moduleId}/preview`);
  await page.getByRole('link', { name: 'Try the quiz (preview)' }).click();
  await answerAll(page, questions, false);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('status')).toHaveText(/Score 6 of 6 \(100%\): a pass/);
  await expectAccessible(page);

  // Not visible to trainees before publishing.
  const trainee = await openAs(browser, demo.trainee.email, clientAddress);
  await trainee.goto(`/modules/${mod.slug}`);
  await expect(trainee.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // Publish v1: the changelog is required.
  await page.goto(`/author/modules/${moduleId}/publish`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Write one line saying what changed in this version.')).toBeVisible();
  await publish(page, moduleId, 'First version', 1);
  await page.reload();
  await expect(page.getByRole('row', { name: /Version 1/ })).toContainText('First version');
  await expect(page.getByRole('row', { name: /Version 1/ })).toContainText(demo.instructor.name);

  // The trainee enrols, downloads the attachment through the published media route, and passes v1.
  await trainee.goto(`/modules/${mod.slug}`);
  await trainee.getByRole('button', { name: 'Enrol in this module' }).click();
  await trainee.getByRole('link', { name: 'Why digital identity matters' }).click();
  await expect(trainee.getByRole('heading', { name: 'Foundations' })).toBeVisible();
  const published = await trainee.request.get((await trainee.getByRole('link', { name: 'Reading list' }).getAttribute('href'))!);
  expect(published.status()).toBe(200);
  expect(published.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(trainee);
  await takeQuiz(trainee, mod, questions);

  // The instructor edits a lesson and a question: the trainee keeps v1 until v2 is published.
  await page.goto(`/author/modules/${moduleId}`);
  await page.getByRole('link', { name: 'Why digital identity matters' }).click();
  await page
    .getByLabel('Lesson text (Markdown)')
    .fill('## Foundations\n\nA **trusted** identity opens every other e-service, from tax to health.\n');
  await saveLesson(page);
  const changedPrompt = 'Which register should a national digital identity be built on?';
  await page.goto(`/author/modules/${moduleId}/quiz`);
  await page.getByRole('link', { name: 'Edit question 1' }).click();
  await page.getByLabel('Question', { exact: true }).fill(changedPrompt);
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Question saved to the draft.' })).toBeVisible();
  await expectAccessible(page);
  await trainee.goto(`/modules/${mod.slug}/lessons/01-why-digital-identity-matters`);
  await expect(trainee.getByText('from tax to health')).toHaveCount(0);
  await publish(page, moduleId, 'Clarified the registry question and the lesson text', 2);

  await trainee.goto(`/modules/${mod.slug}/lessons/01-why-digital-identity-matters`);
  await expect(trainee.getByText('from tax to health')).toBeVisible();
  const v2 = questions.map((q, i) => (i === 0 ? { ...q, prompt: changedPrompt } : q));
  await takeQuiz(trainee, mod, v2);
  await trainee.goto(`/modules/${mod.slug}`);
  const history = trainee.getByRole('table', { name: 'Your attempts' });
  await expect(
    history
      .getByRole('row', { name: /Attempt 1/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1');
  await expect(
    history
      .getByRole('row', { name: /Attempt 2/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
  await expectAccessible(trainee);

  await page.goto(`/author/modules/${moduleId}/publish`);
  await expect(page.getByRole('row', { name: /Version 2/ })).toContainText('Clarified the registry question and the lesson text');
  await trainee.context().close();
});
