/**
 * Reading a trainee list (CSV) for bulk enrolment: size, encoding, columns
 * and rows. Classifying the rows against existing accounts is in
 * ./enrolment-classify.ts. Nothing here touches the database.
 */
import { detectDelimiter, parseCsv } from './csv';

export const MAX_ENROLMENT_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ENROLMENT_ROWS = 2000;

export const enrolmentColumns = ['name', 'email', 'country', 'ministry', 'jobTitle'] as const;
export type EnrolmentColumn = (typeof enrolmentColumns)[number];

/** The column names as a manager writes them in the first line of the file. */
export const columnHeaders: Record<EnrolmentColumn, string> = {
  name: 'name',
  email: 'email',
  country: 'country',
  ministry: 'ministry',
  jobTitle: 'job_title',
};

/** An optional column: each trainee's interface language (`en`, `fa-AF`/`prs`/`دری`, `ps`/`پښتو`). */
export const languageHeader = 'language';
const languageAliases: readonly string[] = ['language', 'preferred language', 'lang', 'locale', 'زبان', 'ژبه'];

/** Header spellings accepted per column, compared after normaliseHeader(). */
const headerAliases: Record<EnrolmentColumn, readonly string[]> = {
  name: ['name', 'full name', 'trainee name', 'participant name'],
  email: ['email', 'e mail', 'email address', 'e mail address'],
  country: ['country'],
  ministry: ['ministry', 'agency', 'ministry agency', 'ministry or agency', 'organisation', 'organization'],
  jobTitle: ['job title', 'jobtitle', 'title', 'position'],
};

export type FileProblem =
  | { code: 'no-file' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'not-utf8' }
  | { code: 'malformed'; line: number; detail: 'unterminated-quote' | 'text-after-quote' }
  | { code: 'missing-columns'; columns: string[] }
  | { code: 'duplicate-column'; column: string }
  | { code: 'no-rows' }
  | { code: 'too-many-rows'; rows: number; limit: number };

/** One data line of the file, values trimmed with inner whitespace collapsed. */
export interface EnrolmentRow {
  line: number;
  name: string;
  email: string;
  country: string;
  ministry: string;
  jobTitle: string;
  /** The language as written, when the file has a language column; checked by the classification. */
  language?: string;
  /** Set when the line has more values than the header has columns (usually an unquoted comma). */
  extraValues?: number;
}

export type EnrolmentFile = { ok: true; rows: EnrolmentRow[]; ignoredColumns: string[] } | { ok: false; problem: FileProblem };

/** "Job Title", "job_title" and "JOB-TITLE" all become "job title". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function columnOf(header: string): EnrolmentColumn | null {
  const key = normaliseHeader(header);
  return enrolmentColumns.find((column) => headerAliases[column].includes(key)) ?? null;
}

/** The size problem of an upload, checked before reading it (also in the browser). */
export function fileSizeProblem(bytes: number): FileProblem | null {
  return bytes > MAX_ENROLMENT_FILE_BYTES ? { code: 'too-large', bytes, limit: MAX_ENROLMENT_FILE_BYTES } : null;
}

const clean = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Reads an uploaded trainee list: UTF-8 (with or without BOM), any common delimiter and line ending. */
export function readEnrolmentFile(bytes: Uint8Array): EnrolmentFile {
  const tooLarge = fileSizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'not-utf8' } };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: { code: 'empty' } };
  const parsed = parseCsv(text, detectDelimiter(text));
  if (!parsed.ok) return { ok: false, problem: { code: 'malformed', line: parsed.error.line, detail: parsed.error.code } };
  const [header, ...body] = parsed.records;
  if (!header) return { ok: false, problem: { code: 'empty' } };

  const positions = new Map<EnrolmentColumn, number>();
  const ignoredColumns: string[] = [];
  let languageAt: number | null = null;
  header.fields.forEach((title, index) => {
    if (languageAliases.includes(normaliseHeader(title))) {
      if (languageAt !== null) ignoredColumns.push(title.trim());
      else languageAt = index;
      return;
    }
    const column = columnOf(title);
    if (!column) {
      if (title.trim()) ignoredColumns.push(title.trim());
      return;
    }
    if (!positions.has(column)) positions.set(column, index);
    else positions.set(column, -1);
  });
  const duplicate = enrolmentColumns.find((column) => positions.get(column) === -1);
  if (duplicate) return { ok: false, problem: { code: 'duplicate-column', column: columnHeaders[duplicate] } };
  const missing = enrolmentColumns.filter((column) => !positions.has(column)).map((column) => columnHeaders[column]);
  if (missing.length) return { ok: false, problem: { code: 'missing-columns', columns: missing } };

  const rows = body.filter((record) => record.fields.some((value) => value.trim() !== ''));
  if (rows.length === 0) return { ok: false, problem: { code: 'no-rows' } };
  if (rows.length > MAX_ENROLMENT_ROWS) return { ok: false, problem: { code: 'too-many-rows', rows: rows.length, limit: MAX_ENROLMENT_ROWS } };

  const at = (fields: string[], column: EnrolmentColumn) => clean(fields[positions.get(column) ?? -1]);
  return {
    ok: true,
    ignoredColumns,
    rows: rows.map(({ line, fields }) => {
      const extra = fields.length - header.fields.length;
      return {
        line,
        name: at(fields, 'name'),
        email: at(fields, 'email'),
        country: at(fields, 'country'),
        ministry: at(fields, 'ministry'),
        jobTitle: at(fields, 'jobTitle'),
        ...(languageAt === null ? {} : { language: clean(fields[languageAt]) }),
        ...(extra > 0 && fields.slice(header.fields.length).some((value) => value.trim() !== '') ? { extraValues: extra } : {}),
      };
    }),
  };
}
