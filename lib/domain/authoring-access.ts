import { can, type Role } from './permissions';

/** What decides whether someone may edit a module. */
export interface ModuleOwnership {
  ownerId: number | null;
  collaboratorIds: readonly number[];
}

/** How a user relates to a module they may edit. */
export type EditorRelation = 'owner' | 'co-owner' | 'admin';

/**
 * Whether `user` may edit the module's draft, and as what: its owner, a
 * co-owner, or someone who may edit any module (an administrator). Null when
 * they may not; a role without `content:author` never may.
 */
export function editorRelation(user: { id: number; role: Role }, module: ModuleOwnership): EditorRelation | null {
  if (!can(user.role, 'content:author')) return null;
  if (module.ownerId === user.id) return 'owner';
  if (module.collaboratorIds.includes(user.id)) return 'co-owner';
  return can(user.role, 'content:edit-any') ? 'admin' : null;
}

/** Owners and administrators choose co-owners; co-owners edit content only. */
export function canManageCollaborators(relation: EditorRelation | null): boolean {
  return relation === 'owner' || relation === 'admin';
}

/** Why a person cannot be added as a co-owner, or null when they can. */
export function coOwnerRefusal(
  candidate: { id: number; role: Role; active: boolean } | null,
  module: ModuleOwnership,
): 'no-account' | 'inactive' | 'cannot-author' | 'already-owner' | 'already-co-owner' | null {
  if (!candidate) return 'no-account';
  if (!candidate.active) return 'inactive';
  if (!can(candidate.role, 'content:author')) return 'cannot-author';
  if (candidate.id === module.ownerId) return 'already-owner';
  if (module.collaboratorIds.includes(candidate.id)) return 'already-co-owner';
  return null;
}

/** A module's draft may be edited by its owner and co-owners, and by admins. */
export function canEditModule(user: { id: number; role: Role }, module: ModuleOwnership): boolean {
  return editorRelation(user, module) !== null;
}

/** A question bank belongs to its owner; admins may manage every bank. */
export function canManageBank(user: { id: number; role: Role }, bank: { ownerId: number | null }): boolean {
  if (!can(user.role, 'content:author')) return false;
  return bank.ownerId === user.id || can(user.role, 'content:edit-any');
}

/** Someone acting on authoring objects. */
export interface Actor {
  id: number;
  role: Role;
}
