import 'server-only';
import { eq } from 'drizzle-orm';
import { readAssignmentDrafts, syncAssignmentDrafts } from '@/db/queries/assignment-drafts';
import { modules } from '@/db/schema';
import type { AssignmentDraft } from '@/lib/content/snapshot';
import { AppError } from '@/lib/errors';
import { inTransaction } from './transaction';

/**
 * Command: adds an assignment to a module's draft, or replaces the one with
 * the same key (`isNew` refuses a key already used, 409), and bumps the
 * module's revision like every draft edit. Trainees see it only once the
 * module is published; submissions key on the assignment key, so editing a
 * published assignment keeps every trainee's work.
 */
export function saveDraftAssignment(input: { moduleId: number; assignment: AssignmentDraft; isNew: boolean; now: Date }): void {
  inTransaction((tx) => {
    const current = readAssignmentDrafts(tx, input.moduleId);
    const index = current.findIndex((a) => a.key === input.assignment.key);
    if (input.isNew && index >= 0) throw new AppError('conflict:key-taken', 'This module already has an assignment with that key.');
    if (!input.isNew && index < 0) throw new AppError('not-found:assignment', 'No such assignment in this draft.');
    const next = index >= 0 ? current.map((a, i) => (i === index ? input.assignment : a)) : [...current, input.assignment];
    if (!syncAssignmentDrafts(tx, input.moduleId, next)) return;
    const mod = tx.select({ revision: modules.revision }).from(modules).where(eq(modules.id, input.moduleId)).get();
    if (mod) tx.update(modules).set({ revision: mod.revision + 1, updatedAt: input.now }).where(eq(modules.id, input.moduleId)).run();
  });
}
