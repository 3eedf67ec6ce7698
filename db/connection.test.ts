import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorResponse, toAppError } from '@/lib/errors';
import { openDatabase, REQUEST_BUSY_TIMEOUT_MS, reuseStatements, type AppDatabase } from './connection';

let dir: string;
let server: AppDatabase;
let cli: AppDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cio-lock-'));
  const path = join(dir, 'lock.db');
  server = openDatabase(path);
  cli = openDatabase(path, { busyTimeoutMs: 10_000 });
  server.$client.exec('CREATE TABLE t (x INTEGER)');
});

afterEach(() => {
  server.$client.close();
  cli.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a write lock held by another process', () => {
  it('makes a server write give up after a short wait, as a 503 with Retry-After', async () => {
    // A second connection (content:import, db:seed) holds the write lock.
    cli.$client.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    let caught: unknown = null;
    try {
      server.$client.prepare('INSERT INTO t (x) VALUES (1)').run();
    } catch (error) {
      caught = error;
    }
    const waited = performance.now() - started;
    cli.$client.exec('ROLLBACK');

    expect((caught as { code?: string }).code).toBe('SQLITE_BUSY');
    // The event loop is blocked only for the short request timeout, never the old 5 s.
    expect(waited).toBeGreaterThanOrEqual(REQUEST_BUSY_TIMEOUT_MS - 50);
    expect(waited).toBeLessThan(2_000);
    expect(toAppError(caught)).toMatchObject({ status: 503, code: 'unavailable:database-busy' });
    const response = errorResponse(caught);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
  });

  it('lets the server write once the lock is released', () => {
    cli.$client.exec('BEGIN IMMEDIATE');
    cli.$client.exec('COMMIT');
    expect(server.$client.prepare('INSERT INTO t (x) VALUES (1)').run().changes).toBe(1);
  });
});

describe('reuseStatements', () => {
  function database(size?: number) {
    const sqlite = new Database(':memory:');
    sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')");
    reuseStatements(sqlite, size);
    return sqlite;
  }

  it('hands out the compiled statement again for the same text', () => {
    const sqlite = database();
    const first = sqlite.prepare('SELECT name FROM t WHERE id = ?');
    expect(sqlite.prepare('SELECT name FROM t WHERE id = ?')).toBe(first);
    expect(sqlite.prepare('SELECT name FROM t WHERE id = ?').get(2)).toEqual({ name: 'b' });
  });

  it('gives a statement back in its default row mode, whatever the last caller left', () => {
    const sqlite = database();
    expect(sqlite.prepare('SELECT id, name FROM t WHERE id = 1').raw(true).get()).toEqual([1, 'a']);
    expect(sqlite.prepare('SELECT id, name FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a' });
    expect(sqlite.prepare('SELECT id, name FROM t WHERE id = 1').pluck(true).get()).toBe(1);
    expect(sqlite.prepare('SELECT id, name FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a' });
  });

  it('never hands out a statement that is still iterating', () => {
    const sqlite = database();
    const iterating = sqlite.prepare('SELECT name FROM t ORDER BY id');
    const rows = iterating.iterate();
    expect(rows.next().value).toEqual({ name: 'a' });
    const other = sqlite.prepare('SELECT name FROM t ORDER BY id');
    expect(other).not.toBe(iterating);
    expect(other.all()).toHaveLength(3);
    expect(rows.next().value).toEqual({ name: 'b' });
    rows.return?.();
  });

  it('keeps only the most recently used statements', () => {
    const sqlite = database(2);
    const a = sqlite.prepare('SELECT 1');
    const b = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    sqlite.prepare('SELECT 3');
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    expect(sqlite.prepare('SELECT 2')).not.toBe(b);
  });

  it('runs writes through reused statements', () => {
    const sqlite = database();
    for (const name of ['d', 'e']) sqlite.prepare('INSERT INTO t (name) VALUES (?)').run(name);
    expect(sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 5 });
  });
});
