import matter from 'gray-matter';
import { join } from 'node:path';
import { lessonFrontMatterSchema, type LessonFrontMatter } from '@/lib/validation/content';
import { displayPath, isFile, linesBefore, readText } from './files';
import { checkLessonBody } from './lesson-body';
import type { ContentError, ContentLecture, ContentLesson, LoadResult } from './types';
import { parseVtt } from './vtt';
import { lineOfPath, parseYamlSource, validateYaml, type YamlSource } from './yaml-source';

/**
 * gray-matter only splits the file here: its own YAML engine loses positions,
 * so the front matter is parsed again with `yaml` to report lines.
 */
const splitOnly = { engines: { yaml: { parse: () => ({}) } } };

interface LessonPaths {
  /** Absolute module folder (lecture paths are relative to it). */
  moduleDir: string;
  /** Absolute seeds folder; when given, every source id must have a `<id>.txt` there. */
  seedsDir?: string;
}

/** Splits front matter and body, keeping the line where each starts. */
export function splitLesson(text: string, file: string) {
  if (!text.startsWith('---')) return null;
  const parsed = matter(text, splitOnly);
  const bodyStart = text.endsWith(parsed.content) ? text.length - parsed.content.length : text.length;
  return {
    frontMatter: parsed.matter,
    // The front matter text begins with the rest of the opening `---` line.
    frontMatterOffset: linesBefore(text, text.indexOf(parsed.matter, 3)),
    body: parsed.content,
    bodyOffset: linesBefore(text, bodyStart),
    file,
  };
}

function checkSources(meta: LessonFrontMatter, source: YamlSource, seedsDir: string): ContentError[] {
  return meta.sources.flatMap((id, index) =>
    isFile(join(seedsDir, `${id}.txt`))
      ? []
      : [{ file: source.file, line: lineOfPath(source, ['sources', index]), message: `source "${id}" has no seed file ${id}.txt` }],
  );
}

function loadLecture(meta: LessonFrontMatter, source: YamlSource, moduleDir: string): LoadResult<ContentLecture | null> {
  const lecture = meta.lecture;
  if (!lecture) return { ok: true, value: null };
  const captionsPath = join(moduleDir, lecture.captions);
  if (!isFile(captionsPath)) {
    const line = lineOfPath(source, ['lecture', 'captions']);
    return { ok: false, errors: [{ file: source.file, line, message: `captions file ${lecture.captions} does not exist` }] };
  }
  const captionsVtt = readText(captionsPath);
  const parsed = parseVtt(captionsVtt);
  if ('errors' in parsed) {
    const file = displayPath(captionsPath);
    return { ok: false, errors: parsed.errors.map((error) => ({ file, line: error.line, message: error.message })) };
  }
  const videoExists = isFile(join(moduleDir, lecture.video));
  return { ok: true, value: { ...lecture, videoExists, captionsVtt, cues: parsed.cues } };
}

/**
 * Reads one lesson file: validated front matter (with lines), body rules,
 * seed files for its sources and its lecture captions. Reports every problem.
 */
export function loadLesson(path: string, key: string, paths: LessonPaths): LoadResult<ContentLesson> {
  const file = displayPath(path);
  const split = splitLesson(readText(path), file);
  if (!split) {
    return { ok: false, errors: [{ file, line: 1, message: 'a lesson must start with YAML front matter between --- lines' }] };
  }
  const errors: ContentError[] = checkLessonBody(split.body).map((problem) => ({
    file,
    line: problem.line + split.bodyOffset,
    message: problem.message,
  }));
  const yaml = parseYamlSource(split.frontMatter, file, split.frontMatterOffset);
  if (!yaml.ok) return { ok: false, errors: [...yaml.errors, ...errors] };
  const meta = validateYaml(yaml.source, yaml.data, lessonFrontMatterSchema);
  if (!meta.ok) return { ok: false, errors: [...meta.errors, ...errors] };

  if (paths.seedsDir) errors.push(...checkSources(meta.data, yaml.source, paths.seedsDir));
  const lecture = loadLecture(meta.data, yaml.source, paths.moduleDir);
  if (!lecture.ok) errors.push(...lecture.errors);
  if (errors.length > 0 || !lecture.ok) return { ok: false, errors };
  return { ok: true, value: { ...meta.data, key, file, body: split.body, lecture: lecture.value } };
}
