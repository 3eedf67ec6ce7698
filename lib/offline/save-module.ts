import type { OfflinePackage } from '@/lib/domain/offline-package';
import { moduleCacheName, savedModules, type SavedModule } from './device-store';

/** Progress of a download: items and bytes so far. */
export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
}

const assetPattern = /\/_next\/static\/[^"'\s)\\]+/g;

/** Fetches the module's offline package (what a save would download, and how much). */
export async function fetchOfflinePackage(slug: string): Promise<OfflinePackage> {
  const response = await fetch(`/api/modules/${encodeURIComponent(slug)}/offline`);
  if (!response.ok) throw new Error(`offline package ${response.status}`);
  return response.json() as Promise<OfflinePackage>;
}

/**
 * Downloads every item of the package into the user's cache for this module
 * (replacing an older saved version), and the scripts and styles its pages
 * use (the service worker keeps those). Records the saved version on the device.
 */
export async function saveModule(userKey: string, pkg: OfflinePackage, onProgress: (progress: SaveProgress) => void): Promise<SavedModule> {
  const name = moduleCacheName(userKey, pkg.slug);
  await caches.delete(name);
  const cache = await caches.open(name);
  const assets = new Set<string>();
  const progress: SaveProgress = { done: 0, total: pkg.items.length, bytes: 0 };
  for (const item of pkg.items) {
    const response = await fetch(item.url, { credentials: 'same-origin' });
    if (!response.ok || response.redirected) throw new Error(`${item.url}: ${response.status}`);
    const body = await response.arrayBuffer();
    await cache.put(item.url, new Response(body, { status: response.status, headers: response.headers }));
    if (response.headers.get('Content-Type')?.startsWith('text/html')) {
      for (const asset of new TextDecoder().decode(body).match(assetPattern) ?? []) assets.add(asset);
    }
    progress.bytes += body.byteLength;
    progress.done += 1;
    onProgress({ ...progress });
  }
  for (const asset of assets) {
    // Fetched through the service worker, which keeps build assets (cache-first): counted, not cached twice.
    const response = await fetch(asset);
    if (response.ok) progress.bytes += (await response.arrayBuffer()).byteLength;
  }
  onProgress({ ...progress });
  const saved: SavedModule = { slug: pkg.slug, versionId: pkg.versionId, version: pkg.version, bytes: progress.bytes, items: pkg.items.length, savedAt: Date.now() };
  await savedModules.put(userKey, saved);
  return saved;
}

/** Removes a saved module from the device. */
export async function removeSavedModule(userKey: string, slug: string): Promise<void> {
  await caches.delete(moduleCacheName(userKey, slug));
  await savedModules.remove(userKey, slug);
}
