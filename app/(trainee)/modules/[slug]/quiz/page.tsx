import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { closeExpiredAttemptAction } from '@/app/(trainee)/modules/actions';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/learning/action-button';
import { ContentLanguage } from '@/components/learning/content-language';
import { QuizAttemptForm } from '@/components/quiz/quiz-attempt-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { loadOwnAttempt, savedResponses } from '@/db/queries/attempt-answers';
import { listAttempts } from '@/db/queries/attempts';
import { getModuleVersion, getPublishedModule } from '@/db/queries/published';
import { requireEnrolledModule } from '@/lib/auth/guards';
import { publicQuestions } from '@/lib/domain/attempt-layout';
import { attemptState } from '@/lib/domain/attempt-state';
import { localise } from '@/lib/domain/content-fallback';
import { localiseQuiz } from '@/lib/domain/quiz-language';
import { withOwnTexts } from '@/lib/domain/question-types/registry';

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const quiz = getPublishedModule((await params).slug)?.quiz;
  return { title: (quiz && localiseQuiz(quiz, await getLocale()).quiz.title) ?? (await getTranslations('errors'))('notFoundTitle') };
}

/** The trainee's open attempt at the module quiz. Without one, the module page offers to start. */
export default async function QuizPage({ params }: Params) {
  const { slug } = await params;
  const { user, module: courseModule } = await requireEnrolledModule(slug, `/modules/${slug}/quiz`);
  const open = listAttempts(user.id, courseModule.id).find((a) => a.status === 'open');
  if (!open) redirect(`/modules/${slug}#quiz`);
  const attempt = loadOwnAttempt(open.id, user.id);
  // The attempt is taken on the version it started on, even if a newer one was published since.
  const english = getModuleVersion(attempt.versionId)?.quiz;
  if (!english) notFound();
  // Every language shares the option keys and answer key: the attempt and its saved answers carry over.
  const locale = await getLocale();
  const shown = localiseQuiz(english, locale);
  const quiz = shown.quiz;
  const tLanguage = await getTranslations('contentLanguage');
  // Options a type writes itself (true/false's "True" and "False") are shown in the reader's language.
  const questions = publicQuestions(quiz, attempt.layout).map((question) => ({
    ...withOwnTexts(question, (key) => tLanguage(key)),
    matchLabels: shown.matchLabels[question.key],
    lang: shown.fallback ? { lang: shown.lang, dir: shown.dir } : undefined,
  }));
  const moduleTitle = localise(locale, courseModule.title, { [locale]: courseModule.translations[locale]?.title }).value;
  // Rendering never writes: an attempt whose time ran out is closed by the button (or by the next command touching it).
  const expired = attemptState(attempt, new Date()) === 'expired';
  const t = await getTranslations('quiz');
  return (
    <div className="space-y-4">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${slug}`} parent={moduleTitle} />
      <ContentLanguage shown={shown} locale={locale}>
        <h1 dir="auto" className="text-2xl font-bold">{quiz.title}</h1>
      </ContentLanguage>
      {expired ? (
        <>
          <p className="text-slate-700">{t('timeUp')}</p>
          <ClientMessages namespaces={['learningErrors']}>
            <ActionButton action={closeExpiredAttemptAction} fields={{ module: slug, attempt: String(attempt.id) }} label={t('seeResult')} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t('intro', { n: attempt.attemptNo, passMark: quiz.passMark })}</p>
          <ClientMessages namespaces={['quiz']}>
            <QuizAttemptForm
              attemptId={attempt.id}
              questions={questions}
              saved={savedResponses(attempt.id)}
              deadline={attempt.deadlineAt?.toISOString() ?? null}
              resultsHref={`/modules/${slug}/quiz/attempts/${attempt.id}`}
            />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
