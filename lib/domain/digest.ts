/**
 * The daily digest: notifications a user chose to get as a digest are
 * gathered into one email a day. A day is a UTC day: the digest sent on a day
 * holds everything from before that day's start not yet in a digest, so
 * however often the sweep runs, each user gets at most one digest a day, and
 * one item never appears in two digests.
 */

export interface DigestCandidate {
  id: number;
  recipientId: number;
  createdAt: Date;
  readAt: Date | null;
}

export interface DigestPlan<T extends DigestCandidate> {
  /** One group per user with something unread to tell, oldest first; users in order of first item. */
  digests: { recipientId: number; items: T[] }[];
  /** Every due candidate, read or not: they are done with and must not come up again. */
  settledIds: number[];
}

/** Midnight UTC at the start of the day `now` falls in. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Groups the pending digest notifications that are due at `now` by user.
 * Items already read in the app are settled without being mailed: the user
 * has seen them.
 */
export function planDigests<T extends DigestCandidate>(pending: readonly T[], now: Date): DigestPlan<T> {
  const dayStart = startOfUtcDay(now).getTime();
  const due = pending.filter((item) => item.createdAt.getTime() < dayStart).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const groups = new Map<number, T[]>();
  for (const item of due) {
    if (item.readAt) continue;
    const group = groups.get(item.recipientId) ?? [];
    group.push(item);
    groups.set(item.recipientId, group);
  }
  return { digests: [...groups].map(([recipientId, items]) => ({ recipientId, items })), settledIds: due.map((item) => item.id) };
}
