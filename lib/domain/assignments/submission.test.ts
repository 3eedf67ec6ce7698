import { describe, expect, it } from 'vitest';
import { draftTarget, isLate, isOutstanding, MAX_SUBMISSION_FILES, MAX_SUBMISSION_TEXT, submissionProblem } from './submission';

describe('isLate', () => {
  const due = new Date('2026-03-01T12:00:00Z');
  it.each([
    ['2026-03-01T11:59:59Z', due, false],
    ['2026-03-01T12:00:00Z', due, false],
    ['2026-03-01T12:00:01Z', due, true],
    ['2027-01-01T00:00:00Z', null, false],
  ] as const)('submitted %s, due %s: late %s', (at, dueAt, late) => {
    expect(isLate(new Date(at), dueAt)).toBe(late);
  });
});

describe('draftTarget', () => {
  it.each([
    [null, false, { kind: 'first' }],
    [{ status: 'draft' as const }, false, { kind: 'current' }],
    [{ status: 'revision-requested' as const }, false, { kind: 'next', copyFrom: 'latest' }],
    [{ status: 'submitted' as const }, false, { kind: 'refused', reason: 'awaiting-grade' }],
    [{ status: 'accepted' as const }, false, { kind: 'refused', reason: 'accepted' }],
    [null, true, { kind: 'refused', reason: 'closed' }],
    [{ status: 'draft' as const }, true, { kind: 'refused', reason: 'closed' }],
    [{ status: 'revision-requested' as const }, true, { kind: 'refused', reason: 'closed' }],
  ])('latest %j, closed %s → %j', (latest, closed, expected) => {
    expect(draftTarget(latest, closed)).toEqual(expected);
  });
});

describe('submissionProblem', () => {
  it.each([
    ['text', '', 0, 'empty'],
    ['both', '   \n ', 0, 'empty'],
    ['files', '', 0, 'empty'],
    ['text', 'My plan', 0, null],
    ['text', '', 1, 'text-required'],
    ['files', '', 1, null],
    ['files', 'notes', 1, null],
    ['both', 'My plan', 0, 'files-required'],
    ['both', '', 2, 'text-required'],
    ['both', 'My plan', 1, null],
    ['files', '', MAX_SUBMISSION_FILES + 1, 'too-many-files'],
    ['text', 'x'.repeat(MAX_SUBMISSION_TEXT + 1), 0, 'text-too-long'],
  ] as const)('%s with text %j and %i files → %s', (kind, text, files, problem) => {
    expect(submissionProblem(kind, text, files)).toBe(problem);
  });
});

describe('isOutstanding', () => {
  it.each([
    [null, true],
    ['draft', true],
    ['revision-requested', true],
    ['submitted', false],
    ['accepted', false],
  ] as const)('%s → %s', (status, outstanding) => {
    expect(isOutstanding(status)).toBe(outstanding);
  });
});
