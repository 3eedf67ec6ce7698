import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cio-e2e-'));

/** The package with its module moved to a new slug, as another module. */
function asNewModule(files: Unzipped, slug: string): Unzipped {
  return Object.fromEntries(
    Object.entries(files).map(([path, data]) => [
      path.replace('modules/why-e-government/', `modules/${slug}/`),
      path.endsWith('/module.yaml')
        ? strToU8(
            strFromU8(data).replace('slug: why-e-government', `slug: ${slug}`).replace('title: Why e-Government', `title: Copy ${slug}`),
          )
        : data,
    ]),
  );
}

async function upload(page: Page, files: Unzipped): Promise<void> {
  const path = join(tempDir(), 'package.zip');
  writeFileSync(path, zipSync(files));
  await page.getByLabel('Module package (.zip)').setInputFiles(path);
  await page.getByRole('button', { name: 'Import module package' }).click();
}

test('an instructor exports a module package and imports it back, and broken packages import nothing', async ({ page }) => {
  await signIn(page, demo.instructor.email);
  await page.getByRole('link', { name: 'Module packages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Module packages' })).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export module Why e-Government' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('why-e-government.zip');
  const files = unzipSync(new Uint8Array(readFileSync((await download.path()) ?? '')));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      'modules/why-e-government/module.yaml',
      'modules/why-e-government/quiz.yaml',
      'modules/why-e-government/lessons/01-the-e-society-and-the-goal-of-e-government.md',
      'modules/why-e-government/lectures/why-e-government.vtt',
    ]),
  );
  expect(strFromU8(files['modules/why-e-government/module.yaml'] ?? new Uint8Array())).toContain('title: Why e-Government');

  const slug = `why-e-government-copy-${Date.now()}`;
  await upload(page, asNewModule(files, slug));
  await expect(page.getByRole('status')).toHaveText(
    `Imported the new module ${slug} as a draft. Review it and publish it when it is ready.`,
  );

  await upload(page, asNewModule(files, slug));
  await expect(page.getByRole('status')).toHaveText(`The draft of the module ${slug} already has this content.`);

  const broken = asNewModule(files, slug);
  const quiz = `modules/${slug}/quiz.yaml`;
  broken[quiz] = strToU8(strFromU8(broken[quiz] ?? new Uint8Array()).replace(/^passMark: \d+$/m, 'passMark: 160'));
  await upload(page, broken);
  const alert = page.getByRole('region', { name: 'Import a module package' }).getByRole('alert');
  await expect(alert).toContainText('The package has 1 problem; nothing was imported:');
  await expect(alert).toContainText(new RegExp(`${quiz}:\\d+: passMark: `));
  await expectAccessible(page);

  await upload(page, { ...asNewModule(files, slug), '../../evil.md': strToU8('x') });
  await expect(alert).toContainText('../../evil.md: the path climbs out of the package with ".."');

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`Copy ${slug}`) })).toHaveCount(1);

  // An import never publishes: the author publishes the imported draft on the publish page.
  await upload(page, asNewModule(files, slug));
  await page.getByRole('link', { name: `Review and publish ${slug}` }).click();
  await page.getByLabel('What changed (one line)').fill('Imported from a package');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published version 1.' })).toBeVisible();
});

test('a package import posted from another origin is refused and imports nothing', async ({ page }) => {
  await signIn(page, demo.instructor.email);
  const response = await page.request.post('/api/author/packages', {
    headers: { Origin: 'https://intranet.example.gov', 'Sec-Fetch-Site': 'same-site' },
    multipart: { file: { name: 'x.zip', mimeType: 'application/zip', buffer: Buffer.from('x') } },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: 'forbidden:origin' });
});

test('a trainee cannot export or import module packages', async ({ page }) => {
  await signIn(page, demo.trainee.email);
  expect((await page.goto('/author/packages'))?.status()).toBe(403);
  expect((await page.request.get('/api/author/modules/1/package')).status()).toBe(403);
  expect(
    (
      await page.request.post('/api/author/packages', {
        multipart: { file: { name: 'x.zip', mimeType: 'application/zip', buffer: Buffer.from('x') } },
      })
    ).status(),
  ).toBe(403);
});
