'use server';

import { revalidatePath } from 'next/cache';
import { addCollaborator, findCandidate, removeCollaborator } from '@/db/queries/authoring-collaborators';
import { requireEditableModule } from '@/lib/authoring/access';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { publishModule } from '@/lib/commands/publish-module';
import { canManageCollaborators, coOwnerRefusal } from '@/lib/domain/authoring-access';
import { coOwnerSchema, fieldErrors, publishSchema } from '@/lib/validation/authoring';
import { formError, idField, textFields, type EditState } from './state';

/**
 * Publishes the draft as a new version with a changelog line. Trainees keep
 * the version they see until this succeeds; their attempts keep theirs.
 */
export async function publishAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user, module: owned } = await requireEditableModule(idField(form, 'moduleId'), undefined, 'content:publish');
  const raw = textFields(form, ['moduleId', 'changelog']);
  const input = publishSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  const outcome = publishModule({ moduleId: owned.id, actorId: user.id, changelog: input.data.changelog, now: new Date(), readCaptions: moduleCaptionsReader(owned.slug) });
  if (!outcome.ok) return formError('publish-blocked', { count: outcome.problems.length });
  revalidatePath(`/author/modules/${owned.id}`, 'layout');
  revalidatePath(`/modules/${owned.slug}`, 'layout');
  revalidatePath('/author');
  const { changed, version } = outcome.result;
  return { status: 'saved', revision: String(version), notice: changed ? 'published' : 'publishUnchanged', savedAt: Date.now() };
}

/** Adds a co-owner by email (owners and administrators only). */
export async function addCoOwnerAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user, module: owned } = await requireEditableModule(idField(form, 'moduleId'));
  if (!canManageCollaborators(owned.relation)) return formError('owner-only');
  const raw = textFields(form, ['moduleId', 'email']);
  const input = coOwnerSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  const candidate = findCandidate(input.data.email);
  const refusal = coOwnerRefusal(candidate, owned);
  if (refusal || !candidate)
    return { status: 'invalid', errors: { email: { key: `co-owner-${refusal ?? 'no-account'}`, values: { email: input.data.email } } } };
  addCollaborator(owned.id, candidate.id, user.id);
  revalidatePath(`/author/modules/${owned.id}`);
  return { status: 'saved', revision: '', notice: 'coOwnerAdded', savedAt: Date.now() };
}

/** Removes a co-owner (owners and administrators only). */
export async function removeCoOwnerAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user, module: owned } = await requireEditableModule(idField(form, 'moduleId'));
  if (!canManageCollaborators(owned.relation)) return formError('owner-only');
  const userId = idField(form, 'userId');
  if (!owned.collaboratorIds.includes(userId)) return formError('stale-form');
  removeCollaborator(owned.id, userId, user.id);
  revalidatePath(`/author/modules/${owned.id}`);
  return { status: 'saved', revision: '', notice: 'coOwnerRemoved', savedAt: Date.now() };
}
