/**
 * Who may change which authoring objects. Pure: the caller loads the rows.
 * Admins (`content:edit-any`) may change everything.
 */
import { can, type Role } from './permissions';

export interface Actor {
  id: number;
  role: Role;
}

/** A question bank belongs to its owner; admins may manage every bank. */
export function canManageBank(actor: Actor, bank: { ownerId: number | null }): boolean {
  if (!can(actor.role, 'content:author')) return false;
  return bank.ownerId === actor.id || can(actor.role, 'content:edit-any');
}

/** A module's draft may be edited by its owner and co-owners (module_collaborators), and by admins. */
export function canEditModule(actor: Actor, module: { ownerId: number | null; collaboratorIds: readonly number[] }): boolean {
  if (!can(actor.role, 'content:author')) return false;
  return module.ownerId === actor.id || module.collaboratorIds.includes(actor.id) || can(actor.role, 'content:edit-any');
}
