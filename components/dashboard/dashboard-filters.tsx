import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { traineeStatuses } from '@/lib/domain/at-risk';
import type { TableQuery } from '@/lib/domain/cohort-table';

/** Country and status filters: a plain GET form, so filtered views are links that work without JavaScript. */
export async function DashboardFilters({ action, countries, query }: { action: string; countries: string[]; query: TableQuery }) {
  const t = await getTranslations('dashboard');
  const filters = [
    {
      name: 'country',
      label: t('filterCountry'),
      defaultValue: query.country ?? '',
      placeholder: t('allCountries'),
      options: countries.map((country) => ({ value: country, label: country })),
    },
    {
      name: 'status',
      label: t('filterStatus'),
      defaultValue: query.status ?? '',
      placeholder: t('allStatuses'),
      options: traineeStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
    },
  ];
  return (
    <form method="get" action={action} className={cardClass({ className: 'flex flex-wrap items-end gap-4' })}>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      {filters.map((filter) => (
        <SelectField key={filter.name} id={`filter-${filter.name}`} layout="auto" {...filter} />
      ))}
      <Button type="submit" size="sm">{t('applyFilters')}</Button>
    </form>
  );
}
