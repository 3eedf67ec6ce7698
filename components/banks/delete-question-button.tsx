'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteQuestionAction, type BankFormState } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

const idle: BankFormState = { status: 'idle' };

export function DeleteQuestionButton({ bankId, questionId, questionKey }: { bankId: number; questionId: number; questionKey: string }) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(deleteQuestionAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="bankId" value={bankId} />
      <input type="hidden" name="questionId" value={questionId} />
      <Button
        type="submit"
        disabled={pending}
        aria-label={t('deleteQuestionLabel', { key: questionKey })}
        variant="secondary"
        size="xs"
      >
        {t('deleteQuestion')}
      </Button>
      {state.status === 'invalid' && <StatusMessage tone="error">{t(`errors.${state.error}`)}</StatusMessage>}
    </form>
  );
}
