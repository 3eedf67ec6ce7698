import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { loadOwnAttempt, type OwnAttempt } from '@/db/queries/attempt-answers';
import { getModuleStanding } from '@/db/queries/module-standings';
import { getPublishedModule, type PublishedModule } from '@/db/queries/published';
import { certificates, programmes, users } from '@/db/schema';
import { loadContentTree } from '@/lib/content/load-tree';
import { type ContentFixture } from '@/lib/testing/content-fixture';
import { setUpCommandDatabase } from '@/lib/testing/command-database';
import { closeExpiredAttempt } from './close-attempt';
import { enrolInProgramme } from './enrol';
import { importContent } from './import-content';
import { saveAnswer } from './save-answer';
import { setLessonCompleted } from './set-lesson-completed';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

const QUIZ = 'content/modules/mod-a/quiz.yaml';
let fixture: ContentFixture;
let mod: PublishedModule;
let programmeId: number;

beforeAll(() => {
  // Two of the seven points (the short answer and true/false) pass; ten minutes per attempt.
  fixture = setUpCommandDatabase({ quizSettings: 'passMark: 25\ntimeLimitMinutes: 10' });
  mod = getPublishedModule('mod-a')!;
  programmeId = getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'test-programme')).get()!.id;
});
afterAll(() => fixture.cleanup());

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute));

/** A trainee enrolled in the programme, with its one required lesson done and a passing attempt saved but not submitted. */
function passingAttemptLeftOpen(email: string): { userId: number; attempt: OwnAttempt } {
  const userId = getDb().insert(users).values({ email, name: email, role: 'trainee' }).returning({ id: users.id }).get().id;
  enrolInProgramme({ userId, programmeId, source: 'self', now: at(0) });
  setLessonCompleted({ userId, moduleId: mod.id, lessonKey: '01-intro', completed: true, now: at(1) });
  const attempt = loadOwnAttempt(startAttempt({ userId, module: mod, now: at(2) }), userId);
  const quiz = mod.quiz!;
  const isTrue = quiz.questions.find((q) => q.key === 'is-true')!.options.find((o) => o.correct)!.key;
  saveAnswer({ attempt, quiz, userId, questionKey: 'is-true', response: { type: 'truefalse', optionKey: isTrue }, now: at(3) });
  saveAnswer({ attempt, quiz, userId, questionKey: 'year', response: { type: 'short', text: '1998' }, now: at(3) });
  return { userId, attempt };
}

const certificateOf = (userId: number) =>
  getDb().select().from(certificates).where(and(eq(certificates.userId, userId), eq(certificates.programmeId, programmeId))).get();

describe('certificates follow every way a module becomes complete', () => {
  it('issues the certificate when the last quiz is closed by its deadline, by the next command touching the module', () => {
    const { userId, attempt } = passingAttemptLeftOpen('expired-by-progress@example.org');
    expect(certificateOf(userId)).toBeUndefined();
    // Twenty minutes later the trainee ticks an optional lesson: the expired attempt is closed and graded first.
    setLessonCompleted({ userId, moduleId: mod.id, lessonKey: '02-more', completed: true, now: at(22) });
    expect(loadOwnAttempt(attempt.id, userId)).toMatchObject({ status: 'expired', passed: true });
    expect(getModuleStanding(userId, mod.id)).toMatchObject({ quizPassed: true, hasOpenAttempt: false, attempts: 1 });
    expect(certificateOf(userId)).toMatchObject({ issuedAt: at(22), programmeTitle: 'Test programme' });
  });

  it('issues the certificate when the trainee closes the expired attempt from the quiz page', () => {
    const { userId, attempt } = passingAttemptLeftOpen('expired-by-button@example.org');
    expect(closeExpiredAttempt({ attempt, quiz: mod.quiz!, userId, now: at(13) })).toBe(true);
    expect(certificateOf(userId)).toMatchObject({ issuedAt: at(13) });
    // Closing again changes nothing, and a second certificate is never issued.
    expect(closeExpiredAttempt({ attempt, quiz: mod.quiz!, userId, now: at(14) })).toBe(false);
    expect(getDb().select().from(certificates).where(eq(certificates.userId, userId)).all()).toHaveLength(1);
  });

  it('rolls the submission back when issuing the certificate fails: one transaction', () => {
    const { userId, attempt } = passingAttemptLeftOpen('rollback@example.org');
    const before = { standing: getModuleStanding(userId, mod.id), lastActiveAt: getDb().select({ at: users.lastActiveAt }).from(users).where(eq(users.id, userId)).get() };
    const client = getDb().$client;
    client.exec("CREATE TRIGGER refuse_certificates BEFORE INSERT ON certificates BEGIN SELECT RAISE(ABORT, 'certificate store unavailable'); END");
    try {
      expect(() => submitAttempt({ attempt, quiz: mod.quiz!, userId, now: at(5) })).toThrow(/certificate store unavailable/);
    } finally {
      client.exec('DROP TRIGGER refuse_certificates');
    }
    expect(loadOwnAttempt(attempt.id, userId)).toMatchObject({ status: 'open', score: null, passed: null });
    expect(getModuleStanding(userId, mod.id)).toEqual(before.standing);
    expect(getDb().select({ at: users.lastActiveAt }).from(users).where(eq(users.id, userId)).get()).toEqual(before.lastActiveAt);
    expect(certificateOf(userId)).toBeUndefined();
    // With the store back, the same submission goes through with its certificate.
    expect(submitAttempt({ attempt, quiz: mod.quiz!, userId, now: at(6) })).toMatchObject({ passed: true });
    expect(certificateOf(userId)).toMatchObject({ issuedAt: at(6) });
  });

  it('issues the certificates a new version earns: dropping the quiz completes whoever did the lessons', () => {
    const userId = getDb().insert(users).values({ email: 'lessons-only@example.org', name: 'Lessons only', role: 'trainee' }).returning({ id: users.id }).get().id;
    enrolInProgramme({ userId, programmeId, source: 'self', now: at(0) });
    setLessonCompleted({ userId, moduleId: mod.id, lessonKey: '01-intro', completed: true, now: at(1) });
    expect(certificateOf(userId)).toBeUndefined();
    fixture.remove(QUIZ);
    const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
    if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
    expect(importContent(getDb(), tree.tree, { contentDir: fixture.contentDir, actorId: null, now: at(30) })).toEqual([{ slug: 'mod-a', status: 'updated', version: 2 }]);
    expect(certificateOf(userId)).toMatchObject({ issuedAt: at(30) });
  });
});
