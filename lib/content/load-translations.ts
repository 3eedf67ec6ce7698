import { join } from 'node:path';
import { translationLocales, type TranslationLocale } from '@/lib/domain/content-locales';
import type { ModuleFile, QuizFile } from '@/lib/validation/content';
import { moduleTranslationSchema, quizTranslationSchema } from '@/lib/validation/content-translation';
import { displayPath, isFile, listNames } from './files';
import { loadLessonTranslation } from './load-lesson-translation';
import { loadYamlFile } from './load-module';
import { checkModuleTranslation, checkQuizTranslation } from './translation-structure';
import type { ContentError, ContentLesson, LessonTranslation, LoadResult, ModuleTranslation } from './types';
import { validateYaml } from './yaml-source';

const localeSuffix = new RegExp(`\\.(${translationLocales.join('|')})\\.md$`);

/** Whether a lesson file name is a translation (`01-x.fa-AF.md`) rather than an English lesson. */
export function isLessonTranslationName(name: string): boolean {
  return localeSuffix.test(name);
}

interface EnglishModule {
  meta: ModuleFile;
  lessons: ContentLesson[];
  quiz: QuizFile | null;
}

function readOptional<T>(path: string, read: () => LoadResult<T>): LoadResult<T | null> {
  return isFile(path) ? read() : { ok: true, value: null };
}

function readLessons(moduleDir: string, english: EnglishModule, locale: TranslationLocale): LoadResult<LessonTranslation[]> {
  const lessonsDir = join(moduleDir, 'lessons');
  const errors: ContentError[] = [];
  const lessons: LessonTranslation[] = [];
  for (const lesson of english.lessons) {
    const path = join(lessonsDir, `${lesson.key}.${locale}.md`);
    if (!isFile(path)) continue;
    const loaded = loadLessonTranslation(path, lesson, locale, moduleDir);
    if (loaded.ok) lessons.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  const keys = new Set(english.meta.lessons);
  const suffix = `.${locale}.md`;
  for (const name of listNames(lessonsDir, (entry) => entry.endsWith(suffix))) {
    if (!keys.has(name.slice(0, -suffix.length))) {
      errors.push({ file: displayPath(join(lessonsDir, name)), line: null, message: 'translation of a lesson that module.yaml does not list' });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: lessons };
}

function loadLocale(moduleDir: string, english: EnglishModule, locale: TranslationLocale): LoadResult<ModuleTranslation> {
  const modulePath = join(moduleDir, `module.${locale}.yaml`);
  const moduleText = readOptional(modulePath, () =>
    loadYamlFile(modulePath, (source, data) => {
      const parsed = validateYaml(source, data, moduleTranslationSchema);
      if (!parsed.ok) return parsed;
      const errors = checkModuleTranslation(english.meta, parsed.data, source);
      return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
    }),
  );
  const quizPath = join(moduleDir, `quiz.${locale}.yaml`);
  const quiz = readOptional(quizPath, () =>
    loadYamlFile(quizPath, (source, data) => {
      if (!english.quiz) return { ok: false, errors: [{ file: source.file, line: null, message: 'the module has no quiz.yaml to translate' }] };
      const parsed = validateYaml(source, data, quizTranslationSchema);
      if (!parsed.ok) return parsed;
      const errors = checkQuizTranslation(english.quiz, parsed.data, source);
      return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
    }),
  );
  const lessons = readLessons(moduleDir, english, locale);
  if (!moduleText.ok || !quiz.ok || !lessons.ok) {
    return { ok: false, errors: [moduleText, quiz, lessons].flatMap((part) => (part.ok ? [] : part.errors)) };
  }
  return { ok: true, value: { module: moduleText.value, lessons: lessons.value, quiz: quiz.value } };
}

/**
 * Loads every translation of a module whose English files are valid, each
 * checked against English; a locale with no translation file is left out.
 */
export function loadTranslations(moduleDir: string, english: EnglishModule): LoadResult<Partial<Record<TranslationLocale, ModuleTranslation>>> {
  const errors: ContentError[] = [];
  const translations: Partial<Record<TranslationLocale, ModuleTranslation>> = {};
  for (const locale of translationLocales) {
    const loaded = loadLocale(moduleDir, english, locale);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      continue;
    }
    const { module, lessons, quiz } = loaded.value;
    if (module || quiz || lessons.length > 0) translations[locale] = loaded.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: translations };
}
