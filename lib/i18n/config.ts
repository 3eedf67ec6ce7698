/**
 * Locales the interface is offered in. A locale is listed here only when its
 * catalog is complete (the catalog test checks every key). Right-to-left
 * scripts are declared below, so adding a language is a catalog, not a
 * layout, change.
 */
export const locales = ['en', 'fa-AF', 'ps'] as const;
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

/**
 * Other names people and spreadsheets use for an offered locale: the ISO 639-3
 * code for Dari (`prs`), plain Persian (`fa`, which Afghan users pick for Dari)
 * and each language's own name, as typed in a CSV.
 */
const aliases: Record<string, Locale> = {
  en: 'en',
  english: 'en',
  'fa-af': 'fa-AF',
  fa: 'fa-AF',
  prs: 'fa-AF',
  'prs-af': 'fa-AF',
  dari: 'fa-AF',
  دری: 'fa-AF',
  ps: 'ps',
  'ps-af': 'ps',
  pashto: 'ps',
  پښتو: 'ps',
};

/** The offered locale a tag or language name stands for (`prs` → `fa-AF`), or null. */
export function canonicalLocale(value: string | undefined | null): Locale | null {
  const key = (value ?? '').trim().replace(/_/g, '-').toLowerCase();
  return aliases[key] ?? null;
}

/**
 * The first offered locale in an `Accept-Language` header, honouring q-values
 * and matching on the language when the region differs (`en-GB` → `en`,
 * `fa-IR` → `fa-AF`, since Dari is the Persian we offer). Null when none fits.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((range) => range.tag && range.tag !== '*' && range.q > 0 && !Number.isNaN(range.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const match = canonicalLocale(tag) ?? canonicalLocale(tag.split(/[-_]/)[0]);
    if (match) return match;
  }
  return null;
}

/**
 * The interface language of a request: the signed-in user's preferred
 * language, else the locale cookie, else the browser's first offered
 * language, else English.
 */
export function resolveLocale(sources: { preferred?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  return (
    canonicalLocale(sources.preferred) ??
    canonicalLocale(sources.cookie) ??
    localeFromAcceptLanguage(sources.acceptLanguage) ??
    defaultLocale
  );
}

/** Each locale named in its own language, as the language pickers show it. */
export const localeNames: Record<Locale, string> = { en: 'English', 'fa-AF': 'دری', ps: 'پښتو' };

export const LOCALE_COOKIE = 'cio-locale';

/** A year: the choice outlives the session, as a language preference should. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
