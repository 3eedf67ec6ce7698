import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FallbackNotice } from '@/components/learning/content-language';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cardClass } from '@/components/ui/card';
import { savedResponses } from '@/db/queries/attempt-answers';
import { getPublishedModule } from '@/db/queries/published';
import { requireOwnAttempt } from '@/lib/auth/guards';
import { gradeQuestion } from '@/lib/domain/grading';
import { reviewQuestion } from '@/lib/domain/review';
import { localiseQuiz } from '@/lib/domain/quiz-language';

type Params = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('results'))('title') };
}

/** A submitted attempt: score, pass or fail, and per-question feedback with explanations. */
export default async function AttemptResultPage({ params }: Params) {
  const { slug, id } = await params;
  const { attempt, quiz } = await requireOwnAttempt(id, `/modules/${slug}/quiz/attempts/${id}`);
  const courseModule = getPublishedModule(slug);
  if (!courseModule || attempt.moduleId !== courseModule.id) notFound();
  if (attempt.status === 'open') redirect(`/modules/${slug}/quiz`);
  const t = await getTranslations('results');
  const responses = savedResponses(attempt.id);
  // The review in the reader's language; grading a localised question is grading the English one.
  const locale = await getLocale();
  const shown = localiseQuiz(quiz, locale);
  const contentLang = shown.fallback ? { lang: shown.lang, dir: shown.dir } : {};
  const byKey = new Map(shown.quiz.questions.map((q) => [q.key, q]));
  const questions = attempt.layout.questions.flatMap((key) => byKey.get(key) ?? []);

  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${slug}`} parent={courseModule.title} />
      <h1 className="text-2xl font-bold">{t('heading', { n: attempt.attemptNo })}</h1>
      <section aria-labelledby="score" className={`rounded border p-4 ${attempt.passed ? 'border-green-300 bg-green-50' : 'border-amber-300 bg-amber-50'}`}>
        <h2 id="score" className="text-lg font-semibold">
          {attempt.passed ? t('passed') : t('failed')}
        </h2>
        <p>{t('score', { score: attempt.score ?? 0, max: attempt.maxScore ?? 0, percent: attempt.percent ?? 0, passMark: quiz.passMark })}</p>
        {attempt.status === 'expired' && <p>{t('expired')}</p>}
      </section>
      {shown.fallback && <FallbackNotice locale={locale} />}
      <ol className="space-y-4">
        {questions.map((question, index) => {
          const grade = gradeQuestion(question, responses[question.key]);
          const review = reviewQuestion(question, responses[question.key], quiz.showAnswers);
          return (
            <li key={question.key} className={cardClass({ className: 'space-y-2' })}>
              <h3 className="font-medium">
                <span className="me-2 text-slate-600">{t('questionNumber', { n: index + 1 })}</span>{' '}
                <span {...contentLang}>{question.prompt}</span>
              </h3>
              <p className="font-medium">{t(`outcome.${grade.outcome}`, { score: grade.score, max: grade.maxScore })}</p>
              <div>
                <p className="text-sm text-slate-700">{t('yourAnswer')}</p>
                {review.yourAnswer.length ? (
                  <ul className="list-disc ps-6">{review.yourAnswer.map((a, i) => <li key={i}>{a}</li>)}</ul>
                ) : (
                  <p>{t('noAnswer')}</p>
                )}
              </div>
              {review.correctAnswer && (
                <div>
                  <p className="text-sm text-slate-700">{t('correctAnswer')}</p>
                  <ul className="list-disc ps-6">{review.correctAnswer.map((a, i) => <li key={i}>{a}</li>)}</ul>
                </div>
              )}
              {review.feedback.map((text, i) => (
                <p key={i} className="rounded bg-slate-100 p-2">{text}</p>
              ))}
              <p className="border-s-4 border-brand-600 ps-3">
                <span className="font-medium">{t('explanation')}</span> <span {...contentLang}>{question.explanation}</span>
              </p>
            </li>
          );
        })}
      </ol>
      <Link href={`/modules/${slug}`} className="inline-block text-brand-700 underline">
        {t('backToModule')}
      </Link>
    </div>
  );
}
