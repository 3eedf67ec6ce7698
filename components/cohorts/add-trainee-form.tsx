'use client';

import { useTranslations } from 'next-intl';
import { addTraineeAction } from '@/app/(manager)/manage/cohorts/[id]/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { localeNames, locales } from '@/lib/i18n/config';
import { OneTimeLinks } from './one-time-links';

/** One trainee by email: the profile fields are used only when no account has the address yet. */
export function AddTraineeForm({ cohortId }: { cohortId: number }) {
  const t = useTranslations('cohorts');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(addTraineeAction);
  const { fieldErrors: errors, values, formError } = formView(state);
  const error = (field: string) => (errors[field] ? tError(errors[field].key, errors[field].values) : undefined);
  return (
    <div className="space-y-4">
      <ClientForm key={state.status === 'ok' ? JSON.stringify(state) : 'form'} onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" aria-describedby="add-trainee-hint">
        <p id="add-trainee-hint" className="text-slate-700 md:col-span-2">
          {t('addTraineeHint')}
        </p>
        <input type="hidden" name="cohortId" value={cohortId} />
        <FormField id="trainee-email" name="email" type="email" label={t('email')} defaultValue={values.email} error={error('email')} required autoComplete="off" />
        <FormField id="trainee-name" name="name" label={t('traineeName')} defaultValue={values.name} error={error('name')} maxLength={120} autoComplete="off" />
        <FormField id="trainee-country" name="country" label={t('country')} defaultValue={values.country} error={error('country')} maxLength={120} />
        <FormField id="trainee-ministry" name="ministry" label={t('ministry')} defaultValue={values.ministry} error={error('ministry')} maxLength={120} />
        <FormField id="trainee-job" name="jobTitle" label={t('jobTitle')} defaultValue={values.jobTitle} error={error('jobTitle')} maxLength={120} />
        <SelectField
          id="trainee-language"
          name="language"
          label={t('language')}
          options={locales.map((locale) => ({ value: locale, label: localeNames[locale] }))}
          defaultValue={values.language ?? 'en'}
          error={error('language')}
        />
        <div className="space-y-2 md:col-span-2">
          {formError && <StatusMessage tone="error">{tError(formError.key, formError.values)}</StatusMessage>}
          <Button type="submit" disabled={pending}>
            {t('addTrainee')}
          </Button>
        </div>
      </ClientForm>
      {state.status === 'ok' && <StatusMessage tone="success">{t(`done.${state.message?.key}`, { name: state.data.name })}</StatusMessage>}
      {state.status === 'ok' && <OneTimeLinks links={state.data.links} />}
    </div>
  );
}
