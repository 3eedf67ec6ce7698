'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import type { UploadLimits } from '@/lib/domain/upload-rules';
import { FormField } from '@/components/ui/form-field';
import { FieldError } from '@/components/ui/field-error';
import { FileUpload } from './file-upload';

export interface LectureState {
  title: string;
  video: string;
  captions: string;
}
export interface AttachmentState {
  title: string;
  path: string;
}

interface Props {
  lessonId: number;
  limits: UploadLimits;
  lecture: LectureState;
  onLecture: (lecture: LectureState) => void;
  attachments: AttachmentState[];
  onAttachments: (attachments: AttachmentState[]) => void;
  error: (field: string, nested?: boolean) => string | undefined;
}

/** The file name a stored path shows, without its folder and upload prefix. */
function shownName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/^[a-z0-9-]+-[0-9a-f]{8}-/, '');
}

interface LectureFileProps {
  kind: 'video' | 'captions';
  path: string;
  error: string | undefined;
  lessonId: number;
  limits: UploadLimits;
  onUploaded: (path: string) => void;
}

/** One lecture file: the one stored now, its error, and an upload that replaces it. */
function LectureFile({ kind, path, error, lessonId, limits, onUploaded }: LectureFileProps) {
  const t = useTranslations('authoring');
  const id = `lecture-${kind}`;
  return (
    <>
      <p id={`${id}-current`}>{path ? t('lesson.currentFile', { name: shownName(path) }) : t(kind === 'video' ? 'lesson.noVideo' : 'lesson.noCaptions')}</p>
      <FieldError id={`${id}-error`} message={error} />
      <FileUpload
        id={id}
        label={t(kind === 'video' ? 'lesson.uploadVideo' : 'lesson.uploadCaptions')}
        kind={kind}
        lessonId={lessonId}
        limits={limits}
        onUploaded={(file) => onUploaded(file.path)}
      />
    </>
  );
}

/** A lesson's pre-taped lecture (title, video, captions) and its attachments, uploaded here and kept on save. */
export function LessonFiles({ lessonId, limits, lecture, onLecture, attachments, onAttachments, error }: Props) {
  const t = useTranslations('authoring');
  const hasLecture = Boolean(lecture.title || lecture.video || lecture.captions);
  return (
    <>
      <fieldset className={cardClass({ className: 'space-y-3' })}>
        <legend className="px-1 text-lg font-semibold">{t('lesson.lecture')}</legend>
        <p className="text-sm text-slate-600">{t('lesson.lectureHint')}</p>
        <FormField
          name="lectureTitle"
          id="lecture-title"
          label={t('lesson.lectureTitle')}
          value={lecture.title}
          onChange={(e) => onLecture({ ...lecture, title: e.target.value })}
          error={error('lecture.title')}
          maxLength={200}
        />
        {(['video', 'captions'] as const).map((kind) => (
          <LectureFile
            key={kind}
            kind={kind}
            path={lecture[kind]}
            error={error(`lecture.${kind}`)}
            lessonId={lessonId}
            limits={limits}
            onUploaded={(path) => onLecture({ ...lecture, [kind]: path })}
          />
        ))}
        {hasLecture && (
          <Button type="button" onClick={() => onLecture({ title: '', video: '', captions: '' })} variant="secondary" size="sm">
            {t('lesson.removeLecture')}
          </Button>
        )}
      </fieldset>
      <fieldset className={cardClass({ className: 'space-y-3' })}>
        <legend className="px-1 text-lg font-semibold">{t('lesson.attachments')}</legend>
        {attachments.length === 0 ? (
          <p>{t('lesson.noAttachments')}</p>
        ) : (
          <ul className="space-y-2">
            {attachments.map((attachment, index) => (
              <li key={attachment.path} className="flex flex-wrap items-end gap-2">
                <div className="min-w-64 flex-1">
                  <FormField
                    name={`attachment-${index}`}
                    id={`attachment-${index}`}
                    label={t('lesson.attachmentTitle', { name: shownName(attachment.path) })}
                    value={attachment.title}
                    onChange={(e) => onAttachments(attachments.map((a, i) => (i === index ? { ...a, title: e.target.value } : a)))}
                    error={error(`attachments.${index}`, true)}
                    maxLength={200}
                  />
                </div>
                <Button
                  type="button"
                  onClick={() => onAttachments(attachments.filter((_, i) => i !== index))}
                  aria-label={t('lesson.removeAttachment', { title: attachment.title })}
                  variant="danger"
                  size="xs"
                >
                  {t('common.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <FileUpload
          id="attachment-upload"
          label={t('lesson.uploadAttachment')}
          kind="attachment"
          lessonId={lessonId}
          limits={limits}
          onUploaded={(file) => onAttachments([...attachments, { title: file.title, path: file.path }])}
        />
      </fieldset>
    </>
  );
}
