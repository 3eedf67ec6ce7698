'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import type { OfflinePackage } from '@/lib/domain/offline-package';
import { currentUserKey, savedModules, type SavedModule } from '@/lib/offline/device-store';
import { fetchOfflinePackage, removeSavedModule, saveModule, type SaveProgress } from '@/lib/offline/save-module';
import { useOnline } from './use-online';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * "Save for offline" on a module page: the size before starting, progress
 * while saving, then "Available offline" with the version saved; an update
 * when a newer version is published, and removal.
 */
export function SaveForOffline({ slug, version }: { slug: string; version: number }) {
  const t = useTranslations('offline');
  const online = useOnline();
  const [userKey, setUserKey] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedModule | null>(null);
  const [pkg, setPkg] = useState<OfflinePackage | null>(null);
  const [progress, setProgress] = useState<SaveProgress | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const key = currentUserKey();
    if (!key || !('caches' in window)) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the user key lives on the device, known only after hydration
    setUserKey(key);
    void savedModules.all(key).then((all) => setSaved(all.find((m) => m.slug === slug) ?? null));
    if (navigator.onLine) void fetchOfflinePackage(slug).then(setPkg, (error: unknown) => console.warn('Offline package unavailable', error));
  }, [slug]);

  if (!userKey) return null;

  const save = async () => {
    if (!pkg) return;
    setFailed(false);
    setProgress({ done: 0, total: pkg.items.length, bytes: 0 });
    try {
      setSaved(await saveModule(userKey, pkg, setProgress));
    } catch (error) {
      console.warn('Module not saved', error);
      setFailed(true);
    } finally {
      setProgress(null);
    }
  };
  const remove = async () => {
    await removeSavedModule(userKey, slug);
    setSaved(null);
  };
  const outdated = saved !== null && saved.version < version;

  return (
    <section aria-labelledby="offline-reading" className={cardClass({ className: 'space-y-2' })}>
      <h2 id="offline-reading" className="text-lg font-semibold">{t('sectionTitle')}</h2>
      {saved ? <p role="status">{t('available', { version: saved.version, kb: kb(saved.bytes) })}</p> : <p>{t('notSaved')} {t('intro')}</p>}
      {outdated && <p>{t('updateAvailable', { version })}</p>}
      {pkg && (!saved || outdated) && !progress && <p className="text-sm text-slate-700">{t('sizeBefore', { kb: kb(pkg.bytes), items: pkg.items.length })}</p>}
      {progress && (
        <p role="status" aria-live="polite">
          {t('progress', { done: progress.done, total: progress.total, kb: kb(progress.bytes) })}
        </p>
      )}
      {failed && <p role="alert" className="text-red-700">{t('failed')}</p>}
      <div className="flex flex-wrap gap-2">
        {(!saved || outdated) && (
          <Button type="button" size="sm" disabled={!online || !pkg || progress !== null} onClick={() => void save()}>
            {saved ? t('update', { version }) : t('save')}
          </Button>
        )}
        {saved && (
          <Button type="button" size="sm" variant="secondary" disabled={progress !== null} onClick={() => void remove()}>
            {t('remove')}
          </Button>
        )}
      </div>
    </section>
  );
}
