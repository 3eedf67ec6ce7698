import Link from 'next/link';

interface PagerProps {
  /** The list's path; `?page=n` is added. */
  path: string;
  page: number;
  pages: number;
  labels: { nav: string; newer: string; older: string; pageOf: string };
}

/** Newer / older links under a newest-first list, with where the reader is; nothing when there is one page. */
export function Pager({ path, page, pages, labels }: PagerProps) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return (
    <nav aria-label={labels.nav} className="flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="text-brand-700 underline">
          {labels.newer}
        </Link>
      )}
      <span className="text-slate-700">{labels.pageOf}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className="text-brand-700 underline">
          {labels.older}
        </Link>
      )}
    </nav>
  );
}
