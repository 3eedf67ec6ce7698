import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { findModuleOwnership, type ModuleOwnershipRow } from '@/db/queries/authoring-access';
import type { SessionUser } from '@/db/queries/users';
import { authorizeApi, requirePermission } from '@/lib/auth/dal';
import { editorRelation, type EditorRelation } from '@/lib/domain/authoring-access';
import type { Action } from '@/lib/domain/permissions';
import { AppError } from '@/lib/errors';

export interface EditableModule extends ModuleOwnershipRow {
  relation: EditorRelation;
}

function relationOf(user: SessionUser, owned: ModuleOwnershipRow | null): EditorRelation | null {
  return owned ? editorRelation(user, owned) : null;
}

/**
 * For pages and server actions: the signed-in user and a module they may
 * edit (owner, co-owner, or administrator). Sign-in redirect, 404 for an
 * unknown module, 403 otherwise. Ownership is read from the database on
 * every call, never taken from the form.
 */
export async function requireEditableModule(moduleId: number, returnTo?: string, action: Action = 'content:author') {
  const user = await requirePermission(action, returnTo);
  const owned = Number.isSafeInteger(moduleId) && moduleId > 0 ? findModuleOwnership(moduleId) : null;
  if (!owned) notFound();
  const relation = relationOf(user, owned);
  if (!relation) forbidden();
  return { user, module: { ...owned, relation } satisfies EditableModule };
}

/** For route handlers: as {@link requireEditableModule}, throwing AppError 401 / 404 / 403. */
export async function authorizeModuleApi(moduleId: number | null): Promise<{ user: SessionUser; module: EditableModule }> {
  const user = await authorizeApi('content:author');
  const owned = moduleId === null ? null : findModuleOwnership(moduleId);
  if (!owned) throw new AppError('not-found:module', 'No such module.');
  const relation = relationOf(user, owned);
  if (!relation) throw new AppError('forbidden:module', 'You do not own or co-own this module.');
  return { user, module: { ...owned, relation } };
}

/** A route segment such as `[id]` as a positive id, or NaN. */
export function idParam(value: string): number {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
}
