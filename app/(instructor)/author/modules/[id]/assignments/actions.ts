'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalid } from '@/lib/actions/action-state';
import { formAction, textFields } from '@/lib/actions/form-action';
import { requireEditableModuleApi } from '@/lib/auth/guards';
import { saveDraftAssignment } from '@/lib/commands/author-assignment';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { assignmentEditorSchema, parseRubricYaml } from '@/lib/validation/assignment-editor';

const fields = ['moduleId', 'isNew', 'key', 'title', 'summary', 'required', 'passMark', 'submission', 'sources', 'brief', 'rubric'] as const;

/**
 * Saves an assignment of a module's draft from the editor form: only an
 * owner or co-owner (403); every field checked, the rubric read as YAML
 * with the problem's place named; nothing saved when anything is wrong.
 * Errors are keys under `assignmentAuthoring.errors`.
 */
export const saveAssignmentAction = formAction(
  'content:author',
  assignmentEditorSchema,
  (input, { user, form, values }) => {
    const raw = textFields(form, fields);
    const owned = requireEditableModuleApi(user, raw.moduleId);
    const rubric = parseRubricYaml(input.rubric);
    if (!rubric.ok) return invalid({ rubric: { key: 'rubric', values: { where: rubric.where, problem: rubric.problem } } }, values);
    const nesting = markdownNestingIssue(input.brief);
    if (nesting) return invalid({ brief: { key: 'brief-nesting' } }, values);
    const { rubric: _text, ...rest } = input;
    saveDraftAssignment({ moduleId: owned.id, assignment: { ...rest, rubric: rubric.rubric }, isNew: raw.isNew === '1', now: new Date() });
    revalidatePath(`/author/modules/${owned.id}`);
    redirect(`/author/modules/${owned.id}#assignments-heading`);
  },
  {
    read: (form) => textFields(form, fields),
    errors: { 'conflict:key-taken': 'key-taken', 'not-found': 'not-found', forbidden: 'forbidden' },
  },
);
