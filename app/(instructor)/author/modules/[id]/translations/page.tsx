import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { readTranslationOverview } from '@/db/queries/authoring-translations';
import { requireEditableModule } from '@/lib/auth/guards';
import { languageKey } from '@/lib/domain/content-fallback';
import { translationLocales } from '@/lib/domain/content-locales';
import { translationCoverage } from '@/lib/domain/translation-coverage';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('translations.heading') };
}

/** Per language, which parts of the module are translated and which are missing, with links to edit and preview. */
export default async function TranslationsPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/translations`);
  const t = await getTranslations('authoring');
  const overview = readTranslationOverview(owned.id);
  const english = {
    lessons: overview.lessons.map((lesson) => ({ key: lesson.key, title: lesson.title, hasLecture: lesson.lecture !== null })),
    questions: overview.questions.map((question) => ({ key: question.key, type: question.type, optionCount: question.options.length })),
  };
  const base = `/author/modules/${owned.id}`;
  const status = (present: boolean) => (present ? t('translations.present') : <strong>{t('translations.missing')}</strong>);

  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={owned.title} current="translations" />
      <h1 className="text-2xl font-bold">{t('translations.heading')}</h1>
      <p className="max-w-3xl text-slate-700">{t('translations.intro')}</p>
      {translationLocales.map((locale) => {
        const draft = overview.drafts[locale];
        const coverage = translationCoverage(
          english,
          draft
            ? {
                module: draft.module !== null,
                quizTitle: draft.quizTitle !== null,
                lessons: Object.fromEntries(Object.entries(draft.lessons).map(([key, lesson]) => [key, { captions: lesson.captionsVtt !== null }])),
                questions: Object.keys(draft.questions),
              }
            : null,
        );
        const language = t('translations.language', { language: languageKey(locale) });
        const firstLesson = overview.lessons[0]?.key;
        return (
          <Section key={locale} id={`translations-${locale}`} title={language} card>
            <p>{coverage.complete ? t('translations.complete') : t('translations.incomplete')}</p>
            <DataTable headers={[t('translations.columnPart'), t('translations.columnStatus'), t('translations.edit')]}>
              <Row>
                <RowHeader>{t('translations.partModule')}</RowHeader>
                <Cell>{status(coverage.module)}</Cell>
                <Cell>
                  <Link href={`${base}/translations/${locale}`} className="text-brand-700 underline">{t('translations.edit')}</Link>
                </Cell>
              </Row>
              {coverage.lessons.map((lesson, index) => (
                <Fragment key={lesson.key}>
                  <Row>
                    <RowHeader>{t('translations.partLesson', { title: lesson.title })}</RowHeader>
                    <Cell>{status(lesson.text)}</Cell>
                    <Cell>
                      <Link href={`${base}/translations/${locale}/lessons/${overview.lessons[index]?.id}`} className="text-brand-700 underline">{t('translations.edit')}</Link>
                    </Cell>
                  </Row>
                  {lesson.captions !== null && (
                    <Row>
                      <RowHeader>{t('translations.partCaptions', { title: lesson.title })}</RowHeader>
                      <Cell>{status(lesson.captions)}</Cell>
                      <Cell>
                        <Link href={`${base}/translations/${locale}/lessons/${overview.lessons[index]?.id}#translation-captions`} className="text-brand-700 underline">{t('translations.edit')}</Link>
                      </Cell>
                    </Row>
                  )}
                </Fragment>
              ))}
              {coverage.quiz.total > 0 && (
                <Row>
                  <RowHeader>{t('translations.partQuiz')}</RowHeader>
                  <Cell>{coverage.quiz.missing.length === 0 ? t('translations.present') : <strong>{t('translations.quizCount', { translated: coverage.quiz.translated, total: coverage.quiz.total })}</strong>}</Cell>
                  <Cell>
                    <Link href={`${base}/translations/${locale}#quiz`} className="text-brand-700 underline">{t('translations.edit')}</Link>
                  </Cell>
                </Row>
              )}
            </DataTable>
            {firstLesson && (
              <Link href={`${base}/preview/lessons/${firstLesson}?lang=${locale}`} className="inline-block text-brand-700 underline">
                {t('translations.preview', { language: languageKey(locale) })}
              </Link>
            )}
          </Section>
        );
      })}
    </div>
  );
}
