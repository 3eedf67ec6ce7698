/**
 * Locales the interface is offered in. A locale is listed here only when its
 * catalog is complete (the catalog test checks every key). Right-to-left
 * scripts are declared below, so adding Dari or Pashto is a catalog, not a
 * layout, change.
 */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

const rtlLanguages = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'dv', 'ug']);

/** Text direction for a BCP 47 locale tag. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return rtlLanguages.has(language) ? 'rtl' : 'ltr';
}

export function isLocale(value: string | undefined | null): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** Languages a user may name as preferred (content and interface may follow later). */
export const preferredLanguages = ['en', 'prs', 'ps', 'ar', 'ru', 'fr', 'es', 'ko'] as const;

export const LOCALE_COOKIE = 'cio-locale';
