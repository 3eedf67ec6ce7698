import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './fixtures';

/** A question as the builder is filled in, and as a trainee answers it. */
export type BuiltQuestion =
  | { type: 'single' | 'multiple'; prompt: string; options: { text: string; correct?: boolean; feedback?: string }[]; explanation: string }
  | { type: 'truefalse'; prompt: string; answer: boolean; explanation: string }
  | { type: 'short'; prompt: string; accepted: string[]; explanation: string }
  | { type: 'matching'; prompt: string; pairs: { left: string; right: string }[]; explanation: string }
  | { type: 'ordering'; prompt: string; items: string[]; explanation: string };

const typeLabels = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  truefalse: 'True or false',
  short: 'Short answer',
  matching: 'Matching',
  ordering: 'Ordering',
};

/** Creates a module through the form and returns its id (from the editor's address). */
export async function createModule(page: Page, title: string, objectives: string[]): Promise<number> {
  await page.goto('/author');
  await page.getByRole('link', { name: 'Create a module' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary').fill(`A short module: ${title}.`);
  await page.getByLabel('Learning objectives').fill(objectives.join('\n'));
  await page.getByRole('button', { name: 'Create module' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return Number(/\/author\/modules\/(\d+)/.exec(page.url())?.[1]);
}

/** Adds a lesson from the module editor and lands in its editor. */
export async function addLesson(page: Page, moduleId: number, title: string): Promise<void> {
  await page.goto(`/author/modules/${moduleId}`);
  await page.getByLabel('Title of a new lesson').fill(title);
  await page.getByRole('button', { name: 'Add lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Lesson: ${title}` })).toBeVisible();
}

/** Saves the lesson editor and waits for the confirmation. */
export async function saveLesson(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save lesson' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson saved to the draft.' })).toBeVisible();
}

/** Fills the question editor for any type (the editor starts with 3 choices, 1 answer, 2 pairs or 3 items). */
export async function fillQuestion(page: Page, q: BuiltQuestion): Promise<void> {
  await page.getByLabel('Question', { exact: true }).fill(q.prompt);
  switch (q.type) {
    case 'single':
    case 'multiple':
      for (const [i, option] of q.options.entries()) {
        if (i >= 3) await page.getByRole('button', { name: 'Add an option' }).click();
        await page.getByLabel(`Option ${i + 1}`, { exact: true }).fill(option.text);
        if (option.correct) await page.getByLabel(`Option ${i + 1} is correct`).check();
        if (option.feedback) await page.getByLabel(`Feedback for option ${i + 1} (optional)`).fill(option.feedback);
      }
      for (let i = 3; i > q.options.length; i--) await page.getByRole('button', { name: `Remove option ${i}` }).click();
      break;
    case 'truefalse':
      await page.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
      break;
    case 'short':
      for (const [i, answer] of q.accepted.entries()) {
        if (i >= 1) await page.getByRole('button', { name: 'Add an accepted answer' }).click();
        await page.getByLabel(`Accepted answer ${i + 1}`, { exact: true }).fill(answer);
      }
      break;
    case 'matching':
      for (const [i, pair] of q.pairs.entries()) {
        if (i >= 2) await page.getByRole('button', { name: 'Add a pair' }).click();
        await page.getByLabel(`Item ${i + 1}`, { exact: true }).fill(pair.left);
        await page.getByLabel(`Item ${i + 1} matches`, { exact: true }).fill(pair.right);
      }
      break;
    case 'ordering':
      for (const [i, item] of q.items.entries()) {
        if (i >= 3) await page.getByRole('button', { name: 'Add an item' }).click();
        await page.getByLabel(`Item ${i + 1}`, { exact: true }).fill(item);
      }
      break;
  }
  await page.getByLabel('Explanation', { exact: true }).fill(q.explanation);
}

/** Adds a question of its type from the quiz builder and returns to the builder. */
export async function addQuestion(page: Page, moduleId: number, q: BuiltQuestion, checkA11y = false): Promise<void> {
  await page.goto(`/author/modules/${moduleId}/quiz`);
  await page.getByLabel('Type of the new question').selectOption({ label: typeLabels[q.type] });
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `New question: ${typeLabels[q.type]}` })).toBeVisible();
  await fillQuestion(page, q);
  if (checkA11y) await expectAccessible(page);
  await page.getByRole('button', { name: 'Add the question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz builder' })).toBeVisible();
  await expect(page.getByText(q.prompt)).toBeVisible();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function group(page: Page, prompt: string): Locator {
  return page.getByRole('group', { name: new RegExp(escape(prompt)) });
}

/** Uses the Move up buttons until the items read in `target` order. */
async function putInOrder(box: Locator, target: string[]): Promise<void> {
  for (let i = 0; i < target.length; i++) {
    const names = await box
      .getByRole('button', { name: /^Move up: / })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const current = names.map((name) => name.replace(/^Move up: /, '')).indexOf(target[i]!);
    for (let step = current; step > i; step--) await box.getByRole('button', { name: `Move up: ${target[i]}`, exact: true }).click();
  }
}

/** Answers every question correctly in the trainee's question form; `saved` waits for each auto-save. */
export async function answerAll(page: Page, questions: BuiltQuestion[], saved: boolean): Promise<void> {
  for (const q of questions) {
    const box = group(page, q.prompt);
    switch (q.type) {
      case 'single':
        await box.getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true }).check();
        break;
      case 'truefalse':
        await box.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
        break;
      case 'multiple':
        for (const o of q.options) if (o.correct) await box.getByRole('checkbox', { name: o.text, exact: true }).check();
        break;
      case 'short':
        await box.getByLabel('Your answer').fill(q.accepted[0]!);
        break;
      case 'matching':
        for (const pair of q.pairs) await box.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
        break;
      case 'ordering':
        await putInOrder(box, q.items);
        break;
    }
    if (saved) await expect(box.locator('xpath=..').getByText('Saved', { exact: true })).toBeVisible();
  }
}

/** A second signed-in browser, with its own client address as the fixtures give each test. */
export async function openAs(browser: Browser, email: string, clientAddress: string): Promise<Page> {
  const context = await browser.newContext();
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
