import 'server-only';
import { openDatabase, type AppDatabase } from './connection';

const holder = globalThis as unknown as { __cioDb?: AppDatabase };

/** The app's one database handle, opened on first use (never at build time). */
export function getDb(): AppDatabase {
  holder.__cioDb ??= openDatabase();
  return holder.__cioDb;
}

export type { AppDatabase };
