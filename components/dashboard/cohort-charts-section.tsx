import { getTranslations } from 'next-intl/server';
import type { CountrySummary, WeekPoint } from '@/lib/domain/cohort-summary';
import { CompletionByCountry, CompletionsOverTime } from './cohort-charts';

/** The dashboard's two charts, each under its own heading. */
export async function CohortCharts({ weeks, countries }: { weeks: WeekPoint[]; countries: CountrySummary[] }) {
  const t = await getTranslations('dashboard');
  return (
    <>
      <section aria-labelledby="over-time" className="space-y-3">
        <h2 id="over-time" className="text-lg font-semibold">{t('overTimeTitle')}</h2>
        <p className="text-sm text-slate-700">{t('overTimeText')}</p>
        <CompletionsOverTime weeks={weeks} />
      </section>
      <section aria-labelledby="by-country" className="space-y-3">
        <h2 id="by-country" className="text-lg font-semibold">{t('byCountryTitle')}</h2>
        <CompletionByCountry countries={countries} />
      </section>
    </>
  );
}
