import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { EventRow } from '@/db/queries/events';
import { EventWhen } from '@/components/events/event-when';

/** A cohort's events for its manager: when, where, and links to attendance and the calendar file. */
export async function EventsTable({ cohortId, timeZone, events }: { cohortId: number; timeZone: string; events: EventRow[] }) {
  const t = await getTranslations('cohortEvents');
  if (events.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t('columnEvent')}</th>
            <th scope="col" className="p-2 text-start">{t('columnWhen')}</th>
            <th scope="col" className="p-2 text-start">{t('columnWhere')}</th>
            <th scope="col" className="p-2 text-start">{t('columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                <bdi>{event.title}</bdi>
                <span className="block font-normal text-slate-600">{t(`kinds.${event.kind}`)}</span>
              </th>
              <td className="p-2">
                <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={timeZone} />
              </td>
              <td className="p-2">
                {event.location && <span className="block">{event.location}</span>}
                {event.url && (
                  <a href={event.url} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                    {t('joinLink')}
                    <span className="sr-only">: {event.title}</span>
                  </a>
                )}
              </td>
              <td className="space-y-1 p-2">
                <Link href={`/manage/cohorts/${cohortId}/events/${event.id}`} className="block text-brand-700 underline">
                  {t('attendanceLink', { title: event.title })}
                </Link>
                <a href={`/api/events/${event.id}/ics`} className="block text-brand-700 underline">
                  {t('icsLink', { title: event.title })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
