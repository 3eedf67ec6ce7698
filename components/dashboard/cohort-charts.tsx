import { getLocale, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { ChartTable } from '@/components/charts/chart-table';
import { ColumnChart } from '@/components/charts/column-chart';
import type { CountrySummary, WeekPoint } from '@/lib/domain/cohort-summary';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';

/** Cumulative modules completed per week, as a column chart with its data table. */
export async function CompletionsOverTime({ weeks }: { weeks: WeekPoint[] }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  if (weeks.length === 0) return <p>{t('chartNotStarted')}</p>;
  const last = weeks[weeks.length - 1]!;
  const label = t('chartWeeksLabel', { weeks: weeks.length, total: last.cumulative });
  const day = (iso: string) => formatDate(locale, new Date(`${iso}T12:00:00Z`));
  return (
    <figure>
      <ColumnChart label={label} columns={weeks.map((w) => ({ label: day(w.weekStart), value: w.cumulative }))} formatValue={(value) => formatNumber(locale, value)} />
      <ChartTable
        summary={t('showData')}
        caption={label}
        headers={[t('columnWeekOf'), t('columnCumulative')]}
        rows={weeks.map((w) => [day(w.weekStart), t('weekValue', { cumulative: w.cumulative, completed: w.completed })])}
      />
    </figure>
  );
}

/** Completion % per country, as a bar chart with its data table. */
export async function CompletionByCountry({ countries }: { countries: CountrySummary[] }) {
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  if (countries.length === 0) return <p>{t('noTrainees')}</p>;
  const percent = (value: number) => formatPercent(locale, value / 100);
  const name = (country: string) => country || t('countryUnknown');
  const label = t('chartCountriesLabel', { count: countries.length });
  return (
    <figure>
      <BarChart label={label} max={100} bars={countries.map((c) => ({ label: name(c.country), value: c.completionPercent, display: percent(c.completionPercent) }))} />
      <ChartTable
        summary={t('showData')}
        caption={label}
        headers={[t('columnCountry'), t('columnCompletion')]}
        rows={countries.map((c) => [name(c.country), t('countryValue', { percent: percent(c.completionPercent), trainees: c.trainees, complete: c.programmeCompletions })])}
      />
    </figure>
  );
}
