'use client';

import { useTranslations } from 'next-intl';
import { saveAssignmentAction } from '@/app/(instructor)/author/modules/[id]/assignments/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { Select, TextArea } from '@/components/ui/controls';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

/** What the form starts with (a new assignment's defaults, or the draft's). */
export interface AssignmentEditorValues {
  key: string;
  title: string;
  summary: string;
  required: boolean;
  passMark: number;
  submission: 'text' | 'files' | 'both';
  sources: string;
  brief: string;
  rubric: string;
}

/** Adds or edits one assignment of a module draft; what was typed stays after a refusal. */
export function AssignmentEditorForm({ moduleId, isNew, initial }: { moduleId: number; isNew: boolean; initial: AssignmentEditorValues }) {
  const t = useTranslations('assignmentAuthoring');
  const [state, onSubmit, pending] = useFormAction(saveAssignmentAction);
  const { fieldErrors, values, formError } = formView(state);
  const error = (name: string) => (fieldErrors[name] ? t(`errors.${fieldErrors[name].key}`, fieldErrors[name].values) : undefined);
  const value = (name: keyof AssignmentEditorValues) => values[name] ?? String(initial[name]);
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="isNew" value={isNew ? '1' : ''} />
      {isNew ? (
        <FormField name="key" label={t('key')} hint={t('keyHint')} defaultValue={value('key')} error={error('key')} />
      ) : (
        <input type="hidden" name="key" value={initial.key} />
      )}
      <FormField name="title" label={t('title')} dir="auto" defaultValue={value('title')} error={error('title')} />
      <FormField name="summary" label={t('summary')} dir="auto" defaultValue={value('summary')} error={error('summary')} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="required" defaultChecked={values.required !== undefined ? values.required === 'on' : initial.required} />
        {t('required')}
      </label>
      <FormField name="passMark" label={t('passMark')} inputMode="numeric" defaultValue={value('passMark')} error={error('passMark')} />
      <FieldFrame id="submission" label={t('submission')} error={error('submission')}>
        <Select id="submission" name="submission" defaultValue={value('submission')} aria-describedby={describedBy('submission', undefined, error('submission'))}>
          <option value="text">{t('submissionKind.text')}</option>
          <option value="files">{t('submissionKind.files')}</option>
          <option value="both">{t('submissionKind.both')}</option>
        </Select>
      </FieldFrame>
      <FormField name="sources" label={t('sources')} hint={t('sourcesHint')} defaultValue={value('sources')} error={error('sources')} />
      <FieldFrame id="brief" label={t('brief')} hint={t('briefHint')} error={error('brief')}>
        <TextArea id="brief" name="brief" dir="auto" rows={12} className="font-mono text-sm" defaultValue={value('brief')} aria-describedby={describedBy('brief', t('briefHint'), error('brief'))} />
      </FieldFrame>
      <FieldFrame id="rubric" label={t('rubric')} hint={t('rubricHint')} error={error('rubric')}>
        <TextArea id="rubric" name="rubric" dir="ltr" rows={14} className="font-mono text-sm" defaultValue={value('rubric')} aria-describedby={describedBy('rubric', t('rubricHint'), error('rubric'))} />
      </FieldFrame>
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`)}</StatusMessage>}
    </ClientForm>
  );
}
