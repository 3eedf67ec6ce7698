'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import type { SurveyAnswer, SurveyQuestion } from '@/lib/domain/surveys/questions';
import { QuestionInput } from './question-input';
import { useResponseSave, type SaveStatus } from './use-response-save';

interface Props {
  surveyId: number;
  questions: SurveyQuestion[];
  initialAnswers: Record<string, SurveyAnswer>;
  initialQuotable: boolean;
  submitted: boolean;
  anonymous: boolean;
  closes: string;
}

/** How long typing pauses before a draft is saved. */
const AUTOSAVE_DELAY_MS = 700;

/** The codes a refusal may carry, as catalog keys; anything else reads as a general failure. */
const knownErrors = new Set(['invalid:answers', 'conflict:survey-closed', 'conflict:survey-not-open', 'not-found:survey', 'offline']);

/**
 * The trainee's answers, saved as they go (a clear "saved" status), then
 * submitted. A submitted response can be changed until the survey closes.
 */
export function ResponseForm({ surveyId, questions, initialAnswers, initialQuotable, submitted, anonymous, closes }: Props) {
  const t = useTranslations('surveyResponse');
  const [answers, setAnswers] = useState<Record<string, unknown>>(initialAnswers);
  const [quotable, setQuotable] = useState(initialQuotable);
  const [showThanks, setShowThanks] = useState(false);
  const { status, save } = useResponseSave(surveyId, submitted);
  const touched = useRef(false);
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!touched.current) return;
    pendingSave.current = setTimeout(() => void save({ answers, quotable, submit: false }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(pendingSave.current);
  }, [answers, quotable, save]);

  const change = (key: string, value: unknown) => {
    touched.current = true;
    setShowThanks(false);
    setAnswers((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // The submission carries every answer, so a draft save still waiting is not needed.
    clearTimeout(pendingSave.current);
    touched.current = false;
    const outcome = await save({ answers, quotable, submit: true });
    setShowThanks(outcome.kind === 'saved');
  }

  const statusText = (s: SaveStatus) => {
    if (s.kind === 'saving') return t('saving');
    if (s.kind === 'saved') return s.submitted ? t('savedSubmitted') : t('savedDraft');
    if (s.kind === 'refused') return t('notSaved');
    return t('notYetSaved');
  };
  const issues = status.kind === 'refused' ? status.issues : [];
  const problemOf = (key: string) => issues.find((issue) => issue.questionKey === key)?.problem;
  return (
    <ClientForm onSubmit={submit} noValidate className="space-y-6">
      {questions.map((question, index) => (
        <QuestionInput key={question.key} question={question} number={index + 1} value={answers[question.key]} problem={problemOf(question.key)} onChange={(value) => change(question.key, value)} />
      ))}
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={quotable} onChange={(e) => { touched.current = true; setQuotable(e.target.checked); }} />
        <span>{anonymous ? t('consentAnonymous') : t('consentNamed')}</span>
      </label>
      <p role="status" className={status.kind === 'refused' ? 'font-medium text-red-800' : 'text-slate-700'}>
        {statusText(status)}
      </p>
      {showThanks && status.kind === 'saved' && <StatusMessage tone="success">{t('submitted', { closes })}</StatusMessage>}
      {status.kind === 'refused' && (
        <StatusMessage tone="error">
          {status.code === 'invalid:answers' ? t('needsAttention', { count: issues.length }) : t(`errors.${knownErrors.has(status.code) ? status.code.replace(':', '-') : 'internal'}`)}
        </StatusMessage>
      )}
      <Button type="submit" disabled={status.kind === 'saving'}>{status.kind === 'saved' && status.submitted ? t('resubmit') : t('submit')}</Button>
      <p className="text-sm text-slate-700">{t('editableUntil', { closes })}</p>
    </ClientForm>
  );
}
