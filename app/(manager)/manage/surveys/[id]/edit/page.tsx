import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SurveyForm } from '@/components/surveys/survey-form';
import { cardClass } from '@/components/ui/card';
import { surveyHasResponses, surveyTargets } from '@/db/queries/surveys';
import { zonedLocalInput } from '@/lib/domain/surveys/schedule';
import { utcOffsetLabel } from '@/lib/domain/time-zone';
import { requireRunSurvey } from '@/lib/surveys/access';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveys'))('editTitle') };
}

export default async function EditSurveyPage({ params }: Params) {
  const { id } = await params;
  const { survey } = await requireRunSurvey(id, `/manage/surveys/${id}/edit`);
  const t = await getTranslations('surveys');
  const targets = surveyTargets(survey.cohortId);
  return (
    <div className="space-y-6">
      <p><Link href={`/manage/surveys/${survey.id}`} className="text-brand-700 underline">{t('backToSurvey', { title: survey.title })}</Link></p>
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      <div className={cardClass()}>
        <ClientMessages namespaces={['surveyForm', 'surveyErrors']}>
          <SurveyForm
            cohortId={survey.cohortId}
            zoneLabel={`${survey.timeZone} (${utcOffsetLabel(survey.timeZone, new Date())})`}
            events={targets.events}
            modules={targets.modules}
            initial={{
              surveyId: survey.id,
              title: survey.title,
              intro: survey.intro,
              targetKind: survey.targetKind,
              eventId: survey.eventId ? String(survey.eventId) : '',
              moduleId: survey.moduleId ? String(survey.moduleId) : '',
              anonymous: survey.anonymous,
              opensAt: zonedLocalInput(survey.opensAt, survey.timeZone),
              closesAt: zonedLocalInput(survey.closesAt, survey.timeZone),
              questions: survey.questions,
              locked: surveyHasResponses(survey.id),
            }}
          />
        </ClientMessages>
      </div>
    </div>
  );
}
