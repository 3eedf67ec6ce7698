import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/i18n/format';
import { unreadNotificationCount } from '@/lib/notifications/unread';

/**
 * The header's bell: a link to /notifications with the unread count, rendered
 * on the server from one indexed count, so it adds no JavaScript to any page.
 */
export async function NotificationBell({ userId }: { userId: number }) {
  const unread = unreadNotificationCount(userId);
  const [t, locale] = await Promise.all([getTranslations('notifications.bell'), getLocale()]);
  return (
    // Not prefetched, like the menu beside it: on a slow, metered link every page would otherwise download the notifications page too.
    <Link href="/notifications" prefetch={false} aria-label={t('label', { count: unread })} className="relative inline-flex items-center rounded p-1 text-brand-700 hover:bg-slate-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="ms-0.5 min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-bold text-white">
          {formatNumber(locale, Math.min(unread, 99))}
          {unread > 99 ? '+' : ''}
        </span>
      )}
    </Link>
  );
}
