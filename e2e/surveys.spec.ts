import { DEMO_PASSWORD, demo, expect, expectAccessible, signIn, signOut, submitSignIn, test } from './fixtures';

/** Seeded trainees of the living cohort that no other spec relies on: one reads English, one Dari. */
const dana = { email: 'dana.nurpeisova@demo.example.org', name: 'Dana Nurpeisova' };
const habiba = { email: 'habiba.noori@demo.example.org', name: 'Habiba Noori' };
const COHORT = 'Asia-Pacific e-Government CIO cohort';
const EVENT = 'Opening live discussion: why e-government?';
const stamp = Date.now();
const title = `Opening discussion feedback ${stamp}`;
const RATING = 'Overall, how useful was the discussion';
const TEXT = 'What will you apply in your ministry?';

/** The cohort meets in Seoul (UTC+09:00, no daylight saving): the local "YYYY-MM-DDTHH:mm" of an instant there. */
const seoulLocal = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000 + 9 * 3_600_000).toISOString().slice(0, 16);

test.describe.serial('feedback surveys: attach, answer in English and Dari, results, export, closing', () => {
  let surveyUrl = '';
  let responseApi = '';

  test('a manager attaches an anonymous survey to a past event; an empty question is refused first', async ({ page }) => {
    await signIn(page, demo.manager.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Surveys' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Create a survey' }).click();
    await page.getByLabel('Cohort').selectOption({ label: COHORT });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(`A survey for ${COHORT}.`)).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Survey title').fill(title);
    await page.getByLabel('Event', { exact: true }).selectOption({ label: EVENT });
    await expect(page.getByRole('radio', { name: /^Anonymous/ })).toBeChecked();
    await page.getByLabel('Opens', { exact: true }).fill(seoulLocal(Date.now() - 3_600_000));
    await page.getByLabel('Closes', { exact: true }).fill(seoulLocal(Date.now() + 7 * 86_400_000));
    await page.getByRole('button', { name: 'Create survey' }).click();
    await expect(page.getByText('Enter the question text.')).toBeVisible();
    await expect(page.getByText('Label both ends of the rating scale.').first()).toBeVisible();
    await expect(page.getByLabel('Survey title')).toHaveValue(title);
    await expectAccessible(page);

    const first = page.getByRole('group', { name: 'Question 1' });
    await first.getByLabel('Question text').fill(RATING);
    await first.getByLabel('Label for 1').fill('Not useful');
    await first.getByLabel('Label for 5').fill('Very useful');
    await first.getByRole('checkbox', { name: /overall satisfaction/ }).check();
    await page.getByRole('button', { name: 'Add a question' }).click();
    const second = page.getByRole('group', { name: 'Question 2' });
    await expect(second.getByLabel('Kind of question')).toHaveValue('text');
    await second.getByLabel('Question text').fill(TEXT);
    await page.getByRole('button', { name: 'Create survey' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(`About the event ${EVENT}`)).toBeVisible();
    surveyUrl = new URL(page.url()).pathname;
    responseApi = `/api/surveys/${surveyUrl.split('/').pop()}/response`;
    await expectAccessible(page);
  });

  test('an English-reading trainee finds it in To do, is told it is anonymous, and must answer the required questions', async ({ page }) => {
    await signIn(page, dana.email);
    const todo = page.getByRole('region', { name: 'To do' });
    await expect(todo).toBeVisible();
    await expectAccessible(page);
    await todo.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: 'This survey is anonymous' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Submit response' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your answers were not saved: 2 questions need your attention.' })).toBeVisible();
    await expect(page.getByText('This question needs an answer.')).toHaveCount(2);
    await expectAccessible(page);

    await page.getByRole('group', { name: new RegExp(RATING) }).getByRole('radio', { name: '4', exact: true }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as a draft.' })).toBeVisible();
    await page.getByRole('textbox', { name: TEXT }).fill('A single window for business licences, with Kazakh and Russian forms.');
    await page.getByRole('button', { name: 'Submit response' }).click();
    await expect(page.getByText(/Thank you\. Your response has been submitted; you can change it until/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: '4', exact: true })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Submit changes' })).toBeVisible();
  });

  test('a Dari-reading trainee answers in Dari; a rating of 0 or 6 and an empty required answer sent straight to the route are refused and nothing is saved', async ({ page }) => {
    // Her profile is in Dari: the sign-in page is English, every page after it Dari.
    await submitSignIn(page, habiba.email, DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: 'خروج' })).toBeVisible();
    await page.goto(surveyUrl.replace('/manage/surveys/', '/learn/surveys/'));
    await expect(page.getByRole('heading', { name: 'این نظرسنجی بی‌نام است' })).toBeVisible();

    for (const [answers, problem] of [
      [{ q1: 0, q2: 'Something' }, 'rating-range'],
      [{ q1: 6, q2: 'Something' }, 'rating-range'],
      [{ q1: 5, q2: '   ' }, 'required'],
    ] as const) {
      const refused = await page.request.put(responseApi, { data: { answers, quotable: false, submit: true } });
      expect(refused.status()).toBe(400);
      expect((await refused.json()).issues).toEqual([{ questionKey: problem === 'required' ? 'q2' : 'q1', problem }]);
    }
    await page.reload();
    await expect(page.locator('input[name="q1"]:checked')).toHaveCount(0);

    await page.locator('input[name="q1"][value="5"]').check();
    await page.getByRole('textbox', { name: TEXT }).fill('ایجاد کمیته بین‌وزارتی برای هماهنگی خدمات الکترونیکی.');
    await page.getByRole('checkbox', { name: /نقل قول/ }).check();
    await page.getByRole('button', { name: 'ارسال پاسخ' }).click();
    await expect(page.getByText(/تشکر\. پاسخ شما ارسال شد/)).toBeVisible();
    await expectAccessible(page);
  });

  test('the manager sees the response rate, a chart and a table; the anonymous export has no names; then closes the survey', async ({ page }) => {
    await signIn(page, demo.manager.email);
    await page.goto(surveyUrl);
    await expect(page.getByText(/^2 submitted responses from/)).toBeVisible();
    await expect(page.getByRole('img', { name: `Distribution of answers: ${RATING}` })).toBeVisible();
    const table = page.getByRole('table', { name: `Answers to: ${RATING}` });
    await expect(table.getByRole('row').filter({ hasText: 'Very useful' })).toContainText('50%');
    await expect(table.getByRole('row').filter({ hasText: /^4/ })).toContainText('50%');
    await expect(page.getByText('Average 4.5 out of 5 (2 answers).')).toBeVisible();
    await expect(page.getByText('Anonymous respondent')).toHaveCount(2);
    await expect(page.getByText(dana.name)).toHaveCount(0);
    await expect(page.getByText('Fewer than 3 respondents: not shown')).toHaveCount(2);
    await expectAccessible(page);

    const csv = await page.request.get(surveyUrl.replace('/manage/surveys/', '/api/surveys/') + '/export');
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.startsWith('\uFEFFQuestion,Answer,Count\r\n')).toBe(true);
    expect(text).toContain('A single window for business licences');
    for (const forbidden of [dana.name, habiba.name, 'Nurpeisova', 'Noori', 'demo.example.org', 'Kazakhstan', 'Afghanistan']) expect(text).not.toContain(forbidden);

    await page.getByRole('link', { name: 'Edit the survey' }).click();
    await expect(page.getByText(/Trainees have started answering/)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Closes', { exact: true }).fill(seoulLocal(Date.now() - 60_000));
    await page.getByRole('button', { name: 'Save survey' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await page.goto('/manage/overview');
    await expect(page.getByRole('heading', { name: 'Programme report by year' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What participants said' }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('after closing, a change is refused with a clear message and nothing is saved', async ({ page }) => {
    await signIn(page, dana.email);
    const late = await page.request.put(responseApi, { data: { answers: { q1: 1, q2: 'Changed my mind' }, quotable: false, submit: true } });
    expect(late.status()).toBe(409);
    expect((await late.json()).error).toBe('conflict:survey-closed');
    await page.goto(surveyUrl.replace('/manage/surveys/', '/learn/surveys/'));
    await expect(page.getByRole('status').filter({ hasText: 'This survey has closed. Thank you: your response was submitted.' })).toBeVisible();
    await expectAccessible(page);
    await page.goto('/learn');
    await expect(page.getByRole('region', { name: 'To do' }).getByRole('link', { name: title })).toHaveCount(0);
    await signOut(page);

    await signIn(page, demo.manager.email);
    await page.goto(surveyUrl);
    await expect(page.getByText(/^2 submitted responses from/)).toBeVisible();
    await expect(page.getByText('Average 4.5 out of 5 (2 answers).')).toBeVisible();
  });
});
