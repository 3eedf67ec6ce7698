/** Writing and reading GIFT answers, for the types whose syntax is `=`/`~` answers. */
import { escapeGift, unprotect } from '../gift/escapes';
import type { OptionData } from '../quiz-snapshot';

/** A percentage as GIFT writes it: at most 5 decimals, no trailing zeros. */
export function giftPercent(weight: number): string {
  return `%${Number(weight.toFixed(5))}%`;
}

/** One answer line: marker, optional weight, escaped text and `#feedback`. */
export function giftLine(marker: '=' | '~', option: OptionData, weight: number | null = option.weight): string {
  const feedback = option.feedback.trim() === '' ? '' : `#${escapeGift(option.feedback.trim())}`;
  return `${marker}${weight === null ? '' : giftPercent(weight)}${escapeGift(option.text)}${feedback}`;
}

/** Protected GIFT text as plain text, trimmed. */
export const giftPlain = (text: string) => unprotect(text).trim();
