import { describe, expect, it } from 'vitest';
import { attemptState } from './attempt-state';

const now = new Date('2026-02-01T10:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('attemptState', () => {
  it.each<[string, 'open' | 'submitted' | 'expired', Date | null, string]>([
    ['an untimed open attempt is open', 'open', null, 'open'],
    ['an open attempt before its deadline is open', 'open', at(60), 'open'],
    ['an open attempt within the grace period is still open', 'open', at(-4), 'open'],
    ['an open attempt past deadline and grace is expired', 'open', at(-6), 'expired'],
    ['a submitted attempt is closed', 'submitted', at(60), 'closed'],
    ['an attempt closed as expired is closed', 'expired', at(-600), 'closed'],
  ])('%s', (_name, status, deadlineAt, expected) => {
    expect(attemptState({ status, deadlineAt }, now)).toBe(expected);
  });
});
