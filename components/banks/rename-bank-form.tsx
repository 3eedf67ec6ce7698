'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { renameBankAction } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';

export function RenameBankForm({ bankId, name }: { bankId: number; name: string }) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(renameBankAction, idle);
  const { fieldErrors, values, formError } = formView(state);
  const { name: nameError, ...otherErrors } = fieldErrors;
  // A refusal of the hidden bank id is about the form as a whole.
  const wholeError = formError ?? Object.values(otherErrors)[0];
  const value = state.status === 'ok' ? state.data.name : state.status === 'idle' ? name : values.name;
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
            error={nameError ? t(`errors.${nameError.key}`) : undefined}
            required
            maxLength={120}
            autoComplete="off"
          />
        </div>
        <Button type="submit" disabled={pending} variant="secondary">
          {t('rename')}
        </Button>
      </div>
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(state.message.key, state.message.values)}</StatusMessage>}
      {wholeError && <StatusMessage tone="error">{t(`errors.${wholeError.key}`)}</StatusMessage>}
    </form>
  );
}
