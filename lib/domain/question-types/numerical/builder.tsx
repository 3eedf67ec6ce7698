'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/field-error';
import { buttonStyles } from '@/components/authoring/fields';
import type { TypeBuilderProps } from '../input-props';
import type { AnswerForm } from '.';

interface NumericalRowsProps {
  answers: AnswerForm[];
  onChange: (answers: AnswerForm[]) => void;
  error: (field: string) => string | undefined;
}

const columns = ['value', 'tolerance', 'weight', 'feedback'] as const;
const labelKey = {
  value: 'numericalValue',
  tolerance: 'numericalTolerance',
  weight: 'numericalWeight',
  feedback: 'numericalFeedback',
} as const;

/** Numerical answers: each a number with its tolerance, the share of the marks it earns and optional feedback. */
function NumericalRows({ answers, onChange, error }: NumericalRowsProps) {
  const t = useTranslations('authoring');
  const groupError = error('answers');
  const update = (index: number, column: (typeof columns)[number], value: string) =>
    onChange(answers.map((a, i) => (i === index ? { ...a, [column]: value } : a)));
  return (
    <fieldset className="space-y-2" aria-describedby={groupError ? 'answers-error' : 'answers-hint'}>
      <legend className="font-medium">{t('question.numericalAnswers')}</legend>
      <p id="answers-hint" className="text-sm text-slate-600">
        {t('question.numericalHint')}
      </p>
      <FieldError id="answers-error" message={groupError} />
      <ol className="space-y-2">
        {answers.map((answer, index) => {
          const n = index + 1;
          return (
            <li key={index} className="flex flex-wrap items-start gap-2">
              {columns.map((column) => {
                const id = `answer-${index}-${column}`;
                const cellError = error(`answers.${index}.${column}`);
                return (
                  <div key={column} className={column === 'feedback' ? 'min-w-48 flex-1' : 'w-28'}>
                    <label htmlFor={id} className="block text-sm">
                      {t(`question.${labelKey[column]}`, { n })}
                    </label>
                    <input
                      id={id}
                      dir={column === 'feedback' ? 'auto' : 'ltr'}
                      inputMode={column === 'feedback' ? undefined : 'decimal'}
                      value={answer[column]}
                      onChange={(e) => update(index, column, e.target.value)}
                      aria-invalid={Boolean(cellError)}
                      aria-describedby={cellError ? `${id}-error` : undefined}
                      className="mt-1 w-full rounded border border-slate-400 px-3 py-1.5"
                    />
                    <FieldError id={`${id}-error`} message={cellError} />
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => onChange(answers.filter((_, i) => i !== index))}
                aria-label={t('question.numericalRemove', { n })}
                className={`${buttonStyles.danger} mt-6`}
              >
                {t('common.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...answers, { value: '', tolerance: '0', weight: '100', feedback: '' }])}
        className={buttonStyles.secondary}
      >
        {t('question.numericalAdd')}
      </button>
    </fieldset>
  );
}

/** Numerical: the answers an author writes. */
export function NumericalBuilder({ form, set, error }: TypeBuilderProps) {
  return <NumericalRows answers={form.answers} onChange={(answers) => set({ answers })} error={error} />;
}
