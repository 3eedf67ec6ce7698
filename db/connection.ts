import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { env } from '../lib/env';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the database lives: `DATABASE_PATH`, or `data/cio-academy.db`. */
export function databasePath(): string {
  return env().DATABASE_PATH;
}

/**
 * Opens a SQLite database with the settings every connection needs:
 * WAL journal (readers never block the writer), foreign keys enforced, and a
 * busy timeout so concurrent writers wait instead of failing.
 */
export function openDatabase(path: string = databasePath()): AppDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle(sqlite, { schema }) as AppDatabase;
}
