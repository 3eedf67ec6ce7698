import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuthoringLinks } from '@/components/banks/authoring-links';
import { LinkButton } from '@/components/ui/button';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { listAuthoredModules } from '@/db/queries/authoring';
import { countAwaitingAssignments } from '@/db/queries/assignment-queue';
import { listEssayAnswers } from '@/db/queries/grading-queue';
import { requirePermission } from '@/lib/auth/guards';
import { essayQueueItems } from '@/lib/domain/grading-queue';
import { can } from '@/lib/domain/permissions';
import { formatDate, formatNumber } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('author'))('title') };
}

export default async function AuthoringHome() {
  const user = await requirePermission('content:author', '/author');
  const t = await getTranslations('author');
  const tAuthoring = await getTranslations('authoring');
  const locale = await getLocale();
  const seesAll = can(user.role, 'content:edit-any');
  const rows = listAuthoredModules(user.id, seesAll);
  const toGrade =
    essayQueueItems(listEssayAnswers({ userId: user.id, all: seesAll, status: 'awaiting' })).length + countAwaitingAssignments({ userId: user.id, all: seesAll });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{seesAll ? t('introAdmin') : t('intro')}</p>
      <LinkButton href="/author/modules/new">
        {tAuthoring('home.create')}
      </LinkButton>
      <p>
        <Link href="/author/grading" className="text-brand-700 underline">
          {t('toGrade', { count: toGrade })}
        </Link>
      </p>
      <AuthoringLinks />
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnModule'), t('columnStatus'), t('columnLessons'), t('columnUpdated')]}>
          {rows.map((row) => (
            <Row key={row.id}>
              <RowHeader>
                <Link href={`/author/modules/${row.id}`} className="text-brand-700 underline">
                  <bdi>{row.title}</bdi>
                </Link>
              </RowHeader>
              <Cell>{row.publishedVersion ? t('published', { version: row.publishedVersion }) : t('draft')}</Cell>
              <Cell>{formatNumber(locale, row.lessonCount)}</Cell>
              <Cell>{row.updatedAt ? formatDate(locale, row.updatedAt) : ''}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
