import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it.each<[string, string | number | null | undefined, string]>([
    ['plain text', 'Nasrin Karimi', 'Nasrin Karimi'],
    ['empty text', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 87.5, '87.5'],
    ['a negative number stays a number', -3, '-3'],
    ['not a number', Number.NaN, ''],
    ['a formula', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['a plus sign', '+1 555', "'+1 555"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\tcmd', "'\tcmd"],
    ['a leading carriage return', '\rcmd', `"'\rcmd"`],
    ['a formula sign later in the text', 'a=b', 'a=b'],
    ['a comma', 'Ministry of Finance, Kabul', '"Ministry of Finance, Kabul"'],
    ['a double quote', 'The "digital" ministry', '"The ""digital"" ministry"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['Arabic script', 'ليلى حداد', 'ليلى حداد'],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvRow', () => {
  it.each<[string, (string | number | null)[], string]>([
    ['simple values', ['a', 1, null, 'b'], 'a,1,,b\r\n'],
    ['quoted and neutralised values', ['x,y', '=1+1', 2], '"x,y",\'=1+1,2\r\n'],
    ['no values', [], '\r\n'],
  ])('%s', (_name, values, expected) => {
    expect(csvRow(values)).toBe(expected);
  });
});
