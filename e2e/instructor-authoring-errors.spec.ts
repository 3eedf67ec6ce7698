import { writeFileSync } from 'node:fs';
import { addLesson, createModule, openAs, saveLesson } from './authoring';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

test('bad input gets a clear message and nothing typed is lost; concurrent edits are refused; other roles get 403', async ({
  page,
  browser,
  clientAddress,
}, testInfo) => {
  test.setTimeout(4 * 60_000);
  await signIn(page, demo.instructor.email);

  // An empty title: the message names it and the summary typed stays.
  await page.goto('/author/modules/new');
  await page.getByLabel('Summary').fill('Kept after the error.');
  await page.getByRole('button', { name: 'Create module' }).click();
  await expect(page.getByText('Enter a title.')).toBeVisible();
  await expect(page.getByText('List at least one learning objective, one per line.')).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Kept after the error.');
  await expectAccessible(page);
  const moduleId = await createModule(page, 'Open data basics', ['Explain what open data is.']);

  // A pass mark of 140 %.
  await page.goto(`/author/modules/${moduleId}/quiz`);
  await page.getByLabel('Pass mark (%)').fill('140');
  await page.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(page.getByText('The pass mark must be a whole number from 0 to 100 % (you entered 140).')).toBeVisible();
  await expect(page.getByLabel('Pass mark (%)')).toHaveValue('140');
  await expectAccessible(page);
  await page.getByLabel('Pass mark (%)').fill('80');
  await page.getByRole('button', { name: 'Create the quiz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quiz settings saved.' })).toBeVisible();

  // A question with no correct answer.
  await page.reload();
  await page.getByLabel('Type of the new question').selectOption({ label: 'Single choice' });
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByLabel('Question', { exact: true }).fill('Which licence makes data open?');
  await page.getByLabel('Option 1', { exact: true }).fill('CC BY 4.0');
  await page.getByLabel('Option 2', { exact: true }).fill('All rights reserved');
  await page.getByRole('button', { name: 'Remove option 3' }).click();
  await page.getByLabel('Explanation', { exact: true }).fill('An open licence allows reuse.');
  await page.getByRole('button', { name: 'Add the question' }).click();
  await expect(page.getByText('Mark the correct answer.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('Which licence makes data open?');
  await expectAccessible(page);

  // Uploads: a program disguised as a PDF, and captions over 1 MB (refused in the browser and by the server).
  await addLesson(page, moduleId, 'What open data is');
  const fake = testInfo.outputPath('annual-report.pdf');
  writeFileSync(fake, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]));
  await page.getByLabel('Upload an attachment').setInputFiles(fake);
  await expect(page.getByRole('alert').filter({ hasText: 'annual-report.pdf' })).toHaveText(
    '“annual-report.pdf” was not uploaded: it is not a .pdf file but a program (a Windows executable). Programs cannot be uploaded.',
  );
  const big = testInfo.outputPath('big.vtt');
  writeFileSync(big, `WEBVTT\n\n${'00:00.000 --> 00:01.000\nToo long.\n\n'.repeat(60_000)}`);
  await page.getByLabel('Upload captions').setInputFiles(big);
  await expect(page.getByText('“big.vtt” was not uploaded: it is larger than the 1 MB allowed here.')).toBeVisible();
  const lessonId = Number(/lessons\/(\d+)/.exec(page.url())?.[1]);
  const direct = await page.request.put(`/api/author/lessons/${lessonId}/uploads?kind=captions&name=big.vtt`, {
    data: Buffer.alloc(2 * 1024 * 1024, 0x41),
  });
  expect(direct.status()).toBe(413);
  expect(await page.getByLabel('Upload an attachment').inputValue()).toBe('');
  await expectAccessible(page);

  // A concurrent edit: two editors open the same lesson; the second save is refused and keeps its text.
  const other = await openAs(browser, demo.instructor.email, clientAddress);
  await other.goto(page.url());
  await page.getByLabel('Lesson text (Markdown)').fill('## First editor\n\nSaved first.\n');
  await saveLesson(page);
  await other.getByLabel('Lesson text (Markdown)').fill('## Second editor\n\nMy careful paragraph.\n');
  await other.getByRole('button', { name: 'Save lesson' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    `Not saved: ${demo.instructor.name} changed this at`,
  );
  await expect(other.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Your text is kept in this form');
  await expect(other.getByLabel('Lesson text (Markdown)')).toHaveValue('## Second editor\n\nMy careful paragraph.\n');
  await expectAccessible(other);
  await other.reload();
  await expect(other.getByLabel('Lesson text (Markdown)')).toHaveValue('## First editor\n\nSaved first.\n');
  await other.context().close();

  // Trainees and managers get 403 on pages and routes.
  for (const email of [demo.trainee.email, demo.manager.email]) {
    const outsider = await openAs(browser, email, clientAddress);
    for (const path of [
      `/author/modules/${moduleId}`,
      `/author/modules/${moduleId}/lessons/${lessonId}`,
      `/author/modules/${moduleId}/preview`,
    ]) {
      const response = await outsider.goto(path);
      expect(response?.status()).toBe(403);
      await expect(outsider.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    }
    const upload = await outsider.request.put(`/api/author/lessons/${lessonId}/uploads?kind=attachment&name=a.txt`, { data: 'hello' });
    expect(upload.status()).toBe(403);
    await outsider.context().close();
  }
});

test('the owner adds a co-owner by email; an administrator edits any module', async ({ page, browser, clientAddress }) => {
  await signIn(page, demo.instructor.email);
  const moduleId = await createModule(page, 'Shared module', ['Work together.']);
  const coOwners = page.getByRole('region', { name: 'Owner and co-owners' });
  await coOwners.getByLabel('Email of a new co-owner').fill('nobody@example.org');
  await coOwners.getByRole('button', { name: 'Add co-owner' }).click();
  await expect(coOwners.getByText('There is no account with the email address nobody@example.org.')).toBeVisible();
  await coOwners.getByLabel('Email of a new co-owner').fill(demo.trainee.email);
  await coOwners.getByRole('button', { name: 'Add co-owner' }).click();
  await expect(coOwners.getByText(`${demo.trainee.email} cannot author modules`)).toBeVisible();
  await coOwners.getByLabel('Email of a new co-owner').fill(demo.admin.email);
  await coOwners.getByRole('button', { name: 'Add co-owner' }).click();
  await expect(coOwners.getByRole('status')).toHaveText('Co-owner added.');
  await expect(coOwners.getByText(`${demo.admin.name} (${demo.admin.email})`)).toBeVisible();
  await expectAccessible(page);

  const admin = await openAs(browser, demo.admin.email, clientAddress);
  await admin.goto('/author');
  await admin.getByRole('link', { name: 'Shared module' }).click();
  await admin.getByLabel('Title', { exact: true }).fill('Shared module, revised');
  await admin.getByRole('button', { name: 'Save module details' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Module details saved.' })).toBeVisible();
  await admin.context().close();

  // The instructor's form still names the old revision: the save is refused, the typed title kept.
  await page.getByLabel('Title', { exact: true }).fill('My own title');
  await page.getByRole('button', { name: 'Save module details' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Not saved: ${demo.admin.name} changed this at` })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('My own title');
  await page.goto(`/author/modules/${moduleId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Shared module, revised' })).toBeVisible();
});
