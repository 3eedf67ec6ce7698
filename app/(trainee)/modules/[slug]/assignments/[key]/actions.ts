'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { SessionUser } from '@/db/queries/users';
import { ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEnrolledModuleApi } from '@/lib/auth/guards';
import { saveAssignmentDraft, submitAssignment } from '@/lib/commands/assignment-work';
import { slugSchema } from '@/lib/validation/learning';

/*
 * The trainee's side of an assignment. Errors are catalog keys under
 * `assignments.errors`: the rule's own reason (closed, awaiting-grade,
 * files-required …) or the kind of refusal.
 */
const target = { module: slugSchema, assignment: slugSchema };
const draftSchema = z.object({ ...target, text: z.string(), remove: z.string() });
const submitSchema = z.object(target);
const errors = {
  'conflict:closed': 'closed',
  'conflict:awaiting-grade': 'awaiting-grade',
  'conflict:accepted': 'accepted',
  'conflict:no-draft': 'no-draft',
  'invalid:empty': 'empty',
  'invalid:text-required': 'text-required',
  'invalid:files-required': 'files-required',
  'invalid:too-many-files': 'too-many-files',
  'invalid:text-too-long': 'text-too-long',
  'forbidden:not-enrolled': 'forbidden',
};

function targetOf(user: SessionUser, input: { module: string; assignment: string }) {
  const courseModule = requireEnrolledModuleApi(user, input.module);
  return { courseModule, target: { userId: user.id, moduleId: courseModule.id, assignmentKey: input.assignment } };
}

/** Auto-save of the draft: the text as typed, and a file removed when `remove` names one. */
export const saveAssignmentDraftAction = formAction(
  'learning:view',
  draftSchema,
  (input, { user }) => {
    const { target: work } = targetOf(user, input);
    const saved = saveAssignmentDraft({ ...work, change: { text: input.text, ...(input.remove ? { remove: [input.remove] } : {}) }, now: new Date() });
    return ok({ savedAt: saved.savedAt.toISOString(), files: saved.files });
  },
  { invalidKey: 'invalid', errors },
);

/** Submits the saved draft for grading. */
export const submitAssignmentAction = formAction(
  'learning:view',
  submitSchema,
  (input, { user }) => {
    const { courseModule, target: work } = targetOf(user, input);
    const sent = submitAssignment({ ...work, now: new Date() });
    revalidatePath(`/modules/${courseModule.slug}/assignments/${input.assignment}`);
    revalidatePath(`/modules/${courseModule.slug}`);
    return ok({ late: sent.late }, sent.late ? 'submittedLate' : 'submitted');
  },
  { invalidKey: 'invalid', errors },
);
