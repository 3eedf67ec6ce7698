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

/** Records a write's outcome under its key; call it in the transaction of the write itself. */
export function storeReceipt(tx: SyncDatabase, userId: number, key: string, receipt: WriteReceipt, now: Date): void {
  tx.insert(writeReceipts).values({ userId, key, status: receipt.status, result: receipt.result, createdAt: now }).run();
}

/** Forgets receipts older than `before`: a device replays its queue within days, not months. */
export function pruneReceipts(tx: SyncDatabase, before: Date): number {
  return tx.delete(writeReceipts).where(lt(writeReceipts.createdAt, before)).run().changes;
}
