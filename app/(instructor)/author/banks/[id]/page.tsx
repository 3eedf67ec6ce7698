import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DeleteBankForm } from '@/components/banks/delete-bank-form';
import { DeleteQuestionButton } from '@/components/banks/delete-question-button';
import { RenameBankForm } from '@/components/banks/rename-bank-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuestionText } from '@/components/quiz/question-text';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { StatusMessage } from '@/components/ui/status-message';
import { findBank, listBankQuestions } from '@/db/queries/question-banks';
import { requireManagedBank } from '@/lib/auth/guards';
import { idSchema } from '@/lib/validation/banks';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; skipped?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = idSchema.safeParse((await params).id);
  const bank = id.success ? findBank(id.data) : null;
  return { title: bank?.name ?? (await getTranslations('banks'))('title') };
}

/** One bank: rename, delete, its questions, and GIFT import and export. */
export default async function BankPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { bank } = await requireManagedBank(id, `/author/banks/${id}`);
  const t = await getTranslations('banks');
  const format = await getFormatter();
  const questions = listBankQuestions(bank.id);
  const { added, skipped } = await searchParams;
  const counts = { added: Number(added), skipped: Number(skipped) };
  return (
    <div className="space-y-8">
      <Breadcrumb label={t('breadcrumb')} href="/author/banks" parent={t('title')} />
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{bank.name}</h1>
        {Number.isInteger(counts.added) && Number.isInteger(counts.skipped) && (
          <StatusMessage tone="success">{t('imported', counts)}</StatusMessage>
        )}
        <p className="flex flex-wrap gap-x-6">
          <Link href={`/author/banks/${bank.id}/import`} className="text-brand-700 underline">
            {t('importLink')}
          </Link>
          <a href={`/api/author/banks/${bank.id}/gift`} download className="text-brand-700 underline">
            {t('exportLink')}
          </a>
          <Link href={`/author/banks/${bank.id}/moodle-xml`} className="text-brand-700 underline">
            {t('moodleImportLink')}
          </Link>
          <a href={`/api/author/banks/${bank.id}/moodle-xml`} download className="text-brand-700 underline">
            {t('moodleExportLink')}
          </a>
        </p>
      </div>
      <Section id="bank-questions" title={t('questionsTitle')}>
        {questions.length === 0 ? (
          <p>{t('noQuestions')}</p>
        ) : (
          <DataTable headers={(['columnPrompt', 'columnType', 'columnPoints', 'columnActions'] as const).map((column) => t(column))}>
            {questions.map((question) => (
              <Row key={question.id}>
                <RowHeader className="font-normal whitespace-pre-line">
                  <QuestionText text={question.prompt} />
                </RowHeader>
                <Cell>{t(`types.${question.type}`)}</Cell>
                <Cell>{format.number(question.points)}</Cell>
                <Cell>
                  <ClientMessages namespaces={['banks']}>
                    <DeleteQuestionButton bankId={bank.id} questionId={question.id} questionKey={question.key} />
                  </ClientMessages>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </Section>
      <Section id="rename-bank" title={t('renameTitle')} card>
        <ClientMessages namespaces={['banks']}>
          <RenameBankForm bankId={bank.id} name={bank.name} />
        </ClientMessages>
      </Section>
      <ClientMessages namespaces={['banks']}>
        <DeleteBankForm bankId={bank.id} name={bank.name} questionCount={questions.length} />
      </ClientMessages>
    </div>
  );
}
