/**
 * The languages course content is written in. English is the source: every
 * module exists in English, and a translation into another content locale
 * follows the English structure (same lessons, question keys and option
 * counts), so grading and progress are shared across languages.
 *
 * This file imports nothing, so the schema and the content loader can use it.
 */

/** The source language of every module. */
export const sourceLocale = 'en' as const;

/** The languages a module may be translated into, in the order authors see them. */
export const translationLocales = ['fa-AF', 'ps'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

/** Any language content can be shown in. */
export type ContentLocale = typeof sourceLocale | TranslationLocale;

/** Whether `value` names a translation locale (e.g. a locale read from a request). */
export function isTranslationLocale(value: string): value is TranslationLocale {
  return (translationLocales as readonly string[]).includes(value);
}

/** Text direction of each content locale: Dari and Pashto are written right to left. */
export const contentDirection: Record<ContentLocale, 'ltr' | 'rtl'> = { en: 'ltr', 'fa-AF': 'rtl', ps: 'rtl' };

/**
 * How a lesson's closing source line may start in each locale. A translated
 * lesson may keep the English label or use its own language's word.
 */
export const sourceLineLabels: Record<ContentLocale, readonly string[]> = {
  en: ['**Source:**'],
  'fa-AF': ['**Source:**', '**منبع:**'],
  ps: ['**Source:**', '**سرچینه:**'],
};

/** `lectures/talk.vtt` → `lectures/talk.fa-AF.vtt`: translated captions sit beside the English ones. */
export function translatedCaptionsPath(captions: string, locale: TranslationLocale): string {
  return `${captions.replace(/\.vtt$/, '')}.${locale}.vtt`;
}
