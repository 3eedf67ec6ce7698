/**
 * CSV for spreadsheets (RFC 4180), safe to open in Excel or LibreOffice.
 *
 * - Formula injection: a text cell starting with =, +, -, @, a tab or a
 *   carriage return would be run as a formula, so it gets a leading
 *   apostrophe. Numbers are written as numbers and never changed.
 * - Quoting: a cell containing a comma, a double quote, CR or LF is wrapped
 *   in double quotes, inner quotes doubled. Records end with CRLF.
 * - The file starts with a UTF-8 byte order mark, so Excel reads non-Latin
 *   names (Arabic, Cyrillic) correctly.
 */

export type CsvValue = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised and quoted as needed; null and undefined are empty. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
