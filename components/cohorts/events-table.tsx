import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import type { EventRow } from '@/db/queries/events';
import { EventWhen } from '@/components/events/event-when';

/** A cohort's events for its manager: when, where, and links to attendance and the calendar file. */
export async function EventsTable({ cohortId, timeZone, events }: { cohortId: number; timeZone: string; events: EventRow[] }) {
  const t = await getTranslations('cohortEvents');
  if (events.length === 0) return <p>{t('none')}</p>;
  return (
    <DataTable headers={[t('columnEvent'), t('columnWhen'), t('columnWhere'), t('columnActions')]}>
      {events.map((event) => (
        <Row key={event.id}>
          <RowHeader>
            <bdi>{event.title}</bdi>
            <span className="block font-normal text-slate-600">{t(`kinds.${event.kind}`)}</span>
          </RowHeader>
          <Cell>
            <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={timeZone} />
          </Cell>
          <Cell>
            {event.location && <span className="block">{event.location}</span>}
            {event.url && (
              <a href={event.url} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                {t('joinLink')}
                <span className="sr-only">: {event.title}</span>
              </a>
            )}
          </Cell>
          <Cell className="space-y-1">
            <Link href={`/manage/cohorts/${cohortId}/events/${event.id}`} className="block text-brand-700 underline">
              {t('attendanceLink', { title: event.title })}
            </Link>
            <a href={`/api/events/${event.id}/ics`} className="block text-brand-700 underline">
              {t('icsLink', { title: event.title })}
            </a>
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
