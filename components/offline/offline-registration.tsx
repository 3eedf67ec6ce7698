'use client';

import { useEffect } from 'react';
import { useOnline } from './use-online';

/**
 * On every page: registers the service worker once the page has loaded, then
 * loads the offline code (a separate chunk, not first-load JavaScript) that
 * wipes another user's data and replays this user's queued writes. Shows a
 * banner while the browser is offline. The banner's text comes translated
 * from the server, so every page's payload need not carry the offline strings.
 */
export function OfflineRegistration({ userKey, offlineBanner }: { userKey: string | null; offlineBanner: string }) {
  const online = useOnline();

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const start = () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => console.warn('Service worker not registered', error));
      void import('@/lib/offline/boot').then(({ bootOffline }) => bootOffline(userKey));
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => window.removeEventListener('load', start);
  }, [userKey]);

  if (online) return null;
  return (
    <p role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
      {offlineBanner}
    </p>
  );
}
