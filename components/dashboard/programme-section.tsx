import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ProgrammeOverview } from '@/lib/reports/programme-overview';
import { formatDay, formatPercent } from '@/lib/i18n/format';

/** One programme of the overview: headline figures, its cohorts, and a table per country. */
export async function ProgrammeSection({ programme }: { programme: ProgrammeOverview }) {
  const t = await getTranslations('programmeOverview');
  const format = await getFormatter();
  const locale = await getLocale();
  const f = programme.figures;
  const headingId = `programme-${programme.programmeId}`;
  const figures: [string, number][] = [
    [t('cohorts'), f.cohorts],
    [t('eventsHeld'), f.eventsHeld],
    [t('countries'), f.countries],
    [t('participants'), f.participants],
    [t('moduleCompletions'), f.moduleCompletions],
    [t('programmeCompletions'), f.programmeCompletions],
  ];
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 dir="auto" id={headingId} className="text-xl font-semibold">{programme.title}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full border-collapse text-sm">
        <caption className="text-start font-semibold">{t('cohortsCaption', { programme: programme.title })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t('columnCohort')}</th>
            <th scope="col" className="p-2 text-start">{t('columnDates')}</th>
            <th scope="col" className="p-2 text-end">{t('columnTrainees')}</th>
            <th scope="col" className="p-2 text-end">{t('columnEvents')}</th>
            <th scope="col" className="p-2 text-end">{t('columnCompletion')}</th>
          </tr>
        </thead>
        <tbody>
          {programme.cohorts.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/manage/cohorts/${c.id}/dashboard`} className="text-brand-700 underline">{t('dashboardLink', { cohort: c.name })}</Link>
              </th>
              <td className="p-2">{t('dates', { start: formatDay(locale, c.startsOn), end: formatDay(locale, c.endsOn) })}</td>
              <td className="p-2 text-end tabular-nums">{c.trainees}</td>
              <td className="p-2 text-end tabular-nums">{c.eventsHeld}</td>
              <td className="p-2 text-end tabular-nums">{formatPercent(locale, c.completionPercent / 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full border-collapse text-sm">
        <caption className="text-start font-semibold">{t('countriesCaption', { programme: programme.title })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t('columnCountry')}</th>
            <th scope="col" className="p-2 text-end">{t('participants')}</th>
            <th scope="col" className="p-2 text-end">{t('moduleCompletions')}</th>
            <th scope="col" className="p-2 text-end">{t('programmeCompletions')}</th>
          </tr>
        </thead>
        <tbody>
          {f.byCountry.map((c) => (
            <tr key={c.country} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-normal">{c.country || t('countryUnknown')}</th>
              <td className="p-2 text-end tabular-nums">{c.participants}</td>
              <td className="p-2 text-end tabular-nums">{c.moduleCompletions}</td>
              <td className="p-2 text-end tabular-nums">{c.programmeCompletions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
