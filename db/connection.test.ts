import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorResponse, toAppError } from '@/lib/errors';
import { openDatabase, REQUEST_BUSY_TIMEOUT_MS, type AppDatabase } from './connection';

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
