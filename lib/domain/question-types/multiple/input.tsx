'use client';

import { useTranslations } from 'next-intl';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** Every right option to tick (multiple choice): checkboxes. */
function CheckboxField({ question, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  const chosen = new Set(response && 'optionKeys' in response ? response.optionKeys : []);
  return (
    <>
      <p className="mb-1 text-sm text-slate-600">{t('chooseAll')}</p>
      {question.options.map((option) => (
        <label key={option.key} className="flex items-start gap-2 py-1">
          <input
            type="checkbox"
            checked={chosen.has(option.key)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.key);
              else next.delete(option.key);
              onChange({ type: 'multiple', optionKeys: question.options.map((o) => o.key).filter((k) => next.has(k)) });
            }}
            className="mt-1"
          />
          <span>{option.text}</span>
        </label>
      ))}
    </>
  );
}

/** Multiple choice in an open attempt. */
export const multipleInput: TypeInput = { Field: CheckboxField };
