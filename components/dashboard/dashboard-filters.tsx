import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { traineeStatuses } from '@/lib/domain/at-risk';
import type { TableQuery } from '@/lib/domain/cohort-table';

/** Country and status filters: a plain GET form, so filtered views are links that work without JavaScript. */
export async function DashboardFilters({ action, countries, query }: { action: string; countries: string[]; query: TableQuery }) {
  const t = await getTranslations('dashboard');
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <SelectField
        id="filter-country"
        name="country"
        label={t('filterCountry')}
        layout="auto"
        defaultValue={query.country ?? ''}
        placeholder={t('allCountries')}
        options={countries.map((country) => ({ value: country, label: country }))}
      />
      <SelectField
        id="filter-status"
        name="status"
        label={t('filterStatus')}
        layout="auto"
        defaultValue={query.status ?? ''}
        placeholder={t('allStatuses')}
        options={traineeStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <Button type="submit" size="sm">{t('applyFilters')}</Button>
    </form>
  );
}
