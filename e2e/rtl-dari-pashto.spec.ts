import type { Page } from '@playwright/test';
import enCore from '../lib/i18n/messages/en/core.json';
import faCore from '../lib/i18n/messages/fa-AF/core.json';
import psCore from '../lib/i18n/messages/ps/core.json';
import { programmeModules, readModule } from './course';
import { demo, DEMO_PASSWORD, expect, expectAccessible, test } from './fixtures';

type Core = typeof enCore;

/**
 * Each language is walked by its own seeded trainee whose profile starts in
 * English and whom no journey enrols in the programme: Layla for Dari, Zarghuna for Pashto.
 */
const journeys = [
  { locale: 'fa-AF', name: 'دری', core: faCore, trainee: 'layla.haddad@example.org' },
  { locale: 'ps', name: 'پښتو', core: psCore, trainee: 'zarghuna.stanekzai@example.org' },
] as const;

/** The literal start of a message, before its first argument: enough to find a control by name. */
const prefix = (message: string) => message.split('{')[0]!.trim();

async function expectDirection(page: Page, locale: string, dir: 'rtl' | 'ltr') {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** No horizontal page scroll: the page fits its viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

async function signInAs(page: Page, core: Core, email: string) {
  await page.getByLabel(core.signIn.email).fill(email);
  await page.getByLabel(core.signIn.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: core.signIn.submit, exact: true }).click();
}

/** Chooses a language on the profile page (labelled in the page's current language) and saves it. */
async function chooseProfileLanguage(page: Page, current: Core, languageName: string) {
  await page.goto('/profile');
  await page.getByLabel(current.profile.language).selectOption({ label: languageName });
  await page.getByRole('button', { name: current.profile.save }).click();
}

for (const { locale, name, core, trainee } of journeys) {
  test(`${locale}: switcher, sign-in, profile language, My learning, a lesson and the quiz in RTL at 360 px`, async ({ page, browser }) => {
    test.setTimeout(3 * 60_000);
    await page.setViewportSize({ width: 360, height: 740 });

    // Before sign-in, the switcher sets the cookie: the sign-in page turns right to left.
    await page.goto('/sign-in');
    await expectDirection(page, 'en', 'ltr');
    await page.getByRole('button', { name, exact: true }).click();
    await expectDirection(page, locale, 'rtl');
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page);

    // The profile (still English) wins at sign-in; choosing the language on the profile applies it.
    await signInAs(page, core as Core, trainee);
    await expect(page.getByRole('button', { name: enCore.nav.signOut })).toBeVisible();
    await expectDirection(page, 'en', 'ltr');
    await chooseProfileLanguage(page, enCore, name);
    await expect(page.getByRole('status').filter({ hasText: core.profile.saved })).toBeVisible();
    await expectDirection(page, locale, 'rtl');
    await expectAccessible(page);

    // My learning, in the profile's language.
    await page.goto('/learn');
    await expectDirection(page, locale, 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: core.learn.title })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^${prefix(core.learn.enrolProgramme)}`) }).click();
    await expect(page.getByRole('link', { name: readModule(programmeModules()[0]!).title, exact: true }).first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    // A lesson: right to left around the (English) course text, no horizontal scroll.
    const slug = programmeModules()[0]!;
    const { lessons, quiz } = readModule(slug);
    await page.goto(`/modules/${slug}/lessons/${lessons[0]}`);
    await expectDirection(page, locale, 'rtl');
    await expect(page.getByRole('button', { name: core.lesson.markComplete })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    // The quiz.
    await page.goto(`/modules/${slug}`);
    await page.getByRole('button', { name: core.module.startQuiz }).click();
    await expect(page.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
    await expectDirection(page, locale, 'rtl');
    // Question numbers are drawn in the browser (this Chromium has no Pashto data) and keep the locale's digits.
    await expect(page.getByText(core.quiz.questionNumber.replace('{n, number}', new Intl.NumberFormat(locale).format(1)), { exact: true }).first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    // Another device: no cookie, an English browser; signing in brings the profile's language.
    const other = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } });
    const second = await other.newPage();
    await second.goto('/sign-in');
    await expectDirection(second, 'en', 'ltr');
    await signInAs(second, enCore, trainee);
    await expect(second.getByRole('button', { name: core.nav.signOut })).toBeVisible();
    await expectDirection(second, locale, 'rtl');
    await other.close();
  });
}

test('a manager’s cohort dashboard in Dari and Pashto, right to left and accessible', async ({ page }) => {
  test.setTimeout(3 * 60_000);
  await page.goto('/sign-in');
  await signInAs(page, enCore, demo.manager.email);
  await expect(page.getByRole('button', { name: enCore.nav.signOut })).toBeVisible();
  await page.goto('/manage/overview');
  const dashboard = await page.locator('a[href*="/dashboard"]').first().getAttribute('href');
  expect(dashboard).toBeTruthy();
  let current: Core = enCore;
  try {
    for (const { locale, name, core } of journeys) {
      await chooseProfileLanguage(page, current, name);
      await expect(page.getByRole('status').filter({ hasText: core.profile.saved })).toBeVisible();
      current = core as Core;
      await page.goto(dashboard!);
      await expectDirection(page, locale, 'rtl');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  } finally {
    // Later journeys sign the manager in expecting English.
    await chooseProfileLanguage(page, current, 'English');
    await expectDirection(page, 'en', 'ltr');
  }
});

test('English pages never load the Arabic-script font; right-to-left pages do', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/fonts/vazirmatn/')) fonts.push(request.url());
  });
  await page.goto('/');
  await page.goto('/sign-in');
  expect(fonts).toEqual([]);
  await page.getByRole('button', { name: 'پښتو', exact: true }).click();
  await expectDirection(page, 'ps', 'rtl');
  await expect.poll(() => fonts.some((url) => url.endsWith('.css'))).toBe(true);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expectDirection(page, 'en', 'ltr');
});
