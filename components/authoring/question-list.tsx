'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { deleteQuestionAction, moveQuestionAction } from '@/app/(instructor)/author/_actions/quiz-actions';
import { idle } from '@/lib/actions/action-state';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import { EditStatus } from './edit-status';
import { buttonStyles } from './fields';

interface QuestionItem {
  id: number;
  type: QuestionType;
  prompt: string;
  points: number;
  token: string;
  problem: string | null;
}

/** The quiz's questions in order: edit, move up or down, or remove. */
export function QuestionList({ moduleId, questions }: { moduleId: number; questions: QuestionItem[] }) {
  const t = useTranslations('authoring');
  const format = useFormatter();
  const [moveState, move, pending] = useActionState(moveQuestionAction, idle);
  const [deleteState, remove] = useActionState(deleteQuestionAction, idle);
  const [confirming, setConfirming] = useState<number | null>(null);
  const seen = questions.map((q) => q.id).join(',');
  if (questions.length === 0) return <p>{t('questions.empty')}</p>;

  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {questions.map((question, index) => (
          <li key={question.id} className="space-y-1 rounded border border-slate-200 bg-white p-3">
            <p>
              <span className="me-2 text-slate-600">{format.number(index + 1)}.</span>
              <span className="me-2 rounded bg-slate-100 px-1.5 text-sm">{t(`types.${question.type}`)}</span>
              {question.prompt} <span className="text-sm text-slate-600">{t('questions.points', { points: question.points })}</span>
            </p>
            {question.problem && (
              <p className="text-sm text-red-700">{t('questions.problem', { problem: t(`errors.${question.problem}`) })}</p>
            )}
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/author/modules/${moduleId}/quiz/questions/${question.id}`}
                className={buttonStyles.small}
                aria-label={t('questions.edit', { n: index + 1 })}
              >
                {t('common.edit')}
              </Link>
              {(['up', 'down'] as const).map((direction) => (
                <form key={direction} action={move}>
                  <input type="hidden" name="moduleId" value={moduleId} />
                  <input type="hidden" name="id" value={question.id} />
                  <input type="hidden" name="direction" value={direction} />
                  <input type="hidden" name="seen" value={seen} />
                  <button
                    type="submit"
                    disabled={pending || (direction === 'up' ? index === 0 : index === questions.length - 1)}
                    aria-label={t(direction === 'up' ? 'questions.moveUp' : 'questions.moveDown', { n: index + 1 })}
                    className={buttonStyles.small}
                  >
                    {t(direction === 'up' ? 'common.moveUp' : 'common.moveDown')}
                  </button>
                </form>
              ))}
              {confirming === question.id ? (
                <form action={remove} onSubmit={() => setConfirming(null)} className="flex gap-2">
                  <input type="hidden" name="moduleId" value={moduleId} />
                  <input type="hidden" name="questionId" value={question.id} />
                  <input type="hidden" name="token" value={question.token} />
                  <button type="submit" className={buttonStyles.danger} autoFocus>
                    {t('questions.confirmDelete', { n: index + 1 })}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)} className={buttonStyles.small}>
                    {t('common.cancel')}
                  </button>
                </form>
              ) : (
                <button
                  type="button"
                  onClick={() => setConfirming(question.id)}
                  aria-label={t('questions.delete', { n: index + 1 })}
                  className={buttonStyles.danger}
                >
                  {t('common.delete')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <EditStatus state={deleteState.status === 'idle' ? moveState : deleteState} />
    </div>
  );
}
