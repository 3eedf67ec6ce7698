import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContentFixture } from '@/lib/testing/content-fixture';
import { insertTrainee, setUpCommandDatabase } from '@/lib/testing/command-database';
import { loadOwnAttempt, savedResponses } from '@/db/queries/attempt-answers';
import { listAttempts } from '@/db/queries/attempts';
import { getPublishedModule } from '@/db/queries/published';
import { closeExpiredAttempt } from './close-attempt';
import { saveAnswer } from './save-answer';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

let fixture: ContentFixture;
let trainee: number;
let other: number;

beforeAll(() => {
  fixture = setUpCommandDatabase({ quizSettings: 'passMark: 60\nattemptLimit: 2\ntimeLimitMinutes: 10' });
  [trainee, other] = [insertTrainee('a@example.org'), insertTrainee('b@example.org')];
});
afterAll(() => fixture.cleanup());

const t0 = new Date('2026-02-01T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe('quiz attempt commands', () => {
  it('enforces ownership, the time limit, closed attempts and the attempt limit', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const quiz = quizModule.quiz!;
    const firstId = startAttempt({ userId: trainee, module: quizModule, now: t0 });
    expect(startAttempt({ userId: trainee, module: quizModule, now: minutes(1) })).toBe(firstId); // resuming, not a second attempt

    expect(() => loadOwnAttempt(firstId, other)).toThrow(expect.objectContaining({ code: 'forbidden:attempt', status: 403 }));
    expect(() => loadOwnAttempt(999_999, trainee)).toThrow(expect.objectContaining({ status: 404 }));

    const first = loadOwnAttempt(firstId, trainee);
    expect(first.deadlineAt).toEqual(minutes(10));
    saveAnswer({ attempt: first, quiz, userId: trainee, questionKey: 'year', response: { type: 'short', text: ' 1998 ' }, now: minutes(2) });
    expect(savedResponses(firstId)).toEqual({ year: { type: 'short', text: ' 1998 ' } });

    // Past the deadline (plus grace) nothing more is recorded: the save closes the attempt as expired, graded on what was saved.
    expect(() =>
      saveAnswer({ attempt: first, quiz, userId: trainee, questionKey: 'is-true', response: { type: 'truefalse', optionKey: null }, now: minutes(11) }),
    ).toThrow(expect.objectContaining({ code: 'gone:attempt-expired', status: 410 }));
    expect(savedResponses(firstId)).not.toHaveProperty('is-true');
    const closed = loadOwnAttempt(firstId, trainee);
    expect(closed).toMatchObject({ status: 'expired', score: 1, passed: false });
    expect(closeExpiredAttempt({ attempt: first, quiz, userId: trainee, now: minutes(12) })).toBe(false);
    expect(() => submitAttempt({ attempt: closed, quiz, userId: trainee, now: minutes(11) })).toThrow(
      expect.objectContaining({ code: 'conflict:attempt-closed', status: 409 }),
    );
    // A stale copy of the attempt that still says "open" cannot grade it twice either.
    expect(() => submitAttempt({ attempt: first, quiz, userId: trainee, now: minutes(3) })).toThrow(expect.objectContaining({ status: 409 }));

    const secondId = startAttempt({ userId: trainee, module: quizModule, now: minutes(20) });
    const second = loadOwnAttempt(secondId, trainee);
    expect(second.attemptNo).toBe(2);
    const grade = submitAttempt({ attempt: second, quiz, userId: trainee, now: minutes(21) });
    expect(grade).toMatchObject({ score: 0, passed: false });

    expect(() => startAttempt({ userId: trainee, module: quizModule, now: minutes(30) })).toThrow(expect.objectContaining({ code: 'conflict:attempt-limit' }));
    expect(listAttempts(trainee, quizModule.id).map((a) => a.status)).toEqual(['expired', 'submitted']);
    expect(listAttempts(other, quizModule.id)).toEqual([]);
  });

  it('closes an expired open attempt before starting the next one', () => {
    const quizModule = getPublishedModule('mod-a')!;
    const firstId = startAttempt({ userId: other, module: quizModule, now: t0 });
    const nextId = startAttempt({ userId: other, module: quizModule, now: minutes(15) });
    expect(nextId).not.toBe(firstId);
    expect(listAttempts(other, quizModule.id).map((a) => [a.id, a.status])).toEqual([
      [firstId, 'expired'],
      [nextId, 'open'],
    ]);
    // The next start closes the second one too, then refuses (two attempts allowed): the close is kept.
    expect(() => startAttempt({ userId: other, module: quizModule, now: minutes(40) })).toThrow(expect.objectContaining({ code: 'conflict:attempt-limit' }));
    expect(listAttempts(other, quizModule.id).map((a) => a.status)).toEqual(['expired', 'expired']);
  });
});
