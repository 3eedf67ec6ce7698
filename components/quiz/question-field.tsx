'use client';

import { useTranslations } from 'next-intl';
import type { PublicQuestion } from '@/lib/domain/attempt-layout';
import type { QuizResponse } from '@/lib/domain/grading';
import { typeInput } from '@/lib/domain/question-types/inputs';
import { QuestionText } from './question-text';

interface Props {
  question: PublicQuestion;
  number: number;
  response: QuizResponse | undefined;
  onChange: (response: QuizResponse, delayMs?: number) => void;
}

/** One question of an open attempt, as the input its type needs (its folder's `input.tsx`). */
export function QuestionField({ question, number, response, onChange }: Props) {
  const t = useTranslations('quiz');
  const { Field } = typeInput(question.type);
  // A type with no input (a description, no marks) is text to read, not a question to answer.
  if (!Field) {
    return (
      <div dir="auto" className="whitespace-pre-line">
        <QuestionText text={question.prompt} />
      </div>
    );
  }
  return (
    <fieldset>
      <legend className="mb-2 font-medium">
        <span className="me-2 text-slate-600">{t('questionNumber', { n: number })}</span>{' '}
        <span lang={question.lang?.lang} dir={question.lang?.dir}>
          <QuestionText text={question.prompt} />
        </span>{' '}
        <span className="text-sm text-slate-600">{t('points', { points: question.points })}</span>
      </legend>
      <div lang={question.lang?.lang} dir={question.lang?.dir}>
        <Field question={question} id={`q-${question.key}`} response={response} onChange={onChange} />
      </div>
    </fieldset>
  );
}
