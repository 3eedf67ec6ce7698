import 'server-only';
import { getDb } from '@/db/index';
import type { SyncDatabase } from '@/db/queries/module-draft';
import { forgetPublishedContent } from '@/db/queries/published-cache';

/** The handle a command's steps share: the one synchronous transaction it runs in. */
export type Tx = SyncDatabase;

/**
 * Runs a command's load → decide → persist → follow-ups as ONE synchronous
 * better-sqlite3 transaction: anything thrown rolls every step back (and
 * empties the caches of published content, which the work may have filled).
 */
export function inTransaction<T>(work: (tx: Tx) => T): T {
  try {
    return getDb().transaction((tx) => work(tx));
  } catch (error) {
    // A version the rolled-back work inserted may have been cached; its id will be handed out again.
    forgetPublishedContent();
    throw error;
  }
}
