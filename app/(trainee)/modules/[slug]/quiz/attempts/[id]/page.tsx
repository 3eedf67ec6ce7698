import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FallbackNotice } from '@/components/learning/content-language';
import { QuestionText } from '@/components/quiz/question-text';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { cardClass } from '@/components/ui/card';
import { savedResponses } from '@/db/queries/attempt-answers';
import { listAttempts } from '@/db/queries/attempts';
import { answerGrades } from '@/db/queries/manual-grading';
import { getPublishedModule } from '@/db/queries/published';
import { requireOwnAttempt } from '@/lib/auth/guards';
import { gradeQuestion } from '@/lib/domain/grading';
import { attemptsLeft } from '@/lib/domain/attempt-rules';
import { reviewQuestion } from '@/lib/domain/review';
import { earnsMarks, questionNumbers, questionType, withOwnTexts } from '@/lib/domain/question-types/registry';
import { gradeWithManual } from '@/lib/domain/manual-grading';
import { attemptVisibility } from '@/lib/domain/review-policy';
import { localiseQuiz } from '@/lib/domain/quiz-language';
import { localiseModuleText } from '@/lib/domain/content-fallback';

type Params = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('results'))('title') };
}

/**
 * A submitted attempt: score, pass or fail, which questions were right, and
 * the correct answers and explanations only as far as the quiz's review
 * policy allows now (lib/domain/review-policy): what is withheld is never
 * rendered, so it never reaches the browser.
 */
export default async function AttemptResultPage({ params }: Params) {
  const { slug, id } = await params;
  const { user, attempt, quiz } = await requireOwnAttempt(id, `/modules/${slug}/quiz/attempts/${id}`);
  const courseModule = getPublishedModule(slug);
  if (!courseModule || attempt.moduleId !== courseModule.id) notFound();
  if (attempt.status === 'open') redirect(`/modules/${slug}/quiz`);
  const t = await getTranslations('results');
  // The current published settings decide, so tightening the policy also covers older attempts.
  const current = courseModule.quiz ?? quiz;
  const attempts = listAttempts(user.id, courseModule.id);
  const visibility = attemptVisibility(current.review, {
    passed: attempts.some((a) => a.passed),
    attemptsLeft: attemptsLeft(current.attemptLimit, attempts.filter((a) => a.status !== 'open').length),
  });
  const responses = savedResponses(attempt.id);
  // The review in the reader's language; grading a localised question is grading the English one.
  const locale = await getLocale();
  const shown = localiseQuiz(quiz, locale);
  const contentLang = shown.fallback ? { lang: shown.lang, dir: shown.dir } : {};
  const manual = answerGrades(attempt.id);
  const graded = gradeWithManual(quiz, responses, Object.fromEntries(Object.entries(manual).map(([key, g]) => [key, g.score])));
  const awaiting = graded.final ? [] : graded.awaiting;
  const tLanguage = await getTranslations('contentLanguage');
  // Options a type writes itself (true/false's "True" and "False") are shown in the reader's language, as in the quiz.
  const byKey = new Map(shown.quiz.questions.map((q) => [q.key, withOwnTexts(q, (key) => tLanguage(key))]));
  const questions = attempt.layout.questions.flatMap((key) => byKey.get(key) ?? []);
  const numbers = questionNumbers(questions);

  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${slug}`} parent={localiseModuleText(locale, courseModule).value.title} />
      <h1 className="text-2xl font-bold">{t('heading', { n: attempt.attemptNo })}</h1>
      <section aria-labelledby="score" className={`rounded border p-4 ${attempt.passed ? 'border-green-300 bg-green-50' : 'border-amber-300 bg-amber-50'}`}>
        <h2 id="score" className="text-lg font-semibold">
          {attempt.status === 'awaiting-grading' ? t('awaitingTitle') : attempt.passed ? t('passed') : t('failed')}
        </h2>
        {attempt.status === 'awaiting-grading' ? (
          <p>{t('awaiting', { count: awaiting.length })}</p>
        ) : (
          <p>{t('score', { score: attempt.score ?? 0, max: attempt.maxScore ?? 0, percent: attempt.percent ?? 0, passMark: quiz.passMark })}</p>
        )}
        {attempt.status === 'expired' && <p>{t('expired')}</p>}
        {!visibility.correctAnswers && <p>{t('answersWithheld')}</p>}
      </section>
      {shown.fallback && <FallbackNotice locale={locale} />}
      <ol className="space-y-4">
        {questions.map((question) => {
          if (!earnsMarks(question.type)) {
            return (
              <li key={question.key} dir="auto" className="whitespace-pre-line rounded border border-slate-200 bg-white p-4">
                <QuestionText text={question.prompt} />
              </li>
            );
          }
          const grade = graded.grade.questions[question.key] ?? gradeQuestion(question, responses[question.key]);
          const isManual = questionType(question.type).grading === 'manual';
          const given = manual[question.key];
          const review = reviewQuestion(question, responses[question.key], visibility, shown.matchLabels[question.key]);
          return (
            <li key={question.key} className={cardClass({ className: 'space-y-2' })}>
              <h3 className="font-medium">
                <span className="me-2 text-slate-600">{t('questionNumber', { n: numbers[question.key] ?? 0 })}</span>{' '}
                <span {...contentLang}>
                  <QuestionText text={question.prompt} />
                </span>
              </h3>
              <p className="font-medium">
                {isManual && awaiting.includes(question.key)
                  ? t('manualAwaiting')
                  : isManual && given
                    ? t('manualGraded', { score: given.score, max: grade.maxScore })
                    : t(`outcome.${grade.outcome}`, { score: grade.score, max: grade.maxScore })}
              </p>
              {given?.feedback && (
                <p className="rounded bg-slate-100 p-2">
                  <span className="font-medium">{t('graderFeedback')}</span> <span dir="auto">{given.feedback}</span>
                </p>
              )}
              <div>
                <p className="text-sm text-slate-700">{t('yourAnswer')}</p>
                {review.yourAnswer.length ? (
                  <ul className="list-disc ps-6">{review.yourAnswer.map((a, i) => <li key={i} dir="auto" className="whitespace-pre-line">{a}</li>)}</ul>
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
              {review.explanation !== null && (
                <p className="border-s-4 border-brand-600 ps-3">
                  <span className="font-medium">{t('explanation')}</span>{' '}
                  <span {...contentLang}>
                    <QuestionText text={review.explanation} />
                  </span>
                </p>
              )}
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
