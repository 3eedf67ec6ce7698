import type { BrowserContext, Page } from '@playwright/test';
import { expect, signIn, signOut, test } from './fixtures';
import { questionGroup, readModule } from './course';

const SLUG = 'the-government-cio';
const TRAINEE = 'layla.haddad@example.org';
const courseModule = readModule(SLUG);
const queuedAnswer = 'Saved on this device — will be sent when the connection returns';

/** What this app keeps on the device: its caches and its IndexedDB databases. */
async function deviceData(page: Page) {
  return page.evaluate(async () => ({
    caches: (await caches.keys()).filter((name) => name.startsWith('cio-')),
    databases: ((await indexedDB.databases()) ?? []).map((d) => d.name ?? '').filter((name) => name.startsWith('cio-offline-')),
  }));
}

/** Waits until the service worker controls the page (it claims clients as soon as it activates). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The true/false and single-choice questions of the quiz with their correct option labels. */
const simpleQuestions = courseModule.quiz.questions
  .filter((q) => q.type === 'truefalse' || q.type === 'single')
  .map((q) => ({ prompt: q.prompt.trim(), answer: q.type === 'truefalse' ? (q.answer ? 'True' : 'False') : q.options!.find((o) => o.correct)!.text }));

/** A question's list item: its group of options and, below it, its save state. */
const questionItem = (page: Page, prompt: string) => page.getByRole('listitem').filter({ has: questionGroup(page, prompt.slice(0, 60)) });

async function answerOffline(page: Page) {
  const answered: typeof simpleQuestions = [];
  for (const q of simpleQuestions) {
    const group = questionGroup(page, q.prompt.slice(0, 60));
    await group.getByRole('radio', { name: q.answer, exact: true }).check();
    await expect(questionItem(page, q.prompt).getByText(queuedAnswer)).toBeVisible();
    answered.push(q);
  }
  return answered;
}

test('a saved module reads offline; progress and answers queued offline arrive exactly once; sign-out leaves nothing', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const context: BrowserContext = page.context();
  await signIn(page, TRAINEE);
  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: 'Enrol in this module' }).click();
  await controlled(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: courseModule.quiz.title })).toBeVisible();

  await page.goto(`/modules/${SLUG}`);
  const estimate = page.getByText(/About [\d,]+ KB to download/);
  await expect(estimate).toBeVisible();
  console.log(`[measure] before saving: ${await estimate.textContent()}`);
  // Measured on a 400 kbit/s link (50 000 bytes/s each way, 100 ms latency).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  const started = Date.now();
  await page.getByRole('button', { name: 'Save for offline' }).click();
  const available = page.getByText(/Available offline: version \d+, [\d,]+ KB on this device/);
  await expect(available).toBeVisible({ timeout: 120_000 });
  console.log(`[measure] ${await available.textContent()} saved in ${Date.now() - started} ms at 400 kbit/s`);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const moduleCache = await page.evaluate(async () => {
    const sizes: Record<string, number> = {};
    for (const name of (await caches.keys()).filter((n) => n.startsWith('cio-module-'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) sizes[new URL(request.url).pathname] = (await (await cache.match(request))!.arrayBuffer()).byteLength;
    }
    return sizes;
  });
  console.log(`[measure] module cache items: ${JSON.stringify(moduleCache)}`);

  await context.setOffline(true);
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
  await expect(page.getByRole('link', { name: courseModule.title }).first()).toBeVisible();
  await expect(page.getByText(/You are offline/)).toBeVisible();
  for (const lesson of courseModule.lessons.slice(0, 3)) {
    await page.goto(`/modules/${SLUG}/lessons/${lesson}`);
    await expect(page.getByRole('button', { name: /Mark lesson complete|Mark as not complete/ })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('Saved on this device — will be sent when the connection returns.')).toBeVisible();
  const completedLesson = courseModule.lessons[2]!;

  await page.goto(`/modules/${SLUG}/quiz`);
  const answered = await answerOffline(page);
  await expect(page.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
  await expect(page.getByText(/you can submit the attempt when the connection returns/)).toBeVisible();
  // A page not saved shows the offline page, not a browser error.
  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: 'Not available offline' }).first()).toBeVisible();

  // Reload while still offline: nothing is lost.
  await page.goto(`/modules/${SLUG}/quiz`);
  for (const q of answered) {
    const group = questionGroup(page, q.prompt.slice(0, 60));
    await expect(group.getByRole('radio', { name: q.answer, exact: true })).toBeChecked();
    await expect(questionItem(page, q.prompt).getByText(queuedAnswer)).toBeVisible();
  }

  // Back online, the page closes while the replay runs; the next load finishes it.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.close();
  const again = await context.newPage();
  await again.goto(`/modules/${SLUG}/quiz`);
  const queueLength = () =>
    again.evaluate(
      async () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(`cio-offline-${localStorage.getItem('cio-offline-user')}`);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('queue').objectStore('queue').count();
            count.onsuccess = () => (open.result.close(), resolve(count.result));
          };
        }),
    );
  await expect.poll(queueLength).toBe(0);
  await again.reload();
  for (const q of answered) await expect(questionGroup(again, q.prompt.slice(0, 60)).getByRole('radio', { name: q.answer, exact: true })).toBeChecked();

  // A fresh sign-in elsewhere sees the progress and every answer once.
  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.88.0.9' } });
  const check = await other.newPage();
  await signIn(check, TRAINEE);
  await check.goto(`/modules/${SLUG}`);
  const lessonTitle = check.getByRole('listitem').filter({ has: check.locator(`a[href$="/lessons/${completedLesson}"]`) });
  await expect(lessonTitle.getByText('Completed')).toBeVisible();
  await check.goto(`/modules/${SLUG}/quiz`);
  for (const q of answered) await expect(questionGroup(check, q.prompt.slice(0, 60)).getByRole('radio', { name: q.answer, exact: true })).toBeChecked();
  await expect(check.getByText(new RegExp(`^${answered.length} of \\d+ answered$`))).toBeVisible();
  await other.close();

  // Sign-out deletes every cache and queue of this user on the device.
  await signOut(again);
  await expect.poll(() => deviceData(again)).toEqual({ caches: [], databases: [] });
});
