import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { loadOwnAttempt, openAttempts } from '@/db/queries/attempt-answers';
import { getModuleVersion, getPublishedModule } from '@/db/queries/published';
import { certificates, cohortMembers, cohorts, programmes, users } from '@/db/schema';
import { loadContentTree } from '@/lib/content/load-tree';
import { AppError } from '@/lib/errors';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { cohortSumsFromStandings, storedCohortSums } from '@/lib/testing/cohort-sums-oracle';
import { completeProgrammes, recomputeFromRawTables, storedStandings } from '@/lib/testing/standings-oracle';
import { closeExpiredAttempt } from './close-attempt';
import { enrolInModule, enrolInProgramme } from './enrol';
import { importContent } from './import-content';
import { saveAnswer } from './save-answer';
import { setLessonCompleted } from './set-lesson-completed';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

/**
 * Property: whatever a random sequence of commands does, every stored
 * standing equals `standingFromFacts` recomputed here from the raw tables
 * (lesson_progress, quiz_attempts, published_lessons, module_versions), and
 * every trainee whose programme is complete holds its certificate, and the
 * cohort sums the triggers keep equal those standings summed in plain code
 * (trainees join, leave and change role in the cohort along the way).
 */

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const SEEDS = 30;
const STEPS = 50;
const QUIZ = 'content/modules/mod-a/quiz.yaml';
const LESSON = 'content/modules/mod-a/lessons/02-more.md';
let fixture: ContentFixture;
let original: { quiz: string; lesson: string };
let programmeId: number;
let cohortId: number;
let importDay = 0;
/** Trainees who completed the programme, over all seeds: the certificate check must have had work to do. */
let completions = 0;

/** mulberry32: a small seeded PRNG, so a failing seed replays exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

/** Publishes a variant of the module: scoring rule, pass mark (one or two right answers) and whether the second lesson is required change. */
function republish(random: ReturnType<typeof prng>, now: Date) {
  const scoring = random.pick(['best', 'last']);
  const passMark = random.pick([10, 25]);
  fixture.write(QUIZ, original.quiz.replace('passMark: 60', `passMark: ${passMark}\nscoring: ${scoring}\nattemptLimit: 3\ntimeLimitMinutes: 10`));
  fixture.write(LESSON, original.lesson.replace('required: false', `required: ${random.pick(['true', 'false'])}`));
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(getDb(), tree.tree, { contentDir: fixture.contentDir, actorId: null, now });
}

beforeAll(() => {
  fixture = createContentFixture();
  // An in-memory database as the app's handle: thousands of commands, no disk in the way.
  const db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  (globalThis as unknown as { __cioDb?: AppDatabase }).__cioDb = db;
  original = { quiz: readFileSync(join(fixture.root, QUIZ), 'utf8'), lesson: readFileSync(join(fixture.root, LESSON), 'utf8') };
  republish(prng(0), new Date(Date.UTC(2026, 0, 1)));
  programmeId = getDb().select({ id: programmes.id }).from(programmes).get()!.id;
  cohortId = getDb()
    .insert(cohorts)
    .values({ name: 'Property', programmeId, startsOn: '2026-01-01', endsOn: '2026-12-31', targetOn: '2026-12-01' })
    .returning({ id: cohorts.id })
    .get().id;
});
afterAll(() => {
  expect(completions).toBeGreaterThan(SEEDS / 5);
  getDb().$client.close();
  delete (globalThis as unknown as { __cioDb?: AppDatabase }).__cioDb;
  fixture.cleanup();
});

/** Refusals a trainee can meet in normal use (limit reached, attempt closed or expired); anything else fails the test. */
function allowRefusal(run: () => void) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AppError) || !['conflict:attempt-limit', 'conflict:attempt-closed', 'gone:attempt-expired'].includes(error.code)) throw error;
  }
}

/** The trainee joins the cohort, leaves it, or changes role in it (the cohort sums follow every membership change). */
function changeMembership(random: ReturnType<typeof prng>, userId: number) {
  const db = getDb();
  const member = and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId));
  const current = db.select().from(cohortMembers).where(member).get();
  if (!current) return db.insert(cohortMembers).values({ cohortId, userId, role: 'trainee' }).run();
  if (random.next() < 0.5) return db.delete(cohortMembers).where(member).run();
  return db.update(cohortMembers).set({ role: current.role === 'trainee' ? 'instructor' : 'trainee' }).where(member).run();
}

