import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { auditLog, users } from '../schema';

export interface AuditInput {
  actorId: number | null;
  action: string;
  targetType: string;
  targetId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log. Pass `db` to write inside a caller's transaction. */
export function writeAudit(entry: AuditInput, db: Pick<ReturnType<typeof getDb>, 'insert'> = getDb()): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      details: entry.details ?? null,
    })
    .run();
}

export interface AuditRow {
  id: number;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown> | null;
  actorName: string | null;
  createdAt: Date;
}

/** The newest audit entries, newest first. */
export function listAudit(limit = 100): AuditRow[] {
  return getDb()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      actorName: users.name,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
