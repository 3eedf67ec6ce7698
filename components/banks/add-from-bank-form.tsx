'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { addFromBankAction, type AddFromBankState } from '@/app/(instructor)/author/modules/[id]/quiz/from-bank/actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { StatusMessage } from '@/components/ui/status-message';
import type { BankQuestionRow } from '@/db/queries/question-banks';

const idle: AddFromBankState = { status: 'idle' };

interface Props {
  moduleId: number;
  bank: { id: number; name: string };
  questions: BankQuestionRow[];
}

/** Tick bank questions and copy them into the module's draft quiz. */
export function AddFromBankForm({ moduleId, bank, questions }: Props) {
  const t = useTranslations('banks');
  const [state, action, pending] = useActionState(addFromBankAction, idle);
  const checked = new Set(state.status === 'invalid' ? state.checked : []);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="bankId" value={bank.id} />
      <fieldset
        className={cardClass()}
        aria-describedby={state.status === 'invalid' ? 'add-error' : undefined}
      >
        <legend className="px-1 font-semibold">{t('fromBank.pick', { bank: bank.name })}</legend>
        <ul className="space-y-2">
          {questions.map((question) => (
            <li key={question.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`pick-${question.id}`}
                name="questionIds"
                value={question.id}
                defaultChecked={checked.has(question.id)}
                className="mt-1"
              />
              <label htmlFor={`pick-${question.id}`}>
                <span className="whitespace-pre-line">{question.prompt}</span>{' '}
                <span className="text-sm text-slate-600">({t(`types.${question.type}`)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t('fromBank.add')}
      </Button>
      {state.status === 'done' && <StatusMessage tone="success">{t('fromBank.added', { count: state.count })}</StatusMessage>}
      {state.status === 'invalid' && (
        <div id="add-error">
          <StatusMessage tone="error">{t(`errors.${state.error}`)}</StatusMessage>
        </div>
      )}
    </form>
  );
}
