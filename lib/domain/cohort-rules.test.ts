import { describe, expect, it } from 'vitest';
import { cohortDateProblems, isCalendarDate } from './cohort-rules';

describe('isCalendarDate', () => {
  it.each([
    ['2026-09-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-9-1', false],
    ['01/09/2026', false],
    ['1999-12-31', false],
    ['', false],
  ])('%j → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});

describe('cohortDateProblems', () => {
  const dates = (startsOn: string, endsOn: string, targetOn: string) => cohortDateProblems({ startsOn, endsOn, targetOn });
  it.each([
    ['a cohort with its target inside', dates('2026-09-01', '2027-02-28', '2027-02-15'), {}],
    ['a one-day cohort', dates('2026-09-01', '2026-09-01', '2026-09-01'), {}],
    ['a target on the last day', dates('2026-09-01', '2027-02-28', '2027-02-28'), {}],
    ['an end before the start', dates('2026-09-01', '2026-08-31', '2026-09-01'), { endsOn: 'ends-before-start' }],
    ['a target before the start', dates('2026-09-01', '2027-02-28', '2026-08-01'), { targetOn: 'target-before-start' }],
    ['a target after the end', dates('2026-09-01', '2027-02-28', '2027-03-01'), { targetOn: 'target-after-end' }],
    ['a cohort over five years', dates('2026-09-01', '2032-09-02', '2027-01-01'), { endsOn: 'too-long' }],
    ['both wrong', dates('2026-09-01', '2026-08-01', '2026-07-01'), { endsOn: 'ends-before-start', targetOn: 'target-before-start' }],
  ])('%s', (_name, problems, expected) => expect(problems).toEqual(expected));
});
