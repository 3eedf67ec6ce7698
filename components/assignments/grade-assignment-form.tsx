'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { gradeAssignmentAction } from '@/app/(instructor)/author/grading/assignment-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea } from '@/components/ui/controls';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { scoreRubric, type ChosenLevels, type RubricCriterion } from '@/lib/domain/assignments/rubric';

interface GradeAssignmentFormProps {
  submissionId: number;
  rubric: RubricCriterion[];
  passMark: number;
}

/**
 * One radio group per criterion (a level each), the running total computed
 * from the chosen levels as the server will, feedback, and the decision:
 * accept, or return for revision. Choices and feedback stay after a refusal.
 */
export function GradeAssignmentForm({ submissionId, rubric, passMark }: GradeAssignmentFormProps) {
  const t = useTranslations('assignmentGrading');
  const [state, onSubmit, pending] = useFormAction(gradeAssignmentAction);
  const [chosen, setChosen] = useState<ChosenLevels>({});
  const { formError } = formView(state);
  const score = scoreRubric(rubric, chosen);
  const done = state.status === 'ok';
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="submissionId" value={submissionId} />
      <p className="text-sm text-slate-700">{t('rubricHint')}</p>
      {rubric.map((criterion) => (
        <fieldset key={criterion.key} className="space-y-1 rounded border border-slate-200 p-3">
          <legend dir="auto" className="px-1 font-semibold">
            {criterion.title}
          </legend>
          {criterion.levels.map((level, index) => (
            <label key={level.title} className="flex items-start gap-2">
              <input
                type="radio"
                name={`level.${criterion.key}`}
                value={index}
                className="mt-1"
                checked={chosen[criterion.key] === index}
                onChange={() => setChosen({ ...chosen, [criterion.key]: index })}
              />
              <span dir="auto">
                <span className="font-medium">
                  {level.title} ({level.points})
                </span>
                : {level.descriptor}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <p aria-live="polite" className="font-medium">
        {t('total', { points: score.points, max: score.maxPoints, percent: score.percent, passMark })}
      </p>
      <div>
        <label htmlFor="feedback" className="font-medium">
          {t('feedback')}
        </label>
        <p id="feedback-hint" className="text-sm text-slate-700">
          {t('feedbackHint')}
        </p>
        <TextArea id="feedback" name="feedback" dir="auto" rows={6} aria-describedby="feedback-hint" />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="accept" disabled={pending || done}>
          {t('accept')}
        </Button>
        <Button type="submit" name="decision" value="revise" variant="secondary" disabled={pending || done}>
          {t('revise')}
        </Button>
      </div>
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(state.message.key, state.message.values)}</StatusMessage>}
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`)}</StatusMessage>}
    </ClientForm>
  );
}
