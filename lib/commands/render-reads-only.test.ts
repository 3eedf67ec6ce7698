import { isValidElement, type ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { getPublishedModule } from '@/db/queries/published';
import { type ContentFixture } from '@/lib/testing/content-fixture';
import { insertTrainee, setUpCommandDatabase } from '@/lib/testing/command-database';
import { enrolInModule } from './enrol';
import { saveAnswer } from './save-answer';
import { startAttempt } from './start-attempt';

// The pages run outside Next here: the session, translations and navigation are stand-ins.
const session = vi.hoisted(() => ({ userId: 0 }));
vi.mock('@/lib/auth/dal', () => ({ currentUser: async () => ({ id: session.userId, role: 'trainee', active: true, name: 'Trainee', email: 'trainee@example.org' }) }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => 'en' }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('notFound');
  },
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

let fixture: ContentFixture;
let attemptId: number;

beforeAll(() => {
  fixture = setUpCommandDatabase({ quizSettings: 'passMark: 10\ntimeLimitMinutes: 10' });
  session.userId = insertTrainee('t@example.org', 'Trainee');
  const mod = getPublishedModule('mod-a')!;
  // An attempt started half an hour ago at a ten-minute quiz, with one right answer saved: it ran out of time.
  const started = new Date(Date.now() - 30 * 60_000);
  enrolInModule({ userId: session.userId, moduleId: mod.id, source: 'self', now: started });
  attemptId = startAttempt({ userId: session.userId, module: mod, now: started });
  saveAnswer({ attempt: loadOwnAttempt(attemptId, session.userId), quiz: mod.quiz!, userId: session.userId, questionKey: 'year', response: { type: 'short', text: '1998' }, now: started });
});
afterAll(() => fixture.cleanup());

/** Rows changed on the app's connection since it opened: any write in between moves it. */
const changes = () => (getDb().$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** Every element of a rendered tree (server components are not expanded: the page's own work is what counts). */
function elements(node: ReactNode): { type: unknown; props: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement(node)) return [];
  const props = node.props as Record<string, unknown>;
  return [{ type: node.type, props }, ...elements(props.children as ReactNode)];
}

describe('a page render never writes', () => {
  it('the quiz page shows an expired attempt as over without closing it; the button closes it', async () => {
    const { default: QuizPage } = await import('@/app/(trainee)/modules/[slug]/quiz/page');
    const { closeExpiredAttemptAction } = await import('@/app/(trainee)/modules/actions');
    const before = changes();
    const page = await QuizPage({ params: Promise.resolve({ slug: 'mod-a' }) });
    expect(changes()).toBe(before);
    expect(loadOwnAttempt(attemptId, session.userId).status).toBe('open');
    const button = elements(page).find((element) => element.props.action === closeExpiredAttemptAction);
    expect(button?.props).toMatchObject({ fields: { module: 'mod-a', attempt: String(attemptId) }, label: 'seeResult' });

    // The button's action is where the attempt closes, graded on what was saved.
    const form = new FormData();
    form.set('module', 'mod-a');
    form.set('attempt', String(attemptId));
    await expect(closeExpiredAttemptAction({ status: 'idle' }, form)).rejects.toThrow(`redirect:/modules/mod-a/quiz/attempts/${attemptId}`);
    expect(loadOwnAttempt(attemptId, session.userId)).toMatchObject({ status: 'expired', passed: true });
  });

  it('the module page and My learning read the stored standing without writing', async () => {
    const { default: ModulePage } = await import('@/app/(trainee)/modules/[slug]/page');
    const { default: LearnPage } = await import('@/app/(trainee)/learn/page');
    const before = changes();
    const modulePage = await ModulePage({ params: Promise.resolve({ slug: 'mod-a' }) });
    const learnPage = await LearnPage();
    expect(changes()).toBe(before);
    const statuses = [...elements(modulePage), ...elements(learnPage)].flatMap((element) => (element.props.status ? [element.props.status] : []));
    expect(statuses).toEqual([
      { kind: 'passed', percent: 14.3 },
      { kind: 'passed', percent: 14.3 },
    ]);
  });
});
