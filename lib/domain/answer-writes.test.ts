import { describe, expect, it } from 'vitest';
import { acceptLateAnswer, decideAnswerRevision, OFFLINE_REPLAY_WINDOW_MS } from './answer-writes';

describe('decideAnswerRevision', () => {
  it.each([
    { stored: null, incoming: 0, expected: 'apply' },
    { stored: null, incoming: 5, expected: 'apply' },
    { stored: 5, incoming: 6, expected: 'apply' },
    { stored: 5, incoming: 5, expected: 'stale' },
    { stored: 6, incoming: 5, expected: 'stale' },
  ] as const)('stored $stored, incoming $incoming → $expected', ({ stored, incoming, expected }) => {
    expect(decideAnswerRevision(stored, incoming)).toBe(expected);
  });
});

describe('acceptLateAnswer', () => {
  const startedAt = new Date('2026-02-01T10:00:00Z');
  const deadlineAt = new Date('2026-02-01T10:10:00Z');
  const at = (ms: number) => new Date(deadlineAt.getTime() + ms);
  const grace = 5_000;

  it.each([
    { name: 'saved in time, replayed soon after', deviceSavedAt: at(-60_000), now: at(60_000), expected: true },
    { name: 'saved within the grace', deviceSavedAt: at(grace), now: at(60_000), expected: true },
    { name: 'saved after the grace', deviceSavedAt: at(grace + 1), now: at(60_000), expected: false },
    { name: 'replayed at the end of the window', deviceSavedAt: at(-1), now: at(grace + OFFLINE_REPLAY_WINDOW_MS), expected: true },
    { name: 'replayed after the window', deviceSavedAt: at(-1), now: at(grace + OFFLINE_REPLAY_WINDOW_MS + 1), expected: false },
    { name: 'device time before the attempt started', deviceSavedAt: new Date(startedAt.getTime() - 1), now: at(60_000), expected: false },
    { name: 'device clock a minute ahead of the server', deviceSavedAt: at(-4 * 60_000), now: at(-5 * 60_000), expected: true },
    { name: 'live save (no device time)', deviceSavedAt: null, now: at(60_000), expected: false },
  ])('$name → $expected', ({ deviceSavedAt, now, expected }) => {
    expect(acceptLateAnswer({ startedAt, deadlineAt, deviceSavedAt, now, graceMs: grace })).toBe(expected);
  });

  it('refuses a device time far ahead of the server clock', () => {
    const now = new Date(startedAt.getTime() + 60_000);
    expect(acceptLateAnswer({ startedAt, deadlineAt, deviceSavedAt: new Date(now.getTime() + 3 * 60_000), now })).toBe(false);
  });

  it('never applies to an untimed attempt', () => {
    expect(acceptLateAnswer({ startedAt, deadlineAt: null, deviceSavedAt: startedAt, now: startedAt })).toBe(false);
  });
});
