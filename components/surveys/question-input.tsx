'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { TextArea } from '@/components/ui/controls';
import { FieldError } from '@/components/ui/field-error';
import { MAX_TEXT_ANSWER, RATING_MAX, RATING_MIN, type SurveyQuestion } from '@/lib/domain/surveys/questions';
import type { AnswerIssue } from '@/lib/domain/surveys/response';

interface Props {
  question: SurveyQuestion;
  number: number;
  value: unknown;
  problem: AnswerIssue['problem'] | undefined;
  onChange: (value: unknown) => void;
}

/** One question as the trainee answers it: a group named by its prompt, with its error below. */
export function QuestionInput({ question, number, value, problem, onChange }: Props) {
  const t = useTranslations('surveyResponse');
  const format = useFormatter();
  const id = `answer-${question.key}`;
  const error = problem ? t(`problems.${problem}`) : undefined;
  const ratings = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
  const legend = (
    <legend className="font-semibold">
      {t('questionNumber', { number })} <span dir="auto">{question.prompt}</span>
      {question.required ? <span className="ms-1 text-sm font-normal text-slate-700">({t('required')})</span> : <span className="ms-1 text-sm font-normal text-slate-700">({t('optional')})</span>}
    </legend>
  );
  const described = error ? `${id}-error` : undefined;
  return (
    <fieldset className="space-y-2 rounded border border-slate-300 p-3" aria-describedby={described}>
      {legend}
      {question.kind === 'rating' && (
        <div className="flex flex-wrap items-center gap-3">
          {ratings.map((rating) => {
            const end = rating === RATING_MIN ? question.lowLabel : rating === RATING_MAX ? question.highLabel : '';
            return (
              <label key={rating} className="flex items-center gap-1 rounded border border-slate-200 px-2 py-1">
                <input type="radio" name={question.key} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
                <span>{format.number(rating)}</span>
                {end && <span dir="auto" className="text-sm text-slate-700">({end})</span>}
              </label>
            );
          })}
        </div>
      )}
      {question.kind === 'single' &&
        question.options.map((option) => (
          <label key={option.key} className="flex items-center gap-2">
            <input type="radio" name={question.key} value={option.key} checked={value === option.key} onChange={() => onChange(option.key)} />
            <span dir="auto">{option.label}</span>
          </label>
        ))}
      {question.kind === 'multiple' &&
        question.options.map((option) => {
          const chosen = Array.isArray(value) ? (value as string[]) : [];
          return (
            <label key={option.key} className="flex items-center gap-2">
              <input
                type="checkbox"
                name={question.key}
                value={option.key}
                checked={chosen.includes(option.key)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, option.key] : chosen.filter((k) => k !== option.key))}
              />
              <span dir="auto">{option.label}</span>
            </label>
          );
        })}
      {question.kind === 'text' && (
        <>
          <label htmlFor={id} className="sr-only">{question.prompt}</label>
          <TextArea id={id} name={question.key} dir="auto" rows={4} maxLength={MAX_TEXT_ANSWER} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
        </>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
