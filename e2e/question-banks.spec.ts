import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

const GIFT = `// CIO Academy: an e2e question bank
$CATEGORY: Governance

::Good governance::Which of these is an element of good governance named in the lecture? {=Transparency#Yes. ~Secrecy#No. ####Efficiency, effectiveness, accountability and transparency.}

::G4C::G4C lets citizens have documents issued at home. {T}

::Bad::How many elements of good governance does the lecture name? {four}

::CIO year::In which year did Korea introduce the government CIO? {=1998}
`;
const PROMPTS = [
  'Which of these is an element of good governance named in the lecture?',
  'G4C lets citizens have documents issued at home.',
  'In which year did Korea introduce the government CIO?',
];

/** Writes a file the test can upload, in a fresh temp folder. */
function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cio-e2e-')), name);
  writeFileSync(path, content);
  return path;
}

async function createBank(page: Page, name: string): Promise<void> {
  await page.goto('/author/banks');
  await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Bank name').fill(name);
  await page.getByRole('button', { name: 'Create bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page);
}

async function previewFile(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: 'Import GIFT' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Import GIFT into/ })).toBeVisible();
  await page.getByLabel('GIFT file').setInputFiles(path);
  await page.getByRole('button', { name: 'Preview' }).click();
}

test('an instructor imports GIFT into a bank, exports it and adds bank questions to a module quiz', async ({ page }) => {
  const bank = `Good governance ${Date.now()}`;
  await signIn(page, demo.instructor.email);
  await page.getByRole('link', { name: 'Question banks' }).click();
  await createBank(page, bank);
  await expect(page.getByText('This bank has no questions yet.')).toBeVisible();

  const file = tempFile('governance.gift', GIFT);
  await previewFile(page, file);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('3 valid questions and 1 problem.')).toBeVisible();
  await expect(preview.getByRole('region', { name: /Problems/ })).toContainText(
    'Line 8 (Bad): unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F',
  );
  for (const prompt of PROMPTS) await expect(preview.getByText(prompt)).toBeVisible();
  await expect(preview.getByText('Transparency (right; feedback: Yes.)')).toBeVisible();
  await expectAccessible(page);
  await preview.getByRole('button', { name: 'Import 3 questions' }).click();

  await expect(page.getByRole('status')).toHaveText('Imported 3 questions.');
  const table = page.getByRole('table');
  for (const prompt of PROMPTS) await expect(table.getByRole('row', { name: new RegExp(prompt) })).toBeVisible();
  await expect(table.getByRole('row', { name: /G4C lets citizens/ })).toContainText('True or false');
  await expectAccessible(page);

  // The same file again adds nothing.
  await previewFile(page, file);
  await page.getByRole('button', { name: 'Import 3 questions' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported no new questions; 3 were already in the bank.');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export as GIFT' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^good-governance-\d+\.gift$/);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');
  expect(exported).toContain(`$CATEGORY: ${bank}`);
  expect(exported).toContain('::good-governance::Which of these is an element of good governance named in the lecture? {');
  expect(exported).toContain('=Transparency#Yes.');
  expect(exported).toContain('::g4c::G4C lets citizens have documents issued at home. {TRUE}');
  expect(exported).toContain('=1998');

  await page.goto('/author/packages');
  await page.getByRole('link', { name: 'Add quiz questions from a bank to Why e-Government' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add questions from a bank' })).toBeVisible();
  await page.getByLabel('Question bank').selectOption({ label: `${bank} (3)` });
  await page.getByRole('button', { name: 'Show questions' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add to quiz' }).click();
  await expect(page.getByText('Tick at least one question to add.')).toBeVisible();
  await page.getByLabel(PROMPTS[0] ?? '').check();
  await page.getByLabel(PROMPTS[2] ?? '').check();
  await page.getByRole('button', { name: 'Add to quiz' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 2 questions to the quiz draft.');
  const quiz = page.getByRole('region', { name: 'Questions in the quiz draft' });
  await expect(quiz.getByRole('listitem').filter({ hasText: PROMPTS[0] ?? '' })).toHaveCount(1);
  await expect(quiz.getByRole('listitem').filter({ hasText: PROMPTS[2] ?? '' })).toHaveCount(1);
  await expect(quiz.getByRole('listitem').filter({ hasText: PROMPTS[1] ?? '' })).toHaveCount(0);
  await expectAccessible(page);
});

test('GIFT with only malformed questions shows each error with its line and imports nothing', async ({ page }) => {
  const bank = `Broken ${Date.now()}`;
  await signIn(page, demo.instructor.email);
  await createBank(page, bank);
  await page.getByRole('link', { name: 'Import GIFT' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('Choose a GIFT file or paste GIFT text first.')).toBeVisible();
  await page.getByLabel('Or paste GIFT text').fill('::Open::What is missing? {=this ~that\n\n::Maybe::Is e-government good? {maybe}\n');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('No valid questions and 2 problems.')).toBeVisible();
  const problems = preview.getByRole('region', { name: /Problems/ });
  await expect(problems).toContainText('Line 1 (Open): unclosed brace: this answer block has no closing }');
  await expect(problems).toContainText('Line 3 (Maybe): unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F');
  await expect(preview.getByRole('alert')).toHaveText('Nothing can be imported: fix the problems listed and preview again.');
  await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByLabel('Or paste GIFT text')).toHaveValue(/::Open::/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the bank' }).click();
  await expect(page.getByText('This bank has no questions yet.')).toBeVisible();
});

test('a trainee may not open question banks', async ({ page }) => {
  await signIn(page, demo.trainee.email);
  const response = await page.goto('/author/banks');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await expectAccessible(page);
  const download = await page.request.get('/api/author/banks/1/gift');
  expect(download.status()).toBe(403);
});
