import { basename, join } from 'node:path';
import { assignmentFrontMatterSchema } from '@/lib/validation/assignment';
import type { ModuleFile } from '@/lib/validation/content';
import { displayPath, isFile, listNames, readText } from './files';
import { checkLessonBody } from './lesson-body';
import { splitLesson } from './load-lesson';
import type { ContentAssignment, ContentError, LoadResult } from './types';
import { lineOfPath, parseYamlSource, validateYaml, type YamlSource } from './yaml-source';

/**
 * Reads one assignment file: YAML front matter (what to submit, pass mark,
 * rubric, sources) and a Markdown brief under the same rules as a lesson
 * body (no level-1 heading, no raw HTML, a closing "**Source:**" line).
 * Every problem names the file and line.
 */
export function loadAssignment(path: string, key: string, seedsDir: string | undefined): LoadResult<ContentAssignment> {
  const file = displayPath(path);
  const split = splitLesson(readText(path), file);
  if (!split) return { ok: false, errors: [{ file, line: 1, message: 'an assignment must start with YAML front matter between --- lines' }] };
  const errors: ContentError[] = checkLessonBody(split.body).map((problem) => ({
    file,
    line: problem.line + split.bodyOffset,
    message: problem.message.replace('the lesson must', 'the brief must').replace('in lesson bodies', 'in the brief').replace('in lessons', 'in the brief'),
  }));
  const yaml = parseYamlSource(split.frontMatter, file, split.frontMatterOffset);
  if (!yaml.ok) return { ok: false, errors: [...yaml.errors, ...errors] };
  const meta = validateYaml(yaml.source, yaml.data, assignmentFrontMatterSchema);
  if (!meta.ok) return { ok: false, errors: [...meta.errors, ...errors] };
  if (seedsDir) errors.push(...missingSeeds(meta.data.sources, yaml.source, seedsDir));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...meta.data, key, file, brief: split.body } };
}

function missingSeeds(sources: readonly string[], source: YamlSource, seedsDir: string): ContentError[] {
  return sources.flatMap((id, index) =>
    isFile(join(seedsDir, `${id}.txt`)) ? [] : [{ file: source.file, line: lineOfPath(source, ['sources', index]), message: `source "${id}" has no seed file ${id}.txt` }],
  );
}

/**
 * The assignments module.yaml lists, in order: a listed assignment without a
 * file and a file under assignments/ that is not listed are both errors.
 */
export function readAssignments(moduleDir: string, meta: ModuleFile, source: YamlSource, seedsDir: string | undefined): LoadResult<ContentAssignment[]> {
  const dir = join(moduleDir, 'assignments');
  const listed = meta.assignments ?? [];
  const errors: ContentError[] = [];
  const assignments: ContentAssignment[] = [];
  listed.forEach((key, index) => {
    const path = join(dir, `${key}.md`);
    if (!isFile(path)) {
      errors.push({ file: source.file, line: lineOfPath(source, ['assignments', index]), message: `assignment "${key}" is listed but ${displayPath(path)} does not exist` });
      return;
    }
    const loaded = loadAssignment(path, key, seedsDir);
    if (loaded.ok) assignments.push(loaded.value);
    else errors.push(...loaded.errors);
  });
  for (const name of listNames(dir, (entry, path) => entry.endsWith('.md') && isFile(path))) {
    if (!listed.includes(basename(name, '.md'))) errors.push({ file: displayPath(join(dir, name)), line: null, message: `assignment file is not listed in ${source.file}` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: assignments };
}
