/** Reading numbers as trainees type them and as numerical answers store them. */

/** Longest numerical response accepted, in characters. */
export const MAX_NUMBER_LENGTH = 50;

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic (٠–٩) and Persian (۰–۹) digits as ASCII digits. */
const asciiDigits = (text: string) =>
  text.replace(DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) - ((digit.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Why a text is not a number, as a catalogue key under quiz.numerical. */
export type NumberProblem = 'empty' | 'not-a-number';

/**
 * A number as a trainee may type it: ASCII, Eastern Arabic or Persian digits;
 * a point, a comma or the Arabic decimal separator `٫` as the decimal
 * separator; spaces (and the Arabic thousands separator `٬`) between digit
 * groups ignored; a leading `+` or `-` (or the minus sign `−`); an exponent.
 * A comma beside a point is a thousands separator (`1,234.5`).
 */
export function readNumber(text: string): { value: number } | { problem: NumberProblem } {
  let clean = asciiDigits(text.normalize('NFKC'))
    .trim()
    .replace(/[\s\u066C]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/\u066B/g, '.');
  if (clean === '') return { problem: 'empty' };
  if (clean.includes('.')) clean = clean.replace(/,(?=\d{3}(\D|$))/g, '');
  else if ((clean.match(/,/g) ?? []).length === 1) clean = clean.replace(',', '.');
  if (!NUMBER.test(clean)) return { problem: 'not-a-number' };
  const value = Number(clean);
  return Number.isFinite(value) ? { value } : { problem: 'not-a-number' };
}

/** A number as a stored answer writes it: shortest exact form, no exponent for everyday sizes. */
export const numberText = (value: number) => String(Number(value.toPrecision(15)));

/** Whether a response lies within an answer's tolerance (with room for binary noise). */
export function withinTolerance(response: number, value: number, tolerance: number): boolean {
  const margin = Math.abs(tolerance) + 1e-9 * Math.max(1, Math.abs(value));
  return Math.abs(response - value) <= margin;
}
