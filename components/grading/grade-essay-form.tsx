'use client';

import { useTranslations } from 'next-intl';
import { gradeEssayAction } from '@/app/(instructor)/author/grading/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea, TextInput } from '@/components/ui/controls';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

interface GradeEssayFormProps {
  attemptId: number;
  questionKey: string;
  maxPoints: number;
  /** The grade already given, when regrading. */
  given: { score: number; feedback: string } | null;
}

/** Points (0 to the question's, decimals allowed) and optional feedback for one essay answer. */
export function GradeEssayForm({ attemptId, questionKey, maxPoints, given }: GradeEssayFormProps) {
  const t = useTranslations('grading');
  const [state, onSubmit, pending] = useFormAction(gradeEssayAction);
  const { fieldErrors, values, formError } = formView(state);
  const pointsError = fieldErrors.points ? t(`errors.${fieldErrors.points.key}`, { max: maxPoints }) : undefined;
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionKey" value={questionKey} />
      <FieldFrame id="points" label={t('points', { max: maxPoints })} hint={t('pointsHint')} error={pointsError}>
        <TextInput
          id="points"
          name="points"
          inputMode="decimal"
          layout="auto"
          defaultValue={values.points ?? (given ? String(given.score) : '')}
          aria-invalid={Boolean(pointsError)}
          aria-describedby={describedBy('points', 'hint', pointsError)}
        />
      </FieldFrame>
      <FieldFrame id="feedback" label={t('feedback')}>
        <TextArea id="feedback" name="feedback" dir="auto" rows={5} defaultValue={values.feedback ?? given?.feedback ?? ''} />
      </FieldFrame>
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(`notices.${state.message.key}`, state.message.values)}</StatusMessage>}
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`, { max: maxPoints })}</StatusMessage>}
    </ClientForm>
  );
}
