import { describe, expect, it } from 'vitest';
import { moveIndex, moveOne, sameOrder, type Direction } from './reorder';

describe('moveOne', () => {
  const cases: [string, number[], number, Direction, number[] | null][] = [
    ['moves a middle item up', [1, 2, 3], 2, 'up', [2, 1, 3]],
    ['moves a middle item down', [1, 2, 3], 2, 'down', [1, 3, 2]],
    ['moves the last item up', [1, 2, 3], 3, 'up', [1, 3, 2]],
    ['refuses to move the first item up', [1, 2, 3], 1, 'up', null],
    ['refuses to move the last item down', [1, 2, 3], 3, 'down', null],
    ['refuses an item that is not listed', [1, 2, 3], 9, 'down', null],
    ['refuses in a list of one', [1], 1, 'down', null],
  ];
  it.each(cases)('%s', (_name, items, item, direction, expected) => {
    expect(moveOne(items, item, direction)).toEqual(expected);
  });

  it('never changes its input', () => {
    const items = [1, 2, 3];
    moveOne(items, 2, 'up');
    expect(items).toEqual([1, 2, 3]);
  });
});

describe('moveIndex', () => {
  const cases: [number[], number, Direction, number[]][] = [
    [[1, 2, 3], 0, 'down', [2, 1, 3]],
    [[1, 2, 3], 2, 'up', [1, 3, 2]],
    [[1, 2, 3], 0, 'up', [1, 2, 3]],
    [[1, 2, 3], 2, 'down', [1, 2, 3]],
    [[1, 2, 3], 7, 'up', [1, 2, 3]],
  ];
  it.each(cases)('%j: index %i %s → %j', (items, index, direction, expected) => {
    expect(moveIndex(items, index, direction)).toEqual(expected);
  });
});

describe('sameOrder', () => {
  it.each([
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1, 2], [1, 2, 3], false],
    [[], [], true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameOrder(a, b)).toBe(expected);
  });
});
