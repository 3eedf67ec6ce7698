import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { cohortSumsFromStandings, storedCohortSums } from '@/lib/testing/cohort-sums-oracle';
import { openDatabase } from './connection';
import { NO_COMPLETION_DAY } from './schema';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const folders: string[] = [];

/** A copy of the migrations with only those before the one tagged `tag` in the journal. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'cio-migrations-'));
  folders.push(folder);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith(tag));
  if (index < 0) throw new Error(`no migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('migration review_policy_account_origin: showAnswers becomes a review policy', () => {
  it('maps quizzes and published snapshots: on → the safe default, off → never', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrationsFolder: migrationsBefore('_review_policy_account_origin') });
    const sql = db.$client;
    sql.prepare("INSERT INTO modules (id, slug, title, created_at) VALUES (1, 'a', 'A', 0), (2, 'b', 'B', 0)").run();
    sql.prepare("INSERT INTO quizzes (module_id, title, show_answers) VALUES (1, 'On', 1), (2, 'Off', 0)").run();
    const snapshot = (showAnswers: boolean) => JSON.stringify({ title: 'Q', passMark: 70, showAnswers, questions: [] });
    const version = sql.prepare("INSERT INTO module_versions (module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (?, 1, 'T', '', '[]', ?, ?, 0)");
    version.run(1, 'h1', snapshot(true));
    version.run(2, 'h2', snapshot(false));

    migrate(db, { migrationsFolder });
    const safe = { correctAnswers: 'after-pass-or-last-attempt', explanations: 'after-pass-or-last-attempt' };
    const never = { correctAnswers: 'never', explanations: 'never' };
    const quizzes = sql.prepare('SELECT review FROM quizzes ORDER BY module_id').all() as { review: string }[];
    expect(quizzes.map((q) => JSON.parse(q.review))).toEqual([safe, never]);
    const versions = sql.prepare('SELECT quiz FROM module_versions ORDER BY module_id').all() as { quiz: string }[];
    expect(versions.map((v) => JSON.parse(v.quiz))).toEqual([
      { title: 'Q', passMark: 70, questions: [], review: safe },
      { title: 'Q', passMark: 70, questions: [], review: never },
    ]);
    db.$client.close();
  });

  it('fills in who created existing trainee accounts, and in which cohort, from the audit log', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrationsFolder: migrationsBefore('_review_policy_account_origin') });
    const sql = db.$client;
    sql.prepare("INSERT INTO users (id, email, name, role, created_at) VALUES (1, 'm@example.org', 'M', 'manager', 0), (2, 't@example.org', 'T', 'trainee', 0), (3, 'u@example.org', 'U', 'trainee', 0)").run();
    sql.prepare("INSERT INTO programmes (id, slug, title, created_at) VALUES (1, 'p', 'P', 0)").run();
    sql.prepare("INSERT INTO cohorts (id, name, programme_id, starts_on, ends_on, target_on, created_at) VALUES (7, 'C', 1, '2026-01-01', '2026-06-30', '2026-06-01', 0)").run();
    sql.prepare(`INSERT INTO audit_log (actor_id, action, target_type, target_id, details, created_at) VALUES (1, 'user.created', 'user', '2', '{"email":"t@example.org","cohortId":7}', 0)`).run();

    migrate(db, { migrationsFolder });
    const rows = sql.prepare('SELECT id, created_by_id AS createdById, created_in_cohort_id AS createdInCohortId FROM users ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, createdById: null, createdInCohortId: null },
      { id: 2, createdById: 1, createdInCohortId: 7 },
      { id: 3, createdById: null, createdInCohortId: null },
    ]);
    db.$client.close();
  });
});

describe('migration cohort_tallies: the cohort sums start from what the database holds', () => {
  it('fills them from existing standings and memberships, then the triggers keep them', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrationsFolder: migrationsBefore('_cohort_tallies') });
    const run = (sql: string, ...args: unknown[]) => db.$client.prepare(sql).run(...args);
    run("INSERT INTO users (id, email, name, role, created_at) VALUES (1, 'a@example.org', 'A', 'trainee', 0), (2, 'b@example.org', 'B', 'trainee', 0), (3, 'm@example.org', 'M', 'manager', 0)");
    run("INSERT INTO programmes (id, slug, title, created_at) VALUES (1, 'p', 'P', 0)");
    run("INSERT INTO modules (id, slug, title, published_version_id, created_at) VALUES (1, 'a', 'A', 1, 0), (2, 'b', 'B', 2, 0)");
    run("INSERT INTO module_versions (id, module_id, version, title, summary, objectives, content_hash, quiz, created_at) VALUES (1, 1, 1, 'A', '', '[]', 'h1', NULL, 0), (2, 2, 1, 'B', '', '[]', 'h2', NULL, 0)");
    run('INSERT INTO programme_modules (programme_id, module_id, position, required) VALUES (1, 1, 0, 1), (1, 2, 1, 0)');
    run("INSERT INTO cohorts (id, name, programme_id, starts_on, ends_on, target_on, created_at) VALUES (1, 'C', 1, '2026-01-01', '2026-06-30', '2026-06-01', 0)");
    run("INSERT INTO cohort_members (cohort_id, user_id, role, created_at) VALUES (1, 1, 'trainee', 0), (1, 2, 'trainee', 0), (1, 3, 'manager', 0)");
    const standing = db.$client.prepare(
      'INSERT INTO module_standings (user_id, module_id, lessons_done, required_done, attempts, counted_percent, quiz_passed, has_open_attempt, complete, percent, completed_at, last_activity_at) VALUES (?, ?, 1, 1, ?, ?, 0, 0, ?, ?, ?, ?)',
    );
    const day = 86_400_000;
    standing.run(1, 1, 1, 85.25, 1, 100, 20_000 * day + 5, 20_000 * day + 5);
    standing.run(1, 2, 0, null, 0, 50, null, 20_001 * day);
    standing.run(2, 1, 0, null, 1, 100, 20_000 * day + 9, 20_002 * day);

    migrate(db, { migrationsFolder });
    const expected = {
      totals: [
        { cohortId: 1, userId: 1, requiredComplete: 1, requiredPercent: 100, lastActivityAt: 20_001 * day },
        { cohortId: 1, userId: 2, requiredComplete: 1, requiredPercent: 100, lastActivityAt: 20_002 * day },
      ],
      tallies: [
        { cohortId: 1, moduleId: 1, day: 20_000, complete: 2, inProgress: 0, scoreTenths: 853, scored: 1 },
        { cohortId: 1, moduleId: 2, day: NO_COMPLETION_DAY, complete: 0, inProgress: 1, scoreTenths: 0, scored: 0 },
      ],
    };
    expect(storedCohortSums(db)).toEqual(expected);
    expect(cohortSumsFromStandings(db)).toEqual(expected);
    run('DELETE FROM module_standings WHERE user_id = 2');
    expect(storedCohortSums(db)).toEqual(cohortSumsFromStandings(db));
    expect(storedCohortSums(db).totals[1]).toEqual({ cohortId: 1, userId: 2, requiredComplete: 0, requiredPercent: 0, lastActivityAt: null });
    db.$client.close();
  });
});

describe('the triggers and view of the stored cohort sums', () => {
  it('exist after every migration (a table rebuilt by a later migration would drop them)', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrationsFolder });
    const names = (type: string) => (db.$client.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[]);
    expect(names('view')).toEqual(['cohort_trainee_totals_computed']);
    expect(names('trigger')).toEqual([
      'cohort_members_delete_tallies',
      'cohort_members_insert_tallies',
      'cohort_members_update_tallies',
      'cohorts_programme_totals',
      'module_standings_delete_tallies',
      'module_standings_insert_tallies',
      'module_standings_update_tallies',
      'modules_publish_totals',
      'programme_modules_delete_totals',
      'programme_modules_insert_totals',
      'programme_modules_update_totals',
    ]);
    db.$client.close();
  });
});
