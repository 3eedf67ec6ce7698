'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteQuestionAction } from '@/app/(instructor)/author/banks/actions';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';

export function DeleteQuestionButton({ bankId, questionId, questionKey }: { bankId: number; questionId: number; questionKey: string }) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(deleteQuestionAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="bankId" value={bankId} />
      <input type="hidden" name="questionId" value={questionId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('deleteQuestionLabel', { key: questionKey })}
        className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100"
      >
        {t('deleteQuestion')}
      </button>
      {state.status === 'error' && <StatusMessage tone="error">{t(`errors.${state.message.key}`)}</StatusMessage>}
    </form>
  );
}
