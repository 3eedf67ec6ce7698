import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { EventRow } from '@/db/queries/events';
import { serialiseCalendar } from '@/lib/domain/icalendar';
import { appUrl } from '@/lib/env';

/** An .ics download of events: RFC 5545, UTF-8, never cached by shared caches. */
export async function calendarResponse(input: { events: EventRow[]; name?: string; fileName: string }): Promise<Response> {
  const t = await getTranslations('cohortEvents');
  // Event UIDs are scoped by the app's public host (RFC 5545 recommends a domain), the same on every request.
  const host = appUrl('/').host;
  const body = serialiseCalendar({
    name: input.name,
    now: new Date(),
    events: input.events.map((event) => ({
      uid: `event-${event.id}@${host}`,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      location: event.location,
      url: event.url,
      description: event.description,
      categories: t(`kinds.${event.kind}`),
    })),
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${input.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
