'use client';

import { useTranslations } from 'next-intl';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** Each item with a select of the (shuffled) right-hand choices. */
function MatchingField({ question, id, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  const pairs = response && 'pairs' in response ? response.pairs : {};
  return question.options.map((left) => (
    <div key={left.key} className="flex flex-wrap items-center gap-2 py-1">
      <label htmlFor={`${id}-${left.key}`} className="min-w-40">
        {left.text}
      </label>
      <select
        id={`${id}-${left.key}`}
        value={pairs[left.key] ?? ''}
        onChange={(event) => onChange({ type: 'matching', pairs: { ...pairs, [left.key]: event.target.value } })}
        className="rounded border border-slate-400 px-2 py-1"
      >
        <option value="">{t('chooseMatch')}</option>
        {(question.matchChoices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {question.matchLabels?.[choice] ?? choice}
          </option>
        ))}
      </select>
    </div>
  ));
}

/** Matching in an open attempt. */
export const matchingInput: TypeInput = { Field: MatchingField };
