import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/ui/breadcrumb';

type Section = 'module' | 'quiz' | 'translations' | 'publish' | 'preview';

/** The breadcrumb and the sections of one module's authoring pages. */
export async function ModuleNav({ moduleId, title, current }: { moduleId: number; title: string; current: Section | null }) {
  const t = await getTranslations('authoring');
  const base = `/author/modules/${moduleId}`;
  const links: { section: Section; href: string }[] = [
    { section: 'module', href: base },
    { section: 'quiz', href: `${base}/quiz` },
    { section: 'translations', href: `${base}/translations` },
    { section: 'publish', href: `${base}/publish` },
    { section: 'preview', href: `${base}/preview` },
  ];
  return (
    <div className="space-y-2">
      <Breadcrumb label={t('nav.breadcrumb')} href="/author" parent={t('nav.authoring')} current={title} />
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
