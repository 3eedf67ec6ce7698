'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveLessonTranslationAction } from '@/app/(instructor)/author/_actions/translation-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { EditStatus, useFieldError } from './edit-status';
import { TextAreaField } from './fields';
import { MarkdownField } from './markdown-field';
import { useEditAction } from './use-edit-action';

interface Props {
  lessonId: number;
  locale: 'fa-AF' | 'ps';
  english: { title: string; summary: string; lectureTitle: string | null };
  values: { title: string; summary: string; body: string; lectureTitle: string };
  /** The saved translation's HTML, for the preview beside the Markdown. */
  initialHtml: string;
}

/** One lesson in one language: title, summary, lecture title and the Markdown body with its live preview. */
export function TranslationLessonForm({ lessonId, locale, english, values, initialHtml }: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(saveLessonTranslationAction, '');
  const error = useFieldError(edit.state);
  const [body, setBody] = useState(values.body);
  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-4">
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="locale" value={locale} />
      <FormField name="title" id="tr-lesson-title" label={t('lesson.title')} hint={t('translations.english', { text: english.title })} defaultValue={values.title} error={error('title')} maxLength={200} dir="auto" required />
      <TextAreaField id="tr-lesson-summary" name="summary" label={t('lesson.summary')} hint={t('translations.english', { text: english.summary })} defaultValue={values.summary} error={error('summary')} rows={2} dir="auto" />
      {english.lectureTitle !== null && (
        <FormField name="lectureTitle" id="tr-lecture-title" label={t('translations.lectureTitle')} hint={t('translations.english', { text: english.lectureTitle })} defaultValue={values.lectureTitle} error={error('lectureTitle')} maxLength={200} dir="auto" />
      )}
      <MarkdownField value={body} onChange={setBody} initialHtml={initialHtml} error={error('body')} />
      <div className="space-y-2">
        <Button type="submit" disabled={edit.pending}>
          {t('translations.saveLesson')}
        </Button>
        <EditStatus state={edit.state} />
      </div>
    </ClientForm>
  );
}
