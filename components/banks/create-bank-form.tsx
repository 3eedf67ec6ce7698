'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createBankAction } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';

/** Creates a bank; on success the action opens it. */
export function CreateBankForm() {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(createBankAction, idle);
  const { fieldErrors, values, formError } = formView(state);
  const nameError = fieldErrors.name;
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <FormField
          name="name"
          id="new-bank-name"
          label={t('name')}
          defaultValue={values.name}
          error={nameError ? t(`errors.${nameError.key}`) : undefined}
          required
          maxLength={120}
          autoComplete="off"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t('create')}
      </Button>
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`)}</StatusMessage>}
    </form>
  );
}
