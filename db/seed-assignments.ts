/**
 * Demo data for capstone assignments, played through the app's commands:
 * - in the living cohort, every trainee who finished the last module's
 *   lessons and quiz also sent the capstone and had it accepted, so finished
 *   trainees stay finished now that the capstone is required;
 * - work still moving in the living cohort: late, awaiting a grade, returned
 *   for revision (seed-capstone-queue.ts);
 * - a small "Capstone pilot cohort" (managed by the demo manager, with no
 *   instructor yet) whose trainee, Hamid Noori, has done everything in the
 *   last module but the capstone, which the cohort has set a due date for.
 * Idempotent: nothing is played twice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { submissionFilePath } from '@/lib/assignments/submission-files';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { getModuleStanding } from '@/db/queries/module-standings';
import { getPublishedModule, type PublishedModule } from '@/db/queries/published';
import { saveAssignmentDraft, submitAssignment } from '@/lib/commands/assignment-work';
import { enrolInProgramme } from '@/lib/commands/enrol';
import { gradeAssignment } from '@/lib/commands/grade-assignment';
import { saveAnswer } from '@/lib/commands/save-answer';
import { setAssignmentDueDate } from '@/lib/commands/set-assignment-due-date';
import { setLessonCompleted } from '@/lib/commands/set-lesson-completed';
import { startAttempt } from '@/lib/commands/start-attempt';
import { submitAttempt } from '@/lib/commands/submit-attempt';
import { questionType } from '@/lib/domain/question-types/registry';
import type { AppDatabase } from './connection';
import { assignmentSubmissions, cohortMembers, cohorts, programmes, users } from './schema';
import { seedCapstoneQueue } from './seed-capstone-queue';

export const PILOT_COHORT_NAME = 'Capstone pilot cohort';
export const PILOT_TRAINEE = { email: 'hamid.noori@example.org', name: 'Hamid Noori', country: 'Afghanistan', ministry: 'Ministry of Communications and IT', jobTitle: 'Director of e-Government' };
const DAY = 86_400_000;

interface Context {
  db: AppDatabase;
  now: Date;
  passwordHash: string;
  managerId: number;
  instructorId: number;
  demoCohortName: string;
}

/** Seeds both; returns how many capstones were played in the living cohort. */
export function seedAssignments(context: Context): number {
  const programme = context.db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'egov-leadership')).get();
  const capstone = getPublishedModule('building-capacity-unpog');
  const assignment = capstone?.assignments[0];
  if (!programme || !capstone || !assignment) return 0;
  seedPilotCohort(context, programme.id, capstone, assignment.key);
  // The work still moving comes first: it sets the cohort's due dates in the order they changed.
  const { db, now, managerId, instructorId, demoCohortName: cohortName } = context;
  seedCapstoneQueue({ db, now, managerId, instructorId, cohortName, moduleId: capstone.id, assignmentKey: assignment.key, planFile });
  return seedFinishedCapstones(context, capstone, assignment.key);
}

function hasSubmission(db: AppDatabase, userId: number, moduleId: number): boolean {
  return Boolean(db.select({ id: assignmentSubmissions.id }).from(assignmentSubmissions).where(and(eq(assignmentSubmissions.userId, userId), eq(assignmentSubmissions.moduleId, moduleId))).get());
}

