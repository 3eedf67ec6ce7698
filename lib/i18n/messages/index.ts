import type { Locale } from '../config';

/**
 * The message catalog of a locale, kept as one JSON file per area
 * (`messages/<locale>/<area>.json`) so features own their strings. Areas must
 * not share top-level keys; the catalog test checks that.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const areas = await Promise.all(catalogAreas.map((area) => import(`./${locale}/${area}.json`)));
  return Object.assign({}, ...areas.map((module) => module.default as Record<string, unknown>));
}

/** Every area file; each locale has the same set. */
export const catalogAreas = ['core', 'authoring', 'banks', 'cohorts', 'dashboard', 'gaps'] as const;
