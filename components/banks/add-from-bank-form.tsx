'use client';

import { useTranslations } from 'next-intl';
import { addFromBankAction } from '@/app/(instructor)/author/modules/[id]/quiz/from-bank/actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import type { BankQuestionRow } from '@/db/queries/question-banks';

interface Props {
  moduleId: number;
  bank: { id: number; name: string };
  questions: BankQuestionRow[];
}

/** Tick bank questions and copy them into the module's draft quiz. */
export function AddFromBankForm({ moduleId, bank, questions }: Props) {
  const t = useTranslations('banks');
  // Run without React's form reset, so the ticked questions stay ticked after a refusal; a success starts afresh.
  const [state, onSubmit, pending] = useFormAction(addFromBankAction);
  const { fieldErrors, formError } = formView(state);
  const error = formError ?? Object.values(fieldErrors)[0];
  return (
    <ClientForm key={state.status === 'ok' ? JSON.stringify(state) : 'form'} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="bankId" value={bank.id} />
      <fieldset
        className={cardClass()}
        aria-describedby={error ? 'add-error' : undefined}
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
      {state.status === 'ok' && <StatusMessage tone="success">{t('fromBank.added', { count: state.data.count })}</StatusMessage>}
      {error && (
        <div id="add-error">
          <StatusMessage tone="error">{t(`errors.${error.key}`)}</StatusMessage>
        </div>
      )}
    </ClientForm>
  );
}
