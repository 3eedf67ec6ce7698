import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AttendanceForm } from '@/components/cohorts/attendance-form';
import { EventWhen } from '@/components/events/event-when';
import { ClientMessages } from '@/components/i18n/client-messages';
import { listEventAttendance } from '@/db/queries/attendance';
import { getEvent } from '@/db/queries/events';
import { requireCohort } from '@/lib/auth/guards';
import { attendanceOpen } from '@/lib/domain/events';
import { cohortIdSchema } from '@/lib/validation/cohorts';

type Params = { params: Promise<{ id: string; eventId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cohortEvents'))('eventTitle') };
}

export default async function EventPage({ params }: Params) {
  const { id, eventId } = await params;
  const { cohort } = await requireCohort('manage', id, `/manage/cohorts/${id}/events/${eventId}`);
  const parsed = cohortIdSchema.safeParse(eventId);
  const event = parsed.success ? getEvent(parsed.data) : null;
  if (!event || event.cohortId !== cohort.id) notFound();
  const t = await getTranslations('cohortEvents');
  const tAttendance = await getTranslations('attendance');
  const open = attendanceOpen(event, new Date());
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/cohorts/${cohort.id}`} className="text-brand-700 underline">{t('backToCohort', { name: cohort.name })}</Link>
      </p>
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{event.title}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t('kind')}</dt>
          <dd>{t(`kinds.${event.kind}`)}</dd>
          <dt className="font-medium">{t('columnWhen')}</dt>
          <dd><EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={cohort.timeZone} /></dd>
          {event.location && (
            <>
              <dt className="font-medium">{t('location')}</dt>
              <dd>{event.location}</dd>
            </>
          )}
          {event.url && (
            <>
              <dt className="font-medium">{t('url')}</dt>
              <dd><a href={event.url} className="break-all text-brand-700 underline" rel="noopener noreferrer" target="_blank">{event.url}</a></dd>
            </>
          )}
        </dl>
        {event.description && <p className="whitespace-pre-line">{event.description}</p>}
        <p className="flex flex-wrap gap-x-6 gap-y-1">
          <a href={`/api/events/${event.id}/ics`} className="text-brand-700 underline">{t('icsLink', { title: event.title })}</a>
          <Link href={`/manage/cohorts/${cohort.id}/events/${event.id}/edit`} className="text-brand-700 underline">{t('editLink')}</Link>
        </p>
      </div>
      <section aria-labelledby="attendance" className="space-y-3">
        <h2 id="attendance" className="text-lg font-semibold">{tAttendance('title')}</h2>
        {open ? (
          <ClientMessages namespaces={['attendance', 'cohortErrors']}>
            <AttendanceForm cohortId={cohort.id} eventId={event.id} trainees={listEventAttendance(cohort.id, event.id)} />
          </ClientMessages>
        ) : (
          <p>{tAttendance('notYet')}</p>
        )}
      </section>
    </div>
  );
}
