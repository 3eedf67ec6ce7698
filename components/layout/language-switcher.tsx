import { getLocale, getTranslations } from 'next-intl/server';
import { switchLocaleAction } from '@/app/(public)/_actions/locale-actions';
import { localeNames, locales } from '@/lib/i18n/config';

/**
 * Buttons naming each interface language in its own language; choosing one
 * sets the locale cookie (a form, so it works without JavaScript). Shown
 * before sign-in: afterwards the profile's language applies.
 */
export async function LanguageSwitcher() {
  const t = await getTranslations('languageSwitcher');
  const current = await getLocale();
  return (
    <form action={switchLocaleAction} aria-label={t('label')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-slate-700">{t('label')}</span>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded border border-slate-300 px-3 py-1 text-brand-800 hover:bg-slate-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
        >
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
