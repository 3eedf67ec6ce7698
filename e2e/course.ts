import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';

/** The published course as the content files define it: the test's answer key. */
interface QuizFile {
  title: string;
  questions: {
    key: string;
    type: 'single' | 'multiple' | 'truefalse' | 'short' | 'matching' | 'ordering';
    prompt: string;
    options?: { text: string; correct?: boolean }[];
    answer?: boolean;
    accepted?: string[];
    pairs?: { left: string; right: string }[];
    items?: string[];
  }[];
}

export function readModule(slug: string): { title: string; lessons: string[]; quiz: QuizFile } {
  const moduleFile = parse(readFileSync(`content/modules/${slug}/module.yaml`, 'utf8')) as { title: string; lessons: string[] };
  const quiz = parse(readFileSync(`content/modules/${slug}/quiz.yaml`, 'utf8')) as QuizFile;
  return { title: moduleFile.title, lessons: moduleFile.lessons, quiz };
}

export function programmeModules(): string[] {
  return (parse(readFileSync('content/programmes/egov-leadership.yaml', 'utf8')) as { modules: string[] }).modules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function questionGroup(page: Page, prompt: string): Locator {
  return page.getByRole('group', { name: new RegExp(escape(prompt)) });
}

/** Answers every question correctly, through the form as a trainee would. */
export async function answerCorrectly(page: Page, quiz: QuizFile): Promise<void> {
  for (const q of quiz.questions) {
    const group = questionGroup(page, q.prompt);
    switch (q.type) {
      case 'single':
        await group.getByRole('radio', { name: q.options!.find((o) => o.correct)!.text, exact: true }).check();
        break;
      case 'truefalse':
        await group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
        break;
      case 'multiple':
        for (const option of q.options!) {
          const box = group.getByRole('checkbox', { name: option.text, exact: true });
          if (option.correct) await box.check();
          else await box.uncheck();
        }
        break;
      case 'short':
        await group.getByLabel('Your answer').fill(q.accepted![0]!);
        break;
      case 'matching':
        for (const pair of q.pairs!) await group.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
        break;
      case 'ordering':
        await putInOrder(group, q.items!);
        break;
    }
    await expect(group.locator('xpath=..').getByText('Saved', { exact: true })).toBeVisible();
  }
}

/** Uses the Move up buttons until the items read in `target` order. */
async function putInOrder(group: Locator, target: string[]): Promise<void> {
  for (let i = 0; i < target.length; i++) {
    const names = await group.getByRole('button', { name: /^Move up: / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const current = names.map((name) => name.replace(/^Move up: /, '')).indexOf(target[i]!);
    for (let step = current; step > i; step--) {
      await group.getByRole('button', { name: `Move up: ${target[i]}`, exact: true }).click();
    }
  }
}

/**
 * Submits the open attempt through the summary that asks for confirmation:
 * checks that focus lands on it and whether it warns about unanswered
 * questions, then confirms.
 */
export async function submitQuiz(page: Page, { warns }: { warns: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const summary = page.getByRole('region', { name: 'Check your answers before submitting' });
  await expect(summary.getByRole('heading', { name: 'Check your answers before submitting' })).toBeFocused();
  if (warns) await expect(summary.getByRole('alert')).toContainText('not answered');
  else await expect(summary.getByText('Every question is answered.')).toBeVisible();
  await summary.getByRole('button', { name: 'Submit now' }).click();
}
