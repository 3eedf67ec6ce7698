import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { loadOwnAttempt, savedResponses } from '@/db/queries/attempt-answers';
import { completedLessonKeys } from '@/db/queries/progress';
import { RECEIPT_RETENTION_DAYS } from '@/db/queries/write-receipts';
import { getPublishedModule } from '@/db/queries/published';
import { attemptAnswers, writeReceipts } from '@/db/schema';
import { type ContentFixture } from '@/lib/testing/content-fixture';
import { insertTrainee, setUpCommandDatabase } from '@/lib/testing/command-database';
import { saveAnswer } from './save-answer';
import { setLessonCompleted } from './set-lesson-completed';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

let fixture: ContentFixture;
let trainee: number;
let other: number;

beforeAll(() => {
  fixture = setUpCommandDatabase({ quizSettings: 'passMark: 60\nattemptLimit: 3\ntimeLimitMinutes: 10' });
  [trainee, other] = [insertTrainee('a@example.org'), insertTrainee('b@example.org')];
});
afterAll(() => fixture.cleanup());

const t0 = new Date('2026-02-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const yes = { type: 'truefalse', optionKey: null } as const;
const answerRows = (attemptId: number, questionKey: string) =>
  getDb().select().from(attemptAnswers).where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, questionKey))).all();

describe('answer revisions and idempotent replays (real database)', () => {
  it('keeps the newer answer when the older one arrives last (delayed body), and grades it', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const quiz = quizModule.quiz!;
    const attemptId = startAttempt({ userId: trainee, module: quizModule, now: t0 });
    const attempt = loadOwnAttempt(attemptId, trainee);
    const base = { attempt, quiz, userId: trainee, questionKey: 'year' };
    // Answer A (revision 1) is typed first but its body is delayed; B (revision 2) reaches the server first.
    const b = saveAnswer({ ...base, response: { type: 'short', text: '1998' }, revision: 2, idempotencyKey: 'key-answer-b', now: at(1) });
    expect(b).toMatchObject({ status: 200, body: { saved: true, revision: 2 } });
    const a = saveAnswer({ ...base, response: { type: 'short', text: '1997' }, revision: 1, idempotencyKey: 'key-answer-a', now: at(1) });
    expect(a).toMatchObject({ status: 409, body: { error: 'conflict:stale-answer', current: { revision: 2, response: { type: 'short', text: '1998' } } } });
    expect(savedResponses(attemptId).year).toEqual({ type: 'short', text: '1998' });
    // A replay of either write (its response was lost) answers exactly as the first time and changes nothing.
    expect(saveAnswer({ ...base, response: { type: 'short', text: '1997' }, revision: 1, idempotencyKey: 'key-answer-a', now: at(2) })).toEqual(a);
    expect(saveAnswer({ ...base, response: { type: 'short', text: '1998' }, revision: 2, idempotencyKey: 'key-answer-b', now: at(2) })).toEqual(b);
    expect(answerRows(attemptId, 'year')).toHaveLength(1);
    const grade = submitAttempt({ attempt, quiz, userId: trainee, now: at(3) });
    expect(grade.questions.year?.score).toBeGreaterThan(0);
    // After submission a replayed write still gets its original result, not "attempt closed".
    expect(saveAnswer({ ...base, response: { type: 'short', text: '1998' }, revision: 2, idempotencyKey: 'key-answer-b', now: at(4) })).toEqual(b);
  });

  it('accepts an offline answer saved in time and replayed shortly after the deadline, and nothing later', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const quiz = quizModule.quiz!;
    const attemptId = startAttempt({ userId: trainee, module: quizModule, now: at(100) });
    const attempt = loadOwnAttempt(attemptId, trainee);
    const base = { attempt, quiz, userId: trainee };
    const late = saveAnswer({ ...base, questionKey: 'is-true', response: yes, revision: 5, deviceSavedAt: at(109), idempotencyKey: 'key-late-1', now: at(112) });
    expect(late.status).toBe(200);
    expect(savedResponses(attemptId)).toHaveProperty('is-true');
    // Answered on the device after the limit: refused, and the attempt is closed as expired.
    expect(() =>
      saveAnswer({ ...base, questionKey: 'year', response: { type: 'short', text: '1998' }, revision: 6, deviceSavedAt: at(111), idempotencyKey: 'key-late-2', now: at(112) }),
    ).toThrow(expect.objectContaining({ code: 'gone:attempt-expired' }));
    expect(loadOwnAttempt(attemptId, trainee).status).toBe('expired');
    expect(savedResponses(attemptId)).not.toHaveProperty('year');
  });

  it('replays lesson progress exactly once and in order', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const input = { userId: other, moduleId: quizModule.id, lessonKey: '01-intro' };
    const done = setLessonCompleted({ ...input, completed: true, now: at(1), idempotencyKey: 'key-progress-1' });
    setLessonCompleted({ ...input, completed: false, now: at(2), idempotencyKey: 'key-progress-2' });
    // The first write's response was lost; its replay must not mark the lesson complete again.
    expect(setLessonCompleted({ ...input, completed: true, now: at(3), idempotencyKey: 'key-progress-1' })).toEqual({ ...done, replayed: true });
    expect(completedLessonKeys(other, quizModule.id).has('01-intro')).toBe(false);
  });

  it('keeps receipts per user: the same key from another user is a different write', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const input = { moduleId: quizModule.id, lessonKey: '02-more', completed: true, now: at(5), idempotencyKey: 'key-shared-1' };
    expect(setLessonCompleted({ ...input, userId: trainee }).replayed).toBe(false);
    expect(setLessonCompleted({ ...input, userId: other }).replayed).toBe(false);
    expect(completedLessonKeys(other, quizModule.id).has('02-more')).toBe(true);
    expect(getDb().select().from(writeReceipts).where(eq(writeReceipts.key, 'key-shared-1')).all()).toHaveLength(2);
  });

  it("forgets a user's receipts after the retention period, when that user writes again, and keeps everyone else's", () => {
    const quizModule = getPublishedModule('mod-a')!;
    const input = { moduleId: quizModule.id, lessonKey: '01-intro', completed: true };
    setLessonCompleted({ ...input, userId: trainee, now: at(10), idempotencyKey: 'key-old-trainee' });
    setLessonCompleted({ ...input, userId: other, now: at(10), idempotencyKey: 'key-old-other' });
    const later = new Date(at(10).getTime() + (RECEIPT_RETENTION_DAYS + 1) * 86_400_000);
    setLessonCompleted({ ...input, userId: trainee, now: later, idempotencyKey: 'key-new-trainee' });
    const keys = getDb().select({ key: writeReceipts.key }).from(writeReceipts).all().map((r) => r.key);
    expect(keys).not.toContain('key-old-trainee');
    expect(keys).toContain('key-old-other');
    expect(keys).toContain('key-new-trainee');
  });
});
