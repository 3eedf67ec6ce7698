import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Previous / next links for a discussion's pages (`?page=`), shown only when there is more than one. */
export async function Pager({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations('discussions');
  const href = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4 text-sm">
      <p>{t('pageOf', { page, pages })}</p>
      {page > 1 && (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {t('previousPage')}
        </Link>
      )}
      {page < pages && (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {t('nextPage')}
        </Link>
      )}
    </nav>
  );
}

/** The page number a `?page=` search parameter asks for: a positive integer, 1 otherwise. */
export function pageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}
