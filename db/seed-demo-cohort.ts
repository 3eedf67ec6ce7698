/**
 * The demo programme's living cohort: the trainees of `demo-cohort-data.ts`, enrolled, with lessons
 * read, quizzes attempted (some failed, then passed), certificates earned, and past and coming
 * events with attendance. Every write goes through the same commands as the app's, dated in the
 * past, so standings, certificates and dashboards are exactly what real use would have produced.
 * Idempotent: the cohort is made once, and a trainee who already has activity is left alone.
 */
import { and, eq } from 'drizzle-orm';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { saveAttendance } from '@/db/queries/attendance';
import { createEvent } from '@/db/queries/events';
import { getPublishedModule, type PublishedModule } from '@/db/queries/published';
import { enrolInProgramme } from '@/lib/commands/enrol';
import { saveAnswer } from '@/lib/commands/save-answer';
import { scheduleEvent } from '@/lib/commands/schedule-event';
import { setLessonCompleted } from '@/lib/commands/set-lesson-completed';
import { startAttempt } from '@/lib/commands/start-attempt';
import { submitAttempt } from '@/lib/commands/submit-attempt';
import type { AttendanceStatus, EventKind } from '@/lib/domain/events';
import { questionType } from '@/lib/domain/question-types/registry';
import type { AppDatabase } from './connection';
import { demoCohortTrainees, planTrainee, seededRandom, type DemoCohortTrainee, type DemoTraineePlan } from './demo-cohort-data';
import { seedDemoSurveys } from './seed-surveys';
import { cohortMembers, cohorts, lessonProgress, programmeModules, programmes, quizAttempts, users, modules as moduleTable } from './schema';

export const DEMO_COHORT_NAME = 'Asia-Pacific e-Government CIO cohort';
const DAY = 86_400_000;

interface SeedContext {
  db: AppDatabase;
  now: Date;
  passwordHash: string;
  managerId: number;
  instructorId: number;
}

/** Seeds the cohort; returns how many trainees got new activity (0 on a re-run). */
export function seedDemoCohort(context: SeedContext): number {
  const { db, now } = context;
  const programme = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'egov-leadership')).get();
  if (!programme) return 0;
  const slugs = db
    .select({ slug: moduleTable.slug })
    .from(programmeModules)
    .innerJoin(moduleTable, eq(moduleTable.id, programmeModules.moduleId))
    .where(eq(programmeModules.programmeId, programme.id))
    .orderBy(programmeModules.position)
    .all()
    .map((row) => row.slug);
  const published = slugs.map((slug) => getPublishedModule(slug)).filter((mod): mod is PublishedModule => mod !== null);
  const startsOn = new Date(now.getTime() - 75 * DAY);
  const { cohortId, created } = ensureCohort(context, programme.id, startsOn);

  let seeded = 0;
  const trainees = demoCohortTrainees();
  const members: { userId: number; trainee: DemoCohortTrainee; plan: DemoTraineePlan }[] = [];
  trainees.forEach((trainee, index) => {
    const userId = ensureTrainee(context, cohortId, trainee);
    const plan = planTrainee(trainee.pace, published.map((mod) => ({ slug: mod.slug, lessonCount: mod.lessons.length })), seededRandom(index + 1));
    members.push({ userId, trainee, plan });
    enrolInProgramme({ userId, programmeId: programme.id, source: 'cohort', now: startsOn });
    if (plan.modules.length === 0 || hasActivity(db, userId)) return;
    playPlan(userId, plan, published, startsOn, now, seededRandom(1000 + index));
    seeded += 1;
  });
  if (created) seedEvents(context, cohortId, startsOn, members);
  const active = (pace: DemoCohortTrainee['pace']) => pace !== 'not-started' && pace !== 'stalled';
  seedDemoSurveys({ db, now, managerId: context.managerId, cohortId, members: members.map((m) => ({ userId: m.userId, active: active(m.trainee.pace) })) });
  return seeded;
}

function ensureCohort(context: SeedContext, programmeId: number, startsOn: Date): { cohortId: number; created: boolean } {
  const { db, now, managerId, instructorId } = context;
  const existing = db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.name, DEMO_COHORT_NAME), eq(cohorts.programmeId, programmeId)))
    .get();
  const date = (time: number) => new Date(time).toISOString().slice(0, 10);
  const cohortId =
    existing?.id ??
    db
      .insert(cohorts)
      .values({
        name: DEMO_COHORT_NAME,
        programmeId,
        startsOn: date(startsOn.getTime()),
        endsOn: date(now.getTime() + 105 * DAY),
        targetOn: date(now.getTime() + 90 * DAY),
        timeZone: 'Asia/Seoul',
        createdById: managerId,
      })
      .returning({ id: cohorts.id })
      .get().id;
  for (const [userId, role] of [[managerId, 'manager'], [instructorId, 'instructor']] as const) {
    db.insert(cohortMembers).values({ cohortId, userId, role }).onConflictDoNothing().run();
  }
  return { cohortId, created: !existing };
}

function ensureTrainee(context: SeedContext, cohortId: number, trainee: DemoCohortTrainee): number {
  const { db, passwordHash } = context;
  const { pace: _pace, ...profile } = trainee;
  db.insert(users).values({ ...profile, role: 'trainee', passwordHash }).onConflictDoNothing({ target: users.email }).run();
  const userId = db.select({ id: users.id }).from(users).where(eq(users.email, trainee.email)).get()!.id;
  db.insert(cohortMembers).values({ cohortId, userId, role: 'trainee' }).onConflictDoNothing().run();
  return userId;
}

