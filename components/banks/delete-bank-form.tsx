'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteBankAction } from '@/app/(instructor)/author/banks/actions';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';

/** Deleting is behind a disclosure, so one stray click cannot do it. */
export function DeleteBankForm({ bankId, name, questionCount }: { bankId: number; name: string; questionCount: number }) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(deleteBankAction, idle);
  return (
    <details className="rounded border border-red-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-red-800">{t('deleteTitle')}</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="bankId" value={bankId} />
        <p>{t('deleteText', { count: questionCount })}</p>
        <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          {t('deleteConfirm', { name })}
        </button>
        {state.status === 'error' && <StatusMessage tone="error">{t(`errors.${state.message.key}`)}</StatusMessage>}
      </form>
    </details>
  );
}
