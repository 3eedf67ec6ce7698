import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';

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
