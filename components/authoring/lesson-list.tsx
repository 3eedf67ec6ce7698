'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { addLessonAction, deleteLessonAction, moveLessonAction } from '@/app/(instructor)/author/_actions/module-actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { idle } from '@/lib/actions/action-state';
import { EditStatus, useFieldError } from './edit-status';

interface LessonItem {
  id: number;
  title: string;
  minutes: number;
  required: boolean;
  revision: number;
}

/** The module's lessons in order: open, move up or down (keyboard-operable buttons), delete, or add one. */
export function LessonList({ moduleId, lessons }: { moduleId: number; lessons: LessonItem[] }) {
  const t = useTranslations('authoring');
  const format = useFormatter();
  const [state, dispatch, pending] = useActionState(moveLessonAction, idle);
  const [deleteState, deleteDispatch] = useActionState(deleteLessonAction, idle);
  const [confirming, setConfirming] = useState<number | null>(null);
  const seen = lessons.map((lesson) => lesson.id).join(',');

  return (
    <div className="space-y-4">
      {lessons.length === 0 ? (
        <p>{t('lessons.empty')}</p>
      ) : (
        <ol className="space-y-2">
          {lessons.map((lesson, index) => (
            <li key={lesson.id} className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-center gap-2' })}>
              <span className="w-6 text-slate-600">{format.number(index + 1)}.</span>
              <Link href={`/author/modules/${moduleId}/lessons/${lesson.id}`} className="flex-1 text-brand-700 underline">
                <bdi>{lesson.title}</bdi>
              </Link>
              <span className="text-sm text-slate-600">
                {t('lessons.meta', { minutes: lesson.minutes, required: lesson.required ? 'yes' : 'no' })}
              </span>
              {(['up', 'down'] as const).map((direction) => (
                <form key={direction} action={dispatch}>
                  <input type="hidden" name="moduleId" value={moduleId} />
                  <input type="hidden" name="id" value={lesson.id} />
                  <input type="hidden" name="direction" value={direction} />
                  <input type="hidden" name="seen" value={seen} />
                  <Button
                    type="submit"
                    disabled={pending || (direction === 'up' ? index === 0 : index === lessons.length - 1)}
                    aria-label={t(direction === 'up' ? 'lessons.moveUp' : 'lessons.moveDown', { title: lesson.title })}
                    variant="secondary"
                    size="xs"
                  >
                    {t(direction === 'up' ? 'common.moveUp' : 'common.moveDown')}
                  </Button>
                </form>
              ))}
              {confirming === lesson.id ? (
                <form action={deleteDispatch} className="flex gap-2" onSubmit={() => setConfirming(null)}>
                  <input type="hidden" name="lessonId" value={lesson.id} />
                  <input type="hidden" name="revision" value={lesson.revision} />
                  <Button type="submit" variant="danger" size="xs" autoFocus>
                    {t('lessons.confirmDelete', { title: lesson.title })}
                  </Button>
                  <Button type="button" onClick={() => setConfirming(null)} variant="secondary" size="xs">
                    {t('common.cancel')}
                  </Button>
                </form>
              ) : (
                <Button
                  type="button"
                  onClick={() => setConfirming(lesson.id)}
                  aria-label={t('lessons.delete', { title: lesson.title })}
                  variant="danger"
                  size="xs"
                >
                  {t('common.delete')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      <EditStatus state={deleteState.status === 'idle' ? state : deleteState} />
      <AddLessonForm moduleId={moduleId} />
    </div>
  );
}

function AddLessonForm({ moduleId }: { moduleId: number }) {
  const t = useTranslations('authoring');
  const [state, dispatch, pending] = useActionState(addLessonAction, idle);
  const error = useFieldError(state);
  return (
    <form action={dispatch} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="moduleId" value={moduleId} />
      <div className="min-w-64 flex-1">
        <FormField name="title" id="new-lesson-title" label={t('lessons.newTitle')} error={error('title')} maxLength={200} />
      </div>
      <Button type="submit" disabled={pending}>
        {t('lessons.add')}
      </Button>
    </form>
  );
}
