import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { enrolInModuleAction, enrolInProgrammeAction } from '@/app/(trainee)/modules/actions';
import { DiscussionsSummary } from '@/app/(discussions)/discussions/_components/discussions-summary';
import { UpcomingEvents } from '@/components/events/upcoming-events';
import { listUpcomingEventsFor } from '@/db/queries/events';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/learning/action-button';
import { QuizStatusText } from '@/components/learning/quiz-status-text';
import { cardClass } from '@/components/ui/card';
import { TodoList } from '@/components/learning/todo-list';
import { ProgressBar } from '@/components/ui/progress-bar';
import { listUserCertificates } from '@/db/queries/certificates';
import { requirePermission } from '@/lib/auth/guards';
import { localiseModuleText } from '@/lib/domain/content-fallback';
import { orderTodo } from '@/lib/domain/todo';
import { learnerOverview } from '@/lib/learner-overview';
import { loadAssignmentTodo } from '@/lib/reports/assignment-todo';
import { surveyTodoItems } from '@/lib/surveys/trainee';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('learn'))('title') };
}

export default async function MyLearningPage() {
  const user = await requirePermission('learning:view', '/learn');
  const t = await getTranslations('learn');
  const { enrolled, programmes, catalogue } = learnerOverview(user.id);
  const now = new Date();
  const certificates = new Map(listUserCertificates(user.id).map((c) => [c.programmeId, c]));
  const todo = orderTodo([...surveyTodoItems(user.id, now), ...loadAssignmentTodo(user.id, now)]);
  const locale = await getLocale();
  // A module's title and summary in the reader's language where translated; English (marked lang="en") otherwise.
  const textOf = (m: Parameters<typeof localiseModuleText>[1]) => {
    const shown = localiseModuleText(locale, m);
    return { ...shown.value, attrs: shown.fallback ? { lang: shown.lang, dir: shown.dir } : { dir: 'auto' as const } };
  };
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <TodoList items={todo} />
      <UpcomingEvents events={listUpcomingEventsFor(user.id, now, 5)} now={now} />
      <DiscussionsSummary userId={user.id} />
      {programmes.map(({ programme, progress }) => {
        const certificate = certificates.get(programme.id);
        return (
          <section key={programme.id} aria-labelledby={`programme-${programme.id}`} className={cardClass({ className: 'space-y-2' })}>
            <h2 dir="auto" id={`programme-${programme.id}`} className="text-lg font-semibold">{programme.title}</h2>
            <ProgressBar percent={progress.total ? (progress.done / progress.total) * 100 : 0} label={t('programmeProgress', { title: programme.title })} />
            <p>{t('programmeText', { done: progress.done, total: progress.total })}</p>
            {certificate && (
              <p className="space-x-4">
                <a href={`/api/certificates/${certificate.code}`} className="font-medium text-brand-700 underline">{t('downloadCertificate')}</a>
                <Link href={`/verify/${certificate.code}`} prefetch={false} className="text-brand-700 underline">{t('verifyCertificate')}</Link>
              </p>
            )}
          </section>
        );
      })}
      <section aria-labelledby="enrolled">
        <h2 id="enrolled" className="mb-2 text-lg font-semibold">{t('enrolled')}</h2>
        {enrolled.length === 0 ? (
          <p>{t('noEnrolments')}</p>
        ) : (
          <ul className="space-y-3">
            {enrolled.map(({ module, standing }) => {
              const text = textOf(module);
              return (
                <li key={module.id} className={cardClass({ className: 'space-y-2' })}>
                  <h3 className="font-semibold">
                    <Link {...text.attrs} href={`/modules/${module.slug}`} className="text-brand-700 underline">{text.title}</Link>
                  </h3>
                  <ProgressBar percent={standing.progress.percent} label={t('moduleProgress', { title: text.title })} />
                  <p className="text-sm text-slate-700">
                    {t('lessonsDone', { done: standing.progress.lessonsDone, total: standing.progress.lessonsTotal })}{' '}
                    <QuizStatusText status={standing.quizStatus} />
                  </p>
                  {standing.progress.complete ? (
                    <p className="font-medium text-green-800">{t('moduleComplete')}</p>
                  ) : (
                    <Link href={standing.continueHref} className="inline-block font-medium text-brand-700 underline">
                      {t('continue')}<span className="sr-only">: <bdi>{text.title}</bdi></span>
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="catalogue" className="space-y-3">
        <h2 id="catalogue" className="text-lg font-semibold">{t('catalogue')}</h2>
        {catalogue.programmes.map((programme) => (
          <div key={programme.id} className={cardClass({ className: 'space-y-2' })}>
            <h3 dir="auto" className="font-semibold">{programme.title}</h3>
            <p className="text-slate-700">{programme.summary}</p>
            <ClientMessages namespaces={['learningErrors']}>
              <ActionButton action={enrolInProgrammeAction} fields={{ programme: programme.slug }} label={t('enrolProgramme', { title: programme.title })} />
            </ClientMessages>
          </div>
        ))}
        {catalogue.modules.length === 0 && catalogue.programmes.length === 0 ? (
          <p>{t('catalogueEmpty')}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {catalogue.modules.map((m) => {
              const text = textOf(m);
              return (
                <li key={m.id} className={cardClass({ className: 'space-y-2' })}>
                  <h3 className="font-semibold">
                    {/* Not prefetched: a trainee opens few of these, and on a metered link each prefetch costs. */}
                    <Link {...text.attrs} href={`/modules/${m.slug}`} prefetch={false} className="text-brand-700 underline">{text.title}</Link>
                  </h3>
                  <p {...text.attrs} className="text-slate-700">{text.summary}</p>
                  <p className="text-sm text-slate-600">{t('lessonsCount', { count: m.lessons.length })}</p>
                  <ClientMessages namespaces={['learningErrors']}>
                    <ActionButton action={enrolInModuleAction} fields={{ module: m.slug }} label={t('enrolModule', { title: text.title })} />
                  </ClientMessages>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
