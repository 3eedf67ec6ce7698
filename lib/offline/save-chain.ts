/**
 * The client's half of "an acknowledged answer is never replaced by an older
 * one": saves of one question run one after another, never two in flight, and
 * each carries a revision higher than the last. The server keeps only a newer
 * revision (lib/domain/answer-writes.ts); this keeps the browser from racing
 * itself on a slow link.
 */

/**
 * The revision of the next save of a question: the time in ms, or one more
 * than the previous revision when the clock has not moved on (two saves in one
 * millisecond) or has gone back (a corrected device clock).
 */
export function nextRevision(previous: number | undefined, now: number): number {
  return Math.max(now, (previous ?? 0) + 1);
}

/** Runs tasks one after another per key; tasks of different keys run side by side. */
export class PerKeyChain {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Starts `task` once every earlier task of `key` has finished (failed ones
   * included: a failure is handed to `onError` and does not stop the chain).
   */
  run(key: string, task: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
    const tail = (this.tails.get(key) ?? Promise.resolve()).then(task).catch(onError);
    this.tails.set(key, tail);
    return tail;
  }

  /** Resolves when every task started so far has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.tails.values());
  }
}
