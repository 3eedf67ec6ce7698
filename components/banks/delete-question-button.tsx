'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteQuestionAction } from '@/app/(instructor)/author/banks/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';

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
      {state.status === 'error' && <StatusMessage tone="error">{t(`errors.${state.message.key}`)}</StatusMessage>}
    </form>
  );
}
