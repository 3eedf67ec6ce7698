import { contentDirection, sourceLocale, type ContentLocale, type TranslationLocale } from './content-locales';

/** Text to show, in which language, and whether it is the English fallback for a missing translation. */
export interface Localised<T> {
  value: T;
  /** The language `value` is written in (the `lang` of the block showing it). */
  lang: ContentLocale;
  dir: 'ltr' | 'rtl';
  /** True when the reader asked for a translation that does not exist and gets English instead. */
  fallback: boolean;
}

/**
 * Picks the text of a part of a module (module text, a lesson, a quiz) for a
 * reader's locale: the translation when there is one, else the English source,
 * marked as a fallback so the page can say so and set `lang="en" dir="ltr"`.
 */
export function localise<T>(
  locale: string,
  english: T,
  translations: Partial<Record<string, T | null | undefined>> | null | undefined,
): Localised<T> {
  const english_ = { value: english, lang: sourceLocale, dir: contentDirection.en, fallback: false } as const;
  if (locale === sourceLocale) return english_;
  const translated = translations?.[locale];
  if (translated === undefined || translated === null) {
    return { ...english_, fallback: locale === 'fa-AF' || locale === 'ps' };
  }
  const lang = locale as TranslationLocale;
  return { value: translated, lang, dir: contentDirection[lang], fallback: false };
}

/** What a listing of modules shows of one: its English title and summary and their translations. */
export interface ModuleListingText {
  title: string;
  summary: string;
  translations: Partial<Record<string, { title: string; summary: string } | null | undefined>>;
}

/**
 * A module's title and summary for a listing (My learning, breadcrumbs),
 * with the same rule as the module page: the translation when the module has
 * one in the reader's locale, else English marked as the fallback.
 */
export function localiseModuleText(locale: string, module: ModuleListingText): Localised<{ title: string; summary: string }> {
  const translated = module.translations[locale];
  return localise(locale, { title: module.title, summary: module.summary }, {
    [locale]: translated ? { title: translated.title, summary: translated.summary } : undefined,
  });
}

/** The catalogue's name for a content language in `{language, select, …}` messages. */
export function languageKey(locale: string): 'dari' | 'pashto' | 'other' {
  return locale === 'fa-AF' ? 'dari' : locale === 'ps' ? 'pashto' : 'other';
}
