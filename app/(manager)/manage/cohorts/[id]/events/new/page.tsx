import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EventForm } from '@/components/cohorts/event-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { cardClass } from '@/components/ui/card';
import { requireCohort } from '@/lib/auth/guards';
import { utcOffsetLabel } from '@/lib/domain/time-zone';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cohortEvents'))('newTitle') };
}

export default async function NewEventPage({ params }: Params) {
  const { id } = await params;
  const { cohort } = await requireCohort('manage', id, `/manage/cohorts/${id}/events/new`);
  const t = await getTranslations('cohortEvents');
  const zoneLabel = `${cohort.timeZone} (${utcOffsetLabel(cohort.timeZone, new Date())})`;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/cohorts/${cohort.id}`} className="text-brand-700 underline">
          {t('backToCohort', { name: cohort.name })}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <p className="text-slate-700">{t('newIntro', { name: cohort.name })}</p>
      </div>
      <div className={cardClass()}>
        <ClientMessages namespaces={['cohortEvents', 'cohortErrors']}>
          <EventForm cohortId={cohort.id} zoneLabel={zoneLabel} />
        </ClientMessages>
      </div>
    </div>
  );
}
