import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { canonicalJson } from '@/lib/content/canonical-json';
import type { ContentLesson, ContentModule } from '@/lib/content/types';
import { lessons, modules } from '../schema';
import { translationDrafts } from '@/lib/content/translation-draft';
import { assignmentDraftOf, syncAssignmentDrafts } from './assignment-drafts';
import { syncQuiz } from './import-quiz';
import { readTranslationDrafts, replaceTranslationDrafts } from './translation-drafts';
import type { SyncDatabase } from './module-draft';

/** The draft columns a lesson file defines (attachments are not in the file format, so they are kept). */
function lessonFields(lesson: ContentLesson, position: number) {
  return {
    position,
    title: lesson.title,
    summary: lesson.summary,
    // Front matter leaves a blank line at the start of the body; it means nothing.
    bodyMarkdown: `${lesson.body.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`,
    minutes: lesson.minutes,
    required: lesson.required,
    sources: lesson.sources,
    lecture: lesson.lecture && { title: lesson.lecture.title, video: lesson.lecture.video, captions: lesson.lecture.captions },
  };
}

/** Upserts draft lessons by key, in file order, and deletes lessons no longer listed. Returns whether anything changed. */
function syncLessons(tx: SyncDatabase, moduleId: number, wanted: ContentLesson[], now: Date): boolean {
  const existing = new Map(
    tx
      .select()
      .from(lessons)
      .where(eq(lessons.moduleId, moduleId))
      .all()
      .map((row) => [row.key, row]),
  );
  let changed = false;
  wanted.forEach((lesson, position) => {
    const fields = lessonFields(lesson, position);
    const row = existing.get(lesson.key);
    if (!row) {
      tx.insert(lessons)
        .values({ moduleId, key: lesson.key, ...fields, updatedAt: now })
        .run();
      changed = true;
      return;
    }
    const current = Object.fromEntries(Object.keys(fields).map((name) => [name, row[name as keyof typeof fields]]));
    if (canonicalJson(current) === canonicalJson(fields)) return;
    tx.update(lessons)
      .set({ ...fields, revision: row.revision + 1, updatedAt: now })
      .where(eq(lessons.id, row.id))
      .run();
    changed = true;
  });
  const keys = wanted.map((lesson) => lesson.key);
  const stale = [...existing.keys()].filter((key) => !keys.includes(key));
  if (stale.length > 0) {
    // Progress rows key on (module, lesson key), not on the lesson row, so they survive this.
    tx.delete(lessons)
      .where(and(eq(lessons.moduleId, moduleId), inArray(lessons.key, stale)))
      .run();
    changed = true;
  }
  return changed;
}

/** Replaces the draft translations when the files define others (after lessons and quiz, whose keys they follow). */
function syncTranslations(tx: SyncDatabase, moduleId: number, mod: ContentModule, now: Date): boolean {
  const wanted = translationDrafts(mod);
  if (canonicalJson(readTranslationDrafts(tx, moduleId)) === canonicalJson(wanted)) return false;
  replaceTranslationDrafts(tx, moduleId, wanted, now);
  return true;
}

export interface SyncedModule {
  moduleId: number;
  created: boolean;
  /** Whether any draft row (metadata, lessons, quiz) was written. */
  draftChanged: boolean;
}

/**
 * Makes a module's draft match its content folder: metadata upserted by slug,
 * lessons, quiz, assignments and translations synced. The module's revision is bumped when anything
 * changed, so an editor holding an older revision sees a concurrent edit.
 */
export function syncModuleDraft(tx: SyncDatabase, mod: ContentModule, actorId: number | null, now: Date): SyncedModule {
  const meta = { title: mod.meta.title, summary: mod.meta.summary, objectives: mod.meta.objectives, selfEnrol: mod.meta.selfEnrol };
  const existing = tx.select().from(modules).where(eq(modules.slug, mod.meta.slug)).get();
  const moduleId =
    existing?.id ??
    tx
      .insert(modules)
      .values({ slug: mod.meta.slug, ...meta, ownerId: actorId, createdAt: now, updatedAt: now })
      .returning({ id: modules.id })
      .get().id;
  const current = existing && {
    title: existing.title,
    summary: existing.summary,
    objectives: existing.objectives,
    selfEnrol: existing.selfEnrol,
  };
  const metaChanged = current !== undefined && canonicalJson(current) !== canonicalJson(meta);
  const lessonsChanged = syncLessons(tx, moduleId, mod.lessons, now);
  const quizChanged = syncQuiz(tx, moduleId, mod.quiz);
  const translationsChanged = syncTranslations(tx, moduleId, mod, now);
  const assignmentsChanged = syncAssignmentDrafts(tx, moduleId, mod.assignments.map(assignmentDraftOf));
  const draftChanged = !existing || metaChanged || lessonsChanged || quizChanged || translationsChanged || assignmentsChanged;
  if (existing && draftChanged) {
    tx.update(modules)
      .set({ ...meta, revision: existing.revision + 1, updatedAt: now })
      .where(eq(modules.id, moduleId))
      .run();
  }
  return { moduleId, created: !existing, draftChanged };
}
