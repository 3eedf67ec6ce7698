'use client';

import { useTranslations } from 'next-intl';
import { addTraineeAction, type MemberActionState } from '@/app/(manager)/manage/cohorts/[id]/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { OneTimeLinks } from './one-time-links';
import { useFormAction } from './use-form-action';

const idle: MemberActionState = { status: 'idle' };

/** One trainee by email: the profile fields are used only when no account has the address yet. */
export function AddTraineeForm({ cohortId }: { cohortId: number }) {
  const t = useTranslations('cohorts');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(addTraineeAction, idle);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? state.values : {};
  const error = (field: string) => (errors[field] ? tError(errors[field]) : undefined);
  return (
    <div className="space-y-4">
      <form key={state.status === 'done' ? JSON.stringify(state) : 'form'} onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" aria-describedby="add-trainee-hint">
        <p id="add-trainee-hint" className="text-slate-700 md:col-span-2">
          {t('addTraineeHint')}
        </p>
        <input type="hidden" name="cohortId" value={cohortId} />
        <FormField id="trainee-email" name="email" type="email" label={t('email')} defaultValue={values.email} error={error('email')} required autoComplete="off" />
        <FormField id="trainee-name" name="name" label={t('traineeName')} defaultValue={values.name} error={error('name')} maxLength={120} autoComplete="off" />
        <FormField id="trainee-country" name="country" label={t('country')} defaultValue={values.country} error={error('country')} maxLength={120} />
        <FormField id="trainee-ministry" name="ministry" label={t('ministry')} defaultValue={values.ministry} error={error('ministry')} maxLength={120} />
        <FormField id="trainee-job" name="jobTitle" label={t('jobTitle')} defaultValue={values.jobTitle} error={error('jobTitle')} maxLength={120} />
        <div className="space-y-2 md:col-span-2">
          {errors.form && <StatusMessage tone="error">{tError(errors.form)}</StatusMessage>}
          <Button type="submit" disabled={pending}>
            {t('addTrainee')}
          </Button>
        </div>
      </form>
      {state.status === 'done' && <StatusMessage tone="success">{t(`done.${state.message}`, { name: state.name })}</StatusMessage>}
      {state.status === 'done' && <OneTimeLinks links={state.links} />}
    </div>
  );
}
