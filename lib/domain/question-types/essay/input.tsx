'use client';

import { useTranslations } from 'next-intl';
import { MAX_ESSAY_LENGTH, wordCount } from '../answer-limits';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** A free-text answer an instructor grades later; saved after a pause in typing, with a live word count. */
function EssayField({ question, id, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  const text = response && response.type === 'essay' ? response.text : (question.responseTemplate ?? '');
  return (
    <>
      <label htmlFor={id} className="block text-sm text-slate-700">
        {t('yourAnswer')}
      </label>
      <textarea
        id={id}
        dir="auto"
        rows={10}
        maxLength={MAX_ESSAY_LENGTH}
        value={text}
        aria-describedby={`${id}-words ${id}-manual`}
        onChange={(event) => onChange({ type: 'essay', text: event.target.value }, 1500)}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
      />
      <p id={`${id}-words`} className="text-sm text-slate-600" aria-live="polite">
        {t('essayWords', { count: wordCount(text) })}
      </p>
      <p id={`${id}-manual`} className="text-sm text-slate-600">
        {t('essayManual')}
      </p>
    </>
  );
}

/** An essay in an open attempt: a text box, graded later by an instructor. */
export const essayInput: TypeInput = { Field: EssayField };
