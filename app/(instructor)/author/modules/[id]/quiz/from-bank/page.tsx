import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AddFromBankForm } from '@/components/banks/add-from-bank-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/controls';
import { Section } from '@/components/ui/section';
import { listBankQuestions, listBanks } from '@/db/queries/question-banks';
import { listDraftQuizQuestions } from '@/db/queries/quiz-from-bank';
import { requireEditableModule } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';
import { idSchema } from '@/lib/validation/banks';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ bank?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('banks.fromBank'))('title') };
}

/** Choose a bank, tick questions, copy them into the module's draft quiz. */
export default async function FromBankPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user, module: mod } = await requireEditableModule(id, `/author/modules/${id}/quiz/from-bank`);
  const t = await getTranslations('banks');
  const format = await getFormatter();
  const banks = listBanks(user.id, can(user.role, 'content:edit-any'));
  const chosenId = idSchema.safeParse((await searchParams).bank);
  const chosen =
    (chosenId.success ? banks.find((bank) => bank.id === chosenId.data) : undefined) ?? (banks.length === 1 ? banks[0] : undefined);
  const quizQuestions = listDraftQuizQuestions(mod.id);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('fromBank.title')}</h1>
        <p className="text-slate-700">{t('fromBank.intro', { module: mod.title })}</p>
      </div>
      {banks.length === 0 ? (
        <p>
          {t('fromBank.noBanks')}{' '}
          <Link href="/author/banks" className="text-brand-700 underline">
            {t('fromBank.createBank')}
          </Link>
        </p>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="bank" className="block font-medium">
              {t('fromBank.chooseBank')}
            </label>
            <Select id="bank" name="bank" defaultValue={chosen?.id} layout="auto">
              {banks.map((bank) => (
                // An option cannot hold <bdi>: its own direction follows the bank's name instead.
                <option key={bank.id} value={bank.id} dir="auto">
                  {`${bank.name} (${format.number(bank.questionCount)})`}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            {t('fromBank.show')}
          </Button>
        </form>
      )}
      {chosen &&
        (chosen.questionCount === 0 ? (
          <p>{t('fromBank.emptyBank')}</p>
        ) : (
          <ClientMessages namespaces={['banks']}>
            <AddFromBankForm moduleId={mod.id} bank={{ id: chosen.id, name: chosen.name }} questions={listBankQuestions(chosen.id)} />
          </ClientMessages>
        ))}
      <Section id="quiz-questions" title={t('fromBank.quizTitle')}>
        {quizQuestions.length === 0 ? (
          <p>{t('fromBank.noQuiz')}</p>
        ) : (
          <ol className="list-decimal space-y-1 ps-6">
            {quizQuestions.map((question) => (
              <li key={question.id}>
                <span className="whitespace-pre-line">{question.prompt}</span>{' '}
                <span className="text-sm text-slate-600">({t(`types.${question.type}`)})</span>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
