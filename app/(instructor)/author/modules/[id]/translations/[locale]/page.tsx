import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { TranslationModuleForm } from '@/components/authoring/translation-module-form';
import { TranslationQuizForm } from '@/components/authoring/translation-quiz-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Section } from '@/components/ui/section';
import { readTranslationOverview } from '@/db/queries/authoring-translations';
import { requireEditableModule } from '@/lib/auth/guards';
import { languageKey } from '@/lib/domain/content-fallback';
import { isTranslationLocale } from '@/lib/domain/content-locales';
import { questionType } from '@/lib/domain/question-types/registry';

type Params = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('translations.heading') };
}

/** The module text and the quiz questions of one translation, beside the English. */
export default async function ModuleTranslationPage({ params }: Params) {
  const { id, locale } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/translations/${locale}`);
  if (!isTranslationLocale(locale)) notFound();
  const t = await getTranslations('authoring');
  const overview = readTranslationOverview(owned.id);
  const draft = overview.drafts[locale];
  const values = {
    title: draft?.module?.title ?? '',
    summary: draft?.module?.summary ?? '',
    objectives: draft?.module?.objectives ?? [],
    quizTitle: draft?.quizTitle ?? '',
  };
  const rows = overview.questions.map((question) => {
    const saved = draft?.questions[question.key];
    const options = question.options.map((option, index) => ({
      text: saved?.text.options[index]?.text ?? '',
      feedback: saved?.text.options[index]?.feedback ?? '',
      match: option.match === null ? null : (saved?.text.options[index]?.match ?? ''),
    }));
    return {
      key: question.key,
      list: questionType(question.type).translationList,
      english: { prompt: question.prompt, explanation: question.explanation, options: question.options },
      values: { prompt: saved?.text.prompt ?? '', explanation: saved?.text.explanation ?? '', options, accepted: saved?.accepted ?? [] },
    };
  });

  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={owned.title} current="translations" />
      <h1 className="text-2xl font-bold">{t('translations.editHeading', { language: languageKey(locale) })}</h1>
      <Link href={`/author/modules/${owned.id}/translations`} className="inline-block text-brand-700 underline">{t('translations.back')}</Link>
      <Section id="module-text" title={t('translations.moduleSection')} card>
        <ClientMessages namespaces={['authoring']}>
          <TranslationModuleForm moduleId={owned.id} locale={locale} english={{ ...overview.english, quizTitle: overview.quizTitle }} values={values} />
        </ClientMessages>
      </Section>
      {rows.length > 0 && (
        <Section id="quiz" title={t('translations.quizSection')} card>
          <ClientMessages namespaces={['authoring']}>
            <TranslationQuizForm moduleId={owned.id} locale={locale} rows={rows} />
          </ClientMessages>
        </Section>
      )}
    </div>
  );
}
