import 'server-only';

/**
 * In-memory caches of published content. A published version never changes,
 * so what is read of it once can be kept for the life of the process. One
 * exception: a version inserted by a transaction that then rolls back leaves
 * its id free for the next insert, so every cache is emptied on a rollback
 * (`forgetPublishedContent`, called by the command transaction).
 */
const caches = new Set<Map<unknown, unknown>>();

/** A new cache of published content, emptied with the others on a rollback. */
export function publishedCache<K, V>(): Map<K, V> {
  const cache = new Map<K, V>();
  caches.add(cache as Map<unknown, unknown>);
  return cache;
}

/** Empties every cache of published content. */
export function forgetPublishedContent(): void {
  for (const cache of caches) cache.clear();
}
