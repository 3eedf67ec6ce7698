import Link from 'next/link';
import { DirectionArrow } from './direction-arrow';

interface BreadcrumbProps {
  /** The navigation landmark's name ("Breadcrumb"). */
  label: string;
  href: string;
  /** The page one level up, linked. */
  parent: string;
  /** The current page, when the heading below does not already say it. */
  current?: string;
}

/**
 * Where a page sits: a link up to its parent, then the current page. Both names are isolated
 * (user-entered titles may run the other way) and the separator is mirrored on right-to-left pages.
 */
export function Breadcrumb({ label, href, parent, current }: BreadcrumbProps) {
  return (
    <nav aria-label={label} className="text-sm">
      <Link href={href} className="text-brand-700 underline">
        <bdi>{parent}</bdi>
      </Link>
      {current && (
        <>
          <span className="mx-2 text-slate-500">
            <DirectionArrow to="separator" />
          </span>
          <bdi>{current}</bdi>
        </>
      )}
    </nav>
  );
}
