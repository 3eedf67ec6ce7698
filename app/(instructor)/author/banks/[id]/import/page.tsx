import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GiftImportForm } from '@/components/banks/gift-import-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { findBank } from '@/db/queries/question-banks';
import { requireManagedBank } from '@/lib/auth/guards';
import { idSchema } from '@/lib/validation/banks';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = idSchema.safeParse((await params).id);
  const bank = id.success ? findBank(id.data) : null;
  return { title: (await getTranslations('banks.import'))('title', { bank: bank?.name ?? '' }) };
}

/** Upload or paste GIFT, preview it, import the valid questions. */
export default async function GiftImportPage({ params }: Props) {
  const { id } = await params;
  const { bank } = await requireManagedBank(id, `/author/banks/${id}/import`);
  const t = await getTranslations('banks');
  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/author/banks/${bank.id}`} parent={t('import.back')} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('import.title', { bank: bank.name })}</h1>
        <p className="text-slate-700">{t('import.intro')}</p>
      </div>
      <ClientMessages namespaces={['banks']}>
        <GiftImportForm bankId={bank.id} />
      </ClientMessages>
    </div>
  );
}
