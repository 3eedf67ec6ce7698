'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createUserAction } from '@/app/(admin)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';
import { roles } from '@/lib/domain/permissions';
import { localeNames, locales } from '@/lib/i18n/config';

export function CreateUserForm() {
  const t = useTranslations('admin');
  const tRoles = useTranslations('roles');
  const [state, action, pending] = useActionState(createUserAction, idle);
  const { fieldErrors: errors, values } = formView(state);
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field].key}`, errors[field].values) : undefined);
  return (
    <form
      action={action}
      noValidate
      className="grid gap-4 md:grid-cols-2"
      key={state.status === 'ok' ? JSON.stringify(state.message) : 'form'}
    >
      <FormField name="name" label={t('name')} defaultValue={values.name} error={error('name')} required maxLength={120} autoComplete="off" />
      <FormField name="email" type="email" label={t('email')} defaultValue={values.email} error={error('email')} required autoComplete="off" />
      <SelectField
        id="new-user-role"
        name="role"
        label={t('role')}
        defaultValue={values.role ?? 'trainee'}
        options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <FormField name="country" label={t('country')} defaultValue={values.country} error={error('country')} maxLength={120} />
      <FormField name="ministry" label={t('ministry')} defaultValue={values.ministry} error={error('ministry')} maxLength={120} />
      <FormField name="jobTitle" label={t('jobTitle')} defaultValue={values.jobTitle} error={error('jobTitle')} maxLength={120} />
      <SelectField
        id="new-user-language"
        name="preferredLanguage"
        label={t('language')}
        options={locales.map((locale) => ({ value: locale, label: localeNames[locale] }))}
        defaultValue={values.preferredLanguage ?? 'en'}
        error={error('preferredLanguage')}
      />
      <FormField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        error={error('password')}
        required
        autoComplete="new-password"
      />
      <div className="space-y-2 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {t('create')}
        </Button>
        {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(state.message.key, state.message.values)}</StatusMessage>}
      </div>
    </form>
  );
}
