import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SurveyForm } from '@/components/surveys/survey-form';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { surveyCohorts, surveyTargets } from '@/db/queries/surveys';
import { requirePermission } from '@/lib/auth/guards';
import { utcOffsetLabel } from '@/lib/domain/time-zone';
import { requireSurveyCohort, runsAllSurveys } from '@/lib/surveys/access';

type Props = { searchParams: Promise<{ cohort?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveys'))('newTitle') };
}

/** First the cohort (a plain GET form), then the survey form for it. */
export default async function NewSurveyPage({ searchParams }: Props) {
  const { cohort: rawCohort } = await searchParams;
  const t = await getTranslations('surveys');
  const back = <p><Link href="/manage/surveys" className="text-brand-700 underline">{t('back')}</Link></p>;
  if (!rawCohort) {
    const user = await requirePermission('reports:view', '/manage/surveys/new');
    const cohorts = surveyCohorts({ userId: user.id, all: runsAllSurveys(user) });
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <form method="get" className={cardClass({ className: 'space-y-3' })}>
          <SelectField name="cohort" label={t('chooseCohort')} options={cohorts.map((c) => ({ value: String(c.id), label: c.name }))} />
          <Button type="submit">{t('continue')}</Button>
        </form>
      </div>
    );
  }
  const { cohort } = await requireSurveyCohort(rawCohort, `/manage/surveys/new?cohort=${encodeURIComponent(rawCohort)}`);
  const targets = surveyTargets(cohort.id);
  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <p className="text-slate-700">{t('newIntro', { cohort: cohort.name })}</p>
      </div>
      <div className={cardClass()}>
        <ClientMessages namespaces={['surveyForm', 'surveyErrors']}>
          <SurveyForm
            cohortId={cohort.id}
            zoneLabel={`${cohort.timeZone} (${utcOffsetLabel(cohort.timeZone, new Date())})`}
            events={targets.events}
            modules={targets.modules}
            initial={{ surveyId: null, title: '', intro: '', targetKind: 'event', eventId: '', moduleId: '', anonymous: true, opensAt: '', closesAt: '', questions: [], locked: false }}
          />
        </ClientMessages>
      </div>
    </div>
  );
}
