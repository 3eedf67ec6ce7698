'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setReportQuoteAction } from '@/app/(manager)/manage/surveys/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';

interface Props {
  surveyId: number;
  responseId: number;
  questionKey: string;
  selected: boolean;
}

/** Marks a free-text answer as a quote for the programme report, or takes it out again. */
export function QuoteButton({ surveyId, responseId, questionKey, selected }: Props) {
  const t = useTranslations('surveyResults');
  const tError = useTranslations('surveyErrors');
  const [state, run, pending] = useActionState(setReportQuoteAction, idle);
  return (
    <form action={run} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="questionKey" value={questionKey} />
      <input type="hidden" name="selected" value={selected ? 'no' : 'yes'} />
      <Button type="submit" variant="secondary" size="xs" disabled={pending}>
        {selected ? t('unquote') : t('quote')}
      </Button>
      {state.status === 'error' && <StatusMessage tone="error">{tError(state.message.key)}</StatusMessage>}
    </form>
  );
}
