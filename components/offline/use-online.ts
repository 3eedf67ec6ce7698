'use client';

import { useSyncExternalStore } from 'react';
import { CONNECTION_EVENT, OFFLINE_COPY_META } from '@/lib/offline/routes';

// What the last request or browser event said; null until one has said anything.
let lastKnown: boolean | null = null;

function subscribe(onChange: () => void) {
  const update = (event: Event) => {
    lastKnown = event.type === 'online' ? true : event.type === 'offline' ? false : Boolean((event as CustomEvent<boolean>).detail);
    onChange();
  };
  for (const type of ['online', 'offline', CONNECTION_EVENT]) window.addEventListener(type, update);
  return () => {
    for (const type of ['online', 'offline', CONNECTION_EVENT]) window.removeEventListener(type, update);
  };
}

/**
 * Whether the app can reach the server. `navigator.onLine` alone says true on
 * a dead link, so a page the service worker served from the device (it marks
 * those) and a request that just failed count as offline too, until a request
 * or the browser says otherwise. True while rendering on the server.
 */
function snapshot(): boolean {
  if (!navigator.onLine) return false;
  if (lastKnown !== null) return lastKnown;
  return document.querySelector(`meta[name="${OFFLINE_COPY_META}"]`) === null;
}

/** Whether the app is online (see {@link snapshot}). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => true);
}
