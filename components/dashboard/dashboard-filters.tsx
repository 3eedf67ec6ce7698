import { getTranslations } from 'next-intl/server';
import { traineeStatuses } from '@/lib/domain/at-risk';
import type { TableQuery } from '@/lib/domain/cohort-table';

/** Country and status filters: a plain GET form, so filtered views are links that work without JavaScript. */
export async function DashboardFilters({ action, countries, query }: { action: string; countries: string[]; query: TableQuery }) {
  const t = await getTranslations('dashboard');
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div>
        <label htmlFor="filter-country" className="block font-medium">{t('filterCountry')}</label>
        <select id="filter-country" name="country" defaultValue={query.country ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1">
          <option value="">{t('allCountries')}</option>
          {countries.map((country) => (
            <option key={country} value={country}>{country}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-medium">{t('filterStatus')}</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ''} className="mt-1 rounded border border-slate-400 px-2 py-1">
          <option value="">{t('allStatuses')}</option>
          {traineeStatuses.map((status) => (
            <option key={status} value={status}>{t(`status.${status}`)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">{t('applyFilters')}</button>
    </form>
  );
}