function hasActivity(db: AppDatabase, userId: number): boolean {
  const progress = db.select({ userId: lessonProgress.userId }).from(lessonProgress).where(eq(lessonProgress.userId, userId)).get();
  const attempt = db.select({ id: quizAttempts.id }).from(quizAttempts).where(eq(quizAttempts.userId, userId)).get();
  return Boolean(progress ?? attempt);
}

/** Replays a plan through the commands, its steps spread from the cohort's start to the last active day. */
function playPlan(userId: number, plan: DemoTraineePlan, published: readonly PublishedModule[], startsOn: Date, now: Date, random: () => number): void {
  if (plan.lastActiveDaysAgo === null) return;
  const steps = plan.modules.reduce((sum, mod) => sum + mod.lessonsDone + mod.attempts.length, 0);
  const first = startsOn.getTime() + 2 * DAY;
  const last = now.getTime() - plan.lastActiveDaysAgo * DAY - 3_600_000;
  let step = 0;
  const nextTime = () => new Date(first + ((last - first) * step++) / Math.max(1, steps - 1) + Math.floor(random() * 3_600_000));
  for (const modulePlan of plan.modules) {
    const mod = published.find((candidate) => candidate.slug === modulePlan.slug);
    if (!mod) continue;
    for (const lesson of mod.lessons.slice(0, modulePlan.lessonsDone)) {
      setLessonCompleted({ userId, moduleId: mod.id, lessonKey: lesson.key, completed: true, now: nextTime() });
    }
    for (const passes of modulePlan.attempts) takeQuiz(userId, mod, passes, nextTime());
  }
}

/** One attempt: every question answered right to pass; only the first third right to fail. */
function takeQuiz(userId: number, mod: PublishedModule, passes: boolean, startedAt: Date): void {
  const quiz = mod.quiz;
  if (!quiz) return;
  const attemptId = startAttempt({ userId, module: mod, now: startedAt });
  const attempt = loadOwnAttempt(attemptId, userId);
  const answered = passes ? attempt.layout.questions : attempt.layout.questions.slice(0, Math.floor(attempt.layout.questions.length / 3));
  let time = startedAt.getTime();
  for (const key of answered) {
    const question = quiz.questions.find((candidate) => candidate.key === key);
    if (!question) continue;
    time += 40_000;
    const response = questionType(question.type).keyResponse(question);
    saveAnswer({ attempt, quiz, userId, questionKey: key, response, now: new Date(time) });
  }
  submitAttempt({ attempt, quiz, userId, now: new Date(time + 60_000) });
}

interface DemoEvent {
  title: string;
  kind: EventKind;
  startDay: number;
  hours: number;
  location: string;
  description: string;
}

/** Days are counted from the cohort's start; the seed's "today" is day 75. */
const demoEvents: DemoEvent[] = [
  { title: 'Opening live discussion: why e-government?', kind: 'discussion', startDay: 3, hours: 2, location: 'Online', description: 'Introductions, the programme plan and a first discussion of Module 1.' },
  { title: 'Seminar: the government CIO and leadership', kind: 'seminar', startDay: 24, hours: 3, location: 'Online', description: 'Modules 2 and 3: leadership barriers and the CIO\u2019s mandate, with case discussion.' },
  { title: 'Workshop: planning online services', kind: 'workshop', startDay: 52, hours: 4, location: 'Online', description: 'Module 5: placing services at a stage of online service development.' },
  { title: 'Live discussion: open government data', kind: 'discussion', startDay: 80, hours: 2, location: 'Online', description: 'Module 6: open data criteria and open standards in participants\u2019 ministries.' },
  { title: 'Study tour: e-government in Korea', kind: 'study-tour', startDay: 120, hours: 24 * 4, location: 'Incheon and Seoul, Republic of Korea', description: 'Visits to Korean e-government agencies, as in the UNPOG model of study tours.' },
];

function seedEvents(context: SeedContext, cohortId: number, startsOn: Date, members: readonly { userId: number; trainee: DemoCohortTrainee; plan: DemoTraineePlan }[]): void {
  const { now, managerId } = context;
  demoEvents.forEach((event, index) => {
    // 05:00 UTC is 14:00 in Seoul: an afternoon session for Asia, the morning in Central Asia.
    const startsAt = new Date(startsOn.getTime() + event.startDay * DAY + 5 * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + event.hours * 3_600_000);
    const details = { cohortId, title: event.title, kind: event.kind, startsAt, endsAt, location: event.location, url: '', description: event.description };
    // Events still to come are scheduled as a manager would, so members get the notification (and the outbox its emails).
    if (startsAt.getTime() > now.getTime()) {
      scheduleEvent(details, managerId, now);
      return;
    }
    const eventId = createEvent(details, managerId);
    const entries = members.map(({ userId, trainee }, memberIndex): { userId: number; status: AttendanceStatus } => {
      if (trainee.pace === 'not-started' || trainee.pace === 'stalled') return { userId, status: (memberIndex + index) % 3 === 0 ? 'excused' : 'absent' };
      return { userId, status: (memberIndex + index) % 7 === 0 ? 'absent' : 'present' };
    });
    saveAttendance({ cohortId, eventId, entries }, managerId, endsAt);
  });
}
