import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ThreadListItem } from '@/db/queries/discussions';
import { isolate } from '@/lib/i18n/bidi';
import { formatDate } from '@/lib/i18n/format';

const badge = 'rounded px-1.5 py-0.5 text-xs font-medium';

/** A discussion's threads, pinned first then by newest activity, with their badges and unread counts. */
export async function ThreadList({ threads, locale, timeZone }: { threads: ThreadListItem[]; locale: string; timeZone: string }) {
  const t = await getTranslations('discussions');
  if (threads.length === 0) return <p>{t('noThreads')}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {threads.map((thread) => (
        <li key={thread.id} className="space-y-1 p-3">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/discussions/threads/${thread.id}`} dir="auto" className="font-semibold text-brand-700 underline">
              {thread.title}
            </Link>
            {thread.pinned && <span className={`${badge} bg-slate-200 text-slate-900`}>{t('pinned')}</span>}
            {thread.locked && <span className={`${badge} bg-slate-200 text-slate-900`}>{t('locked')}</span>}
            {thread.announcement && <span className={`${badge} bg-brand-100 text-brand-800`}>{t('announcementBadge')}</span>}
            {thread.unread > 0 && <span className={`${badge} bg-red-100 text-red-900`}>{t('unreadBadge', { count: thread.unread })}</span>}
          </p>
          <p className="text-sm text-slate-700">
            {t('threadMeta', {
              name: isolate(thread.authorName ?? t('someone')),
              posts: thread.posts,
              when: formatDate(locale, thread.lastActivityAt, { withTime: true, timeZone }),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
