/**
 * Which pages the service worker keeps for offline reading, and the names it
 * shares with the page scripts. No browser or Next imports: the worker, the
 * pages and the tests all read it.
 */

/** Cache of learning pages visited (network-first); deleted on sign-out or a change of user. */
export const PAGES_CACHE = 'cio-pages';

/** The precached page shown for anything not available offline. */
export const OFFLINE_FALLBACK_URL = '/offline.html';

/** Background-sync tag under which queued writes are replayed. */
export const REPLAY_SYNC_TAG = 'cio-replay';

/** Event sent on `window` when a queued write has been answered by the server (detail: `{ write, outcome }`). */
export const WRITE_SETTLED_EVENT = 'cio:write-settled';

/** Event sent on `window` when a request reached the server (detail true) or failed for want of a connection (false). */
export const CONNECTION_EVENT = 'cio:connection';

/** Meta element the service worker adds to a page it served from the device instead of the network. */
export const OFFLINE_COPY_META = 'cio-offline-copy';

const offlinePages = [/^\/learn\/?$/, /^\/home\/?$/, /^\/modules\/[a-z0-9-]+\/?$/, /^\/modules\/[a-z0-9-]+\/lessons\/[a-z0-9-]+\/?$/, /^\/modules\/[a-z0-9-]+\/quiz\/?$/];

/** Whether a page is one a trainee may read offline: My learning, a module, its lessons and its quiz. */
export function isOfflinePage(pathname: string): boolean {
  return offlinePages.some((pattern) => pattern.test(pathname));
}
