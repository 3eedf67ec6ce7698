import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuthoringLinks } from '@/components/banks/authoring-links';
import { listAuthoredModules } from '@/db/queries/authoring';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/i18n/format';

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
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{seesAll ? t('introAdmin') : t('intro')}</p>
      <Link href="/author/modules/new" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {tAuthoring('home.create')}
      </Link>
      <AuthoringLinks />
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnModule'), t('columnStatus'), t('columnLessons'), t('columnUpdated')]}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/author/modules/${row.id}`} className="text-brand-700 underline">
                  <bdi>{row.title}</bdi>
                </Link>
              </th>
              <td className="p-2">{row.publishedVersion ? t('published', { version: row.publishedVersion }) : t('draft')}</td>
              <td className="p-2">{row.lessonCount}</td>
              <td className="p-2">{row.updatedAt ? formatDate(locale, row.updatedAt) : ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
