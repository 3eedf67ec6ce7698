import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { AssignmentFacts, AttemptFacts, LessonTotals, ModuleUnits, StoredStanding } from '@/lib/domain/module-standing';
import { getDb } from '../index';
import { moduleStandings, type ModuleStandingRow } from '../schema';
import type { SyncDatabase } from './module-draft';
import { publishedCache } from './published-cache';

/**
 * `module_standings`: the facts a standing is computed from, the one writer
 * the standing commands use (lib/commands/standings.ts, inside the
 * transaction that changes lesson_progress, quiz_attempts or a module's
 * published version), and the reads every page, certificate and report uses.
 */

type Scoring = 'best' | 'last' | null;

// Reading the rule means parsing the version's whole quiz snapshot in SQLite, on every progress write: kept per version.
const scoringByVersion = publishedCache<number, Scoring>();

/** The module's published version (null: unpublished). */
function publishedVersionId(tx: SyncDatabase, moduleId: number): number | null {
  return tx.get<{ versionId: number | null } | undefined>(sql`SELECT published_version_id AS versionId FROM modules WHERE id = ${moduleId}`)?.versionId ?? null;
}

/** The scoring rule of a published version's quiz (null: no quiz). */
function versionScoring(tx: SyncDatabase, versionId: number): Scoring {
  const cached = scoringByVersion.get(versionId);
  if (cached !== undefined) return cached;
  const row = tx.get<{ scoring: string | null } | undefined>(sql`SELECT json_extract(quiz, '$.scoring') AS scoring FROM module_versions WHERE id = ${versionId}`);
  const scoring = row?.scoring === 'best' || row?.scoring === 'last' ? row.scoring : null;
  scoringByVersion.set(versionId, scoring);
  return scoring;
}

const unitsByVersion = publishedCache<number, Omit<ModuleUnits, 'quiz'>>();

/** What a published version asks for; `quiz` follows its scoring rule, as the dashboard's modules do. */
function versionUnits(tx: SyncDatabase, versionId: number, scoring: Scoring): ModuleUnits {
  let counts = unitsByVersion.get(versionId);
  if (counts === undefined) {
    const [lessonsTotal, requiredTotal, requiredAssignments] = tx.values<[number, number, number]>(
      sql`SELECT (SELECT count(*) FROM published_lessons WHERE version_id = ${versionId}),
                 (SELECT coalesce(sum(required), 0) FROM published_lessons WHERE version_id = ${versionId}),
                 (SELECT count(*) FROM published_assignments WHERE version_id = ${versionId} AND required = 1)`,
    )[0]!;
    counts = { lessonsTotal, requiredTotal, requiredAssignments };
    unitsByVersion.set(versionId, counts);
  }
  return { ...counts, quiz: scoring !== null };
}

type LessonRow = [userId: number, done: number, requiredDone: number, requiredLastAt: number | null, lastAt: number | null];
type AttemptRow = [userId: number, id: number, status: AttemptFacts['status'], startedAt: number, submittedAt: number | null, percent: number | null, passed: number | null];

/** Lesson totals per user against the module's published version, for one user or all (`userId` null). */
function lessonRows(tx: SyncDatabase, moduleId: number, userId: number | null): LessonRow[] {
  const who = userId === null ? sql`` : sql` AND lp.user_id = ${userId}`;
  return tx.values<LessonRow>(
    sql`SELECT lp.user_id, count(pl.key), coalesce(sum(pl.required), 0), max(CASE WHEN pl.required = 1 THEN lp.created_at END), max(lp.created_at)
        FROM lesson_progress lp
        JOIN modules m ON m.id = lp.module_id
        LEFT JOIN published_lessons pl ON pl.version_id = m.published_version_id AND pl.key = lp.lesson_key
        WHERE lp.module_id = ${moduleId}${who}
        GROUP BY lp.user_id`,
  );
}

/** Attempts in user, then attempt order, for one user or all (`userId` null). */
function attemptRows(tx: SyncDatabase, moduleId: number, userId: number | null): AttemptRow[] {
  const who = userId === null ? sql`` : sql` AND user_id = ${userId}`;
  return tx.values<AttemptRow>(
    sql`SELECT user_id, id, status, created_at, submitted_at, percent, passed FROM quiz_attempts
        WHERE module_id = ${moduleId}${who} ORDER BY user_id, attempt_no`,
  );
}

