import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { demo, expect, expectAccessible, signIn, submitSignIn, test } from './fixtures';
import { questionGroup, readModule } from './course';

/**
 * Course content in Dari and Pashto: a trainee reading in their language sees
 * the translated module, lesson and quiz, passes the quiz with translated
 * answers, and an untranslated module in English, marked as such.
 */

const SLUG = 'building-capacity-unpog';
const UNTRANSLATED = 'why-e-government';
const TRAINEE = 'layla.haddad@example.org';
type Locale = 'fa-AF' | 'ps';

const dir = `content/modules/${SLUG}`;
const catalogue = (locale: Locale) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}/core.json`, 'utf8'));
const moduleText = (locale: Locale) => parse(readFileSync(`${dir}/module.${locale}.yaml`, 'utf8')) as { title: string };
const lessonTitle = (key: string, locale: Locale) => (matter(readFileSync(`${dir}/lessons/${key}.${locale}.md`, 'utf8')).data as { title: string }).title;

interface TranslatedQuiz {
  title: string;
  questions: { prompt: string; options?: { text: string }[]; accepted?: string[]; pairs?: { left: string; right: string }[]; items?: string[] }[];
}

const localeNames: Record<Locale | 'en', string> = { en: 'English', 'fa-AF': 'دری', ps: 'پښتو' };
const profileText = (locale: Locale | 'en', key: 'language' | 'save' | 'saved') =>
  (JSON.parse(readFileSync(`lib/i18n/messages/${locale}/core.json`, 'utf8')) as { profile: Record<string, string> }).profile[key]!;
const anyOf = (key: 'language' | 'save' | 'saved') => new RegExp((['en', 'fa-AF', 'ps'] as const).map((l) => profileText(l, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Signs the trainee in whatever language their profile is in (the page then speaks it). */
async function signInTrainee(page: Page) {
  await submitSignIn(page, TRAINEE, 'Demo-Password-2026');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Switches the interface (and so the content) language on the profile, as a trainee does. */
async function useLocale(page: Page, locale: Locale | 'en') {
  await page.goto('/profile');
  await page.getByRole('combobox', { name: anyOf('language') }).selectOption({ label: localeNames[locale] });
  await page.getByRole('button', { name: anyOf('save') }).click();
  await expect(page.getByRole('status').filter({ hasText: profileText(locale, 'saved') })).toBeVisible();
}

async function putInOrder(group: Locator, moveUp: string, target: string[]) {
  for (let i = 0; i < target.length; i++) {
    const names = await group.getByRole('button', { name: new RegExp(`^${moveUp}: `) }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const current = names.map((name) => name.slice(moveUp.length + 2)).indexOf(target[i]!);
    for (let step = current; step > i; step--) await group.getByRole('button', { name: `${moveUp}: ${target[i]}`, exact: true }).click();
  }
}

/** Answers the Dari quiz correctly: the answer key from English, the texts from the translation. */
async function answerInDari(page: Page) {
  const english = readModule(SLUG).quiz;
  const dari = parse(readFileSync(`${dir}/quiz.fa-AF.yaml`, 'utf8')) as TranslatedQuiz;
  const t = catalogue('fa-AF');
  for (const [index, q] of english.questions.entries()) {
    const translated = dari.questions[index]!;
    const group = questionGroup(page, translated.prompt.trim().slice(0, 40));
    const optionText = (i: number) => translated.options![i]!.text;
    switch (q.type) {
      case 'single':
        await group.getByRole('radio', { name: optionText(q.options!.findIndex((o) => o.correct)), exact: true }).check();
        break;
      case 'truefalse':
        await group.getByRole('radio', { name: q.answer ? t.contentLanguage.true : t.contentLanguage.false, exact: true }).check();
        break;
      case 'multiple':
        for (const [i, option] of q.options!.entries()) {
          const box = group.getByRole('checkbox', { name: optionText(i), exact: true });
          if (option.correct) await box.check();
          else await box.uncheck();
        }
        break;
      case 'short':
        // A translated accepted answer counts like the English ones.
        await group.getByLabel(t.quiz.yourAnswer).fill(translated.accepted![0]!);
        break;
      case 'matching':
        for (const pair of translated.pairs!) await group.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
        break;
      case 'ordering':
        await putInOrder(group, t.quiz.moveUp, translated.items!);
        break;
    }
    await expect(group.locator('xpath=..').getByText(t.quiz.save.saved, { exact: true })).toBeVisible();
  }
}

async function expectFallback(page: Page, locale: Locale) {
  await page.goto(`/modules/${UNTRANSLATED}`);
  const notice = page.getByTestId('content-fallback');
  await expect(notice.first()).toBeVisible();
  await expect(notice.first()).toHaveText(locale === 'fa-AF' ? /دری/ : /پښتو/);
  await expect(page.locator('[lang="en"][dir="ltr"]').getByRole('heading', { level: 1, name: readModule(UNTRANSLATED).title })).toBeVisible();
  await expectAccessible(page);
}

test.describe.configure({ mode: 'serial' });

// Whatever happened above, this trainee reads in English again for the journeys that follow.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signInTrainee(page);
  await useLocale(page, 'en');
  await page.close();
});

test('a trainee reading in Dari reads a translated lesson, passes the translated quiz and sees English marked on an untranslated module', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const t = catalogue('fa-AF');
  await signIn(page, TRAINEE);
  await useLocale(page, 'fa-AF');

  await page.goto(`/modules/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: moduleText('fa-AF').title })).toBeVisible();
  await expect(page.getByTestId('content-fallback')).toHaveCount(0);
  const enrol = page.getByRole('button', { name: t.module.enrol });
  if (await enrol.isVisible()) await enrol.click();
  await expectAccessible(page);

  const [firstLesson] = readModule(SLUG).lessons;
  await page.getByRole('link', { name: lessonTitle(firstLesson!, 'fa-AF'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(firstLesson!, 'fa-AF') })).toBeVisible();
  await expect(page.getByText(/^منبع:/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: new RegExp(`${t.module.startQuiz}|${t.module.retakeQuiz}|${t.module.resumeQuiz}`) }).first().click();
  const dariQuiz = parse(readFileSync(`${dir}/quiz.fa-AF.yaml`, 'utf8')) as TranslatedQuiz;
  await expect(page.getByRole('heading', { level: 1, name: dariQuiz.title })).toBeVisible();
  await expectAccessible(page);
  await answerInDari(page);
  await page.getByRole('button', { name: t.quiz.submit }).click();
  // The summary before submitting, in Dari: every question is answered, then confirm.
  const summary = page.getByRole('region', { name: t.quiz.summary.heading });
  await expect(summary.getByText(t.quiz.summary.allAnswered)).toBeVisible();
  await summary.getByRole('button', { name: t.quiz.summary.confirm }).click();
  await expect(page.getByRole('heading', { name: t.results.passed })).toBeVisible();
  await expectAccessible(page);

  await expectFallback(page, 'fa-AF');
});

