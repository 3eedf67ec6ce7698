import { getLocale, getTranslations } from 'next-intl/server';
import { formatCommitmentRange } from '@/lib/i18n/format';

/** An event's start and end in its cohort's time zone, with the zone named (and the Gregorian day in Dari and Pashto). */
export async function EventWhen({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
  const locale = await getLocale();
  const t = await getTranslations('cohortEvents');
  const range = formatCommitmentRange(locale, startsAt, endsAt, timeZone);
  return (
    <time dateTime={startsAt.toISOString()}>
      {t('when', { range, timeZone })}
    </time>
  );
}
