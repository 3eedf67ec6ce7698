import { join } from 'node:path';
import { sourceLineLabels, translatedCaptionsPath, type TranslationLocale } from '@/lib/domain/content-locales';
import { lessonTranslationFrontMatterSchema } from '@/lib/validation/content-translation';
import { displayPath, isFile, readText } from './files';
import { checkLessonBody } from './lesson-body';
import { splitLesson } from './load-lesson';
import type { ContentError, ContentLesson, LessonTranslation, LoadResult } from './types';
import { parseVtt, type VttCue } from './vtt';
import { lineOfPath, parseYamlSource, validateYaml } from './yaml-source';

/** Translated captions keep the English cues: same count, same start and end times. */
function compareCues(english: VttCue[], translated: VttCue[], file: string): ContentError[] {
  if (english.length !== translated.length) {
    return [{ file, line: null, message: `${translated.length} cues, the English captions have ${english.length} (same cues, same timings)` }];
  }
  const index = english.findIndex((cue, at) => cue.start !== translated[at]?.start || cue.end !== translated[at]?.end);
  if (index === -1) return [];
  return [{ file, line: null, message: `cue ${index + 1} has other timings than the English cue ${index + 1}` }];
}

function loadCaptions(english: ContentLesson, locale: TranslationLocale, moduleDir: string): LoadResult<{ captionsVtt: string; cues: VttCue[] } | null> {
  if (!english.lecture) return { ok: true, value: null };
  const path = join(moduleDir, translatedCaptionsPath(english.lecture.captions, locale));
  // Captions not yet translated: the lecture shows the English ones.
  if (!isFile(path)) return { ok: true, value: null };
  const file = displayPath(path);
  const captionsVtt = readText(path);
  const parsed = parseVtt(captionsVtt);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors.map((error) => ({ file, ...error })) };
  const errors = compareCues(english.lecture.cues, parsed.cues, file);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { captionsVtt, cues: parsed.cues } };
}

/**
 * Reads `lessons/<key>.<locale>.md`: title, summary and lecture title in the
 * front matter, the translated body (same rules as English, with the locale's
 * source-line labels) and the lecture's translated captions when present.
 */
export function loadLessonTranslation(path: string, english: ContentLesson, locale: TranslationLocale, moduleDir: string): LoadResult<LessonTranslation> {
  const file = displayPath(path);
  const split = splitLesson(readText(path), file);
  if (!split) return { ok: false, errors: [{ file, line: 1, message: 'a lesson must start with YAML front matter between --- lines' }] };
  const errors: ContentError[] = checkLessonBody(split.body, sourceLineLabels[locale]).map((problem) => ({
    file,
    line: problem.line + split.bodyOffset,
    message: problem.message,
  }));
  const yaml = parseYamlSource(split.frontMatter, file, split.frontMatterOffset);
  if (!yaml.ok) return { ok: false, errors: [...yaml.errors, ...errors] };
  const meta = validateYaml(yaml.source, yaml.data, lessonTranslationFrontMatterSchema);
  if (!meta.ok) return { ok: false, errors: [...meta.errors, ...errors] };
  if (meta.data.lecture && !english.lecture) {
    errors.push({ file, line: lineOfPath(yaml.source, ['lecture']), message: 'lecture: the English lesson has no lecture' });
  }
  const captions = loadCaptions(english, locale, moduleDir);
  if (!captions.ok) errors.push(...captions.errors);
  if (errors.length > 0 || !captions.ok) return { ok: false, errors };
  const lecture = english.lecture
    ? { title: meta.data.lecture?.title ?? null, captionsVtt: captions.value?.captionsVtt ?? null, cues: captions.value?.cues ?? null }
    : null;
  return { ok: true, value: { key: english.key, file, title: meta.data.title, summary: meta.data.summary, body: split.body, lecture } };
}
