import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_ENROLMENT_FILE_BYTES, MAX_ENROLMENT_ROWS, normaliseHeader, readEnrolmentFile } from './enrolment-csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'name,email,country,ministry,job_title';

function rowsOf(text: string) {
  const file = readEnrolmentFile(bytes(text));
  if (!file.ok) throw new Error(`unexpected ${file.problem.code}`);
  return file.rows;
}

describe('normaliseHeader', () => {
  it.each([
    ['Job title', 'job title'],
    ['job_title', 'job title'],
    [' JOB-TITLE ', 'job title'],
    ['Ministry/Agency', 'ministry agency'],
    ['E-mail', 'e mail'],
    ['\uFF45mail', 'email'],
  ])('%j → %j', (header, expected) => expect(normaliseHeader(header)).toBe(expected));
});

describe('readEnrolmentFile', () => {
  it('reads a plain file', () => {
    expect(rowsOf(`${HEADER}\nNasrin Karimi,nasrin@example.org,Afghanistan,MCIT,CIO\n`)).toEqual([
      { line: 2, name: 'Nasrin Karimi', email: 'nasrin@example.org', country: 'Afghanistan', ministry: 'MCIT', jobTitle: 'CIO' },
    ]);
  });

  it('accepts header variants in any case and order, and names ignored columns', () => {
    const file = readEnrolmentFile(bytes('E-mail,Full Name,Job title,Ministry/Agency,COUNTRY,Phone\nx@example.org,X,Director,MoF,Fiji,123\n'));
    expect(file).toEqual({
      ok: true,
      ignoredColumns: ['Phone'],
      rows: [{ line: 2, name: 'X', email: 'x@example.org', country: 'Fiji', ministry: 'MoF', jobTitle: 'Director' }],
    });
  });

  it('handles a UTF-8 BOM and Windows line endings', () => {
    const rows = rowsOf(`\uFEFF${HEADER}\r\nSione Tupou,sione@example.org,Tonga,MEIDECC,CIO\r\nMere Waqa,mere@example.org,Fiji,ITC,Manager\r\n`);
    expect(rows.map((r) => [r.line, r.name, r.jobTitle])).toEqual([
      [2, 'Sione Tupou', 'CIO'],
      [3, 'Mere Waqa', 'Manager'],
    ]);
  });

  it('keeps Arabic-script names and quoted commas intact', () => {
    const rows = rowsOf(`${HEADER}\n"ليلى حداد",layla@example.org,Jordan,"Ministry of Digital Economy, Entrepreneurship",CIO\nنسرین کریمی,n@example.org,Afghanistan,MCIT,CIO`);
    expect(rows.map((r) => [r.name, r.ministry])).toEqual([
      ['ليلى حداد', 'Ministry of Digital Economy, Entrepreneurship'],
      ['نسرین کریمی', 'MCIT'],
    ]);
  });

  it('reads an optional language column under any of its names', () => {
    const rows = rowsOf(`${HEADER},Language\nA,a@example.org,AF,MCIT,CIO,دری\nB,b@example.org,AF,MCIT,CIO,\n`);
    expect(rows.map((r) => r.language)).toEqual(['دری', '']);
    expect(rowsOf(`ژبه,${HEADER}\nps,C,c@example.org,AF,MCIT,CIO`)[0]?.language).toBe('ps');
  });

  it('leaves the language out when the file has no such column', () => {
    expect(rowsOf(`${HEADER}\nA,a@example.org,AF,MCIT,CIO`)[0]).not.toHaveProperty('language');
  });

  it('stores formula-like cells as text, unchanged', () => {
    const rows = rowsOf(`${HEADER}\n"=HYPERLINK(""http://evil.example"",""x"")",f@example.org,+Fiji,-MoF,@CIO`);
    expect(rows[0]).toMatchObject({ name: '=HYPERLINK("http://evil.example","x")', country: '+Fiji', ministry: '-MoF', jobTitle: '@CIO' });
  });

  it('collapses whitespace and skips blank lines', () => {
    expect(rowsOf(`${HEADER}\n  Tenzin   Dorji ,t@example.org,Bhutan,GovTech,CIO\n,,,,\n\n`)).toEqual([
      { line: 2, name: 'Tenzin Dorji', email: 't@example.org', country: 'Bhutan', ministry: 'GovTech', jobTitle: 'CIO' },
    ]);
  });

  it('reads semicolon-separated exports', () => {
    expect(rowsOf('name;email;country;ministry;job_title\nA;a@example.org;Uzbekistan;MITC;CIO')[0]?.country).toBe('Uzbekistan');
  });

  it('marks a row with more values than columns (an unquoted comma)', () => {
    expect(rowsOf(`${HEADER}\nKarimi, Nasrin,n@example.org,Afghanistan,MCIT,CIO`)[0]).toMatchObject({ extraValues: 1 });
    expect(rowsOf(`${HEADER}\nA,a@example.org,X,Y,Z,,`)[0]).not.toHaveProperty('extraValues');
  });

  it.each([
    ['a missing column, named', 'name,email,country,ministry\nA,a@example.org,X,Y', { code: 'missing-columns', columns: ['job_title'] }],
    ['several missing columns', 'email\na@example.org', { code: 'missing-columns', columns: ['name', 'country', 'ministry', 'job_title'] }],
    ['a column given twice', `${HEADER},Email\n`, { code: 'duplicate-column', column: 'email' }],
    ['an empty file', '', { code: 'empty' }],
    ['a file of blank lines and a BOM', '\uFEFF\r\n\r\n', { code: 'empty' }],
    ['a header without rows', `${HEADER}\r\n\r\n`, { code: 'no-rows' }],
    ['an unterminated quote', `${HEADER}\nA,a@example.org,"X,Y,Z`, { code: 'malformed', line: 2, detail: 'unterminated-quote' }],
  ])('refuses %s', (_name, text, problem) => expect(readEnrolmentFile(bytes(text))).toEqual({ ok: false, problem }));

  it('refuses a file that is not UTF-8 (e.g. saved as Windows-1252)', () => {
    const latin1 = new Uint8Array([...bytes(`${HEADER}\nJos`), 0xe9, ...bytes(',j@example.org,X,Y,Z')]);
    expect(readEnrolmentFile(latin1)).toEqual({ ok: false, problem: { code: 'not-utf8' } });
  });

  it('refuses more rows than one import may hold', () => {
    const body = Array.from({ length: MAX_ENROLMENT_ROWS + 1 }, (_, i) => `T${i},t${i}@example.org,X,Y,Z`).join('\n');
    expect(readEnrolmentFile(bytes(`${HEADER}\n${body}`))).toEqual({
      ok: false,
      problem: { code: 'too-many-rows', rows: MAX_ENROLMENT_ROWS + 1, limit: MAX_ENROLMENT_ROWS },
    });
  });

  it('refuses a file over 5 MB before reading it', () => {
    const twentyMb = new Uint8Array(20 * 1024 * 1024);
    expect(readEnrolmentFile(twentyMb)).toEqual({ ok: false, problem: { code: 'too-large', bytes: twentyMb.byteLength, limit: MAX_ENROLMENT_FILE_BYTES } });
  });
});

describe('fileSizeProblem', () => {
  it.each([
    [0, null],
    [MAX_ENROLMENT_FILE_BYTES, null],
    [MAX_ENROLMENT_FILE_BYTES + 1, { code: 'too-large', bytes: MAX_ENROLMENT_FILE_BYTES + 1, limit: MAX_ENROLMENT_FILE_BYTES }],
  ])('%d bytes → %j', (size, problem) => expect(fileSizeProblem(size)).toEqual(problem));
});
