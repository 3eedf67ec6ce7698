'use client';

import { useTranslations } from 'next-intl';
import type { PublicQuestion } from '@/lib/domain/attempt-layout';
import type { QuizResponse } from '@/lib/domain/grading';
import { OrderingField } from './ordering-field';

interface Props {
  question: PublicQuestion;
  number: number;
  response: QuizResponse | undefined;
  onChange: (response: QuizResponse, delayMs?: number) => void;
}

/** One question of an open attempt, as the input its type needs. */
export function QuestionField({ question, number, response, onChange }: Props) {
  const t = useTranslations('quiz');
  const id = `q-${question.key}`;
  const legend = (
    <legend className="mb-2 font-medium">
      <span className="me-2 text-slate-600">{t('questionNumber', { n: number })}</span>{' '}
      {question.prompt} <span className="text-sm text-slate-600">{t('points', { points: question.points })}</span>
    </legend>
  );

  switch (question.type) {
    case 'single':
    case 'truefalse': {
      const chosen = response && 'optionKey' in response ? response.optionKey : null;
      return (
        <fieldset>
          {legend}
          {question.options.map((option) => (
            <label key={option.key} className="flex items-start gap-2 py-1">
              <input
                type="radio"
                name={id}
                value={option.key}
                checked={chosen === option.key}
                onChange={() => onChange({ type: question.type as 'single', optionKey: option.key })}
                className="mt-1"
              />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'multiple': {
      const chosen = new Set(response && 'optionKeys' in response ? response.optionKeys : []);
      return (
        <fieldset>
          {legend}
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
        </fieldset>
      );
    }
    case 'short':
      return (
        <fieldset>
          {legend}
          <label htmlFor={id} className="block text-sm text-slate-700">
            {t('yourAnswer')}
          </label>
          <input
            id={id}
            type="text"
            maxLength={500}
            value={response && 'text' in response ? response.text : ''}
            onChange={(event) => onChange({ type: 'short', text: event.target.value }, 800)}
            className="mt-1 w-full max-w-md rounded border border-slate-400 px-3 py-2"
          />
        </fieldset>
      );
    case 'matching': {
      const pairs = response && 'pairs' in response ? response.pairs : {};
      return (
        <fieldset>
          {legend}
          {question.options.map((left) => (
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
                    {choice}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    }
    case 'ordering':
      return (
        <fieldset>
          {legend}
          <OrderingField
            items={question.options}
            order={response && 'order' in response ? response.order : question.options.map((o) => o.key)}
            onChange={(order) => onChange({ type: 'ordering', order })}
          />
        </fieldset>
      );
  }
}
