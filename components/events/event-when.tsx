import { getFormatter, getTranslations } from 'next-intl/server';

/** An event's start and end in its cohort's time zone, with the zone named. */
export async function EventWhen({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
  const format = await getFormatter();
  const t = await getTranslations('cohortEvents');
  const range = format.dateTimeRange(startsAt, endsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <time dateTime={startsAt.toISOString()}>
      {t('when', { range, timeZone })}
    </time>
  );
}
