import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TableQuery } from '@/lib/domain/cohort-table';
import { dashboardSearch } from '@/lib/validation/dashboard';

/** Previous / next page links for the trainee table, not prefetched (as the sort headers): a manager on a slow link would pay for pages most never open. */
export async function Pagination({ base, query, page, pages, total }: { base: string; query: TableQuery; page: number; pages: number; total: number }) {
  const t = await getTranslations('dashboard');
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4 text-sm">
      <p>{t('pageOf', { page, pages, total })}</p>
      {page > 1 && (
        <Link href={`${base}${dashboardSearch({ ...query, page: page - 1 })}`} prefetch={false} className="text-brand-700 underline">{t('previousPage')}</Link>
      )}
      {page < pages && (
        <Link href={`${base}${dashboardSearch({ ...query, page: page + 1 })}`} prefetch={false} className="text-brand-700 underline">{t('nextPage')}</Link>
      )}
    </nav>
  );
}
