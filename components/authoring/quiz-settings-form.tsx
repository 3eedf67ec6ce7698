'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveQuizSettingsAction } from '@/app/(instructor)/author/_actions/quiz-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { reviewTimings, type ReviewTiming } from '@/lib/domain/review-policy';
import type { QuizSettings } from '@/lib/validation/content';
import { EditStatus, useFieldError } from './edit-status';
import { CheckboxField } from './fields';
import { useEditAction } from './use-edit-action';

interface Props {
  moduleId: number;
  /** 'new' when the module has no quiz yet: saving creates it. */
  token: string;
  settings: QuizSettings;
}

const text = (value: number | null) => (value === null ? '' : String(value));

/** Quiz settings: title, pass mark, attempt and time limits, shuffling, scoring rule and when answers and explanations are shown. */
export function QuizSettingsForm({ moduleId, token, settings }: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(saveQuizSettingsAction, token);
  const error = useFieldError(edit.state);
  const [values, setValues] = useState({
    title: settings.title,
    passMark: String(settings.passMark),
    attemptLimit: text(settings.attemptLimit),
    timeLimitMinutes: text(settings.timeLimitMinutes),
    scoring: settings.scoring,
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    reviewCorrectAnswers: settings.review.correctAnswers,
    reviewExplanations: settings.review.explanations,
  });
  const timingOptions = reviewTimings.map((timing) => ({ value: timing, label: t(`quiz.review-${timing}`) }));
  const set = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-4">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="token" value={edit.revision} />
      <FormField
        name="title"
        id="quiz-title"
        label={t('quiz.title')}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
        error={error('title')}
        maxLength={200}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <FormField
          name="passMark"
          id="quiz-pass-mark"
          type="number"
          label={t('quiz.passMark')}
          hint={t('quiz.passMarkHint')}
          value={values.passMark}
          onChange={(e) => set({ passMark: e.target.value })}
          error={error('passMark')}
        />
        <FormField
          name="attemptLimit"
          id="quiz-attempt-limit"
          type="number"
          label={t('quiz.attemptLimit')}
          hint={t('quiz.blankUnlimited')}
          value={values.attemptLimit}
          onChange={(e) => set({ attemptLimit: e.target.value })}
          error={error('attemptLimit')}
        />
        <FormField
          name="timeLimitMinutes"
          id="quiz-time-limit"
          type="number"
          label={t('quiz.timeLimit')}
          hint={t('quiz.blankNone')}
          value={values.timeLimitMinutes}
          onChange={(e) => set({ timeLimitMinutes: e.target.value })}
          error={error('timeLimitMinutes')}
        />
      </div>
      <fieldset>
        <legend className="font-medium">{t('quiz.scoring')}</legend>
        {(['best', 'last'] as const).map((rule) => (
          <label key={rule} className="me-6 inline-flex items-center gap-2">
            <input type="radio" name="scoring" value={rule} checked={values.scoring === rule} onChange={() => set({ scoring: rule })} />
            {t(`quiz.scoring-${rule}`)}
          </label>
        ))}
      </fieldset>
      <CheckboxField
        id="quiz-shuffle-questions"
        name="shuffleQuestions"
        label={t('quiz.shuffleQuestions')}
        checked={values.shuffleQuestions}
        onChange={(e) => set({ shuffleQuestions: e.target.checked })}
      />
      <CheckboxField
        id="quiz-shuffle-options"
        name="shuffleOptions"
        label={t('quiz.shuffleOptions')}
        checked={values.shuffleOptions}
        onChange={(e) => set({ shuffleOptions: e.target.checked })}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="reviewCorrectAnswers"
          id="quiz-review-answers"
          label={t('quiz.reviewCorrectAnswers')}
          hint={t('quiz.reviewHint')}
          options={timingOptions}
          value={values.reviewCorrectAnswers}
          onChange={(e) => set({ reviewCorrectAnswers: e.target.value as ReviewTiming })}
          error={error('reviewCorrectAnswers')}
        />
        <SelectField
          name="reviewExplanations"
          id="quiz-review-explanations"
          label={t('quiz.reviewExplanations')}
          options={timingOptions}
          value={values.reviewExplanations}
          onChange={(e) => set({ reviewExplanations: e.target.value as ReviewTiming })}
          error={error('reviewExplanations')}
        />
      </div>
      <div className="space-y-2">
        <Button type="submit" disabled={edit.pending}>
          {token === 'new' && edit.revision === 'new' ? t('quiz.create') : t('quiz.save')}
        </Button>
        <EditStatus state={edit.state} />
      </div>
    </ClientForm>
  );
}
