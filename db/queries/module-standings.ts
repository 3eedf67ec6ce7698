import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { standingFromFacts, type AttemptFacts, type LessonTotals } from '@/lib/domain/module-standing';
import { getDb } from '../index';
import { moduleStandings, type ModuleStandingRow } from '../schema';
import type { SyncDatabase } from './module-draft';

/**
 * Keeps `module_standings` in step with the facts, and reads it. The refresh
 * functions are the only writers: commands (lib/commands) call them inside the
 * transaction that changes lesson_progress, quiz_attempts or a module's
 * published version, so no reader ever sees one without the other. Every
 * row is `standingFromFacts` of the facts: the one definition of a standing.
 */

type Scoring = 'best' | 'last' | null;

/** The scoring rule of the module's published version's quiz (null: unpublished or no quiz). */
function versionScoring(tx: SyncDatabase, moduleId: number): Scoring {
  const row = tx.get<{ scoring: string | null } | undefined>(
    sql`SELECT json_extract(mv.quiz, '$.scoring') AS scoring FROM modules m JOIN module_versions mv ON mv.id = m.published_version_id WHERE m.id = ${moduleId}`,
  );
  return row?.scoring === 'best' || row?.scoring === 'last' ? row.scoring : null;
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

/** Rewrites the standings of the given users in the module from their facts; users with no facts lose theirs. */
function writeStandings(tx: SyncDatabase, moduleId: number, lessons: LessonRow[], attempts: AttemptRow[]): void {
  const scoring = versionScoring(tx, moduleId);
  const totals = new Map<number, LessonTotals>();
  for (const [userId, done, requiredDone, requiredLastAt, lastAt] of lessons) totals.set(userId, { done, requiredDone, requiredLastAt, lastAt });
  const byUser = new Map<number, AttemptFacts[]>();
  for (const [userId, id, status, startedAt, submittedAt, percent, passed] of attempts) {
    const list = byUser.get(userId) ?? [];
    list.push({ id, status, startedAt, submittedAt, percent, passed: passed === null ? null : passed === 1 });
    byUser.set(userId, list);
  }
  const rows: (typeof moduleStandings.$inferInsert)[] = [];
  for (const userId of new Set([...totals.keys(), ...byUser.keys()])) {
    const standing = standingFromFacts(totals.get(userId) ?? null, byUser.get(userId) ?? [], scoring);
    if (!standing) continue;
    rows.push({
      ...standing,
      userId,
      moduleId,
      requiredLastAt: toDate(standing.requiredLastAt),
      lastLessonAt: toDate(standing.lastLessonAt),
      countedAt: toDate(standing.countedAt),
      lastAttemptAt: toDate(standing.lastAttemptAt),
    });
  }
  // Multi-row inserts, well under SQLite's limit of bound parameters per statement.
  for (let i = 0; i < rows.length; i += INSERT_BATCH) tx.insert(moduleStandings).values(rows.slice(i, i + INSERT_BATCH)).run();
}

const INSERT_BATCH = 500;

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Recomputes one trainee's standing in one module (deleted when they have no progress and no attempt there). */
export function refreshModuleStanding(tx: SyncDatabase, userId: number, moduleId: number): void {
  tx.run(sql`DELETE FROM module_standings WHERE user_id = ${userId} AND module_id = ${moduleId}`);
  writeStandings(tx, moduleId, lessonRows(tx, moduleId, userId), attemptRows(tx, moduleId, userId));
}

/** Recomputes every trainee's standing in the module, set-based: after a new version changes its lessons or quiz. */
export function refreshModuleStandingsForModule(tx: SyncDatabase, moduleId: number): void {
  tx.run(sql`DELETE FROM module_standings WHERE module_id = ${moduleId}`);
  writeStandings(tx, moduleId, lessonRows(tx, moduleId, null), attemptRows(tx, moduleId, null));
}

/** Recomputes every standing: fills the table once for a database migrated from before it existed. */
export function refreshAllModuleStandings(tx: SyncDatabase): void {
  for (const { id } of tx.all<{ id: number }>(sql`SELECT id FROM modules ORDER BY id`)) refreshModuleStandingsForModule(tx, id);
}

/** A trainee's stored standing in one module, or null when they have done nothing there. Pass `db` inside a transaction. */
export function getModuleStanding(userId: number, moduleId: number, db: SyncDatabase = getDb()): ModuleStandingRow | null {
  return db.select().from(moduleStandings).where(and(eq(moduleStandings.userId, userId), eq(moduleStandings.moduleId, moduleId))).get() ?? null;
}

/** A trainee's stored standings in the given modules, by module id. */
export function listModuleStandings(userId: number, moduleIds: readonly number[]): Map<number, ModuleStandingRow> {
  if (moduleIds.length === 0) return new Map();
  const rows = getDb()
    .select()
    .from(moduleStandings)
    .where(and(eq(moduleStandings.userId, userId), inArray(moduleStandings.moduleId, [...moduleIds])))
    .all();
  return new Map(rows.map((row) => [row.moduleId, row]));
}