function seedFinishedCapstones(context: Context, capstone: PublishedModule, key: string): number {
  const { db, now, instructorId } = context;
  const cohort = db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.name, context.demoCohortName)).get();
  if (!cohort) return 0;
  const trainees = db.select({ userId: cohortMembers.userId }).from(cohortMembers).where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.role, 'trainee'))).all();
  const required = capstone.lessons.filter((lesson) => lesson.required).length;
  let played = 0;
  for (const { userId } of trainees) {
    const standing = getModuleStanding(userId, capstone.id);
    if (!standing || standing.requiredDone < required || !standing.quizPassed || hasSubmission(db, userId, capstone.id)) continue;
    // Sent up to half a day after the module was done and graded soon after, both before the seed's "now".
    const doneAt = standing.countedAt?.getTime() ?? now.getTime() - 2 * DAY;
    const gap = Math.min(DAY / 2, (now.getTime() - doneAt) / 3);
    const sentAt = new Date(doneAt + gap);
    const target = { userId, moduleId: capstone.id, assignmentKey: key };
    const text = 'Action plan: diagnosis of our online services, barriers, the CIO mandate, intersectoral steps and open data commitments.';
    saveAssignmentDraft({ ...target, change: { text, add: [planFile(userId, text)] }, now: sentAt });
    const sent = submitAssignment({ ...target, now: sentAt });
    const levels = { diagnosis: 2, barriers: 2, leadership: 1, governance: 1, 'open-data': 2 };
    gradeAssignment({ submissionId: sent.submissionId, grader: { id: instructorId, role: 'instructor' }, levels, decision: 'accept', feedback: 'A clear, realistic plan.', now: new Date(sentAt.getTime() + gap / 2) });
    played += 1;
  }
  return played;
}

function seedPilotCohort(context: Context, programmeId: number, capstone: PublishedModule, key: string): void {
  const { db, now, passwordHash, managerId } = context;
  const date = (time: number) => new Date(time).toISOString().slice(0, 10);
  const existing = db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.name, PILOT_COHORT_NAME)).get();
  const cohortId =
    existing?.id ??
    db
      .insert(cohorts)
      .values({ name: PILOT_COHORT_NAME, programmeId, startsOn: date(now.getTime() - 30 * DAY), endsOn: date(now.getTime() + 60 * DAY), targetOn: date(now.getTime() + 45 * DAY), timeZone: 'Asia/Kabul', createdById: managerId })
      .returning({ id: cohorts.id })
      .get().id;
  db.insert(cohortMembers).values({ cohortId, userId: managerId, role: 'manager' }).onConflictDoNothing().run();
  db.insert(users).values({ ...PILOT_TRAINEE, role: 'trainee', passwordHash }).onConflictDoNothing({ target: users.email }).run();
  const userId = db.select({ id: users.id }).from(users).where(eq(users.email, PILOT_TRAINEE.email)).get()!.id;
  db.insert(cohortMembers).values({ cohortId, userId, role: 'trainee' }).onConflictDoNothing().run();
  if (existing) return;
  const start = new Date(now.getTime() - 20 * DAY);
  enrolInProgramme({ userId, programmeId, source: 'cohort', now: start });
  capstone.lessons.forEach((lesson, index) => setLessonCompleted({ userId, moduleId: capstone.id, lessonKey: lesson.key, completed: true, now: new Date(start.getTime() + (index + 1) * DAY) }));
  passQuiz(userId, capstone, new Date(start.getTime() + 10 * DAY));
  setAssignmentDueDate({ cohortId, moduleId: capstone.id, assignmentKey: key, dueAt: new Date(now.getTime() + 14 * DAY), actorId: managerId, now });
}

/** A small text file holding the plan, stored where trainees' uploads go, as the upload route would. */
function planFile(userId: number, text: string) {
  const path = `${userId}/building-capacity-unpog-ministry-action-plan-seed-action-plan.txt`;
  const full = submissionFilePath(path);
  if (!full) throw new Error(`bad seed file path ${path}`);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, `${text}\n`);
  return { name: 'action-plan.txt', path, size: Buffer.byteLength(`${text}\n`), mimeType: 'text/plain; charset=utf-8' };
}

/** One attempt with every question answered right. */
function passQuiz(userId: number, mod: PublishedModule, at: Date): void {
  const quiz = mod.quiz;
  if (!quiz) return;
  const attemptId = startAttempt({ userId, module: mod, now: at });
  const attempt = loadOwnAttempt(attemptId, userId);
  let time = at.getTime();
  for (const questionKey of attempt.layout.questions) {
    const question = quiz.questions.find((candidate) => candidate.key === questionKey);
    if (!question) continue;
    time += 30_000;
    saveAnswer({ attempt, quiz, userId, questionKey, response: questionType(question.type).keyResponse(question), now: new Date(time) });
  }
  submitAttempt({ attempt, quiz, userId, now: new Date(time + 60_000) });
}
