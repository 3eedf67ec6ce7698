'use client';

import type { QuizResponse } from './registry';
import type { TypeFieldProps } from './input-props';

/** One option to pick (single choice, true/false): radio buttons. Shared by the types whose answer is one option key. */
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