test('a trainee reading in Pashto reads the translated module and lesson, and English marked elsewhere', async ({ page }) => {
  await signInTrainee(page);
  await useLocale(page, 'ps');
  await page.goto(`/modules/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: moduleText('ps').title })).toBeVisible();
  await expectAccessible(page);
  const lessons = readModule(SLUG).lessons;
  await page.getByRole('link', { name: lessonTitle(lessons[2]!, 'ps'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(lessons[2]!, 'ps') })).toBeVisible();
  await expect(page.getByText(/^سرچینه:/).first()).toBeVisible();
  await expectAccessible(page);
  await expectFallback(page, 'ps');  // Back to English, as the other journeys expect of this trainee.
  await useLocale(page, 'en');
});

test('an author sees per language which parts of a module are translated and which are missing', async ({ page }) => {
  await signIn(page, demo.admin.email);
  await page.goto('/author');
  await page.getByRole('link', { name: readModule(UNTRANSLATED).title, exact: true }).first().click();
  await page.getByRole('link', { name: 'Translations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible();
  await expect(page.getByText('Some parts are missing.')).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Module title, summary and objectives\s+Missing/ }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/author');
  await page.getByRole('link', { name: readModule(SLUG).title, exact: true }).first().click();
  await page.getByRole('link', { name: 'Translations', exact: true }).click();
  await expect(page.getByText('Everything is translated.')).toHaveCount(2);
  await page.getByRole('link', { name: 'Preview as a trainee in Dari' }).click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(readModule(SLUG).lessons[0]!, 'fa-AF') })).toBeVisible();
  await expectAccessible(page);
});
