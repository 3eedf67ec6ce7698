/** Writing and reading GIFT answers, for the types whose syntax is `=`/`~` answers. */
import { escapeGift, unprotect } from '../gift/escapes';
import type { OptionData } from '../quiz-snapshot';

/** A percentage as GIFT writes it: at most 5 decimals, no trailing zeros. */
export function giftPercent(weight: number): string {
  return `%${Number(weight.toFixed(5))}%`;
}

/**
 * Moodle's format markers, exactly as `qformat_gift::format_name_to_const`
 * knows them: lower case only, so `[HTML]` stays text.
 */
const FORMAT_MARKER = /^\[(moodle|html|plain|markdown)\]/;

/** Text whose start GIFT would read as a format marker or a weight (case-insensitive, to be safe). */
const MARKER_LIKE = /^\s*(%|\[(moodle|html|plain|markdown)\])/i;

/**
 * Text as written for GIFT, escaped; text that would read back as a format
 * marker or a `%n%` weight is led by an explicit `[plain]` marker, which
 * Moodle and {@link giftPlain} strip (GIFT has no escape for `%` or `[`).
 */
export function giftText(text: string): string {
  return `${MARKER_LIKE.test(text) ? '[plain]' : ''}${escapeGift(text)}`;
}

/** One answer line: marker, optional weight, text and `#feedback`. */
export function giftLine(marker: '=' | '~', option: OptionData, weight: number | null = option.weight): string {
  const feedback = option.feedback.trim() === '' ? '' : `#${giftText(option.feedback.trim())}`;
  return `${marker}${weight === null ? '' : giftPercent(weight)}${giftText(option.text)}${feedback}`;
}

/**
 * Protected GIFT text as plain text, as Moodle's `parse_text_with_format`
 * reads it: trimmed, a leading format marker dropped, escapes undone, trimmed.
 */
export const giftPlain = (text: string) => unprotect(text.trim().replace(FORMAT_MARKER, '')).trim();

/**
 * The grades Moodle lists for an answer (`question_bank::fraction_options_full`),
 * as percentages. Its import refuses any other ("Error if grade not listed").
 */
export const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
];

/** Whether Moodle lists a grade (or its negative), within its own tolerance. */
export const moodleListsGrade = (weight: number) =>
  weight === 0 || MOODLE_GRADES.some((grade) => Math.abs(Math.abs(weight) - grade) < 1e-4);
