'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { ClientForm } from '@/components/ui/client-form';
import type { PublicQuestion } from '@/lib/domain/attempt-layout';
import type { QuizResponse } from '@/lib/domain/grading';
import { defaultResponse, earnsMarks, questionNumbers } from '@/lib/domain/question-types/inputs';
import { submitSummary } from '@/lib/domain/submit-summary';
import { useOnline } from '@/components/offline/use-online';
import { QuestionField } from './question-field';
import { questionAnchor, SubmitSummaryPanel } from './submit-summary';
import { useAutosave, type SaveState } from './use-autosave';

interface Props {
  attemptId: number;
  questions: PublicQuestion[];
  saved: Record<string, QuizResponse>;
  deadline: string | null;
  resultsHref: string;
}

function secondsLeft(deadline: string | null): number | null {
  return deadline ? Math.max(0, Math.floor((Date.parse(deadline) - Date.now()) / 1000)) : null;
}

/**
 * An open quiz attempt: answers save as the trainee goes; submitting first
 * shows a summary of answered and unanswered questions to confirm; the server
 * grades on submit. When the time runs out it submits without asking.
 */
export function QuizAttemptForm({ attemptId, questions, saved, deadline, resultsHref }: Props) {
  const t = useTranslations('quiz');
  const format = useFormatter();
  const router = useRouter();
  const { responses, states, update, flush } = useAutosave(attemptId, saved);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [remaining, setRemaining] = useState(() => secondsLeft(deadline));
  const online = useOnline();
  const [reviewing, setReviewing] = useState(false);

  const submit = useCallback(async () => {
    setSubmitting(true);
    setError(null);
    // A question whose type gives an untouched input an answer (an ordering left as shown) is answered so.
    for (const q of questions) {
      const answer = responses[q.key] ? undefined : defaultResponse(q);
      if (answer) update(q.key, answer);
    }
    const allSaved = await flush();
    if (!allSaved) {
      setSubmitting(false);
      setError(t('submitUnsaved'));
      return;
    }
    const result = await fetch(`/api/attempts/${attemptId}/submit`, { method: 'POST' }).catch(() => null);
    if (result?.ok || result?.status === 409 || result?.status === 410) {
      router.push(resultsHref);
      router.refresh();
      return;
    }
    setSubmitting(false);
    setError(t('submitFailed'));
  }, [attemptId, flush, questions, responses, resultsHref, router, t, update]);

  useEffect(() => {
    if (!deadline) return;
    const timer = setInterval(() => setRemaining(secondsLeft(deadline)), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- submitting when the clock runs out is the point
    if (remaining === 0 && !submitting) void submit();
  }, [remaining, submit, submitting]);

  // Descriptions take no answer: they are not counted as questions to answer.
  const gradable = questions.filter((q) => earnsMarks(q.type));
  const answered = gradable.filter((q) => responses[q.key]).length;
  const numbers = questionNumbers(questions);
  // An untouched input that its type counts as an answer (an ordering left as shown) is answered here too.
  const summary = submitSummary(
    gradable.map((q) => ({ key: q.key, number: numbers[q.key] ?? 0 })),
    Object.fromEntries(gradable.map((q) => [q.key, responses[q.key] ?? defaultResponse(q)])),
  );
  const label = (state: SaveState | undefined) => (state ? t(`save.${state}`) : '');
  const backToQuestions = () => {
    setReviewing(false);
    // Focus goes where the work is: the first unanswered question, or the first one.
    const target = summary.items.find((item) => !item.answered) ?? summary.items[0];
    if (target) document.getElementById(questionAnchor(target.key))?.focus();
  };

  return (
    <ClientForm
      onSubmit={(event) => {
        event.preventDefault();
        setReviewing(true);
      }}
      className="space-y-6"
    >
      <div className="sticky top-0 z-10 flex flex-wrap gap-4 border-b border-slate-200 bg-white/95 py-2 text-sm">
        <span>{t('answered', { answered, total: gradable.length })}</span>
        {remaining !== null && (
          <span role="timer" aria-live="off">
            {t('timeLeft', { minutes: Math.floor(remaining / 60), seconds: format.number(remaining % 60, { minimumIntegerDigits: 2 }) })}
          </span>
        )}
      </div>
      <ol className="space-y-6">
        {questions.map((question) => (
          <li key={question.key} id={questionAnchor(question.key)} tabIndex={-1} className="scroll-mt-12 rounded border border-slate-200 bg-white p-4">
            <QuestionField question={question} number={numbers[question.key] ?? 0} response={responses[question.key]} onChange={(r, delay) => update(question.key, r, delay)} />
            <p className="mt-2 text-sm text-slate-600" aria-live="polite">
              {label(states[question.key])}
            </p>
          </li>
        ))}
      </ol>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}
      {!online && (
        <p id="offline-submit" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('offlineSubmit')}
        </p>
      )}
      {reviewing ? (
        <SubmitSummaryPanel summary={summary} submitting={submitting || !online} onConfirm={() => void submit()} onBack={backToQuestions} />
      ) : (
        <button type="submit" disabled={submitting || !online} aria-describedby={online ? undefined : 'offline-submit'} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {submitting ? t('submitting') : t('submit')}
        </button>
      )}
    </ClientForm>
  );
}
