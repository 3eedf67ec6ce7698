'use client';

import { useTranslations } from 'next-intl';
import { MAX_SHORT_ANSWER_LENGTH } from '../answer-limits';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** A typed answer; saved after a pause in typing rather than on every key. */
function ShortField({ id, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  return (
    <>
      <label htmlFor={id} className="block text-sm text-slate-700">
        {t('yourAnswer')}
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        maxLength={MAX_SHORT_ANSWER_LENGTH}
        value={response && 'text' in response ? response.text : ''}
        onChange={(event) => onChange({ type: 'short', text: event.target.value }, 800)}
        className="mt-1 w-full max-w-md rounded border border-slate-400 px-3 py-2"
      />
    </>
  );
}

/** A short answer in an open attempt. */
export const shortInput: TypeInput = { Field: ShortField };
