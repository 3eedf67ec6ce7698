'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Select, TextArea, TextInput } from '@/components/ui/controls';
import { FieldError } from '@/components/ui/field-error';
import type { FieldErrors } from '@/lib/actions/action-state';
import { surveyQuestionKinds, type SurveyQuestion, type SurveyQuestionKind } from '@/lib/domain/surveys/questions';

/** A question as the editor holds it: choice options as lines of text. */
interface Draft {
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  lowLabel: string;
  highLabel: string;
  overall: boolean;
  options: string;
}

const blank = (kind: SurveyQuestionKind = 'rating'): Draft => ({ kind, prompt: '', required: true, lowLabel: '', highLabel: '', overall: false, options: '' });

function toDraft(q: SurveyQuestion): Draft {
  return {
    ...blank(q.kind),
    prompt: q.prompt,
    required: q.required,
    ...(q.kind === 'rating' && { lowLabel: q.lowLabel, highLabel: q.highLabel, overall: q.overall }),
    ...((q.kind === 'single' || q.kind === 'multiple') && { options: q.options.map((o) => o.label).join('\n') }),
  };
}

/**
 * Keys follow positions (q1, q2 …; o1, o2 …): questions can change only
 * while nobody has answered, so no stored answer refers to an old key.
 */
function toQuestions(drafts: readonly Draft[]): SurveyQuestion[] {
  return drafts.map((d, i): SurveyQuestion => {
    const base = { key: `q${i + 1}`, prompt: d.prompt, required: d.required };
    if (d.kind === 'rating') return { ...base, kind: 'rating', lowLabel: d.lowLabel, highLabel: d.highLabel, overall: d.overall };
    if (d.kind === 'text') return { ...base, kind: 'text' };
    const labels = d.options.split('\n').map((line) => line.trim()).filter(Boolean);
    return { ...base, kind: d.kind, options: labels.map((label, n) => ({ key: `o${n + 1}`, label })) };
  });
}

/** The survey's questions: add, remove, and edit each by kind; sent as JSON in the `questions` field. */
export function QuestionEditor({ initial, errors }: { initial: readonly SurveyQuestion[]; errors: FieldErrors }) {
  const t = useTranslations('surveyForm');
  const tError = useTranslations('surveyErrors');
  const [drafts, setDrafts] = useState<Draft[]>(() => (initial.length ? initial.map(toDraft) : [blank()]));
  const change = (index: number, patch: Partial<Draft>) => setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const errorOf = (path: string, nested = false) => {
    const key = Object.keys(errors).find((k) => k === path || (nested && k.startsWith(`${path}.`)));
    return key && errors[key] ? tError(errors[key].key) : undefined;
  };
  const listError = errorOf('questions');
  return (
    <div className="space-y-4">
      <input type="hidden" name="questions" value={JSON.stringify(toQuestions(drafts))} />
      <FieldError id="questions-error" message={listError} />
      {drafts.map((d, i) => {
        const id = `question-${i + 1}`;
        const fieldError = (field: string) => errorOf(`questions.${i}.${field}`, true);
        return (
          <fieldset key={i} className="space-y-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t('questionNumber', { number: i + 1 })}</legend>
            <label className="block font-medium" htmlFor={`${id}-kind`}>{t('kind')}</label>
            <Select id={`${id}-kind`} layout="auto" value={d.kind} onChange={(e) => change(i, { kind: e.target.value as SurveyQuestionKind })}>
              {surveyQuestionKinds.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
            </Select>
            <label className="block font-medium" htmlFor={`${id}-prompt`}>{t('prompt')}</label>
            <TextInput id={`${id}-prompt`} dir="auto" value={d.prompt} maxLength={500} aria-invalid={Boolean(fieldError('prompt'))} aria-describedby={fieldError('prompt') ? `${id}-prompt-error` : undefined} onChange={(e) => change(i, { prompt: e.target.value })} />
            <FieldError id={`${id}-prompt-error`} message={fieldError('prompt')} />
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={d.required} onChange={(e) => change(i, { required: e.target.checked })} />
              {t('required')}
            </label>
            {d.kind === 'rating' && (
              <div className="grid gap-3 md:grid-cols-2">
                {(['lowLabel', 'highLabel'] as const).map((field) => (
                  <div key={field}>
                    <label className="block font-medium" htmlFor={`${id}-${field}`}>{t(field)}</label>
                    <TextInput id={`${id}-${field}`} dir="auto" value={d[field]} maxLength={80} aria-invalid={Boolean(fieldError(field))} aria-describedby={fieldError(field) ? `${id}-${field}-error` : undefined} onChange={(e) => change(i, { [field]: e.target.value })} />
                    <FieldError id={`${id}-${field}-error`} message={fieldError(field)} />
                  </div>
                ))}
                <label className="flex items-center gap-2 md:col-span-2">
                  <input type="checkbox" checked={d.overall} onChange={(e) => change(i, { overall: e.target.checked })} />
                  {t('overall')}
                </label>
              </div>
            )}
            {(d.kind === 'single' || d.kind === 'multiple') && (
              <div>
                <label className="block font-medium" htmlFor={`${id}-options`}>{t('options')}</label>
                <TextArea id={`${id}-options`} dir="auto" rows={4} value={d.options} aria-invalid={Boolean(fieldError('options'))} aria-describedby={fieldError('options') ? `${id}-options-error` : undefined} onChange={(e) => change(i, { options: e.target.value })} />
                <FieldError id={`${id}-options-error`} message={fieldError('options')} />
              </div>
            )}
            {drafts.length > 1 && (
              <Button variant="danger" size="xs" onClick={() => setDrafts((list) => list.filter((_, n) => n !== i))}>
                {t('removeQuestion', { number: i + 1 })}
              </Button>
            )}
          </fieldset>
        );
      })}
      <Button variant="secondary" size="sm" onClick={() => setDrafts((list) => [...list, blank('text')])}>
        {t('addQuestion')}
      </Button>
    </div>
  );
}
