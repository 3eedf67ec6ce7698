'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveQuizTranslationAction } from '@/app/(instructor)/author/_actions/translation-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { listTranslatesOptions } from '@/lib/domain/question-types/translation-list';
import type { TranslationList } from '@/lib/domain/question-types/types';
import { EditStatus } from './edit-status';
import { TextAreaField } from './fields';
import { useEditAction } from './use-edit-action';

type OptionText = { text: string; feedback: string; match: string | null };

/** One English question and its translation so far (empty strings where none). */
export interface QuizTranslationRow {
  key: string;
  /** Which list of its type's a translation carries (see `translationList` in the question-type registry). */
  list: TranslationList | null;
  english: { prompt: string; explanation: string; options: OptionText[] };
  values: { prompt: string; explanation: string; options: OptionText[]; accepted: string[] };
}

interface Props {
  moduleId: number;
  locale: 'fa-AF' | 'ps';
  rows: QuizTranslationRow[];
}

/** The quiz questions in one language: prompt, explanation and option texts in English order. */
export function TranslationQuizForm({ moduleId, locale, rows }: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(saveQuizTranslationAction, '');
  const [questions, setQuestions] = useState(rows.map((row) => ({ key: row.key, ...row.values, accepted: row.values.accepted.join('\n') })));
  const update = (index: number, change: Partial<(typeof questions)[number]>) =>
    setQuestions((current) => current.map((question, at) => (at === index ? { ...question, ...change } : question)));
  const setOption = (index: number, optionIndex: number, change: Partial<OptionText>) =>
    update(index, { options: (questions[index]?.options ?? []).map((option, at) => (at === optionIndex ? { ...option, ...change } : option)) });
  const payload = questions.map((question) => ({ ...question, accepted: question.accepted.split('\n').map((line) => line.trim()).filter(Boolean) }));

  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-6">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="questions" value={JSON.stringify(payload)} />
      {rows.map((row, index) => (
        <fieldset key={row.key} className="space-y-3 border-t border-slate-200 pt-4">
          <legend className="font-medium">{t('translations.prompt', { n: index + 1 })}</legend>
          <TextAreaField id={`tr-q${index}-prompt`} label={t('question.prompt')} hint={t('translations.english', { text: row.english.prompt })} value={questions[index]?.prompt ?? ''} onChange={(e) => update(index, { prompt: e.target.value })} rows={2} dir="auto" />
          {listTranslatesOptions(row.list) &&
            row.english.options.map((option, optionIndex) => (
              <div key={optionIndex} className="space-y-2 ps-4">
                <FormField name={`q${index}-o${optionIndex}`} id={`tr-q${index}-o${optionIndex}`} label={t('translations.option', { n: optionIndex + 1 })} hint={t('translations.english', { text: option.text })} value={questions[index]?.options[optionIndex]?.text ?? ''} onChange={(e) => setOption(index, optionIndex, { text: e.target.value })} dir="auto" />
                {option.match !== null && (
                  <FormField name={`q${index}-m${optionIndex}`} id={`tr-q${index}-m${optionIndex}`} label={t('translations.right', { n: optionIndex + 1 })} hint={t('translations.english', { text: option.match })} value={questions[index]?.options[optionIndex]?.match ?? ''} onChange={(e) => setOption(index, optionIndex, { match: e.target.value })} dir="auto" />
                )}
                {option.feedback !== '' && (
                  <FormField name={`q${index}-f${optionIndex}`} id={`tr-q${index}-f${optionIndex}`} label={t('translations.feedback', { n: optionIndex + 1 })} hint={t('translations.english', { text: option.feedback })} value={questions[index]?.options[optionIndex]?.feedback ?? ''} onChange={(e) => setOption(index, optionIndex, { feedback: e.target.value })} dir="auto" />
                )}
              </div>
            ))}
          {row.list === 'accepted' && (
            <TextAreaField id={`tr-q${index}-accepted`} label={t('translations.accepted')} value={questions[index]?.accepted ?? ''} onChange={(e) => update(index, { accepted: e.target.value })} rows={3} dir="auto" />
          )}
          <TextAreaField id={`tr-q${index}-explanation`} label={t('translations.explanation')} hint={t('translations.english', { text: row.english.explanation })} value={questions[index]?.explanation ?? ''} onChange={(e) => update(index, { explanation: e.target.value })} rows={2} dir="auto" />
        </fieldset>
      ))}
      <div className="space-y-2">
        <Button type="submit" disabled={edit.pending}>
          {t('translations.saveQuiz')}
        </Button>
        <EditStatus state={edit.state} />
      </div>
    </ClientForm>
  );
}
