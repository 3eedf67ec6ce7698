/**
 * A synthetic cohort for the benchmark: one programme of 8 modules × 5
 * lessons, one cohort of N trainees with varied, realistic progress. Written
 * with raw prepared statements in one transaction, so 10,000 trainees load in
 * seconds. Deterministic (seeded pseudo-random numbers). The module
 * standings are then computed as the app does when it publishes a version
 * (`refreshModuleStandings`, set-based), in the same transaction.
 */
import type Database from 'better-sqlite3';
import type { AppDatabase } from '@/db/connection';
import { refreshModuleStandings } from '@/lib/commands/standings';

const MODULES = 8;
const LESSONS = 5;
const DAY = 24 * 60 * 60 * 1000;
const COUNTRIES = ['Afghanistan', 'Bhutan', 'Cambodia', 'Fiji', 'Jordan', 'Kazakhstan', 'Mongolia', 'Nepal', 'Samoa', 'Tonga', 'Uzbekistan', 'Viet Nam'];
const GIVEN = ['Nasrin', 'Sione', 'Mere', 'Dilnoza', 'Tenzin', 'Layla', 'Farid', 'Aigerim', 'Bat-Erdene', 'Sokha', 'Anh', 'Ratu'];
const FAMILY = ['Karimi', 'Tupou', 'Waqa', 'Yusupova', 'Dorji', 'Haddad', 'Ahmadi', 'Sadykova', 'Ganbaatar', 'Chan', 'Nguyen', 'Naivalu'];

/** mulberry32: a small seeded generator, so every run builds the same database. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCohort {
  cohortId: number;
  programmeId: number;
  trainees: number;
}

function buildProgramme(db: Database.Database, now: number): { programmeId: number; modules: { id: number; versionId: number }[] } {
  const programmeId = Number(db.prepare("INSERT INTO programmes (slug, title, created_at) VALUES ('bench', 'Benchmark programme', ?)").run(now).lastInsertRowid);
  const insertModule = db.prepare('INSERT INTO modules (slug, title, created_at) VALUES (?, ?, ?)');
  const insertVersion = db.prepare(
    "INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 1, ?, '', '[]', 'bench', ?, ?)",
  );
  const insertLesson = db.prepare(
    "INSERT INTO published_lessons (version_id, key, position, title, summary, minutes, required, html, sources, attachments) VALUES (?, ?, ?, ?, '', 10, ?, '', '[]', '[]')",
  );
  const modules: { id: number; versionId: number }[] = [];
  for (let m = 0; m < MODULES; m++) {
    const id = Number(insertModule.run(`bench-module-${m + 1}`, `Module ${m + 1}`, now).lastInsertRowid);
    const quiz = { title: `Quiz ${m + 1}`, passMark: 70, attemptLimit: 3, timeLimitMinutes: null, shuffleQuestions: true, shuffleOptions: true, scoring: m % 2 ? 'last' : 'best', review: { correctAnswers: 'after-pass-or-last-attempt', explanations: 'after-pass-or-last-attempt' }, questions: [] };
    const versionId = Number(insertVersion.run(id, `Module ${m + 1}`, JSON.stringify(quiz), now).lastInsertRowid);
    for (let l = 0; l < LESSONS; l++) insertLesson.run(versionId, `lesson-${l + 1}`, l, `Lesson ${l + 1}`, l === LESSONS - 1 && m % 3 === 0 ? 0 : 1);
    db.prepare('UPDATE modules SET published_version_id = ? WHERE id = ?').run(versionId, id);
    db.prepare('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (?, ?, ?, 1)').run(programmeId, id, m);
    modules.push({ id, versionId });
  }
  return { programmeId, modules };
}

/**
 * Builds the cohort in an empty, migrated database. Profiles: 15% finished
 * everything, 20% never started, 15% stopped weeks ago, the rest mid-way.
 */
export function buildSyntheticCohort(app: AppDatabase, trainees: number, now: Date): SyntheticCohort {
  const db = app.$client;
  const rand = random(2013);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const t0 = now.getTime();
  const start = t0 - 90 * DAY;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return app.transaction((tx) => {
    const { programmeId, modules } = buildProgramme(db, start);
    const cohortId = Number(
      db.prepare("INSERT INTO cohorts (name, programme_id, starts_on, ends_on, target_on, time_zone, created_at) VALUES ('Benchmark cohort', ?, ?, ?, ?, 'UTC', ?)")
        .run(programmeId, iso(start), iso(t0 + 120 * DAY), iso(t0 + 90 * DAY), start).lastInsertRowid,
    );
    const insertUser = db.prepare("INSERT INTO users (email, name, role, country, created_at) VALUES (?, ?, 'trainee', ?, ?)");
    const insertMember = db.prepare("INSERT INTO cohort_members (cohort_id, user_id, role, created_at) VALUES (?, ?, 'trainee', ?)");
    const insertEnrolment = db.prepare("INSERT INTO enrolments (user_id, module_id, source, created_at) VALUES (?, ?, 'cohort', ?)");
    const insertProgress = db.prepare('INSERT INTO lesson_progress (user_id, module_id, lesson_key, created_at) VALUES (?, ?, ?, ?)');
    const insertAttempt = db.prepare(
      "INSERT INTO quiz_attempts (user_id, module_id, version_id, attempt_no, status, layout, created_at, submitted_at, score, max_score, percent, passed) VALUES (?, ?, ?, ?, 'submitted', '{\"questions\":[],\"options\":{}}', ?, ?, ?, 10, ?, ?)",
    );
    for (let i = 0; i < trainees; i++) {
      const userId = Number(insertUser.run(`trainee${i}@bench.example`, `${pick(GIVEN)} ${pick(FAMILY)} ${i}`, pick(COUNTRIES), start).lastInsertRowid);
      insertMember.run(cohortId, userId, start);
      for (const m of modules) insertEnrolment.run(userId, m.id, start);
      const profile = rand();
      if (profile < 0.2) continue;
      const finished = profile < 0.35;
      const stalled = profile < 0.5;
      const done = finished ? MODULES : Math.floor(rand() * (MODULES - 1));
      const lastDay = stalled && !finished ? 30 + rand() * 50 : rand() * 10;
      let clock = start + rand() * 5 * DAY;
      const step = Math.max(DAY / 4, (t0 - lastDay * DAY - clock) / ((done + 1) * (LESSONS + 1)));
      const tick = () => (clock = Math.min(t0 - lastDay * DAY, clock + step * (0.5 + rand())));
      for (let m = 0; m <= Math.min(done, MODULES - 1); m++) {
        const mod = modules[m]!;
        const lessons = m < done ? LESSONS : Math.floor(rand() * (LESSONS + 1));
        for (let l = 0; l < lessons; l++) insertProgress.run(userId, mod.id, `lesson-${l + 1}`, tick());
        if (lessons < LESSONS && m === done) break;
        const tries = 1 + Math.floor(rand() * 3);
        for (let a = 1; a <= tries; a++) {
          const pass = m < done && a === tries;
          const percent = pass ? 70 + Math.round(rand() * 30) : Math.round(rand() * 69);
          const submitted = tick();
          insertAttempt.run(userId, mod.id, mod.versionId, a, submitted - 600_000, submitted, percent / 10, percent, pass ? 1 : 0);
        }
      }
    }
    for (const m of modules) refreshModuleStandings(tx, m.id);
    return { cohortId, programmeId, trainees };
  });
}
