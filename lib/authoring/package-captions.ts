import 'server-only';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Lecture } from '@/db/schema';
import { readText } from '@/lib/content/files';
import type { ContentModule } from '@/lib/content/types';
import { env } from '@/lib/env';
import { findModuleFile } from '@/lib/media';

/** A module's lecture captions as the media route serves them: from content/ or the uploads folder. */
export function moduleCaptionsReader(slug: string): (lecture: Lecture) => string | null {
  return (lecture) => {
    const found = findModuleFile(slug, lecture.captions);
    return found ? readText(found.path) : null;
  };
}

/**
 * Saves an imported package's captions under UPLOADS_DIR/modules/<slug>/, so
 * the media route serves them and later publishes can read them again.
 */
export function saveImportedCaptions(mod: ContentModule): void {
  const root = resolve(env().UPLOADS_DIR, 'modules', mod.meta.slug);
  for (const lesson of mod.lessons) {
    if (!lesson.lecture) continue;
    const target = resolve(root, lesson.lecture.captions);
    if (!target.startsWith(root + sep)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, lesson.lecture.captionsVtt);
  }
}
