import type { TranslationList } from './types';

/**
 * Whether a translation's list replaces option texts (choices, matching
 * pairs, ordering items). Accepted answers are extra answers, and a type
 * with no list keeps its options as answer data (numbers, true/false).
 * Free of the registry, so the translation form can use it in the browser.
 */
export function listTranslatesOptions(list: TranslationList | null): boolean {
  return list === 'options' || list === 'pairs' || list === 'items';
}
