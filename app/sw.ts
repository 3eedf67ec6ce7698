/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, type PrecacheEntry, type RouteHandlerCallback, type SerwistGlobalConfig } from 'serwist';
import { closeUserDb, queueStore } from '@/lib/offline/device-store';
import { replayQueue, sendWithFetch } from '@/lib/offline/replay';
import { isOfflinePage, OFFLINE_COPY_META, OFFLINE_FALLBACK_URL, PAGES_CACHE, REPLAY_SYNC_TAG } from '@/lib/offline/routes';

/**
 * The service worker, bundled by `serwist build` after `next build` (Serwist's
 * configurator mode, which works with Turbopack). It precaches only the
 * "not available offline" page; everything else is cached as it is used:
 * - build assets (`/_next/static`, hashed, immutable, the same for everyone):
 *   cache-first in `app-static`, which sign-out keeps as it holds nothing personal;
 * - learning pages (My learning, modules, lessons, the quiz): network-first,
 *   kept in `cio-pages`; offline they come from that cache or from a module's
 *   "saved for offline" cache; a page in neither gets the offline page;
 * - lesson media (captions, attachments): network, else a saved module's cache;
 * - `/api/auth/*` and every other request: the network only, never cached.
 * Queued writes are replayed on a background sync where the browser has it.
 */
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** The precached "not available offline" page. */
function offlineFallback(): Promise<Response | undefined> {
  return serwist.matchPrecache(OFFLINE_FALLBACK_URL);
}

/** The most recent copy of a URL in any of this app's caches (a page visited before a save is older than the saved one). */
async function newestCopy(pathname: string, ignoreSearch: boolean): Promise<Response | undefined> {
  let newest: Response | undefined;
  for (const name of await caches.keys()) {
    if (!name.startsWith('cio-')) continue;
    const copy = await (await caches.open(name)).match(pathname, { ignoreVary: true, ignoreSearch });
    if (copy && (!newest || Date.parse(copy.headers.get('Date') ?? '') > Date.parse(newest.headers.get('Date') ?? ''))) newest = copy;
  }
  return newest;
}

/** The page as saved, marked so its scripts know it came from the device (the offline banner shows). */
async function markedAsCopy(page: Response): Promise<Response> {
  if (!page.headers.get('Content-Type')?.startsWith('text/html')) return page;
  const html = (await page.text()).replace('<head>', `<head><meta name="${OFFLINE_COPY_META}" content="1">`);
  return new Response(html, { status: page.status, statusText: page.statusText, headers: page.headers });
}

/** Network first; on failure any cache holding the URL (visited or saved), else the offline page for a document. */
const networkThenSaved: RouteHandlerCallback = async ({ request, url }) => {
  try {
    const response = await fetch(request);
    if (response.ok && request.mode === 'navigate' && !response.redirected && isOfflinePage(url.pathname)) {
      const copy = response.clone();
      await (await caches.open(PAGES_CACHE)).put(url.pathname, copy);
    }
    return response;
  } catch (error) {
    const saved = await newestCopy(url.pathname, request.mode === 'navigate');
    if (saved && request.mode === 'navigate') return markedAsCopy(saved);
    if (saved) return saved;
    const fallback = request.mode === 'navigate' ? await offlineFallback() : undefined;
    if (fallback) return fallback;
    throw error;
  }
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url }) => url.pathname.startsWith('/api/auth/'), handler: new NetworkOnly() },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'app-static', plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === 'GET' && ((request.mode === 'navigate' && isOfflinePage(url.pathname)) || url.pathname.startsWith('/api/media/')),
      handler: networkThenSaved,
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: async ({ request }): Promise<Response> => {
        try {
          return await fetch(request);
        } catch (error) {
          const fallback = await offlineFallback();
          if (fallback) return fallback;
          throw error;
        }
      },
    },
  ],
});

/**
 * Replays the queue of every user database on the device (after a sign-out
 * there is none). An open page replays its own queue and shows the result, so
 * the worker does it only when no page of the app is open.
 */
async function replayAll(): Promise<void> {
  if ((await self.clients.matchAll({ type: 'window' })).length > 0) return;
  const databases = (await indexedDB.databases?.()) ?? [];
  for (const name of databases.map((d) => d.name ?? '')) {
    if (!name.startsWith('cio-offline-')) continue;
    const userKey = name.slice('cio-offline-'.length);
    try {
      await replayQueue(queueStore(userKey), sendWithFetch);
    } finally {
      await closeUserDb(userKey);
    }
  }
}

self.addEventListener('sync', (event) => {
  const sync = event as Event & { tag: string; waitUntil(promise: Promise<unknown>): void };
  if (sync.tag === REPLAY_SYNC_TAG) sync.waitUntil(replayAll());
});

serwist.addEventListeners();
