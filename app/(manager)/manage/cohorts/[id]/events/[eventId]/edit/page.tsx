import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EventForm } from '@/components/cohorts/event-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { cardClass } from '@/components/ui/card';
import { getEvent } from '@/db/queries/events';
import { requireCohort } from '@/lib/auth/guards';
import { zonedLocalInput } from '@/lib/domain/event-changes';
import { utcOffsetLabel } from '@/lib/domain/time-zone';
import { cohortIdSchema } from '@/lib/validation/cohorts';

type Params = { params: Promise<{ id: string; eventId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cohortEvents'))('editTitle') };
}

/** Changes an event of a cohort; the members are notified of a new title, time, place or link. */
export default async function EditEventPage({ params }: Params) {
  const { id, eventId } = await params;
  const { cohort } = await requireCohort('manage', id, `/manage/cohorts/${id}/events/${eventId}/edit`);
  const parsed = cohortIdSchema.safeParse(eventId);
  const event = parsed.success ? getEvent(parsed.data) : null;
  if (!event || event.cohortId !== cohort.id) notFound();
  const t = await getTranslations('cohortEvents');
  const zoneLabel = `${cohort.timeZone} (${utcOffsetLabel(cohort.timeZone, event.startsAt)})`;
  const values = {
    title: event.title,
    kind: event.kind,
    startsAt: zonedLocalInput(event.startsAt, cohort.timeZone),
    endsAt: zonedLocalInput(event.endsAt, cohort.timeZone),
    location: event.location,
    url: event.url,
    description: event.description,
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/cohorts/${cohort.id}/events/${event.id}`} className="text-brand-700 underline">
          {t('backToCohort', { name: event.title })}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
        <p className="text-slate-700">{t('editIntro', { name: cohort.name })}</p>
      </div>
      <div className={cardClass()}>
        <ClientMessages namespaces={['cohortEvents', 'cohortErrors']}>
          <EventForm cohortId={cohort.id} zoneLabel={zoneLabel} event={{ id: event.id, values }} />
        </ClientMessages>
      </div>
    </div>
  );
}
