'use client';

import { useTranslations } from 'next-intl';
import { setDueDateAction } from '@/app/(manager)/manage/cohorts/[id]/assignment-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

interface DueDateFormProps {
  cohortId: number;
  moduleId: number;
  assignmentKey: string;
  /** The label naming the assignment ("Module: title"). */
  label: string;
  /** The current due date as the cohort's local "YYYY-MM-DDTHH:mm", or '' for none. */
  dueLocal: string;
  zone: string;
}

/** One assignment's due date in the cohort's time zone: save, or clear it. */
export function DueDateForm({ cohortId, moduleId, assignmentKey, label, dueLocal, zone }: DueDateFormProps) {
  const t = useTranslations('assignmentDueDates');
  const [state, onSubmit, pending] = useFormAction(setDueDateAction);
  const { fieldErrors, values, formError } = formView(state);
  const id = `due-${moduleId}-${assignmentKey}`;
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="assignment" value={assignmentKey} />
      <FormField
        id={id}
        name="dueLocal"
        type="datetime-local"
        label={`${label} — ${t('dueLocal')}`}
        hint={zone}
        defaultValue={values.dueLocal ?? dueLocal}
        error={fieldErrors.dueLocal ? t(`errors.${fieldErrors.dueLocal.key}`) : undefined}
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {t('save')}
        </Button>
        <Button type="submit" name="clear" value="1" variant="secondary" disabled={pending}>
          {t('clear')}
        </Button>
      </div>
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(state.message.key)}</StatusMessage>}
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`)}</StatusMessage>}
    </ClientForm>
  );
}
