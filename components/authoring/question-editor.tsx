'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createQuestionAction, saveQuestionAction } from '@/app/(instructor)/author/_actions/quiz-actions';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import type { QuestionForm } from '@/lib/domain/question-builder';
import { typeBuilders } from '@/lib/domain/question-types/builders';
import { EditStatus, useFieldError } from './edit-status';
import { buttonStyles, TextAreaField } from './fields';
import { useEditAction } from './use-edit-action';

type Props = { moduleId: number; initial: QuestionForm } & (
  { mode: 'create' } | { mode: 'edit'; questionId: number; questionKey: string; token: string }
);

/**
 * Edits one quiz question of any of the six types. The whole question travels
 * as JSON; the server validates it with the builder's rules and the content
 * schema, and a refused save leaves everything typed in place.
 */
export function QuestionEditor(props: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(props.mode === 'edit' ? saveQuestionAction : createQuestionAction, props.mode === 'edit' ? props.token : '');
  const error = useFieldError(edit.state);
  const [form, setForm] = useState(props.initial);
  const set = (patch: Partial<QuestionForm>) => setForm((current) => ({ ...current, ...patch }));
  const TypeFields = typeBuilders[form.type];

  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-5">
      <input type="hidden" name="moduleId" value={props.moduleId} />
      <input type="hidden" name="question" value={JSON.stringify(form)} />
      {props.mode === 'edit' && (
        <>
          <input type="hidden" name="questionId" value={props.questionId} />
          <input type="hidden" name="key" value={props.questionKey} />
          <input type="hidden" name="token" value={edit.revision} />
        </>
      )}
      <p>
        <span className="font-medium">{t('question.type')}</span> {t(`types.${form.type}`)}
      </p>
      <TextAreaField
        id="question-prompt"
        label={t('question.prompt')}
        value={form.prompt}
        onChange={(e) => set({ prompt: e.target.value })}
        error={error('prompt')}
        rows={3}
      />
      <div className="max-w-40">
        <FormField
          name="points"
          id="question-points"
          label={t('question.points')}
          value={form.points}
          onChange={(e) => set({ points: e.target.value })}
          error={error('points')}
          inputMode="decimal"
        />
      </div>
      <TypeFields form={form} set={set} error={error} />
      <TextAreaField
        id="question-explanation"
        label={t('question.explanation')}
        hint={t('question.explanationHint')}
        value={form.explanation}
        onChange={(e) => set({ explanation: e.target.value })}
        error={error('explanation')}
        rows={3}
      />
      <div className="space-y-2">
        <EditStatus state={edit.state} />
        <button type="submit" disabled={edit.pending} className={buttonStyles.primary}>
          {props.mode === 'edit' ? t('question.save') : t('question.create')}
        </button>
      </div>
    </ClientForm>
  );
}
