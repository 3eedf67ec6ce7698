import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/notifications/action-button';
import { Pager } from '@/components/notifications/pager';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/db/queries/outbox';
import { requirePermission } from '@/lib/auth/guards';
import { mayRetry } from '@/lib/domain/outbox';
import { smtpConfigured } from '@/lib/email/queue';
import { localeNames } from '@/lib/i18n/config';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { pageSchema } from '@/lib/validation/notifications';
import { retryEmailAction } from './actions';

type Props = { searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.outbox'))('title') };
}

/** Every email the academy queued, newest first: what was (or would be) sent, to whom, and how sending went. */
export default async function OutboxPage({ searchParams }: Props) {
  await requirePermission('users:manage', '/admin/outbox');
  const page = pageSchema.parse((await searchParams).page);
  const t = await getTranslations('notifications');
  const locale = await getLocale();
  const { rows, total } = listOutbox(page);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const messages = { 'outbox.retried': t('outbox.retried'), 'outbox.notRetriable': t('outbox.notRetriable'), failed: t('page.actionFailed') };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('outbox.title')}</h1>
      <p className="text-slate-700">{t('outbox.intro')}</p>
      <p className="rounded border border-slate-300 bg-slate-50 p-2">{smtpConfigured() ? t('outbox.smtpOn') : t('outbox.smtpOff')}</p>
      {rows.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <DataTable
          caption={t('outbox.caption')}
          captionHidden
          headers={[t('outbox.created'), t('outbox.recipient'), t('outbox.subject'), t('outbox.language'), t('outbox.status'), t('outbox.attempts'), t('outbox.preview'), t('outbox.actions')]}
        >
          {rows.map((row) => (
            <Row key={row.id}>
              <Cell className="whitespace-nowrap">{formatDate(locale, row.createdAt, { withTime: true })}</Cell>
              <Cell className="break-all">{row.to}</Cell>
              <Cell>
                <span dir="auto" lang={row.locale} className="block font-medium">
                  {row.subject}
                </span>
                <span className="text-xs text-slate-600">{t(`outbox.categories.${row.category}`)}</span>
              </Cell>
              <Cell lang={row.locale}>{localeNames[row.locale]}</Cell>
              <Cell>
                {t(`outbox.statuses.${row.status}`)}
                {row.lastError && <span className="block text-xs break-all text-red-800">{t('outbox.lastError', { error: row.lastError })}</span>}
              </Cell>
              <Cell>{formatNumber(locale, row.attempts)}</Cell>
              <Cell>
                <pre dir="auto" lang={row.locale} tabIndex={0} className="max-h-40 max-w-md overflow-auto text-xs whitespace-pre-wrap">
                  {row.preview}
                </pre>
              </Cell>
              <Cell>
                <ActionButton action={retryEmailAction} fields={{ id: String(row.id) }} label={t('outbox.retry')} variant="secondary" size="xs" done={!mayRetry(row.status)} messages={messages} />
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pager
        path="/admin/outbox"
        page={page}
        pages={pages}
        labels={{ nav: t('outbox.pages'), newer: t('outbox.newer'), older: t('outbox.older'), pageOf: t('outbox.page', { page, pages }) }}
      />
    </div>
  );
}
