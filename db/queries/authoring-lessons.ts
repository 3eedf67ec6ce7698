import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { lessonKeyFor } from '@/lib/domain/authoring-slug';
import { checkRevision } from '@/lib/domain/draft-revision';
import { moveOne, sameOrder, type Direction } from '@/lib/domain/reorder';
import { AppError } from '@/lib/errors';
import { getDb } from '../index';
import { lessons, type Attachment, type Lecture } from '../schema';
import { conflict, lastEdit, recordEdit, type SaveResult } from './authoring-edits';
import { touchModule } from './authoring-modules';
import type { SyncDatabase } from './module-draft';

function lessonIds(tx: SyncDatabase, moduleId: number): number[] {
  return tx
    .select({ id: lessons.id })
    .from(lessons)
    .where(eq(lessons.moduleId, moduleId))
    .orderBy(asc(lessons.position), asc(lessons.id))
    .all()
    .map((row) => row.id);
}

function renumber(tx: SyncDatabase, ids: number[]): void {
  ids.forEach((id, position) => tx.update(lessons).set({ position }).where(eq(lessons.id, id)).run());
}

/** Appends a lesson with a stable key made from its title. Returns its id. */
export function addLesson(moduleId: number, title: string, actorId: number, now: Date): number {
  return getDb().transaction((tx) => {
    const existing = tx.select({ key: lessons.key }).from(lessons).where(eq(lessons.moduleId, moduleId)).all();
    const key = lessonKeyFor(title, existing.length, new Set(existing.map((row) => row.key)));
    const { id } = tx
      .insert(lessons)
      .values({ moduleId, key, position: existing.length, title, bodyMarkdown: '', updatedAt: now })
      .returning({ id: lessons.id })
      .get();
    recordEdit(tx, actorId, 'lesson', id, { created: true, key });
    recordEdit(tx, actorId, 'module-lessons', moduleId, { added: key });
    touchModule(tx, moduleId, now);
    return id;
  });
}

export interface LessonEditorData {
  id: number;
  moduleId: number;
  key: string;
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  bodyMarkdown: string;
  lecture: Lecture | null;
  attachments: Attachment[];
  revision: number;
  updatedAt: Date | null;
}

/** A draft lesson as the editor loads it, or null. */
export function getLessonEditor(lessonId: number): LessonEditorData | null {
  return (
    getDb()
      .select({
        id: lessons.id,
        moduleId: lessons.moduleId,
        key: lessons.key,
        title: lessons.title,
        summary: lessons.summary,
        minutes: lessons.minutes,
        required: lessons.required,
        bodyMarkdown: lessons.bodyMarkdown,
        lecture: lessons.lecture,
        attachments: lessons.attachments,
        revision: lessons.revision,
        updatedAt: lessons.updatedAt,
      })
      .from(lessons)
      .where(eq(lessons.id, lessonId))
      .get() ?? null
  );
}

export interface LessonFields {
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  bodyMarkdown: string;
  lecture: Lecture | null;
  attachments: Attachment[];
}

/** Saves a lesson if it is still at `revision`; otherwise says who changed it and when. */
export function saveLesson(lessonId: number, revision: number, fields: LessonFields, actorId: number, now: Date): SaveResult {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ moduleId: lessons.moduleId, revision: lessons.revision, updatedAt: lessons.updatedAt })
      .from(lessons)
      .where(eq(lessons.id, lessonId))
      .get();
    if (!current) throw new AppError('not-found:lesson', 'This lesson has been deleted.');
    const check = checkRevision(revision, current.revision, lastEdit('lesson', lessonId, tx));
    if (!check.ok) return { ok: false, changedBy: check.changedBy, changedAt: check.changedAt ?? current.updatedAt };
    const next = current.revision + 1;
    tx.update(lessons)
      .set({ ...fields, revision: next, updatedAt: now })
      .where(eq(lessons.id, lessonId))
      .run();
    recordEdit(tx, actorId, 'lesson', lessonId, { revision: next });
    touchModule(tx, current.moduleId, now);
    return { ok: true, revision: String(next) };
  });
}

/** Deletes a draft lesson still at `revision`. Trainees' progress is kept (it keys on the lesson key). */
export function deleteLesson(lessonId: number, revision: number, actorId: number, now: Date): SaveResult {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ moduleId: lessons.moduleId, key: lessons.key, revision: lessons.revision, updatedAt: lessons.updatedAt })
      .from(lessons)
      .where(eq(lessons.id, lessonId))
      .get();
    if (!current) throw new AppError('not-found:lesson', 'This lesson has been deleted.');
    if (current.revision !== revision) return conflict(tx, 'lesson', lessonId, current.updatedAt);
    tx.delete(lessons).where(eq(lessons.id, lessonId)).run();
    renumber(tx, lessonIds(tx, current.moduleId));
    recordEdit(tx, actorId, 'module-lessons', current.moduleId, { deleted: current.key });
    touchModule(tx, current.moduleId, now);
    return { ok: true, revision: '' };
  });
}

/**
 * Moves a lesson one place, if the lesson list is still as the editor saw it
 * (`seen`, lesson ids in order). Returns null when it cannot move further.
 */
export function moveLesson(
  moduleId: number,
  lessonId: number,
  direction: Direction,
  seen: number[],
  actorId: number,
  now: Date,
): SaveResult | null {
  return getDb().transaction((tx) => {
    const ids = lessonIds(tx, moduleId);
    if (!sameOrder(ids, seen)) return conflict(tx, 'module-lessons', moduleId);
    const next = moveOne(ids, lessonId, direction);
    if (!next) return null;
    renumber(tx, next);
    recordEdit(tx, actorId, 'module-lessons', moduleId, { moved: lessonId, direction });
    touchModule(tx, moduleId, now);
    return { ok: true, revision: next.join(',') };
  });
}
