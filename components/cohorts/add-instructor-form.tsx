'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { addInstructorAction } from '@/app/(manager)/manage/cohorts/[id]/actions';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';

/** Chooses one of the instructors not yet in the cohort. */
export function AddInstructorForm({ cohortId, instructors }: { cohortId: number; instructors: { id: number; name: string; email: string }[] }) {
  const t = useTranslations('cohorts');
  const tError = useTranslations('cohortErrors');
  const [state, action, pending] = useActionState(addInstructorAction, idle);
  const { fieldErrors, formError } = formView(state);
  const problem = fieldErrors.userId ?? formError;
  const error = problem ? tError(problem.key, problem.values) : undefined;
  if (instructors.length === 0 && state.status !== 'ok') return <p>{t('noInstructors')}</p>;
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="min-w-64 flex-1">
        <SelectField
          id="instructor"
          name="userId"
          label={t('instructor')}
          placeholder={t('chooseInstructor')}
          options={instructors.map((i) => ({ value: String(i.id), label: t('personOption', { name: i.name, email: i.email }) }))}
          defaultValue=""
          error={error}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t('addInstructor')}
      </Button>
      {state.status === 'ok' && (
        <div className="basis-full">
          <StatusMessage tone="success">{t('done.instructor-added')}</StatusMessage>
        </div>
      )}
    </form>
  );
}
