import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AssignmentWorkForm } from '@/components/assignments/assignment-work-form';
import { RubricTable } from '@/components/assignments/rubric-table';
import { VersionList } from '@/components/assignments/version-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cardClass } from '@/components/ui/card';
import { getPublishedModule } from '@/db/queries/published';
import { getPublishedAssignment } from '@/db/queries/published-assignments';
import { traineeAssignmentView } from '@/lib/assignments/trainee-view';
import { requireEnrolledModule } from '@/lib/auth/guards';
import { uploadLimits } from '@/lib/authoring/files';
import { MAX_SUBMISSION_FILES } from '@/lib/domain/assignments/submission';
import { formatCommitment } from '@/lib/i18n/format';

type Params = { params: Promise<{ slug: string; key: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, key } = await params;
  const courseModule = getPublishedModule(slug);
  const assignment = courseModule && getPublishedAssignment(courseModule.versionId, key);
  return { title: assignment?.title ?? (await getTranslations('errors'))('notFoundTitle') };
}

const refusalIntro = { 'awaiting-grade': 'awaitingIntro', accepted: 'acceptedIntro', closed: 'closedIntro' } as const;

/** An assignment of a module: the brief, the rubric, the trainee's draft and every version with its grade. */
export default async function AssignmentPage({ params }: Params) {
  const { slug, key } = await params;
  const { user, module: courseModule } = await requireEnrolledModule(slug, `/modules/${slug}/assignments/${key}`);
  const view = traineeAssignmentView(user.id, courseModule, key, new Date());
  if (!view) notFound();
  const { assignment, latest } = view;
  const t = await getTranslations('assignments');
  const locale = await getLocale();
  const status = latest?.status ?? 'not-started';
  const limitMb = Math.round(uploadLimits().attachment / (1024 * 1024));
  return (
    <article className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${courseModule.slug}`} parent={courseModule.title} />
      <header className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">
          {assignment.title}
        </h1>
        <p className="font-medium" data-testid="assignment-status">
          {t('statusLine', { status: t(`status.${status}`) })}
        </p>
        <p>
          {view.dueAt ? t('due', { date: formatCommitment(locale, view.dueAt, { timeZone: view.timeZone, withTime: true }) }) : t('noDue')}
          {view.overdue && <span className="ms-2 rounded bg-red-100 px-2 text-red-900">{t('overdue')}</span>}
        </p>
        <p>
          {assignment.required ? t('required') : t('optional')} · {t(`submissionKind.${assignment.submission}`)} · {t('passMark', { passMark: assignment.passMark })}
        </p>
      </header>
      <section aria-labelledby="brief" className="space-y-2">
        <h2 id="brief" className="text-lg font-semibold">
          {t('brief')}
        </h2>
        <div dir="auto" className="prose-lesson max-w-3xl" dangerouslySetInnerHTML={{ __html: assignment.html }} />
      </section>
      <section aria-labelledby="rubric" className="space-y-2">
        <h2 id="rubric" className="text-lg font-semibold">
          {t('rubric')}
        </h2>
        <RubricTable rubric={assignment.rubric} />
      </section>
      <section aria-labelledby="work" className={cardClass({ className: 'space-y-3' })}>
        <h2 id="work" className="text-lg font-semibold">
          {t('yourWork')}
        </h2>
        {latest?.status === 'revision-requested' && view.editable && <p>{t('revisionIntro')}</p>}
        {view.refusal ? (
          <p>{t(refusalIntro[view.refusal])}</p>
        ) : (
          <ClientMessages namespaces={['assignments']}>
            <AssignmentWorkForm
              moduleSlug={courseModule.slug}
              assignmentKey={assignment.key}
              asksText={assignment.submission !== 'files'}
              asksFiles={assignment.submission !== 'text'}
              initialText={view.working.text}
              initialFiles={view.working.files}
              savedAt={latest?.status === 'draft' ? latest.updatedAt.toISOString() : null}
              limitMb={limitMb}
              maxFiles={MAX_SUBMISSION_FILES}
            />
          </ClientMessages>
        )}
      </section>
      {view.versions.some((version) => version.status !== 'draft') && (
        <section aria-labelledby="versions" className="space-y-2">
          <h2 id="versions" className="text-lg font-semibold">
            {t('versions')}
          </h2>
          <VersionList versions={view.versions.filter((version) => version.status !== 'draft')} rubric={assignment.rubric} locale={locale} timeZone={view.timeZone} />
        </section>
      )}
    </article>
  );
}
