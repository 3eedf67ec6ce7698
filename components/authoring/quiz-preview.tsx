'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { QuestionField } from '@/components/quiz/question-field';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ClientForm } from '@/components/ui/client-form';
import type { QuizSnapshot } from '@/lib/domain/quiz-snapshot';
import { buildAttemptLayout, publicQuestions } from '@/lib/domain/attempt-layout';
import { gradeAttempt, type QuizResponse } from '@/lib/domain/grading';
import { reviewQuestion } from '@/lib/domain/review';
import { earnsMarks, questionNumbers } from '@/lib/domain/question-types/registry';

/** The author checks the whole key, whatever trainees are shown. */
const authorSeesAll = { correctAnswers: true, explanations: true };

/**
 * The draft quiz as a trainee will take it, with the same question inputs,
 * but nothing is saved: answers live in this page only, and checking them
 * grades here with the same rules and shows the correct answers (only the
 * module's authors see this page).
 */
export function QuizPreview({ quiz }: { quiz: QuizSnapshot }) {
  const t = useTranslations('authoring');
  const tResults = useTranslations('results');
  const [questions] = useState(() => publicQuestions(quiz, buildAttemptLayout(quiz, 'author-preview')));
  const [responses, setResponses] = useState<Record<string, QuizResponse>>({});
  const [checked, setChecked] = useState(false);
  const grade = checked ? gradeAttempt(quiz, responses) : null;
  const byKey = new Map(quiz.questions.map((q) => [q.key, q]));
  const numbers = questionNumbers(questions);

  return (
    <ClientForm
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
      }}
      className="space-y-6"
    >
      <ol className="space-y-6">
        {questions.map((question) => {
          const full = byKey.get(question.key);
          const result = grade?.questions[question.key];
          const review = full && checked ? reviewQuestion(full, responses[question.key], authorSeesAll) : null;
          return (
            <li key={question.key} className={cardClass({ className: 'space-y-2' })}>
              <QuestionField
                question={question}
                number={numbers[question.key] ?? 0}
                response={responses[question.key]}
                onChange={(response) => {
                  setResponses((current) => ({ ...current, [question.key]: response }));
                  setChecked(false);
                }}
              />
              {result && review && full && earnsMarks(full.type) && (
                <div className="space-y-1 border-t border-slate-200 pt-2">
                  <p className="font-medium">{tResults(`outcome.${result.outcome}`, { score: result.score, max: result.maxScore })}</p>
                  <p className="text-sm">
                    {tResults('correctAnswer')} {review.correctAnswer?.join('; ')}
                  </p>
                  {review.feedback.map((text, i) => (
                    <p key={i} className="rounded bg-slate-100 p-2">
                      {text}
                    </p>
                  ))}
                  <p className="border-s-4 border-brand-600 ps-3">
                    <span className="font-medium">{tResults('explanation')}</span> {full.explanation}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {grade && (
        <p role="status" className="rounded border border-slate-300 bg-white p-3 font-medium">
          {t('preview.quizResult', {
            score: grade.score,
            max: grade.maxScore,
            percent: grade.percent,
            passed: grade.passed ? 'yes' : 'no',
            passMark: quiz.passMark,
          })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit">
          {t('preview.checkAnswers')}
        </Button>
        <Button
          type="button"
          onClick={() => {
            setResponses({});
            setChecked(false);
          }}
          variant="secondary"
          size="sm"
        >
          {t('preview.clearAnswers')}
        </Button>
      </div>
      <p className="text-sm text-slate-600">{t('preview.quizNotSaved')}</p>
    </ClientForm>
  );
}
