import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/card';
import type { TodoItem } from '@/lib/domain/todo';
import { formatCommitment } from '@/lib/i18n/format';

/**
 * "To do" on My learning: open surveys and due assignments, in the order
 * given (see orderTodo). Due dates are commitments: in Dari and Pashto the
 * Gregorian date follows the Solar Hijri one, in the cohort's time zone.
 */
export async function TodoList({ items }: { items: readonly TodoItem[] }) {
  const t = await getTranslations('todo');
  const locale = await getLocale();
  const statusKey = (item: TodoItem) => `status.${item.kind}.${item.status}`;
  return (
    <section aria-labelledby="todo" className="space-y-2">
      <h2 id="todo" className="text-lg font-semibold">{t('title')}</h2>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className={cardClass({ className: 'space-y-1' })}>
              <p className="text-sm text-slate-700">{t(`kinds.${item.kind}`)}</p>
              <Link dir="auto" href={item.href} className="font-medium text-brand-700 underline">{item.title}</Link>
              <p className="text-sm">
                {item.dueAt
                  ? t(item.overdue ? 'overdue' : 'due', { date: formatCommitment(locale, new Date(item.dueAt), { timeZone: item.timeZone, withTime: true }) })
                  : t('noDate')}
                {t.has(statusKey(item)) && <span className="ms-2 text-slate-700">· {t(statusKey(item))}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
