'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/field-error';
import type { TypeBuilderProps } from '../input-props';

/** True or false: whether the statement is true. */
export function TruefalseBuilder({ form, set, error }: TypeBuilderProps) {
  const t = useTranslations('authoring');
  return (
    <fieldset aria-describedby={error('answer') ? 'answer-error' : undefined}>
      <legend className="font-medium">{t('question.statementIs')}</legend>
      {([true, false] as const).map((value) => (
        <label key={String(value)} className="me-6 inline-flex items-center gap-2">
          <input type="radio" name="tf-answer" checked={form.answer === value} onChange={() => set({ answer: value })} />
          {value ? t('question.true') : t('question.false')}
        </label>
      ))}
      <FieldError id="answer-error" message={error('answer')} />
    </fieldset>
  );
}
