import { describe, expect, it } from 'vitest';
import { assignmentStatusOf, indexStatuses } from './dashboard';

describe('assignment statuses on the dashboard', () => {
  const statuses = indexStatuses([
    { userId: 1, moduleId: 8, key: 'plan', status: 'accepted' },
    { userId: 2, moduleId: 8, key: 'plan', status: 'revision-requested' },
  ]);
  it.each([
    [1, 8, 'plan', 'accepted'],
    [2, 8, 'plan', 'revision-requested'],
    [3, 8, 'plan', 'not-started'],
    [1, 7, 'plan', 'not-started'],
  ] as const)('trainee %i, module %i, %s → %s', (userId, moduleId, key, status) => {
    expect(assignmentStatusOf(statuses, userId, moduleId, key)).toBe(status);
  });
});
