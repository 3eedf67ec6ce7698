'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createBankAction, type BankFormState } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';

const idle: BankFormState = { status: 'idle' };
const fieldErrors = new Set(['name-required', 'name-too-long']);

/** Creates a bank; on success the action opens it. */
export function CreateBankForm() {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(createBankAction, idle);
  const error = state.status === 'invalid' ? state.error : null;
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <FormField
          name="name"
          id="new-bank-name"
          label={t('name')}
          defaultValue={state.status === 'invalid' ? state.values?.name : undefined}
          error={error && fieldErrors.has(error) ? t(`errors.${error}`) : undefined}
          required
          maxLength={120}
          autoComplete="off"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t('create')}
      </Button>
      {error && !fieldErrors.has(error) && <StatusMessage tone="error">{t(`errors.${error}`)}</StatusMessage>}
    </form>
  );
}
