import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { OfflineRegistration } from '@/components/offline/offline-registration';
import { LinkButton } from '@/components/ui/button';
import { currentUser } from '@/lib/auth/dal';
import { navItemsFor } from './nav-items';

/** The top bar: the app name, what the signed-in role may use, and sign-in or sign-out. */
export async function SiteHeader() {
  const user = await currentUser();
  const t = await getTranslations('nav');
  const tApp = await getTranslations('app');
  const tRoles = await getTranslations('roles');
  const tOffline = await getTranslations('offline');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={user ? '/home' : '/'} prefetch={false} className="text-lg font-bold text-brand-800">
          {tApp('name')}
        </Link>
        {user && (
          <nav aria-label={t('label')} className="flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {navItemsFor(user.role).map((item) => (
                <li key={item.href}>
                  {/* Not prefetched: on a slow, metered link every page would otherwise download the RSC payload of each menu entry. */}
                  <Link href={item.href} prefetch={false} className="text-brand-700 underline-offset-4 hover:underline">
                    {t(item.labelKey)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="ms-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <NotificationBell userId={user.id} />
              <span className="text-slate-700">{t.rich('signedInAs', { name: user.name, role: tRoles(user.role), bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>
              <SignOutButton label={t('signOut')} />
            </>
          ) : (
            <LinkButton href="/sign-in" size="sm">
              {t('signIn')}
            </LinkButton>
          )}
        </div>
      </div>
      <OfflineRegistration userKey={user ? String(user.id) : null} offlineBanner={tOffline('bannerOffline')} />
    </header>
  );
}
