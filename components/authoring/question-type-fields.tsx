'use client';

import { useTranslations } from 'next-intl';
import type { ComponentType } from 'react';
import { FieldError } from '@/components/ui/field-error';
import type { QuestionForm } from '@/lib/domain/question-builder';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import { QuestionChoices } from './question-choices';
import { PairRows, TextRows } from './question-lists';
import { NumericalRows } from './question-numerical';

/** What each question type's builder fields get: the form, a patcher, and the error of a field path. */
interface TypeFieldsProps {
  form: QuestionForm;
  set: (patch: Partial<QuestionForm>) => void;
  error: (field: string) => string | undefined;
}

function TrueFalseFields({ form, set, error }: TypeFieldsProps) {
  const t = useTranslations('authoring');
  return (
    <fieldset aria-describedby={error('answer') ? 'answer-error' : undefined}>
      <legend className="font-medium">{t('question.statementIs')}</legend>
      {([true, false] as const).map((value) => (
        <label key={String(value)} className="me-6 inline-flex items-center gap-2">
          <input type="radio" name="tf-answer" checked={form.answer === value} onChange={() => set({ answer: value })} />
          {value ? t('question.true') : t('question.false')}
        </label>
      ))}
      <FieldError id="answer-error" message={error('answer')} />
    </fieldset>
  );
}

/** A description has no answer: say so, so the author does not look for one. */
function DescriptionFields() {
  const t = useTranslations('authoring');
  return <p className="text-sm text-slate-600">{t('question.descriptionHint')}</p>;
}

/** An essay's notes for the grader (never shown to trainees) and the text its answer box starts with. */
function EssayFields({ form, set, error }: TypeFieldsProps) {
  const t = useTranslations('authoring');
  return (
    <div className="space-y-3">
      {(['graderInfo', 'responseTemplate'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`essay-${field}`} className="block font-medium">
            {t(`question.${field}`)}
          </label>
          <textarea
            id={`essay-${field}`}
            dir="auto"
            rows={4}
            value={form[field] ?? ''}
            aria-describedby={error(field) ? `essay-${field}-error` : undefined}
            onChange={(event) => set({ [field]: event.target.value })}
            className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
          />
          <FieldError id={`essay-${field}-error`} message={error(field)} />
        </div>
      ))}
    </div>
  );
}

/** Accepted answers, how `*` works in them, and whether case matters (Moodle's "case sensitive"). */
function ShortFields({ form, set, error }: TypeFieldsProps) {
  const t = useTranslations('shortAnswer');
  return (
    <div className="space-y-2">
      <TextRows field="accepted" values={form.accepted} onChange={(accepted) => set({ accepted })} error={error} />
      <p className="text-sm text-slate-600">{t('wildcardHint')}</p>
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" checked={form.caseSensitive ?? false} onChange={(event) => set({ caseSensitive: event.target.checked })} />
        {t('caseSensitive')}
      </label>
    </div>
  );
}

/** The fields an author fills in for each question type (its answer data); TypeScript requires one per type. */
export const typeBuilderFields: Record<QuestionType, ComponentType<TypeFieldsProps>> = {
  single: ({ form, set, error }) => (
    <QuestionChoices single choices={form.choices} onChange={(choices) => set({ choices })} error={error} />
  ),
  multiple: ({ form, set, error }) => (
    <QuestionChoices single={false} choices={form.choices} onChange={(choices) => set({ choices })} error={error} />
  ),
  truefalse: TrueFalseFields,
  short: ShortFields,
  matching: ({ form, set, error }) => <PairRows pairs={form.pairs} onChange={(pairs) => set({ pairs })} error={error} />,
  ordering: ({ form, set, error }) => <TextRows field="items" values={form.items} onChange={(items) => set({ items })} error={error} />,
  numerical: ({ form, set, error }) => <NumericalRows answers={form.answers} onChange={(answers) => set({ answers })} error={error} />,
  essay: EssayFields,
  description: DescriptionFields,
};