type AssignmentRow = [userId: number, key: string, status: AssignmentFacts['status'], required: number | null];

/** The latest version of each assignment per user, with whether the published version requires it (null: not in it). */
function assignmentRows(tx: SyncDatabase, moduleId: number, userId: number | null): AssignmentRow[] {
  const who = userId === null ? sql`` : sql` AND s.user_id = ${userId}`;
  return tx.values<AssignmentRow>(
    sql`SELECT s.user_id, s.assignment_key, s.status, pa.required
        FROM assignment_submissions s
        JOIN modules m ON m.id = s.module_id
        LEFT JOIN published_assignments pa ON pa.version_id = m.published_version_id AND pa.key = s.assignment_key
        WHERE s.module_id = ${moduleId}${who}
          AND s.version_no = (SELECT max(l.version_no) FROM assignment_submissions l
                              WHERE l.user_id = s.user_id AND l.module_id = s.module_id AND l.assignment_key = s.assignment_key)
        ORDER BY s.user_id, s.assignment_key`,
  );
}

/**
 * The facts behind the standings of one module: its published version's
 * scoring rule, and per user their lesson totals, attempts (in attempt
 * order) and the latest version of each assignment, for one user or every user (`userId` null).
 */
export function loadStandingFacts(tx: SyncDatabase, moduleId: number, userId: number | null) {
  const lessons = new Map<number, LessonTotals>();
  for (const [user, done, requiredDone, requiredLastAt, lastAt] of lessonRows(tx, moduleId, userId)) lessons.set(user, { done, requiredDone, requiredLastAt, lastAt });
  const attempts = new Map<number, AttemptFacts[]>();
  for (const [user, id, status, startedAt, submittedAt, percent, passed] of attemptRows(tx, moduleId, userId)) {
    const list = attempts.get(user) ?? [];
    list.push({ id, status, startedAt, submittedAt, percent, passed: passed === null ? null : passed === 1 });
    attempts.set(user, list);
  }
  const assignments = new Map<number, AssignmentFacts[]>();
  for (const [user, key, status, required] of assignmentRows(tx, moduleId, userId)) {
    const list = assignments.get(user) ?? [];
    list.push({ key, status, required: required === null ? null : required === 1 });
    assignments.set(user, list);
  }
  const versionId = publishedVersionId(tx, moduleId);
  const scoring = versionId === null ? null : versionScoring(tx, versionId);
  return { scoring, units: versionId === null ? null : versionUnits(tx, versionId, scoring), lessons, attempts, assignments };
}

/**
 * Replaces the stored standings of one module, for one user or every user
 * (`userId` null), with the given rows: only the standing commands call this.
 */
export function replaceStandings(tx: SyncDatabase, moduleId: number, userId: number | null, standings: readonly StoredStanding[]): void {
  if (userId === null) tx.run(sql`DELETE FROM module_standings WHERE module_id = ${moduleId}`);
  else tx.run(sql`DELETE FROM module_standings WHERE user_id = ${userId} AND module_id = ${moduleId}`);
  const rows = standings.map((standing) => ({
    ...standing,
    requiredLastAt: toDate(standing.requiredLastAt),
    lastLessonAt: toDate(standing.lastLessonAt),
    countedAt: toDate(standing.countedAt),
    lastAttemptAt: toDate(standing.lastAttemptAt),
    completedAt: toDate(standing.completedAt),
    lastActivityAt: toDate(standing.lastActivityAt),
  }));
  // Multi-row inserts, well under SQLite's limit of bound parameters per statement.
  for (let i = 0; i < rows.length; i += INSERT_BATCH) tx.insert(moduleStandings).values(rows.slice(i, i + INSERT_BATCH)).run();
}

const INSERT_BATCH = 500;

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Every module id, in id order. */
export function listModuleIds(tx: SyncDatabase): number[] {
  return tx.all<{ id: number }>(sql`SELECT id FROM modules ORDER BY id`).map((row) => row.id);
}

/** A trainee's stored standing in one module, or null when they have done nothing there. Pass `db` inside a transaction. */
export function getModuleStanding(userId: number, moduleId: number, db: SyncDatabase = getDb()): ModuleStandingRow | null {
  return db.select().from(moduleStandings).where(and(eq(moduleStandings.userId, userId), eq(moduleStandings.moduleId, moduleId))).get() ?? null;
}
