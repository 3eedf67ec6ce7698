'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addCollaborator, findCandidate, removeCollaborator } from '@/db/queries/authoring-collaborators';
import { failed, invalid } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEditableModuleApi } from '@/lib/auth/guards';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { publishModule } from '@/lib/commands/publish-module';
import { canManageCollaborators, coOwnerRefusal } from '@/lib/domain/authoring-access';
import { coOwnerSchema, publishSchema } from '@/lib/validation/authoring';
import { saved } from './state';

/**
 * Publishes the draft as a new version with a changelog line. Trainees keep
 * the version they see until this succeeds; their attempts keep theirs.
 */
export const publishAction = formAction('content:publish', publishSchema, (input, { user }) => {
  const owned = requireEditableModuleApi(user, input.moduleId);
  const outcome = publishModule({ moduleId: owned.id, actorId: user.id, changelog: input.changelog, now: new Date(), readCaptions: moduleCaptionsReader(owned.slug) });
  if (!outcome.ok) return failed('publish-blocked', { count: outcome.problems.length });
  revalidatePath(`/author/modules/${owned.id}`, 'layout');
  revalidatePath(`/modules/${owned.slug}`, 'layout');
  revalidatePath('/author');
  const { changed, version } = outcome.result;
  return saved(String(version), changed ? 'published' : 'publishUnchanged');
});

/** Adds a co-owner by email (owners and administrators only). */
export const addCoOwnerAction = formAction('content:author', coOwnerSchema, (input, { user }) => {
  const owned = requireEditableModuleApi(user, input.moduleId);
  if (!canManageCollaborators(owned.relation)) return failed('owner-only');
  const candidate = findCandidate(input.email);
  const refusal = coOwnerRefusal(candidate, owned);
  if (refusal || !candidate) return invalid({ email: { key: `co-owner-${refusal ?? 'no-account'}`, values: { email: input.email } } });
  addCollaborator(owned.id, candidate.id, user.id);
  revalidatePath(`/author/modules/${owned.id}`);
  return saved('', 'coOwnerAdded');
});

const removeCoOwnerSchema = z.object({ moduleId: z.string(), userId: z.coerce.number().int().positive() });

/** Removes a co-owner (owners and administrators only). */
export const removeCoOwnerAction = formAction(
  'content:author',
  removeCoOwnerSchema,
  (input, { user }) => {
    const owned = requireEditableModuleApi(user, input.moduleId);
    if (!canManageCollaborators(owned.relation)) return failed('owner-only');
    if (!owned.collaboratorIds.includes(input.userId)) return failed('stale-form');
    removeCollaborator(owned.id, input.userId, user.id);
    revalidatePath(`/author/modules/${owned.id}`);
    return saved('', 'coOwnerRemoved');
  },
  { invalidKey: 'stale-form' },
);