function randomStep(random: ReturnType<typeof prng>, trainees: readonly number[], now: Date) {
  const userId = random.pick(trainees);
  const mod = getPublishedModule('mod-a')!;
  const open = openAttempts(getDb(), userId, mod.id)[0];
  const context = open ? { attempt: loadOwnAttempt(open.id, userId), quiz: getModuleVersion(open.versionId)!.quiz! } : null;
  // With an attempt open, answering is the likeliest next step (as for a real trainee).
  switch (context && random.next() < 0.5 ? 3 : random.int(8)) {
    case 0:
    case 1:
      return setLessonCompleted({ userId, moduleId: mod.id, lessonKey: random.pick(['01-intro', '02-more']), completed: random.next() < 0.85, now });
    case 2:
      return allowRefusal(() => startAttempt({ userId, module: mod, now }));
    case 3: {
      if (!context) return;
      // Mostly right answers, so trainees do pass and complete the programme.
      const key = random.pick(['pick-one', 'is-true', 'year']);
      const question = context.quiz.questions.find((q) => q.key === key)!;
      const right = random.next() < 0.7;
      const response =
        question.type === 'short'
          ? { type: 'short' as const, text: right ? '1998' : '2001' }
          : { type: question.type as 'single' | 'truefalse', optionKey: question.options.find((o) => o.correct === right)?.key ?? null };
      return allowRefusal(() => saveAnswer({ ...context, userId, questionKey: question.key, response, now }));
    }
    case 4:
      return context && allowRefusal(() => submitAttempt({ ...context, userId, now }));
    case 5:
      return context && closeExpiredAttempt({ ...context, userId, now });
    case 6: {
      const roll = random.next();
      if (roll < 0.35) return enrolInModule({ userId, moduleId: mod.id, source: 'self', now });
      if (roll < 0.7) return enrolInProgramme({ userId, programmeId, source: 'self', now });
      return changeMembership(random, userId);
    }
    default:
      // A new version is the slowest command (it renders the lessons): rare, but in most seeds.
      return random.next() < 0.08 ? republish(random, now) : undefined;
  }
}

describe(`stored standings after ${STEPS} random commands`, () => {
  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('equal a fresh recomputation from the raw tables (seed %i)', (seed) => {
    {
      const random = prng(seed);
      const trainees = [1, 2].map(
        (n) => getDb().insert(users).values({ email: `s${seed}-t${n}@example.org`, name: `Trainee ${n}`, role: 'trainee' }).returning({ id: users.id }).get().id,
      );
      // One trainee starts enrolled in the programme; the other may enrol (in the module or the programme) along the way.
      enrolInProgramme({ userId: trainees[0]!, programmeId, source: 'cohort', now: new Date(Date.UTC(2026, 2, 1) + seed * 86_400_000) });
      getDb().insert(cohortMembers).values({ cohortId, userId: trainees[0]!, role: 'trainee' }).run();
      // Each seed runs on its own clock, after the previous seed's, mostly in steps of seconds; now and then
      // twelve minutes pass, so timed (ten-minute) attempts do expire.
      let clock = Date.UTC(2026, 2, 1) + seed * 86_400_000 + importDay;
      for (let step = 0; step < STEPS; step++) {
        clock += random.next() < 0.1 ? 12 * 60_000 : 1_000 + random.int(90_000);
        randomStep(random, trainees, new Date(clock));
      }
      importDay += 1;
      const recomputed = recomputeFromRawTables();
      expect(storedStandings(), `seed ${seed}`).toEqual(recomputed);
      const certified = new Set(getDb().select().from(certificates).all().map((c) => `${c.userId}:${c.programmeId}`));
      const complete = completeProgrammes(recomputed, trainees);
      for (const pair of complete) expect(certified.has(`${pair.userId}:${pair.programmeId}`), `seed ${seed}, trainee ${pair.userId}`).toBe(true);
      completions += complete.length;
      expect(storedCohortSums(getDb()), `seed ${seed}`).toEqual(cohortSumsFromStandings(getDb()));
    }
  });
});
