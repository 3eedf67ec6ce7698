'use client';

import { useTranslations } from 'next-intl';
import type { QuizResponse } from '@/lib/domain/grading';
import type { TypeFieldProps } from './props';

/** One option to pick (single choice, true/false): radio buttons. */
export function RadioField({ question, id, response, onChange }: TypeFieldProps) {
  const chosen = response && 'optionKey' in response ? response.optionKey : null;
  return question.options.map((option) => (
    <label key={option.key} className="flex items-start gap-2 py-1">
      <input
        type="radio"
        name={id}
        value={option.key}
        checked={chosen === option.key}
        onChange={() => onChange({ type: question.type, optionKey: option.key } as QuizResponse)}
        className="mt-1"
      />
      <span>{option.text}</span>
    </label>
  ));
}

/** Every right option to tick (multiple choice): checkboxes. */
export function CheckboxField({ question, response, onChange }: TypeFieldProps) {
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
