'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { renameBankAction, type BankFormState } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';

const idle: BankFormState = { status: 'idle' };
const fieldErrors = new Set(['name-required', 'name-too-long']);

export function RenameBankForm({ bankId, name }: { bankId: number; name: string }) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(renameBankAction, idle);
  const error = state.status === 'invalid' ? state.error : null;
  const value = state.status === 'invalid' ? state.values?.name : state.status === 'done' ? state.values.name : name;
  return (
    <form action={action} noValidate className="space-y-2">
      <input type="hidden" name="bankId" value={bankId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <FormField
            name="name"
            id="bank-name"
            label={t('name')}
            defaultValue={value}
            error={error && fieldErrors.has(error) ? t(`errors.${error}`) : undefined}
            required
            maxLength={120}
            autoComplete="off"
          />
        </div>
        <Button type="submit" disabled={pending} variant="secondary">
          {t('rename')}
        </Button>
      </div>
      {state.status === 'done' && <StatusMessage tone="success">{t(state.message, state.values)}</StatusMessage>}
      {error && !fieldErrors.has(error) && <StatusMessage tone="error">{t(`errors.${error}`)}</StatusMessage>}
    </form>
  );
}
