import { stringify } from 'yaml';
import type { AssignmentEditorValues } from '@/components/assignments/assignment-editor-form';
import type { AssignmentDraft } from '@/lib/content/snapshot';

/** The editor form's values for a draft assignment (the rubric as YAML, as in a content file). */
export function editorValues(draft: AssignmentDraft): AssignmentEditorValues {
  const { rubric, sources, ...rest } = draft;
  return { ...rest, sources: sources.join(', '), rubric: stringify(rubric, { lineWidth: 0 }) };
}

/** A new assignment's starting values: a two-level rubric to edit. */
export const newAssignmentValues: AssignmentEditorValues = {
  key: '',
  title: '',
  summary: '',
  required: true,
  passMark: 60,
  submission: 'both',
  sources: '',
  brief: '## What to write\n\n\n**Source:** ',
  rubric: stringify(
    [{ key: 'criterion-1', title: 'First criterion', levels: [{ title: 'Not yet', points: 0, descriptor: 'What work at this level looks like.' }, { title: 'Strong', points: 4, descriptor: 'What work at this level looks like.' }] }],
    { lineWidth: 0 },
  ),
};
