import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedCache } from '@/db/queries/published-cache';
import { setUpCommandDatabase } from '@/lib/testing/command-database';
import type { ContentFixture } from '@/lib/testing/content-fixture';
import { inTransaction } from './transaction';

let fixture: ContentFixture;
beforeAll(() => {
  fixture = setUpCommandDatabase();
});
afterAll(() => fixture.cleanup());

describe('inTransaction', () => {
  it('keeps what published content was cached when the work commits', () => {
    const cache = publishedCache<number, string>();
    inTransaction(() => cache.set(1, 'version one'));
    expect(cache.get(1)).toBe('version one');
  });

  it('forgets cached published content when the work rolls back, since the ids it inserted are handed out again', () => {
    const cache = publishedCache<number, string>();
    cache.set(1, 'committed earlier');
    expect(() =>
      inTransaction(() => {
        cache.set(2, 'inserted by work that fails');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(cache.size).toBe(0);
  });
});
