import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GradeEssayForm } from '@/components/grading/grade-essay-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cardClass } from '@/components/ui/card';
import { getEssayForGrading } from '@/db/queries/grading-queue';
import { mayGradeWorkOf } from '@/db/queries/grading-scope';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';
import { essayNotes, wordCount } from '@/lib/domain/question-types/essay';
import { questionType } from '@/lib/domain/question-types/registry';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('grading'))('gradeTitle') };
}

type Params = { params: Promise<{ attemptId: string; questionKey: string }> };

/** One essay answer: the question, the grader information, the trainee's text, and the grading form. */
export default async function GradeEssayPage({ params }: Params) {
  const { attemptId, questionKey } = await params;
  const key = decodeURIComponent(questionKey);
  const essay = /^\d+$/.test(attemptId) ? getEssayForGrading(Number(attemptId), key) : null;
  const user = await requirePermission('content:author', `/author/grading/${attemptId}/${questionKey}`);
  if (!essay || questionType(essay.question.type).grading !== 'manual') notFound();
  if (!mayGradeWorkOf({ id: user.id, all: can(user.role, 'cohorts:view-all') }, essay.traineeId, essay.moduleId)) forbidden();
  const t = await getTranslations('grading');
  const format = await getFormatter();
  const { graderInfo } = essayNotes(essay.question.options);
  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href="/author/grading" parent={t('title')} />
      <h1 className="text-2xl font-bold">{t('gradeTitle')}</h1>
      <p>
        {t('byTrainee', { name: essay.traineeName })}
        {essay.submittedAt && ` · ${format.dateTime(essay.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}`}
      </p>
      <section aria-labelledby="question" className={cardClass({ className: 'space-y-2' })}>
        <h2 id="question" className="font-semibold">
          {t('question', { points: essay.question.points })}
        </h2>
        <p dir="auto" className="whitespace-pre-line">
          {essay.question.prompt}
        </p>
        {graderInfo && (
          <div className="rounded bg-slate-100 p-2">
            <p className="font-medium">{t('graderInfo')}</p>
            <p dir="auto" className="whitespace-pre-line">
              {graderInfo}
            </p>
          </div>
        )}
      </section>
      <section aria-labelledby="answer" className={cardClass({ className: 'space-y-2' })}>
        <h2 id="answer" className="font-semibold">
          {t('answer', { count: wordCount(essay.text) })}
        </h2>
        <p dir="auto" className="whitespace-pre-line">
          {essay.text}
        </p>
      </section>
      <section aria-labelledby="grade" className={cardClass({ className: 'space-y-2' })}>
        <h2 id="grade" className="font-semibold">
          {t('grade')}
        </h2>
        <ClientMessages namespaces={['grading']}>
          <GradeEssayForm attemptId={essay.attemptId} questionKey={essay.questionKey} maxPoints={essay.question.points} given={essay.grade} />
        </ClientMessages>
      </section>
    </div>
  );
}
