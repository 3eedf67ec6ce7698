import Link from 'next/link';

interface BreadcrumbProps {
  /** The navigation landmark's name ("Breadcrumb"). */
  label: string;
  href: string;
  /** The page one level up, linked. */
  parent: string;
  /** The current page, when the heading below does not already say it. */
  current?: string;
}

/** Where a page sits: a link up to its parent, then the current page. */
export function Breadcrumb({ label, href, parent, current }: BreadcrumbProps) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link href={href} className="text-brand-700 underline">
        {parent}
      </Link>
      {current && (
        <>
          <span aria-hidden="true" className="mx-2 text-slate-500">
            /
          </span>
          <span>{current}</span>
        </>
      )}
    </nav>
  );
}
