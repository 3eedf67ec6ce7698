import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { EventWithCohort } from '@/db/queries/events';
import { isOngoing } from '@/lib/domain/events';
import { EventWhen } from './event-when';

/**
 * The next events of every cohort the user belongs to (workshops, seminars,
 * live discussions, study tours), each with its calendar file. Renders
 * nothing when there is none.
 */
export async function UpcomingEvents({ events, now }: { events: readonly EventWithCohort[]; now: Date }) {
  if (events.length === 0) return null;
  const t = await getTranslations('upcomingEvents');
  const tEvents = await getTranslations('cohortEvents');
  return (
    <Section id="upcoming-events" title={t('title')} card>
      <ul className="space-y-4">
        {events.map((event) => (
          <li key={event.id} className="space-y-1">
            <h3 dir="auto" className="font-semibold">{event.title}</h3>
            <p className="text-sm text-slate-700">{t('kindInCohort', { kind: tEvents(`kinds.${event.kind}`), cohort: event.cohortName })}</p>
            <p>
              <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
              {isOngoing(event, now) && <strong className="ms-2 text-green-800">{t('now')}</strong>}
            </p>
            {event.location && <p>{t('where', { location: event.location })}</p>}
            <p className="flex flex-wrap gap-x-4">
              {event.url && (
                <a href={event.url} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                  {t('join')}
                  <span className="sr-only">: {event.title}</span>
                </a>
              )}
              <a href={`/api/events/${event.id}/ics`} className="text-brand-700 underline">
                {t('addToCalendar')}
                <span className="sr-only">: {event.title}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
