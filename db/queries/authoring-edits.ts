import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { LastEdit } from '@/lib/domain/draft-revision';
import { getDb } from '../index';
import { auditLog, users } from '../schema';
import { writeAudit } from './audit';
import type { SyncDatabase } from './module-draft';

/** What a draft edit changed: one item, or the order and membership of a module's lessons or questions. */
export type EditTarget = 'module' | 'lesson' | 'quiz' | 'question' | 'module-lessons' | 'quiz-questions';

/** The outcome of a save that names the revision it started from. */
export type SaveResult = { ok: true; revision: string } | { ok: false; changedBy: string | null; changedAt: Date | null };

/**
 * Records a draft edit in the audit log, inside the caller's transaction: who
 * changed what and when. Concurrency refusals read it back to say "changed by
 * X at …".
 */
export function recordEdit(tx: SyncDatabase, actorId: number, target: EditTarget, id: number, details: Record<string, unknown> = {}): void {
  writeAudit({ actorId, action: `${target}.edited`, targetType: target, targetId: id, details }, tx);
}

/** The last recorded edit of a draft item, or null when none was recorded (imported content). */
export function lastEdit(target: EditTarget, id: number, db: SyncDatabase = getDb()): LastEdit | null {
  const row = db
    .select({ by: users.name, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.targetType, target), eq(auditLog.targetId, String(id))))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row ? { by: row.by, at: row.at } : null;
}

/** A refused save, naming the last edit of `target` (falling back to `updatedAt` when none is recorded). */
export function conflict(db: SyncDatabase, target: EditTarget, id: number, updatedAt: Date | null = null): SaveResult {
  const edit = lastEdit(target, id, db);
  return { ok: false, changedBy: edit?.by ?? null, changedAt: edit?.at ?? updatedAt };
}
