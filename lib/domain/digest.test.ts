import { describe, expect, it } from 'vitest';
import { planDigests, startOfUtcDay, type DigestCandidate } from './digest';

const at = (iso: string) => new Date(iso);
const item = (id: number, recipientId: number, createdAt: string, readAt: string | null = null): DigestCandidate => ({
  id,
  recipientId,
  createdAt: at(createdAt),
  readAt: readAt ? at(readAt) : null,
});

describe('startOfUtcDay', () => {
  it('is midnight UTC of the same day', () => {
    expect(startOfUtcDay(at('2026-09-02T23:59:00+04:30'))).toEqual(at('2026-09-02T00:00:00Z'));
  });
});

describe('planDigests', () => {
  const now = at('2026-09-02T06:00:00Z');

  it('gives each user one digest with their items from before today, oldest first', () => {
    const plan = planDigests(
      [item(5, 2, '2026-09-01T20:00:00Z'), item(3, 1, '2026-09-01T09:00:00Z'), item(4, 2, '2026-08-31T10:00:00Z'), item(6, 1, '2026-09-01T09:00:00Z')],
      now,
    );
    expect(plan.digests.map((d) => [d.recipientId, d.items.map((i) => i.id)])).toEqual([
      [2, [4, 5]],
      [1, [3, 6]],
    ]);
    expect(plan.settledIds.sort()).toEqual([3, 4, 5, 6]);
  });

  it("leaves today's items for tomorrow's digest", () => {
    const plan = planDigests([item(1, 1, '2026-09-02T00:00:00Z'), item(2, 1, '2026-09-02T05:59:00Z')], now);
    expect(plan).toEqual({ digests: [], settledIds: [] });
  });

  it('settles items already read in the app without mailing them', () => {
    const plan = planDigests([item(1, 1, '2026-09-01T08:00:00Z', '2026-09-01T08:05:00Z'), item(2, 2, '2026-09-01T08:00:00Z', '2026-09-01T09:00:00Z'), item(3, 2, '2026-09-01T10:00:00Z')], now);
    expect(plan.digests).toEqual([{ recipientId: 2, items: [item(3, 2, '2026-09-01T10:00:00Z')] }]);
    expect(plan.settledIds).toEqual([1, 2, 3]);
  });

  it('sends nothing a second time the same day once items are settled', () => {
    const first = planDigests([item(1, 1, '2026-09-01T08:00:00Z')], now);
    const remaining = [item(1, 1, '2026-09-01T08:00:00Z')].filter((i) => !first.settledIds.includes(i.id));
    expect(planDigests(remaining, at('2026-09-02T18:00:00Z')).digests).toEqual([]);
  });
});
