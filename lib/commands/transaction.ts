import 'server-only';
import { getDb } from '@/db/index';
import type { SyncDatabase } from '@/db/queries/module-draft';

/** The handle a command's steps share: the one synchronous transaction it runs in. */
export type Tx = SyncDatabase;

/**
 * Runs a command's load → decide → persist → follow-ups as ONE synchronous
 * better-sqlite3 transaction: anything thrown rolls every step back.
 */
export function inTransaction<T>(work: (tx: Tx) => T): T {
  return getDb().transaction((tx) => work(tx));
}
