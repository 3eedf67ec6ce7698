import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ProgrammeReport } from '@/components/surveys/programme-report';
import { cardClass } from '@/components/ui/card';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
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
    <section aria-labelledby={headingId} className={cardClass({ className: 'space-y-4' })}>
      <h2 dir="auto" id={headingId} className="text-xl font-semibold">{programme.title}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        headers={[t('columnCohort'), t('columnDates'), numericColumn(t('columnTrainees')), numericColumn(t('columnEvents')), numericColumn(t('columnCompletion'))]}
        caption={t('cohortsCaption', { programme: programme.title })}
      >
        {programme.cohorts.map((c) => (
          <Row key={c.id}>
            <RowHeader>
              <Link href={`/manage/cohorts/${c.id}/dashboard`} className="text-brand-700 underline">{t('dashboardLink', { cohort: c.name })}</Link>
            </RowHeader>
            <Cell>{t('dates', { start: formatDay(locale, c.startsOn), end: formatDay(locale, c.endsOn) })}</Cell>
            <Cell numeric>{format.number(c.trainees)}</Cell>
            <Cell numeric>{format.number(c.eventsHeld)}</Cell>
            <Cell numeric>{formatPercent(locale, c.completionPercent / 100)}</Cell>
          </Row>
        ))}
      </DataTable>
      <DataTable
        headers={[t('columnCountry'), numericColumn(t('participants')), numericColumn(t('moduleCompletions')), numericColumn(t('programmeCompletions'))]}
        caption={t('countriesCaption', { programme: programme.title })}
      >
        {f.byCountry.map((c) => (
          <Row key={c.country}>
            <RowHeader className="font-normal">{c.country || t('countryUnknown')}</RowHeader>
            <Cell numeric>{format.number(c.participants)}</Cell>
            <Cell numeric>{format.number(c.moduleCompletions)}</Cell>
            <Cell numeric>{format.number(c.programmeCompletions)}</Cell>
          </Row>
        ))}
      </DataTable>
      <ProgrammeReport programme={programme} />
    </section>
  );
}
