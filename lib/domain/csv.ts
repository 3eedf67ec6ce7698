/**
 * A small RFC 4180 CSV reader and writer. Reading accepts what spreadsheets
 * really produce: CRLF, LF or CR line endings, a UTF-8 byte order mark,
 * quoted fields holding commas, quotes ("") and line breaks, and a comma,
 * semicolon or tab delimiter. Writing neutralises cells a spreadsheet would
 * run as a formula.
 */

export interface CsvRecord {
  /** The file line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

export type CsvError = { code: 'unterminated-quote' | 'text-after-quote'; line: number };
export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvError };
export type CsvDelimiter = ',' | ';' | '\t';

/** UTF-8 byte order mark: spreadsheet programs then read non-Latin names correctly. */
export const CSV_BOM = '\uFEFF';
const BOM = CSV_BOM;

/** Removes one leading byte order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The delimiter of a file, read from its first line: a comma unless the line
 * has no comma outside quotes but does have semicolons or tabs.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of stripBom(text)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as CsvDelimiter] += 1;
  }
  if (counts[','] > 0) return ',';
  if (counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > 0 ? '\t' : ',';
}

/**
 * Parses CSV text into records. Lines that are entirely empty are skipped. A
 * quote inside an unquoted field is kept as a character (as spreadsheets do);
 * a quoted field left open, or text after a closing quote, is an error naming
 * the line, because guessing there would silently shift columns.
 */
export function parseCsv(input: string, delimiter: CsvDelimiter = ','): CsvParseResult {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldLine = 1;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && field === '' && !wasQuoted;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return { ok: false, error: { code: 'text-after-quote', line } };
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      fieldLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) return { ok: false, error: { code: 'unterminated-quote', line: fieldLine } };
  if (field !== '' || wasQuoted || fields.length > 0) endRecord();
  return { ok: true, records };
}

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with =, +, -,
 * @, a tab or a carriage return (or their full-width forms) would be run as
 * a formula (CSV injection), so it gets a leading apostrophe and is shown as
 * text. Plain numbers such as -5 are left alone.
 */
export function neutraliseCsvCell(value: string): string {
  if (!formulaStart.test(value) || plainNumber.test(value)) return value;
  return `'${value}`;
}

/** One CSV field: neutralised, then quoted when it holds a delimiter, a quote, a line break or edge spaces. */
export function formatCsvField(value: CsvValue): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  const text = neutraliseCsvCell(value == null ? '' : String(value));
  return /[",\r\n;\t]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value a CSV cell may hold; null and undefined are empty cells. */
export type CsvValue = string | number | null | undefined;

/** One CSV record: fields formatted by formatCsvField, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(formatCsvField).join(',')}\r\n`;
}
