import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

type Section = 'module' | 'quiz' | 'publish' | 'preview';

/** The breadcrumb and the sections of one module's authoring pages. */
export async function ModuleNav({ moduleId, title, current }: { moduleId: number; title: string; current: Section | null }) {
  const t = await getTranslations('authoring');
  const base = `/author/modules/${moduleId}`;
  const links: { section: Section; href: string }[] = [
    { section: 'module', href: base },
    { section: 'quiz', href: `${base}/quiz` },
    { section: 'publish', href: `${base}/publish` },
    { section: 'preview', href: `${base}/preview` },
  ];
  return (
    <div className="space-y-2">
      <nav aria-label={t('nav.breadcrumb')} className="text-sm">
        <Link href="/author" className="text-brand-700 underline">
          {t('nav.authoring')}
        </Link>
        <span className="mx-2 text-slate-500">/</span>
        <span>{title}</span>
      </nav>
      <nav aria-label={t('nav.sections')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 border-b border-slate-200 pb-2">
          {links.map((link) => (
            <li key={link.section}>
              <Link
                href={link.href}
                aria-current={current === link.section ? 'page' : undefined}
                className={current === link.section ? 'font-semibold text-slate-900' : 'text-brand-700 underline'}
              >
                {t(`nav.${link.section}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
