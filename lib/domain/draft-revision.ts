/**
 * Optimistic concurrency for draft edits: every save names the revision it
 * started from. When the draft has moved on since, the save is refused and
 * the editor is told who changed it and when, so nothing is silently
 * overwritten. Lessons and modules carry a revision number; quiz settings and
 * questions use a token derived from their content (see `revisionToken` in
 * `lib/content/draft-token.ts`).
 */

/** Who last changed a draft item, when known. */
export interface LastEdit {
  by: string | null;
  at: Date | null;
}

export type RevisionCheck = { ok: true } | { ok: false; changedBy: string | null; changedAt: Date | null };

/**
 * Whether a save that started from `expected` may go ahead on a draft now at
 * `current`. A refusal carries the last edit (or nothing when unknown).
 */
export function checkRevision(expected: number | string, current: number | string, lastEdit: LastEdit | null): RevisionCheck {
  if (String(expected) === String(current)) return { ok: true };
  return { ok: false, changedBy: lastEdit?.by ?? null, changedAt: lastEdit?.at ?? null };
}

/** Parses a revision number sent by a form; null for anything but a positive whole number. */
export function parseRevision(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  return Number(text);
}
