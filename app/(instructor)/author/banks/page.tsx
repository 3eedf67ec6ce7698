import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateBankForm } from '@/components/banks/create-bank-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { StatusMessage } from '@/components/ui/status-message';
import { listBanks } from '@/db/queries/question-banks';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('banks'))('title') };
}

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

/** The user's question banks (every bank for admins) and a form to create one. */
export default async function BanksPage({ searchParams }: Props) {
  const user = await requirePermission('content:author', '/author/banks');
  const t = await getTranslations('banks');
  const format = await getFormatter();
  const seesAll = can(user.role, 'content:edit-any');
  const banks = listBanks(user.id, seesAll);
  const { deleted } = await searchParams;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{seesAll ? t('introAdmin') : t('intro')}</p>
        {typeof deleted === 'string' && <StatusMessage tone="success">{t('deleted', { name: deleted })}</StatusMessage>}
      </div>
      <Section id="create-bank" title={t('createTitle')} card>
        <ClientMessages namespaces={['banks']}>
          <CreateBankForm />
        </ClientMessages>
      </Section>
      {banks.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnName'), t('columnQuestions'), ...(seesAll ? [t('columnOwner')] : [])]}>
          {banks.map((bank) => (
            <Row key={bank.id}>
              <RowHeader>
                <Link href={`/author/banks/${bank.id}`} className="text-brand-700 underline">
                  <bdi>{bank.name}</bdi>
                </Link>
              </RowHeader>
              <Cell>{format.number(bank.questionCount)}</Cell>
              {seesAll && <Cell>{bank.ownerName ?? t('noOwner')}</Cell>}
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
