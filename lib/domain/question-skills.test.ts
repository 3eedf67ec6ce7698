import { describe, expect, it } from 'vitest';
import { skillProblems } from './question-skills';

describe('skillProblems', () => {
  it('accepts a quiz that names no skill (banks, GIFT, builder questions)', () => {
    expect(skillProblems([undefined, null, undefined])).toEqual([]);
  });

  it('needs every question to name its skill once one does', () => {
    expect(skillProblems(['application', undefined, 'recall', null])).toEqual([
      { kind: 'missing', index: 1 },
      { kind: 'missing', index: 3 },
    ]);
  });

  it.each([
    [['application', 'recall'], []],
    [['application', 'application', 'recall'], []],
    [['application', 'recall', 'recall'], [{ kind: 'too-few-application', application: 1, total: 3, needed: 2 }]],
    [['recall', 'recall', 'recall', 'application'], [{ kind: 'too-few-application', application: 1, total: 4, needed: 2 }]],
    [['application', 'application', 'recall', 'recall'], []],
  ] as const)('%j → %j', (skills, expected) => {
    expect(skillProblems(skills)).toEqual(expected);
  });
});
