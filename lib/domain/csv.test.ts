import { describe, expect, it } from 'vitest';
import { CSV_BOM, detectDelimiter, formatCsvField, neutraliseCsvCell, parseCsv, stripBom, csvRow } from './csv';

const fieldsOf = (text: string, delimiter: ',' | ';' | '\t' = ',') => {
  const result = parseCsv(text, delimiter);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.records.map((r) => r.fields);
};

describe('parseCsv', () => {
  it.each([
    ['LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF (Windows)', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['CR (old Mac)', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a UTF-8 byte order mark', '\uFEFFname,email\nx,y', [['name', 'email'], ['x', 'y']]],
    ['quoted commas', 'name,ministry\n"Karimi, Nasrin","Ministry of Communications, IT"', [['name', 'ministry'], ['Karimi, Nasrin', 'Ministry of Communications, IT']]],
    ['doubled quotes', '"say ""hello""",x', [['say "hello"', 'x']]],
    ['a line break inside quotes', '"line one\r\nline two",x\r\ny,z', [['line one\r\nline two', 'x'], ['y', 'z']]],
    ['empty fields', 'a,,c\n,,', [['a', '', 'c'], ['', '', '']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    ['a quote inside an unquoted field kept as text', 'screen 5\'11",x', [['screen 5\'11"', 'x']]],
    ['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
    ['Arabic script kept intact', 'name\nليلى حداد\nنسرین کریمی', [['name'], ['ليلى حداد'], ['نسرین کریمی']]],
    ['formula-like cells kept as text', '"=HYPERLINK(""http://x"",""y"")",+1,-2,@SUM(A1)', [['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)']]],
    ['an empty file', '', []],
  ])('reads %s', (_name, text, expected) => expect(fieldsOf(text)).toEqual(expected));

  it('reads semicolon-separated files', () => expect(fieldsOf('a;"b;c"\n1;2', ';')).toEqual([['a', 'b;c'], ['1', '2']]));

  it('numbers records by the line they start on', () => {
    const result = parseCsv('h\r\n"a\nb"\r\n\r\nc\r\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ['an unterminated quote', 'a,b\n"open,2\n3,4', { code: 'unterminated-quote', line: 2 }],
    ['text after a closing quote', 'a,b\n"x"y,2', { code: 'text-after-quote', line: 2 }],
  ])('refuses %s, naming the line', (_name, text, error) => expect(parseCsv(text)).toEqual({ ok: false, error }));
});

describe('detectDelimiter', () => {
  it.each([
    ['name,email\n', ','],
    ['name;email;country\n', ';'],
    ['name\temail\n', '\t'],
    ['"a,b";c\n', ';'],
    ['name;email,x\n', ','],
    ['single\n', ','],
  ] as const)('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('stripBom', () => {
  it('removes one leading BOM only', () => expect(stripBom('\uFEFFa\uFEFF')).toBe('a\uFEFF'));
});

describe('neutraliseCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+61 7 1234', "'+61 7 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['-5', '-5'],
    ['+3.25', '+3.25'],
    ['Nasrin Karimi', 'Nasrin Karimi'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(neutraliseCsvCell(value)).toBe(expected));
});

describe('formatCsvField and csvRow', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=1+1', "'=1+1"],
    ['=1,2', '"\'=1,2"'],
    [42, '42'],
    [null, ''],
  ] as const)('%j → %j', (value, expected) => expect(formatCsvField(value)).toBe(expected));

  it('writes a BOM, CRLF endings and round-trips through the parser', () => {
    const rows = [['name', 'ministry'], ['ليلى حداد', 'Ministry of Digital Economy, Jordan'], ['=cmd', '"quoted"']];
    const text = CSV_BOM + rows.map(csvRow).join('');
    expect(text.startsWith('\uFEFFname,ministry\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(fieldsOf(text)).toEqual([['name', 'ministry'], ['ليلى حداد', 'Ministry of Digital Economy, Jordan'], ["'=cmd", '"quoted"']]);
  });
});

describe('csvRow', () => {
  it.each<[string, (string | number | null)[], string]>([
    ['simple values', ['a', 1, null, 'b'], 'a,1,,b\r\n'],
    ['quoted and neutralised values', ['x,y', '=1+1', 2], '"x,y",\'=1+1,2\r\n'],
    ['a number that is not finite is empty', [Number.NaN, -3], ',-3\r\n'],
    ['no values', [], '\r\n'],
  ])('%s', (_name, values, expected) => {
    expect(csvRow(values)).toBe(expected);
  });
});
