import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MoodleImportForm } from '@/components/banks/moodle-import-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { findBank } from '@/db/queries/question-banks';
import { requireManagedBank } from '@/lib/auth/guards';
import { idSchema } from '@/lib/validation/banks';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = idSchema.safeParse((await params).id);
  const bank = id.success ? findBank(id.data) : null;
  return { title: (await getTranslations('banks.moodle'))('title', { bank: bank?.name ?? '' }) };
}

/** Upload a Moodle XML file, preview it, import the questions we can hold. */
export default async function MoodleImportPage({ params }: Props) {
  const { id } = await params;
  const { bank } = await requireManagedBank(id, `/author/banks/${id}/moodle-xml`);
  const t = await getTranslations('banks');
  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/author/banks/${bank.id}`} parent={t('import.back')} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('moodle.title', { bank: bank.name })}</h1>
        <p className="text-slate-700">{t('moodle.intro')}</p>
      </div>
      <ClientMessages namespaces={['banks']}>
        <MoodleImportForm bankId={bank.id} />
      </ClientMessages>
    </div>
  );
}
