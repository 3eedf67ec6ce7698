import type { Browser, Page } from '@playwright/test';
import { programmeModules, readModule } from './course';
import { demo, expect, expectAccessible, signIn, test } from './fixtures';

/**
 * Cohort discussions: two trainees of the seeded living cohort (whom no other
 * journey uses) talk under a lesson, in Dari with a mention; a trainee of
 * another cohort is kept out (404); the cohort's instructor hides a post with
 * a reason, works the moderation queue; the rate limit speaks up.
 */

const COHORT = 'Asia-Pacific e-Government CIO cohort';
const SITA = { email: 'sita.gurung@demo.example.org', name: 'Sita Gurung' };
const RAJESH = { email: 'rajesh.shrestha@demo.example.org', name: 'Rajesh Shrestha' };
// A trainee of the small "Afghanistan CIO cohort 2013", not of the living cohort.
const NASRIN = 'nasrin.karimi@example.org';

const stamp = Date.now();
const title = `پرسش درباره درس اول ${stamp}`;
const dariBody = 'سلام @Rajesh، به نظر شما مهم‌ترین گام نخست برای حکومتداری الکترونیکی چیست؟';
const advert = `Visit my consulting website for cheaper e-government projects ${stamp}`;
const slug = programmeModules()[0]!;
const lessonUrl = `/modules/${slug}/lessons/${readModule(slug).lessons[0]!}`;

