import { basename, join } from 'node:path';
import { programmeFileSchema, type ProgrammeFile } from '@/lib/validation/content';
import { displayPath, isDirectory, isFile, listNames } from './files';
import { loadModule, loadYamlFile } from './load-module';
import type { ContentError, ContentModule, ContentTree } from './types';
import { lineOfPath, validateYaml } from './yaml-source';

export type { ContentError, ContentLecture, ContentLesson, ContentModule, ContentTree } from './types';

export type LoadTreeResult = { ok: true; tree: ContentTree } | { ok: false; errors: ContentError[] };

/** Reads one programme file; its slug must equal the file name and every module it lists must exist. */
function loadProgramme(path: string, moduleFolders: ReadonlySet<string>) {
  return loadYamlFile<ProgrammeFile>(path, (source, data) => {
    const parsed = validateYaml(source, data, programmeFileSchema);
    if (!parsed.ok) return parsed;
    const errors: ContentError[] = [];
    const name = basename(path).replace(/\.ya?ml$/, '');
    if (parsed.data.slug !== name) {
      const message = `slug "${parsed.data.slug}" must equal the file name "${name}"`;
      errors.push({ file: source.file, line: lineOfPath(source, ['slug']), message });
    }
    parsed.data.modules.forEach((slug, index) => {
      if (moduleFolders.has(slug)) return;
      const message = `module "${slug}" is listed but modules/${slug}/ does not exist`;
      errors.push({ file: source.file, line: lineOfPath(source, ['modules', index]), message });
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
  });
}

/**
 * Loads and validates the whole content tree: programmes, modules, lessons,
 * lectures and quizzes. Every problem in every file is collected, each with
 * its file and line, so one run shows an author everything to fix. When
 * `seedsDir` is given, every lesson source must have a seed file there.
 */
export function loadContentTree(contentDir: string, seedsDir?: string): LoadTreeResult {
  const programmesDir = join(contentDir, 'programmes');
  const modulesDir = join(contentDir, 'modules');
  const errors: ContentError[] = [];
  for (const dir of [programmesDir, modulesDir]) {
    if (!isDirectory(dir)) errors.push({ file: displayPath(dir), line: null, message: 'folder is missing' });
  }
  if (seedsDir !== undefined && !isDirectory(seedsDir)) {
    errors.push({ file: displayPath(seedsDir), line: null, message: 'seeds folder is missing' });
  }

  const moduleFolders = listNames(modulesDir, (_name, path) => isDirectory(path));
  const modules: ContentModule[] = [];
  for (const folder of moduleFolders) {
    const loaded = loadModule(join(modulesDir, folder), seedsDir);
    if (loaded.ok) modules.push(loaded.value);
    else errors.push(...loaded.errors);
  }

  const programmes: ProgrammeFile[] = [];
  const folderSet = new Set(moduleFolders);
  for (const name of listNames(programmesDir, (entry, path) => /\.ya?ml$/.test(entry) && isFile(path))) {
    const loaded = loadProgramme(join(programmesDir, name), folderSet);
    if (loaded.ok) programmes.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  if (errors.length === 0 && programmes.length === 0) {
    errors.push({ file: displayPath(programmesDir), line: null, message: 'no programme files found' });
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, tree: { programmes, modules } };
}
