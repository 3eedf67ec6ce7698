import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { demo, expect, expectAccessible, signIn, submitSignIn, test } from './fixtures';

/**
 * My learning in the trainee's language (translated module title, Eastern Arabic digits),
 * translated lecture captions uploaded by an author, and Moodle XML images
 * and marks kept in a bank.
 */

const SLUG = 'building-capacity-unpog';
/** A trainee no other journey signs in as: her profile starts in English and she is enrolled in nothing. */
const TRAINEE = 'mariam.sultani@example.org';
const fa = JSON.parse(readFileSync('lib/i18n/messages/fa-AF/core.json', 'utf8'));
const dariTitle = (parse(readFileSync(`content/modules/${SLUG}/module.fa-AF.yaml`, 'utf8')) as { title: string }).title;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const LATIN_DIGIT = /[0-9]/;

async function useDari(page: Page) {
  await page.goto('/profile');
  await page.getByLabel('Language').selectOption({ label: 'دری' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test('My learning shows a translated module in Dari, with Eastern Arabic digits', async ({ page }) => {
  await submitSignIn(page, TRAINEE, 'Demo-Password-2026');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await useDari(page);
  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: fa.module.enrol }).click();
  const progress = page.getByText(/از .* درس انجام شده/);
  await expect(progress).toBeVisible();
  expect(await progress.textContent()).not.toMatch(LATIN_DIGIT);
  await expect(page.getByText(fa.module.quizNotStarted)).toBeVisible();

  await page.goto('/learn');
  const link = page.getByRole('link', { name: dariTitle, exact: true }).first();
  await expect(link).toBeVisible();
  await expect(link).not.toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Building capacity: the UNPOG programme' })).toHaveCount(0);
  await expectAccessible(page);
});

test("an author uploads a lesson translation's captions, and a broken file is refused", async ({ page }) => {
  await signIn(page, demo.admin.email);
  await page.goto('/author');
  await page.getByRole('link', { name: 'Building capacity: the UNPOG programme' }).first().click();
  await page.waitForURL(/\/author\/modules\/\d+/);
  const moduleId = /\/author\/modules\/(\d+)/.exec(page.url())?.[1];
  await page.goto(`/author/modules/${moduleId}/translations`);
  await page.locator(`a[href*="/translations/fa-AF/lessons/"][href$="#translation-captions"]`).first().click();
  await expect(page.getByLabel('Lesson text (Markdown)')).toHaveAttribute('dir', 'auto');
  const captions = page.locator('section[aria-labelledby="translation-captions"]');
  await expect(captions.getByText(/^Captions uploaded:/)).toBeVisible();

  const file = captions.getByLabel('Captions file (WebVTT)');
  await file.setInputFiles({ name: 'broken.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01.000 --> soon\nمتن\n') });
  await captions.getByRole('button', { name: 'Upload captions' }).click();
  await expect(captions.getByRole('alert')).toContainText('is not valid WebVTT captions (line 3');

  await file.setInputFiles({ name: 'lecture.fa-AF.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nخوش آمدید.\n') });
  await captions.getByRole('button', { name: 'Upload captions' }).click();
  await expect(captions.getByRole('status')).toHaveText('Captions saved. They reach trainees when the module is published.');
  await page.reload();
  await expect(page.getByText('Captions uploaded: 1 caption.', { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test('a Moodle XML image and mark are kept in the bank and written back on export', async ({ page }) => {
  const bank = `Pictures ${Date.now()}`;
  await signIn(page, demo.instructor.email);
  await page.goto('/author/banks');
  await page.getByLabel('Bank name').fill(bank);
  await page.getByRole('button', { name: 'Create bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: bank })).toBeVisible();
  const bankUrl = page.url();
  await page.getByRole('link', { name: 'Import Moodle XML' }).click();
  const xml = `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="truefalse"><name><text>Logo</text></name>
    <questiontext format="html"><text><![CDATA[<p>Is <img src="@@PLUGINFILE@@/logo.png" alt="the logo"> ours?</p>]]></text>
    <file name="logo.png" path="/" encoding="base64">${PNG}</file></questiontext><defaultgrade>2.5</defaultgrade>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
  await page.getByLabel('Moodle XML file').setInputFiles({ name: 'logo.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: /to import/ });
  await expect(preview.getByRole('heading', { name: '1 question to import, 0 skipped' })).toBeVisible();
  await expect(preview).not.toContainText('warning');
  await preview.getByRole('button', { name: 'Import 1 question' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 1 question.');
  const row = page.getByRole('row').filter({ has: page.getByRole('img', { name: 'the logo' }) });
  await expect(row).toContainText('2.5');
  const src = await row.getByRole('img', { name: 'the logo' }).getAttribute('src');
  expect(src).toMatch(/^\/api\/question-images\/[a-f0-9]{16}-logo\.png$/);
  const image = await page.request.get(src ?? '');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  await expectAccessible(page);

  const bankId = /\/author\/banks\/(\d+)/.exec(bankUrl)?.[1];
  const exported = await (await page.request.get(`/api/author/banks/${bankId}/moodle-xml`)).text();
  expect(exported).toContain('<defaultgrade>2.5</defaultgrade>');
  expect(exported).toContain(`<file name="logo.png" path="/" encoding="base64">${PNG}</file>`);
});
