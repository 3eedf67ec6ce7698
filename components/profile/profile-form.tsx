'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveProfileAction } from '@/app/(account)/profile/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';
import { localeNames, locales } from '@/lib/i18n/config';
import type { ProfileInput } from '@/lib/validation/profile';

export function ProfileForm({ profile }: { profile: ProfileInput }) {
  const t = useTranslations('profile');
  const [state, action, pending] = useActionState(saveProfileAction, idle);
  const view = formView(state);
  const values: Record<string, string> = state.status === 'invalid' ? view.values : profile;
  const errors = view.fieldErrors;
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field].key}`, errors[field].values) : undefined);
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      <FormField name="name" label={t('name')} defaultValue={values.name} error={error('name')} required maxLength={120} autoComplete="name" />
      <FormField name="country" label={t('country')} defaultValue={values.country} error={error('country')} maxLength={120} autoComplete="country-name" />
      <FormField name="ministry" label={t('ministry')} defaultValue={values.ministry} error={error('ministry')} maxLength={120} autoComplete="organization" />
      <FormField name="jobTitle" label={t('jobTitle')} defaultValue={values.jobTitle} error={error('jobTitle')} maxLength={120} autoComplete="organization-title" />
      <SelectField
        id="preferredLanguage"
        name="preferredLanguage"
        label={t('language')}
        defaultValue={values.preferredLanguage}
        options={locales.map((code) => ({ value: code, label: localeNames[code], lang: code }))}
      />
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
      {state.status === 'ok' && <StatusMessage tone="success">{t('saved')}</StatusMessage>}
    </form>
  );
}
