'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveLessonAction } from '@/app/(instructor)/author/_actions/lesson-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import type { UploadLimits } from '@/lib/domain/upload-rules';
import { EditStatus, useFieldError } from './edit-status';
import { CheckboxField, TextAreaField } from './fields';
import { LessonFiles, type AttachmentState, type LectureState } from './lesson-files';
import { MarkdownField } from './markdown-field';
import { useEditAction } from './use-edit-action';

export interface LessonEditorValues {
  id: number;
  revision: number;
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  bodyMarkdown: string;
  lecture: LectureState | null;
  attachments: AttachmentState[];
}

interface Props {
  lesson: LessonEditorValues;
  initialHtml: string;
  limits: UploadLimits;
}

/**
 * Edits a draft lesson. Everything typed lives in this component's state, so
 * a refused save (invalid input, or someone else's newer save) keeps it all on
 * screen; uploads are attached to the lesson when it is saved.
 */
export function LessonEditor({ lesson, initialHtml, limits }: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(saveLessonAction, String(lesson.revision));
  const error = useFieldError(edit.state);
  const [title, setTitle] = useState(lesson.title);
  const [summary, setSummary] = useState(lesson.summary);
  const [minutes, setMinutes] = useState(String(lesson.minutes));
  const [required, setRequired] = useState(lesson.required);
  const [body, setBody] = useState(lesson.bodyMarkdown);
  const [lecture, setLecture] = useState<LectureState>(lesson.lecture ?? { title: '', video: '', captions: '' });
  const [attachments, setAttachments] = useState(lesson.attachments);

  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-6">
      <input type="hidden" name="lessonId" value={lesson.id} />
      <input type="hidden" name="revision" value={edit.revision} />
      <input type="hidden" name="lecture" value={JSON.stringify(lecture)} />
      <input type="hidden" name="attachments" value={JSON.stringify(attachments)} />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          name="title"
          id="lesson-title"
          label={t('lesson.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={error('title')}
          maxLength={200}
          required
        />
        <FormField
          name="minutes"
          id="lesson-minutes"
          type="number"
          min={1}
          max={600}
          label={t('lesson.minutes')}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={error('minutes')}
        />
      </div>
      <TextAreaField
        id="lesson-summary"
        name="summary"
        label={t('lesson.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={error('summary')}
        rows={2}
      />
      <CheckboxField
        id="lesson-required"
        name="required"
        label={t('lesson.required')}
        hint={t('lesson.requiredHint')}
        checked={required}
        onChange={(e) => setRequired(e.target.checked)}
      />
      <MarkdownField value={body} onChange={setBody} initialHtml={initialHtml} error={error('body')} />
      <LessonFiles
        lessonId={lesson.id}
        limits={limits}
        lecture={lecture}
        onLecture={setLecture}
        attachments={attachments}
        onAttachments={setAttachments}
        error={error}
      />
      <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-slate-50/95 py-3">
        <EditStatus state={edit.state} />
        <Button type="submit" disabled={edit.pending}>
          {edit.pending ? t('common.saving') : t('lesson.save')}
        </Button>
      </div>
    </ClientForm>
  );
}
