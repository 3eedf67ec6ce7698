import { basename, join } from 'node:path';
import { moduleFileSchema, quizFileSchema, type ModuleFile, type QuizFile } from '@/lib/validation/content';
import { displayPath, isFile, listNames, readText } from './files';
import { readAssignments } from './load-assignment';
import { loadLesson } from './load-lesson';
import { isLessonTranslationName, loadTranslations } from './load-translations';
import type { ContentError, ContentLesson, ContentModule, LoadResult } from './types';
import { lineOfPath, parseYamlSource, validateYaml, type YamlSource } from './yaml-source';

/** Parses and validates one YAML file, or says why it could not. */
export function loadYamlFile<T>(
  path: string,
  validate: (source: YamlSource, data: unknown) => LoadResult<T>,
): LoadResult<T> {
  const file = displayPath(path);
  if (!isFile(path)) return { ok: false, errors: [{ file, line: null, message: 'file is missing' }] };
  const yaml = parseYamlSource(readText(path), file);
  return yaml.ok ? validate(yaml.source, yaml.data) : yaml;
}

function readModuleFile(path: string, folder: string): LoadResult<{ meta: ModuleFile; source: YamlSource }> {
  return loadYamlFile(path, (source, data) => {
    const parsed = validateYaml(source, data, moduleFileSchema);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    if (parsed.data.slug !== folder) {
      const message = `slug "${parsed.data.slug}" must equal the folder name "${folder}"`;
      return { ok: false, errors: [{ file: source.file, line: lineOfPath(source, ['slug']), message }] };
    }
    return { ok: true, value: { meta: parsed.data, source } };
  });
}

function readQuiz(path: string): LoadResult<QuizFile | null> {
  if (!isFile(path)) return { ok: true, value: null };
  return loadYamlFile(path, (source, data) => {
    const parsed = validateYaml(source, data, quizFileSchema);
    return parsed.ok ? { ok: true, value: parsed.data } : parsed;
  });
}

/** An English lesson file; translations (`<key>.<locale>.md`) are read with their module's translations. */
function isEnglishLesson(name: string, path: string): boolean {
  return name.endsWith('.md') && !isLessonTranslationName(name) && isFile(path);
}

/** Lessons in module.yaml order; a listed lesson without a file and a file not listed are both errors. */
function readLessons(
  moduleDir: string,
  meta: ModuleFile,
  source: YamlSource,
  seedsDir: string | undefined,
): LoadResult<ContentLesson[]> {
  const lessonsDir = join(moduleDir, 'lessons');
  const errors: ContentError[] = [];
  const lessons: ContentLesson[] = [];
  meta.lessons.forEach((key, index) => {
    const path = join(lessonsDir, `${key}.md`);
    if (!isFile(path)) {
      const message = `lesson "${key}" is listed but ${displayPath(path)} does not exist`;
      errors.push({ file: source.file, line: lineOfPath(source, ['lessons', index]), message });
      return;
    }
    const lesson = loadLesson(path, key, { moduleDir, seedsDir });
    if (lesson.ok) lessons.push(lesson.value);
    else errors.push(...lesson.errors);
  });
  const listed = new Set(meta.lessons);
  for (const name of listNames(lessonsDir, (entry, path) => isEnglishLesson(entry, path))) {
    if (!listed.has(basename(name, '.md'))) {
      const message = `lesson file is not listed in ${source.file}`;
      errors.push({ file: displayPath(join(lessonsDir, name)), line: null, message });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: lessons };
}

/** Without a valid module.yaml there is no lesson list; still check each lesson file on its own. */
function checkUnlistedLessons(moduleDir: string, seedsDir: string | undefined): ContentError[] {
  const lessonsDir = join(moduleDir, 'lessons');
  return listNames(lessonsDir, isEnglishLesson).flatMap((name) => {
    const lesson = loadLesson(join(lessonsDir, name), basename(name, '.md'), { moduleDir, seedsDir });
    return lesson.ok ? [] : lesson.errors;
  });
}

/**
 * Loads one module folder: module.yaml (its slug must equal the folder name),
 * its lessons and their lectures, quiz.yaml when present, its assignments, and the
 * translations beside them (checked against English once English is valid).
 */
export function loadModule(moduleDir: string, seedsDir?: string): LoadResult<ContentModule> {
  const folder = basename(moduleDir);
  const moduleFile = readModuleFile(join(moduleDir, 'module.yaml'), folder);
  const quiz = readQuiz(join(moduleDir, 'quiz.yaml'));
  const errors = [...(moduleFile.ok ? [] : moduleFile.errors), ...(quiz.ok ? [] : quiz.errors)];
  if (!moduleFile.ok) return { ok: false, errors: [...errors, ...checkUnlistedLessons(moduleDir, seedsDir)] };
  const lessons = readLessons(moduleDir, moduleFile.value.meta, moduleFile.value.source, seedsDir);
  if (!lessons.ok) errors.push(...lessons.errors);
  const assignments = readAssignments(moduleDir, moduleFile.value.meta, moduleFile.value.source, seedsDir);
  if (!assignments.ok) errors.push(...assignments.errors);
  if (!lessons.ok || !quiz.ok || !assignments.ok || errors.length > 0) return { ok: false, errors };
  const english = { meta: moduleFile.value.meta, lessons: lessons.value, quiz: quiz.value };
  const translations = loadTranslations(moduleDir, english);
  if (!translations.ok) return translations;
  return { ok: true, value: { dir: displayPath(moduleDir), ...english, assignments: assignments.value, translations: translations.value } };
}
