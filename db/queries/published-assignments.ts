import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AssignmentSpec } from '@/lib/domain/assignments/rubric';
import { getDb } from '../index';
import { publishedAssignments } from '../schema';
import type { SyncDatabase } from './module-draft';
import { publishedCache } from './published-cache';

/** An assignment of a published version as module pages list it. */
export interface PublishedAssignmentSummary {
  key: string;
  position: number;
  title: string;
  summary: string;
  required: boolean;
}

/** A published assignment with everything its page and its grading need (the brief as HTML). */
export interface PublishedAssignment extends Omit<AssignmentSpec, 'key'> {
  key: string;
  versionId: number;
  html: string;
}

/** The assignments of a published version, in order. */
export function publishedAssignmentSummaries(db: SyncDatabase, versionId: number): PublishedAssignmentSummary[] {
  return db
    .select({
      key: publishedAssignments.key,
      position: publishedAssignments.position,
      title: publishedAssignments.title,
      summary: publishedAssignments.summary,
      required: publishedAssignments.required,
    })
    .from(publishedAssignments)
    .where(eq(publishedAssignments.versionId, versionId))
    .orderBy(asc(publishedAssignments.position))
    .all();
}

// Published versions never change, so an assignment is kept in memory once read.
const cache = publishedCache<string, PublishedAssignment>();

/** One assignment of a published version, or null. Pass `db` inside a transaction. */
export function getPublishedAssignment(versionId: number, key: string, db: SyncDatabase = getDb()): PublishedAssignment | null {
  const cacheKey = `${versionId}:${key}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const row = db
    .select()
    .from(publishedAssignments)
    .where(and(eq(publishedAssignments.versionId, versionId), eq(publishedAssignments.key, key)))
    .get();
  if (!row) return null;
  const { id: _id, position: _position, ...assignment } = row;
  cache.set(cacheKey, assignment);
  return assignment;
}

/** An assignment of the module's current published version, with that version's id, or null. */
export function currentAssignment(db: SyncDatabase, moduleId: number, key: string): PublishedAssignment | null {
  const row = db.get<{ versionId: number | null } | undefined>(sql`SELECT published_version_id AS versionId FROM modules WHERE id = ${moduleId}`);
  return row?.versionId ? getPublishedAssignment(row.versionId, key, db) : null;
}

/** The user's role in a cohort, read in the caller's transaction (null: not a member). */
export function memberRoleIn(db: SyncDatabase, cohortId: number, userId: number): string | null {
  return db.get<{ role: string } | undefined>(sql`SELECT role FROM cohort_members WHERE cohort_id = ${cohortId} AND user_id = ${userId}`)?.role ?? null;
}

/** Whether the user owns or co-owns the module. */
export function editsModule(db: SyncDatabase, moduleId: number, userId: number): boolean {
  return Boolean(
    db.get<{ one: number } | undefined>(
      sql`SELECT 1 AS one FROM modules WHERE id = ${moduleId} AND owner_id = ${userId}
          UNION SELECT 1 FROM module_collaborators WHERE module_id = ${moduleId} AND user_id = ${userId}`,
    ),
  );
}
