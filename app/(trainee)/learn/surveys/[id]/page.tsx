import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ResponseForm } from '@/components/surveys/response-form';
import { cardClass } from '@/components/ui/card';
import { findOwnResponse } from '@/db/queries/surveys';
import { effectiveOpening, surveyState, targetStateOf } from '@/lib/domain/surveys/schedule';
import { formatCommitment } from '@/lib/i18n/format';
import { requireAnswerSurvey } from '@/lib/surveys/access';
import { moduleCompletedFor } from '@/lib/surveys/trainee';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyResponse'))('title') };
}

/** A survey as the trainee answers it: who will see the answers first, then the questions (or why it cannot be answered now). */
export default async function AnswerSurveyPage({ params }: Params) {
  const { id } = await params;
  const { user, survey } = await requireAnswerSurvey(id, `/learn/surveys/${id}`);
  const t = await getTranslations('surveyResponse');
  const locale = await getLocale();
  const now = new Date();
  const target = targetStateOf(survey, survey.targetKind === 'module' && moduleCompletedFor(user.id, survey.moduleSlug));
  const state = surveyState(survey, target, now);
  const own = findOwnResponse(survey.id, user.id);
  const when = (date: Date) => formatCommitment(locale, date, { timeZone: survey.timeZone, withTime: true });
  const closes = when(survey.closesAt);
  return (
    <div className="space-y-6">
      <p><Link href="/learn" className="text-brand-700 underline">{t('back')}</Link></p>
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{survey.title}</h1>
        {survey.intro && <p dir="auto" className="whitespace-pre-line">{survey.intro}</p>}
        <p>{t('closes', { closes })}</p>
      </div>
      <section aria-labelledby="who-sees" className={cardClass({ className: 'space-y-1 border-brand-700' })}>
        <h2 id="who-sees" className="font-semibold">{survey.anonymous ? t('anonymousTitle') : t('namedTitle')}</h2>
        <p>{survey.anonymous ? t('anonymousText') : t('namedText')}</p>
      </section>
      {state === 'open' ? (
        <ClientMessages namespaces={['surveyResponse']}>
          <ResponseForm
            surveyId={survey.id}
            questions={survey.questions}
            initialAnswers={own?.answers ?? {}}
            initialQuotable={own?.quotable ?? false}
            submitted={Boolean(own?.submittedAt)}
            anonymous={survey.anonymous}
            closes={closes}
          />
        </ClientMessages>
      ) : (
        <p role="status" className="font-medium">
          {state === 'closed'
            ? own?.submittedAt ? t('closedSubmitted') : t('closedState')
            : state === 'not-offered' ? t('notOffered', { module: survey.moduleTitle ?? '' }) : t('scheduled', { opens: when(effectiveOpening(survey, target)) })}
        </p>
      )}
    </div>
  );
}
