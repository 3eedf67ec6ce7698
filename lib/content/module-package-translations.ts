import { stringify } from 'yaml';
import { translatedCaptionsPath, type TranslationLocale } from '@/lib/domain/content-locales';
import { questionType } from '@/lib/domain/question-types/registry';
import type { TranslationList } from '@/lib/domain/question-types/types';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import type { LessonDraft, QuizDraft } from './snapshot';
import type { QuestionTranslationDraft, TranslationDraft, TranslationDrafts } from './translation-draft';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** How each translation list is written back from a translated question's option texts. */
const listWriters: Record<TranslationList, (translation: QuestionTranslationDraft) => Record<string, unknown> | null> = {
  options: ({ text }) => ({ options: text.options.map(({ text: label, feedback }) => (feedback === '' ? { text: label } : { text: label, feedback })) }),
  pairs: ({ text }) => ({ pairs: text.options.map(({ text: left, match }) => ({ left, right: match ?? '' })) }),
  items: ({ text }) => ({ items: text.options.map((option) => option.text) }),
  accepted: ({ accepted }) => (accepted.length > 0 ? { accepted } : null),
};

/** A translated question in the quiz.<locale>.yaml format (the inverse of `questionText`). */
function questionFile(key: string, type: QuestionType, translation: QuestionTranslationDraft): Record<string, unknown> {
  const { prompt, explanation } = translation.text;
  const list = questionType(type).translationList;
  return { key, prompt, explanation, ...(list ? listWriters[list](translation) : null) };
}

function lessonFile(lesson: LessonDraft, translation: TranslationDraft['lessons'][string]): string {
  const front = {
    title: translation.title,
    summary: translation.summary,
    ...(lesson.lecture && translation.lectureTitle !== null ? { lecture: { title: translation.lectureTitle } } : {}),
  };
  return `---\n${yaml(front)}---\n\n${translation.markdown.replace(/^\s*\n/, '')}`;
}

/**
 * The translation files of a module package (`module.<locale>.yaml`,
 * `lessons/<key>.<locale>.md`, translated captions, `quiz.<locale>.yaml`),
 * beside the English files under `dir`. A quiz translation is written only
 * when every question is translated, since the loader requires all keys.
 */
export function translationPackageFiles(dir: string, lessons: LessonDraft[], quiz: QuizDraft | null, translations: TranslationDrafts): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [locale, draft] of Object.entries(translations)) {
    if (!draft) continue;
    if (draft.module) files[`${dir}/module.${locale}.yaml`] = yaml(draft.module);
    for (const lesson of lessons) {
      const translation = draft.lessons[lesson.key];
      if (!translation) continue;
      files[`${dir}/lessons/${lesson.key}.${locale}.md`] = lessonFile(lesson, translation);
      if (lesson.lecture && translation.captionsVtt !== null) {
        files[`${dir}/${translatedCaptionsPath(lesson.lecture.captions, locale as TranslationLocale)}`] = translation.captionsVtt;
      }
    }
    const questions = quiz?.questions ?? [];
    if (questions.length > 0 && questions.every((question) => draft.questions[question.key])) {
      const entries = questions.map((question) => questionFile(question.key, question.type, draft.questions[question.key] as QuestionTranslationDraft));
      files[`${dir}/quiz.${locale}.yaml`] = yaml({ title: draft.quizTitle ?? quiz?.title, questions: entries });
    }
  }
  return files;
}
