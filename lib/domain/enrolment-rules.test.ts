import { describe, expect, it } from 'vitest';
import { enrollableModuleIds } from './enrolment-rules';

const modules = [
  { id: 1, selfEnrol: true },
  { id: 2, selfEnrol: false },
  { id: 3, selfEnrol: true },
];

describe('enrollableModuleIds', () => {
  it.each([
    ['self', [1, 3]],
    ['cohort', [1, 2, 3]],
    ['manager', [1, 2, 3]],
  ] as const)('%s → %j', (source, ids) => {
    expect(enrollableModuleIds(source, modules)).toEqual(ids);
  });
});