let client = 0;
/** Another signed-in browser, with its own client address (sign-in throttling stays per test). */
async function signedIn(browser: Browser, clientAddress: string, email: string): Promise<Page> {
  client += 1;
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `${clientAddress}${client}` } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const postBy = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test('trainees of a cohort discuss a lesson; outsiders are kept out; instructors moderate; posting is rate-limited', async ({ page, browser, clientAddress }) => {
  test.setTimeout(4 * 60_000);

  // Sita starts a thread under the lesson, in Dari, mentioning Rajesh.
  await signIn(page, SITA.email);
  await page.goto(lessonUrl);
  const discussion = page.getByRole('region', { name: 'Discussion', exact: true });
  // The cohort's name is isolated (Unicode FSI/PDI) inside the sentence, as user-entered text always is.
  await expect(discussion.getByText(/^Talk about this lesson with the members of /)).toContainText(COHORT);
  await expectAccessible(page);
  const start = discussion.getByRole('region', { name: 'Start a thread' });
  await start.getByLabel('Title').fill(title);
  await start.getByLabel('Your post').fill('x'.repeat(10_001));
  await start.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(start.getByText('A post can have at most 10,000 characters.')).toBeVisible();
  await expect(start.getByLabel('Title')).toHaveValue(title);
  await start.getByLabel('Your post').fill('See ![diagram](https://example.org/diagram.png)');
  await start.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(start.getByText('Images are not allowed in posts, except figures from the lesson’s files.')).toBeVisible();
  await start.getByLabel('Your post').fill(dariBody);
  await start.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(start.getByRole('status')).toHaveText('Your thread is posted.');
  await expect(discussion.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);

  // Rajesh, in his own browser, sees unread posts on My learning and under the lesson, then reads the thread.
  const rajesh = await signedIn(browser, clientAddress, RAJESH.email);
  await rajesh.goto('/learn');
  const mine = rajesh.getByRole('region', { name: 'Discussions' });
  const forumLink = mine.getByRole('link', { name: `${COHORT}: forum` });
  await expect(forumLink).toBeVisible();
  await expect(mine.getByText(/Lesson discussions: \d+ unread posts?/)).toBeVisible();
  await expectAccessible(rajesh);
  const forumUrl = (await forumLink.getAttribute('href'))!;
  await rajesh.goto(lessonUrl);
  const hisDiscussion = rajesh.getByRole('region', { name: 'Discussion', exact: true });
  await expect(hisDiscussion.getByRole('status').filter({ hasText: '1 unread post' })).toBeVisible();
  await expect(hisDiscussion.getByRole('listitem').filter({ hasText: title })).toContainText('1 unread');
  await hisDiscussion.getByRole('link', { name: title }).click();
  await expect(rajesh.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const opening = postBy(rajesh, 'گام نخست');
  await expect(opening.locator('.mention')).toHaveText(`@${RAJESH.name}`);
  await expect(opening.locator('[dir="auto"]').filter({ hasText: 'حکومتداری' })).toBeVisible();
  await expectAccessible(rajesh);
  const threadUrl = new URL(rajesh.url()).pathname;
  await expect(async () => {
    await rajesh.goto(lessonUrl);
    await expect(rajesh.getByRole('region', { name: 'Discussion', exact: true }).getByRole('status').filter({ hasText: 'No unread posts' })).toBeVisible({ timeout: 1000 });
  }).toPass();

  // A trainee of another cohort finds neither the thread nor the forum.
  const nasrin = await signedIn(browser, clientAddress, NASRIN);
  for (const url of [threadUrl, forumUrl, `${forumUrl}/moderation`]) {
    await nasrin.goto(url);
    await expect(nasrin.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await expectAccessible(nasrin);

  // The instructor hides the post with a reason.
  const instructor = await signedIn(browser, clientAddress, demo.instructor.email);
  await instructor.goto(threadUrl);
  const toHide = postBy(instructor, 'گام نخست');
  await toHide.getByText('Hide', { exact: true }).click();
  await toHide.getByLabel('Why hide it? The author sees this reason.').fill('Please keep to the lesson topic.');
  await toHide.getByRole('button', { name: 'Hide post' }).click();
  // The post re-renders as hidden, with who hid it and why, and a button to show it again.
  await expect(postBy(instructor, 'گام نخست')).toContainText(`Hidden by ${demo.instructor.name}`);
  await expect(postBy(instructor, 'گام نخست').getByRole('button', { name: 'Show again' })).toBeVisible();
  await expectAccessible(instructor);

  // The author sees it hidden with the reason; the other trainee sees only that it was hidden.
  await page.goto(threadUrl);
  await expect(postBy(page, 'گام نخست')).toContainText('Only you and the moderators see this post: a moderator hid it. Reason: Please keep to the lesson topic.');
  await expectAccessible(page);
  await rajesh.goto(threadUrl);
  await expect(rajesh.getByText('This post was hidden by a moderator.')).toBeVisible();
  await expect(rajesh.getByText('گام نخست')).toHaveCount(0);

  // Sita posts an advert; Rajesh reports it; it waits in the moderation queue.
  const reply = page.getByRole('region', { name: 'Post in this thread' });
  await reply.getByLabel('Your post').fill(advert);
  await reply.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(reply.getByRole('status')).toHaveText('Your post is published.');
  await rajesh.reload();
  const reported = postBy(rajesh, advert);
  await reported.getByText('Report this post').click();
  await reported.getByLabel('What is wrong with this post?').fill('Advertising');
  await reported.getByRole('button', { name: 'Send report' }).click();
  await expect(reported.getByRole('status')).toHaveText('Thank you. The cohort’s moderators will review this post.');

  await instructor.goto('/discussions');
  await instructor.getByRole('listitem').filter({ hasText: `${COHORT}: forum` }).getByRole('link', { name: 'Moderation queue' }).click();
  await expect(instructor.getByRole('heading', { level: 1, name: `${COHORT}: moderation queue` })).toBeVisible();
  const queued = instructor.getByRole('listitem').filter({ has: instructor.getByRole('article').filter({ hasText: advert }) });
  await expect(queued).toContainText(`${RAJESH.name}: Advertising`);
  await expect(instructor.getByRole('article').filter({ hasText: 'Please keep to the lesson topic.' })).toBeVisible();
  await expectAccessible(instructor);
  await queued.getByRole('button', { name: 'Resolve reports and keep the post' }).click();
  await expect(queued).toHaveCount(0);

  // Posting more than 10 times a minute is refused with a clear message, and what was typed stays.
  await page.reload();
  const form = page.getByRole('region', { name: 'Post in this thread' });
  let refused = false;
  for (let n = 1; n <= 11 && !refused; n += 1) {
    const text = `Quick note ${n} ${stamp}`;
    await form.getByLabel('Your post').fill(text);
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    const alert = form.getByRole('alert');
    // The published post's paragraph (the author's hidden edit box holds the same text, so match the paragraph only).
    const published = page.getByRole('paragraph').filter({ hasText: new RegExp(`^${text}$`) });
    await expect(published.or(alert)).toBeVisible();
    if (await alert.isVisible()) {
      await expect(alert).toHaveText(/^You are posting too fast: at most 10 posts a minute\. Try again in \d+ seconds?\.$/);
      await expect(form.getByLabel('Your post')).toHaveValue(text);
      refused = true;
    }
  }
  expect(refused).toBe(true);
  await expectAccessible(page);
});
