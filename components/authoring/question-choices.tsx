'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/field-error';
import type { ChoiceForm } from '@/lib/domain/question-builder';
import { moveIndex } from '@/lib/domain/reorder';
import { buttonStyles } from './fields';

interface Props {
  single: boolean;
  choices: ChoiceForm[];
  onChange: (choices: ChoiceForm[]) => void;
  error: (field: string) => string | undefined;
}

const blank: ChoiceForm = { text: '', correct: false, feedback: '', weight: null };

/** Options of a single- or multiple-choice question, each with its correct flag and feedback. */
export function QuestionChoices({ single, choices, onChange, error }: Props) {
  const t = useTranslations('authoring');
  const update = (index: number, patch: Partial<ChoiceForm>) =>
    onChange(
      choices.map((choice, i) =>
        i === index ? { ...choice, ...patch } : single && patch.correct ? { ...choice, correct: false } : choice,
      ),
    );
  const groupError = error('choices');

  return (
    <fieldset className="space-y-3" aria-describedby={groupError ? 'choices-error' : 'choices-hint'}>
      <legend className="font-medium">{t('question.options')}</legend>
      <p id="choices-hint" className="text-sm text-slate-600">
        {single ? t('question.singleHint') : t('question.multipleHint')}
      </p>
      <FieldError id="choices-error" message={groupError} />
      <ol className="space-y-3">
        {choices.map((choice, index) => {
          const n = index + 1;
          const textError = error(`choices.${index}.text`);
          return (
            <li key={index} className="space-y-2 rounded border border-slate-200 p-3">
              <div className="flex flex-wrap items-end gap-3">
                <div className="min-w-64 flex-1">
                  <label htmlFor={`choice-${index}`} className="block text-sm font-medium">
                    {t('question.option', { n })}
                  </label>
                  <input
                    id={`choice-${index}`}
                    value={choice.text}
                    onChange={(e) => update(index, { text: e.target.value })}
                    aria-invalid={Boolean(textError)}
                    aria-describedby={textError ? `choice-${index}-error` : undefined}
                    className="mt-1 w-full rounded border border-slate-400 px-3 py-1.5"
                  />
                  <FieldError id={`choice-${index}-error`} message={textError} />
                </div>
                <label className="flex items-center gap-2 pb-2">
                  <input
                    type={single ? 'radio' : 'checkbox'}
                    name="correct-choice"
                    checked={choice.correct}
                    onChange={(e) => update(index, { correct: single ? true : e.target.checked })}
                  />
                  {t('question.correct', { n })}
                </label>
              </div>
              <div>
                <label htmlFor={`choice-${index}-feedback`} className="block text-sm">
                  {t('question.feedback', { n })}
                </label>
                <input
                  id={`choice-${index}-feedback`}
                  value={choice.feedback}
                  onChange={(e) => update(index, { feedback: e.target.value })}
                  className="mt-1 w-full rounded border border-slate-400 px-3 py-1.5"
                />
              </div>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  disabled={index === 0}
                  onClick={() => onChange(moveIndex(choices, index, 'up'))}
                  aria-label={t('question.moveOptionUp', { n })}
                  className={buttonStyles.small}
                >
                  {t('common.moveUp')}
                </button>
                <button
                  type="button"
                  disabled={index === choices.length - 1}
                  onClick={() => onChange(moveIndex(choices, index, 'down'))}
                  aria-label={t('question.moveOptionDown', { n })}
                  className={buttonStyles.small}
                >
                  {t('common.moveDown')}
                </button>
                <button
                  type="button"
                  onClick={() => onChange(choices.filter((_, i) => i !== index))}
                  aria-label={t('question.removeOption', { n })}
                  className={buttonStyles.danger}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...choices, blank])} className={buttonStyles.secondary}>
        {t('question.addOption')}
      </button>
    </fieldset>
  );
}
