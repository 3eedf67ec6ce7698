import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { enrolInModuleAction, startAttemptAction } from '@/app/(trainee)/modules/actions';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ModuleAssignments } from '@/components/assignments/module-assignments';
import { ActionButton } from '@/components/learning/action-button';
import { ContentLanguage } from '@/components/learning/content-language';
import { AttemptHistory } from '@/components/learning/attempt-history';
import { QuizStatusText } from '@/components/learning/quiz-status-text';
import { SaveForOffline } from '@/components/offline/save-for-offline';
import { LinkButton } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Section } from '@/components/ui/section';
import { latestStatuses } from '@/db/queries/assignment-submissions';
import { listAttempts } from '@/db/queries/attempts';
import { isEnrolled } from '@/db/queries/enrolment';
import { getPublishedModule } from '@/db/queries/published';
import { requirePermission } from '@/lib/auth/guards';
import { localise } from '@/lib/domain/content-fallback';
import { formatNumber } from '@/lib/i18n/format';
import { traineeModuleView } from '@/lib/module-view';

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const courseModule = getPublishedModule((await params).slug);
  const locale = await getLocale();
  const title = courseModule && localise(locale, courseModule.title, { [locale]: courseModule.translations[locale]?.title }).value;
  return { title: title ?? (await getTranslations('errors'))('notFoundTitle') };
}

export default async function ModulePage({ params }: Params) {
  const { slug } = await params;
  const user = await requirePermission('learning:view', `/modules/${slug}`);
  const courseModule = getPublishedModule(slug);
  if (!courseModule) notFound();
  const t = await getTranslations('module');
  const enrolled = isEnrolled(user.id, courseModule.id);
  const { completed, progress, missing, quizStatus, continueHref } = traineeModuleView(user.id, courseModule);
  const attempts = listAttempts(user.id, courseModule.id);
  const quiz = courseModule.quiz;
  const locale = await getLocale();
  const text = localise(locale, { title: courseModule.title, summary: courseModule.summary, objectives: courseModule.objectives }, courseModule.translations);
  const titles = courseModule.lessonTitles[locale] ?? {};
  const lessonTitle = (lesson: { key: string; title: string }) => localise(locale, lesson.title, { [locale]: titles[lesson.key]?.title });
  const quizTitle = quiz && localise(locale, quiz.title, { [locale]: quiz.translations?.[locale]?.title });
  const missingTitles = courseModule.lessons.filter((l) => missing.lessons.includes(l.key)).map((l) => lessonTitle(l).value);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <ContentLanguage shown={text} locale={locale} className="space-y-2">
          <h1 dir="auto" className="text-2xl font-bold">{text.value.title}</h1>
          <p dir="auto" className="text-slate-700">{text.value.summary}</p>
        </ContentLanguage>
        {enrolled && (
          <div className="max-w-xl space-y-1">
            <ProgressBar percent={progress.percent} label={t('progressLabel')} />
            <p className="text-sm text-slate-700">{t('progressText', { done: progress.lessonsDone, total: progress.lessonsTotal, percent: progress.percent })}</p>
            {!progress.complete && (
              <Link href={continueHref} className="inline-block text-brand-700 underline">
                {t('continue')}
              </Link>
            )}
          </div>
        )}
      </header>
      {enrolled && (
        <ClientMessages namespaces={['offline']}>
          <SaveForOffline slug={courseModule.slug} version={courseModule.version} />
        </ClientMessages>
      )}
      {!enrolled &&
        (courseModule.selfEnrol ? (
          <ClientMessages namespaces={['learningErrors']}>
            <ActionButton action={enrolInModuleAction} fields={{ module: courseModule.slug }} label={t('enrol')} />
          </ClientMessages>
        ) : (
          <p>{t('enrolClosed')}</p>
        ))}
      <section aria-labelledby="objectives">
        <h2 id="objectives" className="mb-2 text-lg font-semibold">{t('objectives')}</h2>
        <ul className="list-disc space-y-1 ps-6" lang={text.lang} dir={text.dir}>
          {text.value.objectives.map((objective) => (
            <li key={objective} dir="auto">{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lessons">
        <h2 id="lessons" className="mb-2 text-lg font-semibold">{t('lessons')}</h2>
        <ol className="space-y-2">
          {courseModule.lessons.map((lesson, i) => (
            <li key={lesson.key} className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-baseline justify-between gap-2' })}>
              <span>
                <span className="me-2 text-slate-600">{formatNumber(locale, i + 1)}.</span>
                {enrolled ? (
                  <Link href={`/modules/${courseModule.slug}/lessons/${lesson.key}`} className="text-brand-700 underline" lang={lessonTitle(lesson).lang} dir={lessonTitle(lesson).dir}>
                    <bdi>{lessonTitle(lesson).value}</bdi>
                  </Link>
                ) : (
                  <span lang={lessonTitle(lesson).lang} dir={lessonTitle(lesson).dir}>{lessonTitle(lesson).value}</span>
                )}
              </span>
              {enrolled && <span className="text-sm">{completed.has(lesson.key) ? t('lessonDone') : t('lessonNotDone')}</span>}
            </li>
          ))}
        </ol>
      </section>
      {quiz && (
        <section aria-labelledby="quiz" className="space-y-3">
          <h2 id="quiz" className="text-lg font-semibold">{t('quiz', { title: quizTitle?.value ?? quiz.title })}</h2>
          <p>
            {t('quizRules', { passMark: quiz.passMark, count: quiz.questions.length })}{' '}
            {quiz.attemptLimit ? t('quizAttemptLimit', { limit: quiz.attemptLimit }) : t('quizUnlimited')}{' '}
            {quiz.timeLimitMinutes ? t('quizTimeLimit', { minutes: quiz.timeLimitMinutes }) : ''}
          </p>
          {enrolled && (
            <>
              <p className="font-medium">
                <QuizStatusText status={quizStatus} />
              </p>
              {quizStatus.kind === 'in-progress' ? (
                <LinkButton href={`/modules/${courseModule.slug}/quiz`}>
                  {t('resumeQuiz')}
                </LinkButton>
              ) : quizStatus.kind === 'failed' && quizStatus.attemptsLeft === 0 ? null : (
                <ClientMessages namespaces={['learningErrors']}>
                  <ActionButton action={startAttemptAction} fields={{ module: courseModule.slug }} label={quizStatus.kind === 'not-started' ? t('startQuiz') : t('retakeQuiz')} />
                </ClientMessages>
              )}
              <AttemptHistory attempts={attempts} moduleSlug={courseModule.slug} />
            </>
          )}
        </section>
      )}
      <ModuleAssignments module={courseModule} statuses={latestStatuses(user.id, courseModule.id)} enrolled={enrolled} />
      {enrolled && (
        <Section id="still-needed" title={t('stillNeeded')} card>
          {progress.complete ? (
            <p>{t('moduleComplete')}</p>
          ) : (
            <ul className="list-disc ps-6">
              {missingTitles.map((title) => (
                <li key={title}>{t('needLesson', { title })}</li>
              ))}
              {missing.quiz && <li>{t('needQuiz', { passMark: quiz?.passMark ?? 0 })}</li>}
            </ul>
          )}
        </Section>
      )}
    </div>
  );
}
