import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { GradeAssignmentForm } from '@/components/assignments/grade-assignment-form';
import { VersionList } from '@/components/assignments/version-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cardClass } from '@/components/ui/card';
import { assignmentGradingView } from '@/lib/assignments/grading-view';
import { requirePermission } from '@/lib/auth/guards';
import { formatCommitment, formatDate } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assignmentGrading'))('title') };
}

type Params = { params: Promise<{ id: string }> };

/** One submitted assignment version: the trainee's text and files, the rubric to grade with, and the earlier versions. */
export default async function GradeAssignmentPage({ params }: Params) {
  const { id } = await params;
  const user = await requirePermission('content:author', `/author/grading/assignments/${id}`);
  const view = /^[1-9]\d{0,9}$/.test(id) ? assignmentGradingView(user, Number(id)) : 'not-found';
  if (view === 'not-found') notFound();
  if (view === 'forbidden') forbidden();
  const { submission, assignment } = view;
  const t = await getTranslations('assignmentGrading');
  const tg = await getTranslations('grading');
  const ta = await getTranslations('assignments');
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <Breadcrumb label={tg('breadcrumb')} href="/author/grading" parent={tg('title')} />
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>
        <bdi>{assignment.title}</bdi> · <bdi>{view.moduleTitle}</bdi>
      </p>
      <p>
        {t('byTrainee', { name: view.traineeName, number: submission.versionNo })}
        {submission.submittedAt && ` · ${formatDate(locale, submission.submittedAt, { timeZone: view.timeZone, withTime: true })}`} ·{' '}
        <span className={submission.late ? 'rounded bg-amber-100 px-2 text-amber-900' : ''}>{submission.late ? t('late') : t('onTime')}</span>
        {view.dueAt && ` · ${t('dueWas', { date: formatCommitment(locale, view.dueAt, { timeZone: view.timeZone, withTime: true }) })}`}
      </p>
      <section aria-labelledby="work-text" className={cardClass({ className: 'space-y-2' })}>
        <h2 id="work-text" className="font-semibold">
          {t('text')}
        </h2>
        {submission.text.trim() ? (
          <p dir="auto" className="whitespace-pre-line">
            {submission.text}
          </p>
        ) : (
          <p>{t('noText')}</p>
        )}
        <h2 className="font-semibold">{t('files')}</h2>
        <ul className="list-disc ps-6">
          {submission.files.map((file) => (
            <li key={file.path}>
              <a className="text-brand-700 underline" href={`/api/assignments/submissions/${submission.id}/file?path=${encodeURIComponent(file.path)}`}>
                {ta('download', { name: file.name })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="grade" className={cardClass({ className: 'space-y-2' })}>
        <h2 id="grade" className="font-semibold">
          {t('rubric')}
        </h2>
        {submission.status === 'submitted' ? (
          <ClientMessages namespaces={['assignmentGrading']}>
            <GradeAssignmentForm submissionId={submission.id} rubric={assignment.rubric} passMark={assignment.passMark} />
          </ClientMessages>
        ) : (
          <>
            {/* The grade just given replaces the form on re-render, so its outcome is announced here. */}
            <p role="status">
              {(submission.status === 'accepted' || submission.status === 'revision-requested') && submission.points !== null
                ? t(`saved.${submission.status}`, { points: submission.points, max: submission.maxPoints ?? 0 })
                : t('graded', { status: ta(`status.${submission.status}`) })}
            </p>
            <VersionList versions={[submission]} rubric={assignment.rubric} locale={locale} timeZone={view.timeZone} />
          </>
        )}
      </section>
      {view.earlier.length > 0 && (
        <section aria-labelledby="history" className="space-y-2">
          <h2 id="history" className="font-semibold">
            {t('history')}
          </h2>
          <VersionList versions={view.earlier} rubric={assignment.rubric} locale={locale} timeZone={view.timeZone} />
        </section>
      )}
    </div>
  );
}
