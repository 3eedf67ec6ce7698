'use client';

import { useTranslations } from 'next-intl';
import { MAX_NUMBER_LENGTH, readNumber } from './number';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** A typed number; any digits and decimal separator a trainee uses are read, and a non-number is named at once. */
function NumericalField({ id, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  const text = response && 'text' in response ? response.text : '';
  const read = readNumber(text);
  const invalid = 'problem' in read && read.problem === 'not-a-number';
  return (
    <>
      <label htmlFor={id} className="block text-sm text-slate-700">
        {t('yourAnswer')}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        dir="auto"
        maxLength={MAX_NUMBER_LENGTH}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange({ type: 'numerical', text: event.target.value }, 800)}
        className="mt-1 w-full max-w-xs rounded border border-slate-400 px-3 py-2"
      />
      <p id={`${id}-hint`} className={`mt-1 text-sm ${invalid ? 'text-red-700' : 'text-slate-600'}`}>
        {invalid ? t('notANumber') : t('numberHint')}
      </p>
    </>
  );
}

/** A numerical question in an open attempt. */
export const numericalInput: TypeInput = { Field: NumericalField };
