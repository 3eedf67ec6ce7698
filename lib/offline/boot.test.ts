import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootOffline, signOutCleanup } from './boot';

/*
 * The shared-computer rule of issue 13, against small in-memory stand-ins for
 * the browser's Cache Storage, IndexedDB list and localStorage: whoever signs
 * in next never finds the previous user's pages, saved modules or queued
 * answers, and sign-out leaves nothing of the app but its build assets.
 */

/** Cache Storage: names only (the wipe deletes whole caches). */
function fakeCaches(names: string[]) {
  const held = new Set(names);
  return {
    held,
    keys: async () => [...held],
    delete: async (name: string) => held.delete(name),
  };
}

/** IndexedDB's list of databases and deleteDatabase, answering as the browser does: on a later turn. */
function fakeIndexedDb(names: string[]) {
  const held = new Set(names);
  return {
    held,
    databases: async () => [...held].map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      setTimeout(() => {
        held.delete(name);
        request.onsuccess?.();
      });
      return request;
    },
  };
}

/** localStorage: items as own enumerable keys (as `Object.keys(localStorage)` lists them), methods hidden. */
function fakeLocalStorage(items: Record<string, string>) {
  const storage = { ...items };
  Object.defineProperties(storage, {
    getItem: { value: (key: string) => (key in storage ? storage[key] : null) },
    setItem: { value: (key: string, value: string) => void (storage[key] = value) },
    removeItem: { value: (key: string) => void delete storage[key] },
  });
  return storage;
}

let cacheStorage: ReturnType<typeof fakeCaches>;
let databases: ReturnType<typeof fakeIndexedDb>;
let localStorage: Record<string, string>;

/** The device as user 7 left it: pages visited, a saved module, queued answers, an old answer backup. */
function deviceOfUser7(extra: { caches?: string[]; databases?: string[] } = {}) {
  cacheStorage = fakeCaches(['app-static', 'cio-pages', 'cio-module-7-why-e-government', ...(extra.caches ?? [])]);
  databases = fakeIndexedDb(['cio-offline-7', 'other-app-db', ...(extra.databases ?? [])]);
  localStorage = fakeLocalStorage({ 'cio-offline-user': '7', 'cio-attempt-12': '{"q1":"a"}', unrelated: 'kept' });
  vi.stubGlobal('caches', cacheStorage);
  vi.stubGlobal('indexedDB', databases);
  vi.stubGlobal('window', { localStorage, addEventListener: () => undefined, dispatchEvent: () => true });
  // Offline, so the boot does not try to replay a queue.
  vi.stubGlobal('navigator', { onLine: false });
}

beforeEach(() => deviceOfUser7());
afterEach(() => vi.unstubAllGlobals());

describe('bootOffline on a shared computer', () => {
  it("deletes the previous user's pages, saved modules, queue and answer backups when someone else signs in", async () => {
    deviceOfUser7({ caches: ['cio-module-9-law'], databases: ['cio-offline-9'] });
    await bootOffline('9');
    expect([...cacheStorage.held].sort()).toEqual(['app-static', 'cio-module-9-law']);
    expect([...databases.held].sort()).toEqual(['cio-offline-9', 'other-app-db']);
    expect(localStorage).toEqual({ 'cio-offline-user': '9', unrelated: 'kept' });
  });

  it('keeps everything when the same user comes back', async () => {
    await bootOffline('7');
    expect([...cacheStorage.held].sort()).toEqual(['app-static', 'cio-module-7-why-e-government', 'cio-pages']);
    expect([...databases.held].sort()).toEqual(['cio-offline-7', 'other-app-db']);
    expect(localStorage['cio-attempt-12']).toBeDefined();
  });

  it('does nothing on a page nobody is signed in to', async () => {
    await bootOffline(null);
    expect(cacheStorage.held.size).toBe(3);
    expect(localStorage['cio-offline-user']).toBe('7');
  });
});

describe('signOutCleanup', () => {
  it("leaves only the build assets and other apps' data", async () => {
    await signOutCleanup();
    expect([...cacheStorage.held]).toEqual(['app-static']);
    expect([...databases.held]).toEqual(['other-app-db']);
    expect(localStorage).toEqual({ unrelated: 'kept' });
  });
});
