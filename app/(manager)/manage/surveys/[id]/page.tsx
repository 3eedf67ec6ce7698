import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CountryBreakdown } from '@/components/surveys/country-breakdown';
import { QuestionResults } from '@/components/surveys/question-results';
import { LinkButton } from '@/components/ui/button';
import { effectiveOpening, targetStateOf } from '@/lib/domain/surveys/schedule';
import { formatCommitment, formatNumber, formatPercent } from '@/lib/i18n/format';
import { requireRunSurvey } from '@/lib/surveys/access';
import { loadSurveyResults } from '@/lib/surveys/results';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyResults'))('title') };
}

/** A survey's results: response rate, each question, the breakdown by country, and the CSV export. */
export default async function SurveyResultsPage({ params }: Params) {
  const { id } = await params;
  const { survey } = await requireRunSurvey(id, `/manage/surveys/${id}`);
  const t = await getTranslations('surveyResults');
  const locale = await getLocale();
  const { results, quoted } = loadSurveyResults(survey);
  const when = (date: Date) => formatCommitment(locale, date, { timeZone: survey.timeZone, withTime: true });
  const about = survey.targetKind === 'event' ? t('aboutEvent', { title: survey.eventTitle ?? '' }) : survey.targetKind === 'module' ? t('aboutModule', { title: survey.moduleTitle ?? '' }) : t('aboutCohort');
  return (
    <div className="space-y-8">
      <p><Link href="/manage/surveys" className="text-brand-700 underline">{t('back')}</Link></p>
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{survey.title}</h1>
        <p className="text-slate-700">
          <bdi>{survey.cohortName}</bdi> · {about} · {survey.anonymous ? t('anonymous') : t('named')}
        </p>
        <p>{t('window', { opens: when(effectiveOpening(survey, targetStateOf(survey, true))), closes: when(survey.closesAt) })}</p>
        <p className="flex flex-wrap gap-3">
          <LinkButton href={`/manage/surveys/${survey.id}/edit`} variant="secondary" size="sm">{t('edit')}</LinkButton>
          <a href={`/api/surveys/${survey.id}/export`} className="text-brand-700 underline" download>{t('export')}</a>
        </p>
      </div>
      <section aria-labelledby="response-rate" className="space-y-1">
        <h2 id="response-rate" className="text-lg font-semibold">{t('responseRate')}</h2>
        <p className="text-2xl font-bold tabular-nums">{results.responseRate === null ? '–' : formatPercent(locale, results.responseRate)}</p>
        <p>{t('respondents', { count: results.respondents, invited: formatNumber(locale, results.invited) })}</p>
      </section>
      <section aria-labelledby="questions" className="space-y-6">
        <h2 id="questions" className="text-lg font-semibold">{t('questions')}</h2>
        {results.questions.map((q, i) => <QuestionResults key={q.key} surveyId={survey.id} index={i} question={q} quoted={quoted} />)}
      </section>
      <CountryBreakdown groups={results.byCountry} questions={survey.questions} />
    </div>
  );
}
