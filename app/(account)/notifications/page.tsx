import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/notifications/action-button';
import { Pager } from '@/components/notifications/pager';
import { countUnreadNotifications, listNotifications, NOTIFICATIONS_PAGE_SIZE } from '@/db/queries/notifications';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { notificationText } from '@/lib/notifications/kinds';
import { notificationsTranslator } from '@/lib/notifications/translator';
import { pageSchema } from '@/lib/validation/notifications';
import { markAllReadAction, markReadAction } from './actions';

type Props = { searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.page'))('title') };
}

/** The signed-in user's notifications, newest first, in their language, with mark-read buttons. */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requirePermission('profile:edit', '/notifications');
  const page = pageSchema.parse((await searchParams).page);
  const locale = await getLocale();
  const t = await getTranslations('notifications');
  // The same translator the emails use, so a notification reads the same in the app and in the mail.
  const texts = notificationsTranslator(isLocale(locale) ? locale : 'en');
  const { items, total } = listNotifications(user.id, page);
  const unread = countUnreadNotifications(user.id);
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const failed = t('page.actionFailed');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('page.title')}</h1>
      <p className="text-slate-700">{t('page.unreadCount', { count: unread })}</p>
      <ActionButton
        action={markAllReadAction}
        fields={{ all: '1' }}
        label={t('page.markAllRead')}
        variant="secondary"
        size="sm"
        done={unread === 0}
        messages={{ 'page.allMarkedRead': t('page.allMarkedRead'), failed }}
      />
      {items.length === 0 ? (
        <p>{t('page.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-start gap-x-4 gap-y-2 p-3 ${item.read ? '' : 'bg-brand-50'}`}>
              <div className="min-w-0 flex-1 space-y-1">
                <Link href={item.href} className="text-brand-700 underline-offset-4 hover:underline">
                  {notificationText(texts, locale, item.kind, item.params)}
                </Link>
                <p className="text-sm text-slate-600">
                  {!item.read && <strong className="me-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">{t('page.new')}</strong>}
                  <time dateTime={item.createdAt.toISOString()}>{formatDate(locale, item.createdAt, { withTime: true })}</time>
                </p>
              </div>
              <ActionButton
                action={markReadAction}
                fields={{ id: String(item.id) }}
                label={t('page.markRead')}
                variant="secondary"
                size="xs"
                done={item.read}
                messages={{ 'page.markedRead': t('page.markedRead'), failed }}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager
        path="/notifications"
        page={page}
        pages={pages}
        labels={{ nav: t('page.pages'), newer: t('page.newer'), older: t('page.older'), pageOf: t('page.pageOf', { page, pages }) }}
      />
      <p className="text-sm text-slate-700">
        <Link href="/profile#notification-settings" className="text-brand-700 underline">
          {t('page.settings')}
        </Link>
      </p>
    </div>
  );
}
