import { expect, expectAccessible, signIn, test } from './fixtures';
import { questionGroup, readModule, submitQuiz } from './course';

const SLUG = 'why-e-government';
const quizModule = readModule(SLUG);

test('quiz and progress endpoints refuse bad input, other people and closed attempts, recording nothing', async ({ page, browser, playwright }) => {
  await signIn(page, 'dilnoza.yusupova@example.org');
  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: 'Enrol in this module' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const tf = quizModule.quiz.questions.find((q) => q.type === 'truefalse')!;
  const saved = page.waitForResponse((r) => /\/api\/attempts\/\d+\/answers$/.test(r.url()) && r.request().method() === 'PUT');
  await questionGroup(page, tf.prompt).getByRole('radio', { name: 'True', exact: true }).check();
  const answersUrl = (await saved).url();
  const attemptBase = answersUrl.replace(/\/answers$/, '');

  const put = (data: unknown, request = page.request) => request.put(answersUrl, { data: data as object, failOnStatusCode: false });
  const malformed = await page.request.put(answersUrl, { data: Buffer.from('{not json'), headers: { 'Content-Type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ error: 'invalid:json' });
  expect((await put({ response: { optionKey: 'x' } })).status()).toBe(400);
  const unknownQuestion = await put({ questionKey: 'no-such-question', response: { optionKey: null } });
  expect(unknownQuestion.status()).toBe(400);
  expect((await unknownQuestion.json()).message).toContain('no-such-question');
  const unknownOption = await put({ questionKey: tf.key, response: { type: 'truefalse', optionKey: 'not-an-option' } });
  expect(unknownOption.status()).toBe(400);
  const tooLarge = await put({ questionKey: tf.key, response: { text: 'x'.repeat(70_000) } });
  expect(tooLarge.status()).toBe(413);

  // Someone else's attempt: forbidden, and nothing changes.
  const otherContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.99.0.2' } });
  const other = await otherContext.newPage();
  await signIn(other, 'mere.waqa@example.org');
  expect((await put({ questionKey: tf.key, response: { type: 'truefalse', optionKey: null } }, other.request)).status()).toBe(403);
  expect((await other.request.post(`${attemptBase}/submit`, { failOnStatusCode: false })).status()).toBe(403);
  // A lesson of a module she is not enrolled in is not shown, nor its media.
  const lesson = await other.goto(`/modules/${SLUG}/lessons/${quizModule.lessons[0]}`);
  expect(lesson?.status()).toBe(404);
  await expectAccessible(other);
  const progress = await other.request.put('/api/progress', { data: { moduleSlug: SLUG, lessonKey: quizModule.lessons[0], completed: true }, failOnStatusCode: false });
  expect(progress.status()).toBe(403);
  await otherContext.close();

  // No session at all: 401 JSON, never data.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.put(answersUrl, { data: { questionKey: tf.key, response: {} }, failOnStatusCode: false })).status()).toBe(401);
  expect((await anonymous.get(`/api/progress?module=${SLUG}`, { failOnStatusCode: false })).status()).toBe(401);
  // Authorisation comes before validation: a request naming no module is still 401, not 400.
  const unnamed = await anonymous.get('/api/progress', { failOnStatusCode: false });
  expect(unnamed.status()).toBe(401);
  expect(await unnamed.json()).toEqual({ error: 'unauthenticated:session', message: 'Sign in to continue.' });
  expect((await anonymous.put('/api/progress', { data: Buffer.from('{not json'), headers: { 'Content-Type': 'application/json' }, failOnStatusCode: false })).status()).toBe(401);
  await anonymous.dispose();

  // The true/false answer saved before all this is still there, and the quiz can be submitted once.
  await page.reload();
  await expect(questionGroup(page, tf.prompt).getByRole('radio', { name: 'True', exact: true })).toBeChecked();
  await submitQuiz(page, { warns: true });
  await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();
  const closed = await put({ questionKey: tf.key, response: { type: 'truefalse', optionKey: null } });
  expect(closed.status()).toBe(409);
  expect((await page.request.post(`${attemptBase}/submit`, { failOnStatusCode: false })).status()).toBe(409);
  expect((await page.request.put('/api/progress', { data: { moduleSlug: SLUG, lessonKey: '../../etc', completed: true }, failOnStatusCode: false })).status()).toBe(400);
});

test('a trainee edits their profile; a bad value is named and what was typed is kept', async ({ page }) => {
  await signIn(page, 'mere.waqa@example.org');
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Full name').fill('');
  await page.getByLabel('Job title').fill('Director of Digital Government');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter your full name.')).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Director of Digital Government');

  await page.getByLabel('Full name').fill('Mere Waqa-Tuilagi');
  await page.getByLabel('Country').fill('Fiji');
  // Changing the language itself (which turns the page into Dari) is walked in rtl-dari-pashto.spec.ts.
  await expect(page.getByLabel('Preferred language')).toHaveValue('en');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your profile has been saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Full name')).toHaveValue('Mere Waqa-Tuilagi');
  await expect(page.getByLabel('Job title')).toHaveValue('Director of Digital Government');
  await expect(page.getByLabel('Preferred language')).toHaveValue('en');
  await expect(page.getByText('Signed in as Mere Waqa-Tuilagi (Trainee)')).toBeVisible();
});
