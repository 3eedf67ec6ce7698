import type { QueuedWrite, QueueStore } from './replay';

/**
 * The trainee's data on this device, in IndexedDB: one database per user
 * (`cio-offline-<user>`), so another user of the same browser never opens it,
 * and sign-out deletes it whole. Stores: `queue` (writes waiting to be sent)
 * and `saved` (modules saved for offline reading).
 */
const PREFIX = 'cio-offline-';
const USER_MARK = 'cio-offline-user';

/** A module saved for offline reading. */
export interface SavedModule {
  slug: string;
  versionId: number;
  version: number;
  bytes: number;
  items: number;
  savedAt: number;
}

/** The signed-in user's key on this device, set by the offline registration on each page. */
export function currentUserKey(): string | null {
  return window.localStorage.getItem(USER_MARK);
}

/** Records which user this browser now belongs to (only the id, never their data). */
export function markCurrentUser(userKey: string | null): string | null {
  const previous = currentUserKey();
  if (userKey === null) window.localStorage.removeItem(USER_MARK);
  else window.localStorage.setItem(USER_MARK, userKey);
  return previous;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const opened = new Map<string, Promise<IDBDatabase>>();

/** Opens (creating on first use) the user's database. */
export function openUserDb(userKey: string): Promise<IDBDatabase> {
  const existing = opened.get(userKey);
  if (existing) return existing;
  const req = indexedDB.open(PREFIX + userKey, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore('queue', { keyPath: 'id', autoIncrement: true });
    req.result.createObjectStore('saved', { keyPath: 'slug' });
  };
  const db = request(req);
  opened.set(userKey, db);
  return db;
}

/** Closes the user's database, so a sign-out in a page can delete it at once (the service worker calls this). */
export async function closeUserDb(userKey: string): Promise<void> {
  const db = opened.get(userKey);
  opened.delete(userKey);
  if (db) (await db).close();
}

async function inStore<T>(userKey: string, store: 'queue' | 'saved', mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openUserDb(userKey);
  return request(work(db.transaction(store, mode).objectStore(store)));
}

/** The user's write queue as a {@link QueueStore}. */
export function queueStore(userKey: string): QueueStore {
  return {
    add: async (write) => Number(await inStore(userKey, 'queue', 'readwrite', (s) => s.add(write))),
    all: () => inStore(userKey, 'queue', 'readonly', (s) => s.getAll() as IDBRequest<QueuedWrite[]>),
    remove: async (id) => void (await inStore(userKey, 'queue', 'readwrite', (s) => s.delete(id))),
  };
}

/** The modules the user saved for offline reading. */
export const savedModules = {
  all: (userKey: string) => inStore(userKey, 'saved', 'readonly', (s) => s.getAll() as IDBRequest<SavedModule[]>),
  put: async (userKey: string, saved: SavedModule) => void (await inStore(userKey, 'saved', 'readwrite', (s) => s.put(saved))),
  remove: async (userKey: string, slug: string) => void (await inStore(userKey, 'saved', 'readwrite', (s) => s.delete(slug))),
};

/** The Cache Storage name of a module saved by a user. */
export function moduleCacheName(userKey: string, slug: string): string {
  return `cio-module-${userKey}-${slug}`;
}

/**
 * Deletes every offline cache and database on this device except the ones
 * of `keepUserKey` (none when null: sign-out). Pages visited are cached by
 * the service worker in `cio-pages`, which is always deleted on a change of
 * user, so nobody sees another person's pages or answers.
 */
export async function wipeOfflineData(keepUserKey: string | null): Promise<void> {
  for (const db of opened.values()) (await db).close();
  opened.clear();
  const names = await caches.keys();
  const keep = keepUserKey === null ? null : `cio-module-${keepUserKey}-`;
  await Promise.all(names.filter((name) => name.startsWith('cio-') && !(keep && name.startsWith(keep))).map((name) => caches.delete(name)));
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases
      .map((d) => d.name ?? '')
      .filter((name) => name.startsWith(PREFIX) && name !== PREFIX + keepUserKey)
      .map((name) => deleteDatabase(name)),
  );
  // Answer backups of the earlier autosave (localStorage) go too.
  for (const key of Object.keys(window.localStorage)) if (key.startsWith('cio-attempt-')) window.localStorage.removeItem(key);
}

/** Deletes a database; when another tab still has it open, the browser finishes once that tab lets go. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onblocked = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/** Asks the service worker to replay the queue on a background sync, where the browser has it (Chromium). */
export function requestBackgroundSync(tag: string): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register(tag))
    .catch((error: unknown) => console.warn('Background sync not available', error));
}
