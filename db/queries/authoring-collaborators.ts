import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Role } from '@/lib/domain/permissions';
import { getDb } from '../index';
import { moduleCollaborators, users } from '../schema';
import { writeAudit } from './audit';

export interface CollaboratorRow {
  id: number;
  name: string;
  email: string;
}

/** A module's co-owners, by name. */
export function listCollaborators(moduleId: number): CollaboratorRow[] {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(moduleCollaborators)
    .innerJoin(users, eq(users.id, moduleCollaborators.userId))
    .where(eq(moduleCollaborators.moduleId, moduleId))
    .orderBy(asc(users.name))
    .all();
}

/** The account with this email, as far as choosing a co-owner needs it. */
export function findCandidate(email: string): { id: number; name: string; role: Role; active: boolean } | null {
  return (
    getDb()
      .select({ id: users.id, name: users.name, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.email, email.toLowerCase()))
      .get() ?? null
  );
}

/** Adds a co-owner and records who did. */
export function addCollaborator(moduleId: number, userId: number, actorId: number): void {
  getDb().transaction((tx) => {
    tx.insert(moduleCollaborators).values({ moduleId, userId }).onConflictDoNothing().run();
    writeAudit({ actorId, action: 'module.co-owner-added', targetType: 'module', targetId: moduleId, details: { userId } }, tx);
  });
}

/** Removes a co-owner and records who did. */
export function removeCollaborator(moduleId: number, userId: number, actorId: number): void {
  getDb().transaction((tx) => {
    tx.delete(moduleCollaborators)
      .where(and(eq(moduleCollaborators.moduleId, moduleId), eq(moduleCollaborators.userId, userId)))
      .run();
    writeAudit({ actorId, action: 'module.co-owner-removed', targetType: 'module', targetId: moduleId, details: { userId } }, tx);
  });
}
