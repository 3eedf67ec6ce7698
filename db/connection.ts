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
 * How long a statement inside a request waits for another connection's write
 * lock. better-sqlite3 waits synchronously, on the event loop, so every other
 * request stalls meanwhile: keep it short, and answer a longer conflict with
 * 503 and Retry-After (lib/errors.ts) rather than freeze the server.
 */
export const REQUEST_BUSY_TIMEOUT_MS = 250;

/** Command-line writers (migrate, seed, content:import) serve nobody while they wait, so they wait long. */
export const CLI_BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens a SQLite database with the settings every connection needs:
 * WAL journal (readers never block the writer), foreign keys enforced, and a
 * busy timeout (short by default, for the server; see above).
 */
export function openDatabase(path: string = databasePath(), options: { busyTimeoutMs?: number } = {}): AppDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // An INSERT OR REPLACE then fires the delete triggers of the row it replaces, so the stored sums of
  // migration 0016 (kept by triggers) stay right whatever statement a future writer uses.
  sqlite.pragma('recursive_triggers = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? REQUEST_BUSY_TIMEOUT_MS))}`);
  sqlite.pragma('synchronous = NORMAL');
  reuseStatements(sqlite);
  return drizzle(sqlite, { schema }) as AppDatabase;
}

/** How many compiled statements a connection keeps, most recently used first. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Keeps compiled statements for reuse. drizzle prepares every query it runs
 * afresh, and SQLite compiling the same text again was the largest single cost
 * of a lesson-completion write under load (`BENCH_CPU_PROF`, bench:writes).
 * A statement comes back in its default row mode (a caller may have left it
 * raw or plucked); one that is still busy iterating is never handed out again
 * but replaced by a new one. Least recently used statements are dropped first.
 */
export function reuseStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    cache.delete(source);
    if (statement && !statement.busy) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = compile(source);
    }
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}
