import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';

/** Whether the database answers a trivial query. */
export function databaseHealth(): { ok: boolean } {
  try {
    getDb().get(sql`select 1`);
    return { ok: true };
  } catch (error) {
    console.error('Database health check failed', error);
    return { ok: false };
  }
}
