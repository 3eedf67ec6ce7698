import { describe, expect, it } from 'vitest';
import { meetsPassMark, rubricMaxPoints, scoreRubric, type RubricCriterion } from './rubric';

const level = (points: number) => ({ title: `L${points}`, points, descriptor: `${points} points` });
const rubric: RubricCriterion[] = [
  { key: 'diagnosis', title: 'Diagnosis', levels: [level(0), level(2), level(4)] },
  { key: 'barriers', title: 'Barriers', levels: [level(0), level(1.5), level(3)] },
  { key: 'open-data', title: 'Open data', levels: [level(1), level(3)] },
];

describe('scoreRubric', () => {
  it('sums the best levels for the maximum', () => {
    expect(rubricMaxPoints(rubric)).toBe(10);
  });

  it.each([
    [{ diagnosis: 2, barriers: 2, 'open-data': 1 }, { points: 10, percent: 100, missing: [] }],
    [{ diagnosis: 0, barriers: 0, 'open-data': 0 }, { points: 1, percent: 10, missing: [] }],
    [{ diagnosis: 1, barriers: 1, 'open-data': 0 }, { points: 4.5, percent: 45, missing: [] }],
    [{ diagnosis: 2, barriers: 1 }, { points: 5.5, percent: 55, missing: ['open-data'] }],
    [{ diagnosis: 3, barriers: -1, 'open-data': 0.5 }, { points: 0, percent: 0, missing: ['diagnosis', 'barriers', 'open-data'] }],
    [{ unknown: 1, diagnosis: 2, barriers: 2, 'open-data': 1 }, { points: 10, percent: 100, missing: [] }],
  ])('scores %j', (chosen, expected) => {
    expect(scoreRubric(rubric, chosen)).toEqual({ maxPoints: 10, ...expected });
  });

  it('gives 0 percent for an empty rubric rather than dividing by zero', () => {
    expect(scoreRubric([], {})).toEqual({ points: 0, maxPoints: 0, percent: 0, missing: [] });
  });

  it('reads the pass mark inclusively', () => {
    expect(meetsPassMark(60, 60)).toBe(true);
    expect(meetsPassMark(59.9, 60)).toBe(false);
  });
});
