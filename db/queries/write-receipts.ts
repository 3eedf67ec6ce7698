import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { writeReceipts } from '../schema';
import type { SyncDatabase } from './module-draft';

/** A write's stored outcome: the HTTP status and body it was first answered with. */
export interface WriteReceipt {
  status: number;
  result: unknown;
}

/** The outcome of the user's earlier write with this idempotency key, if there was one. */
export function findReceipt(tx: SyncDatabase, userId: number, key: string): WriteReceipt | null {
  const row = tx
    .select({ status: writeReceipts.status, result: writeReceipts.result })
    .from(writeReceipts)
    .where(and(eq(writeReceipts.userId, userId), eq(writeReceipts.key, key)))
    .get();
  return row ?? null;
}

/**
 * How long a receipt is kept. A device replays its queue within days, not
 * months; a replay older than this is applied again, which the answer
 * revisions and the idempotent lesson state make harmless.
 */
export const RECEIPT_RETENTION_DAYS = 30;

/**
 * Records a write's outcome under its key; call it in the transaction of the
 * write itself. The user's own expired receipts go in the same step, so the
 * table stays the size of a month's writes without a separate sweep.
 */
export function storeReceipt(tx: SyncDatabase, userId: number, key: string, receipt: WriteReceipt, now: Date): void {
  const expired = new Date(now.getTime() - RECEIPT_RETENTION_DAYS * 86_400_000);
  tx.delete(writeReceipts).where(and(eq(writeReceipts.userId, userId), lt(writeReceipts.createdAt, expired))).run();
  tx.insert(writeReceipts).values({ userId, key, status: receipt.status, result: receipt.result, createdAt: now }).run();
}
