import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load-tree';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { getModuleStanding } from '@/db/queries/module-standings';
import { getPublishedModule } from '@/db/queries/published';
import { attemptAnswers, users } from '@/db/schema';
import { questionType } from '@/lib/domain/question-types/registry';
import type { QuizResponse } from '@/lib/domain/grading';
import { gradeEssayAnswer } from './grade-essay-answer';
import { importContent } from './import-content';
import { saveAnswer } from './save-answer';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
let fixture: ContentFixture;
let trainee: number;
let other: number;
let grader: number;

const essay = `  - key: discuss
    type: essay
    points: 3
    prompt: Discuss the two main risks.
    explanation: Cost and lock-in.
    graderInfo: Full marks for both risks with an example.
`;

beforeAll(() => {
  fixture = createContentFixture();
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const setup = openDatabase(process.env.DATABASE_PATH);
  migrate(setup, { migrationsFolder });
  const quizPath = 'content/modules/mod-a/quiz.yaml';
  fixture.write(quizPath, readFileSync(join(fixture.root, quizPath), 'utf8') + essay);
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(setup, tree.tree, { contentDir: fixture.contentDir, actorId: null, now: new Date('2026-01-01T00:00:00Z') });
  [trainee, other, grader] = ['a@example.org', 'b@example.org', 'g@example.org'].map(
    (email, i) => setup.insert(users).values({ email, name: email, role: i === 2 ? 'instructor' : 'trainee' }).returning({ id: users.id }).get().id,
  ) as [number, number, number];
  setup.$client.close();
});
afterAll(() => fixture.cleanup());

const t0 = new Date('2026-02-01T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

/** Starts an attempt, answers the first three questions right and the essay with `text`, and submits. */
function submitWithEssay(userId: number, text: string) {
  const quizModule = getPublishedModule('mod-a')!;
  const quiz = quizModule.quiz!;
  const attemptId = startAttempt({ userId, module: quizModule, now: t0 });
  const attempt = loadOwnAttempt(attemptId, userId);
  for (const question of quiz.questions.slice(0, 3)) {
    const response = questionType(question.type).keyResponse(question) as QuizResponse;
    saveAnswer({ attempt, quiz, userId, questionKey: question.key, response, now: minutes(1) });
  }
  saveAnswer({ attempt, quiz, userId, questionKey: 'discuss', response: { type: 'essay', text }, now: minutes(2) });
  const grade = submitAttempt({ attempt, quiz, userId, now: minutes(3) });
  return { attemptId, grade, moduleId: quizModule.id };
}

describe('gradeEssayAnswer', () => {
  it('leaves an attempt with an answered essay awaiting grading, uncounted, until the grade finalises it', () => {
    const { attemptId, moduleId } = submitWithEssay(trainee, 'Cost, and lock-in to one vendor.');
    expect(loadOwnAttempt(attemptId, trainee)).toMatchObject({ status: 'awaiting-grading', score: 4, maxScore: 10, percent: null, passed: null });
    expect(getModuleStanding(trainee, moduleId)).toMatchObject({ attempts: 0, quizPassed: false });

    expect(() => gradeEssayAnswer({ attemptId, questionKey: 'discuss', points: 3.5, feedback: '', graderId: grader, now: minutes(60) })).toThrow(
      expect.objectContaining({ code: 'invalid:points', status: 400 }),
    );
    expect(() => gradeEssayAnswer({ attemptId, questionKey: 'pick-one', points: 1, feedback: '', graderId: grader, now: minutes(60) })).toThrow(
      expect.objectContaining({ status: 404 }),
    );

    const result = gradeEssayAnswer({ attemptId, questionKey: 'discuss', points: 2.5, feedback: ' Name an example. ', graderId: grader, now: minutes(60) });
    expect(result).toEqual({ final: true, percent: 65, passed: true });
    expect(loadOwnAttempt(attemptId, trainee)).toMatchObject({ status: 'submitted', score: 6.5, percent: 65, passed: true });
    expect(getModuleStanding(trainee, moduleId)).toMatchObject({ attempts: 1, countedPercent: 65, quizPassed: true });
    const answer = getDb()
      .select()
      .from(attemptAnswers)
      .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, 'discuss')))
      .get();
    expect(answer).toMatchObject({ score: 2.5, feedback: 'Name an example.', gradedBy: grader, gradedAt: minutes(60) });

    // Grading again re-finalises with the new points.
    expect(gradeEssayAnswer({ attemptId, questionKey: 'discuss', points: 1, feedback: '', graderId: grader, now: minutes(61) })).toEqual({
      final: true,
      percent: 50,
      passed: false,
    });
  });

  it('grades an attempt whose essay is left blank at once: nothing waits for a grader', () => {
    const { attemptId, grade } = submitWithEssay(other, '   ');
    expect(grade).toMatchObject({ score: 4, maxScore: 10, percent: 40 });
    expect(loadOwnAttempt(attemptId, other)).toMatchObject({ status: 'submitted', percent: 40, passed: false });
    expect(() => gradeEssayAnswer({ attemptId: 999_999, questionKey: 'discuss', points: 1, feedback: '', graderId: grader, now: minutes(60) })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });
});
