import { isValidElement, type ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { getPublishedModule } from '@/db/queries/published';
import type { QuizResponse } from '@/lib/domain/grading';
import { type ContentFixture } from '@/lib/testing/content-fixture';
import { insertTrainee, setUpCommandDatabase } from '@/lib/testing/command-database';
import { enrolInModule } from './enrol';
import { saveAnswer } from './save-answer';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

// The page runs outside Next here: the session, translations and navigation are stand-ins.
const session = vi.hoisted(() => ({ userId: 0 }));
vi.mock('@/lib/auth/dal', () => ({ currentUser: async () => ({ id: session.userId, role: 'trainee', name: 'Trainee', email: 't@example.org' }) }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => 'en' }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('notFound');
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

let fixture: ContentFixture;

beforeAll(() => {
  fixture = setUpCommandDatabase();
  session.userId = insertTrainee('t@example.org', 'Trainee');
  enrolInModule({ userId: session.userId, moduleId: getPublishedModule('mod-a')!.id, source: 'self', now: new Date() });
});
afterAll(() => fixture.cleanup());

/** Every text and attribute string of a rendered tree: what would reach the browser. */
function texts(node: ReactNode): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!isValidElement(node)) return [];
  const props = node.props as Record<string, unknown>;
  const own = Object.entries(props).flatMap(([name, value]) => (name !== 'children' && typeof value === 'string' ? [value] : []));
  return [...own, ...texts(props.children as ReactNode)];
}

/** Takes an attempt with the given answers (by question key) and submits it; returns its id. */
/** The opaque option keys the answers below need. */
interface Keys {
  right: string;
  wrong: string;
  a: string;
  b: string;
  true: string;
}

function takeAttempt(answers: (keys: Keys) => Record<string, QuizResponse>): number {
  const mod = getPublishedModule('mod-a')!;
  const id = startAttempt({ userId: session.userId, module: mod, now: new Date() });
  const option = (question: string, text: string) => mod.quiz!.questions.find((q) => q.key === question)!.options.find((o) => o.text === text)!.key;
  const keys: Keys = { right: option('pick-one', 'Right'), wrong: option('pick-one', 'Wrong'), a: option('pick-many', 'A'), b: option('pick-many', 'B'), true: option('is-true', 'True') };
  for (const [questionKey, response] of Object.entries(answers(keys))) {
    saveAnswer({ attempt: loadOwnAttempt(id, session.userId), quiz: mod.quiz!, userId: session.userId, questionKey, response, now: new Date() });
  }
  submitAttempt({ attempt: loadOwnAttempt(id, session.userId), quiz: mod.quiz!, userId: session.userId, now: new Date() });
  return id;
}

async function renderResult(id: number): Promise<string> {
  const { default: ResultPage } = await import('@/app/(trainee)/modules/[slug]/quiz/attempts/[id]/page');
  return texts(await ResultPage({ params: Promise.resolve({ slug: 'mod-a', id: String(id) }) })).join('\n');
}

describe('the attempt result page under the default review policy (issue 10 #8)', () => {
  let failed: number;

  it('after a failed attempt with retakes left: the score and outcomes, no answer key, no explanations, no option feedback', async () => {
    failed = takeAttempt((k) => ({ 'pick-one': { type: 'single', optionKey: k.wrong } }));
    const page = await renderResult(failed);
    expect(page).toContain('failed');
    expect(page).toContain('outcome.incorrect');
    expect(page).toContain('answersWithheld');
    for (const hidden of ['correctAnswer', 'explanation', 'Because.', 'That year.', 'Not this one.', '1998']) expect(page).not.toContain(hidden);
  });

  it('once passed: the correct answers and the explanations, for earlier attempts too', async () => {
    const passed = takeAttempt((k) => ({
      'pick-one': { type: 'single', optionKey: k.right },
      'pick-many': { type: 'multiple', optionKeys: [k.a, k.b] },
      'is-true': { type: 'truefalse', optionKey: k.true },
      year: { type: 'short', text: '1998' },
    }));
    for (const id of [passed, failed]) {
      const page = await renderResult(id);
      expect(page).toContain('correctAnswer');
      expect(page).toContain('Because.');
      expect(page).not.toContain('answersWithheld');
    }
  });
});
