import { describe, expect, it } from 'vitest';
import { checkRevision, parseRevision } from './draft-revision';

const at = new Date(Date.UTC(2026, 2, 1, 9, 30));

describe('checkRevision', () => {
  const cases: [
    string,
    number | string,
    number | string,
    { by: string | null; at: Date | null } | null,
    ReturnType<typeof checkRevision>,
  ][] = [
    ['accepts the current revision', 3, 3, null, { ok: true }],
    ['accepts a token equal to the current one', 'abc', 'abc', { by: 'A', at }, { ok: true }],
    ['accepts a number sent as text', '3', 3, null, { ok: true }],
    [
      'refuses an older revision and names who changed it',
      2,
      3,
      { by: 'Min-jun Park', at },
      { ok: false, changedBy: 'Min-jun Park', changedAt: at },
    ],
    ['refuses a newer revision too (the form is from elsewhere)', 4, 3, null, { ok: false, changedBy: null, changedAt: null }],
    ['refuses a different token', 'abc', 'abd', { by: null, at }, { ok: false, changedBy: null, changedAt: at }],
  ];
  it.each(cases)('%s', (_name, expected, current, lastEdit, result) => {
    expect(checkRevision(expected, current, lastEdit)).toEqual(result);
  });
});

describe('parseRevision', () => {
  it.each([
    ['1', 1],
    [' 12 ', 12],
    [7, 7],
    ['0', null],
    ['-1', null],
    ['1.5', null],
    ['', null],
    [null, null],
    ['12345678901', null],
  ])('%j → %j', (value, expected) => {
    expect(parseRevision(value)).toBe(expected);
  });
});
