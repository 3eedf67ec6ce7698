import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { languageKey } from '@/lib/domain/content-fallback';

interface Shown {
  lang: string;
  dir: 'ltr' | 'rtl';
  fallback: boolean;
}

interface Props {
  /** Which language the block is in (from `localise`). */
  shown: Shown;
  /** The reader's locale, named in the notice. */
  locale: string;
  children: ReactNode;
  className?: string;
}

/** The visible "not yet available in <language>" notice, in the reader's language. */
export async function FallbackNotice({ locale }: { locale: string }) {
  const t = await getTranslations('contentLanguage');
  return (
    <p className="mb-2 rounded border-s-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-slate-800" data-testid="content-fallback">
      {t('fallback', { language: languageKey(locale) })}
    </p>
  );
}

/**
 * Course content in the reader's language. When the translation is missing,
 * the English block gets `lang="en" dir="ltr"` (so screen readers and layout
 * are right) under a visible notice in the reader's language.
 */
export async function ContentLanguage({ shown, locale, children, className }: Props) {
  if (!shown.fallback) return <div className={className}>{children}</div>;
  return (
    <div className={className}>
      <FallbackNotice locale={locale} />
      <div lang={shown.lang} dir={shown.dir}>
        {children}
      </div>
    </div>
  );
}
