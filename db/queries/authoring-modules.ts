import 'server-only';
import { asc, count, eq, max } from 'drizzle-orm';
import { uniqueSlug, slugify } from '@/lib/domain/authoring-slug';
import { checkRevision } from '@/lib/domain/draft-revision';
import { AppError } from '@/lib/errors';
import type { ModuleMetaInput } from '@/lib/validation/authoring';
import { getDb } from '../index';
import { lessons, modules, moduleVersions, programmeModules, programmes, questions, quizzes, users } from '../schema';
import { lastEdit, recordEdit, type SaveResult } from './authoring-edits';
import type { SyncDatabase } from './module-draft';

/** Programmes a new module may join. */
export function listProgrammeChoices(): { id: number; title: string }[] {
  return getDb().select({ id: programmes.id, title: programmes.title }).from(programmes).orderBy(asc(programmes.title)).all();
}

/**
 * Creates a module owned by `ownerId`, its slug made from the title and kept
 * unique, optionally appended to a programme. Returns its id.
 */
export function createModule(
  input: ModuleMetaInput & { programmeId: number | null },
  ownerId: number,
  now: Date,
): { id: number; slug: string } {
  return getDb().transaction((tx) => {
    if (
      input.programmeId !== null &&
      !tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, input.programmeId)).get()
    ) {
      throw new AppError('invalid:programme', 'No such programme.');
    }
    const taken = new Set(
      tx
        .select({ slug: modules.slug })
        .from(modules)
        .all()
        .map((row) => row.slug),
    );
    const slug = uniqueSlug(slugify(input.title), taken, 'module');
    const { id } = tx
      .insert(modules)
      .values({
        slug,
        title: input.title,
        summary: input.summary,
        objectives: input.objectives,
        selfEnrol: input.selfEnrol,
        ownerId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: modules.id })
      .get();
    if (input.programmeId !== null) {
      const last = tx
        .select({ position: max(programmeModules.position) })
        .from(programmeModules)
        .where(eq(programmeModules.programmeId, input.programmeId))
        .get();
      tx.insert(programmeModules)
        .values({ programmeId: input.programmeId, moduleId: id, position: (last?.position ?? -1) + 1, required: true })
        .run();
    }
    recordEdit(tx, ownerId, 'module', id, { created: true, slug });
    return { id, slug };
  });
}

export interface ModuleEditorData {
  id: number;
  slug: string;
  title: string;
  summary: string;
  objectives: string[];
  selfEnrol: boolean;
  revision: number;
  ownerName: string | null;
  publishedVersion: number | null;
  programmes: string[];
  lessons: {
    id: number;
    key: string;
    title: string;
    minutes: number;
    required: boolean;
    revision: number;
    hasLecture: boolean;
    attachments: number;
  }[];
  quiz: { title: string; questionCount: number } | null;
}

/** Everything the module editor shows. Throws `not-found:module`. */
export function getModuleEditor(moduleId: number): ModuleEditorData {
  const db = getDb();
  const row = db
    .select({
      id: modules.id,
      slug: modules.slug,
      title: modules.title,
      summary: modules.summary,
      objectives: modules.objectives,
      selfEnrol: modules.selfEnrol,
      revision: modules.revision,
      ownerName: users.name,
      publishedVersion: moduleVersions.version,
    })
    .from(modules)
    .leftJoin(users, eq(users.id, modules.ownerId))
    .leftJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(eq(modules.id, moduleId))
    .get();
  if (!row) throw new AppError('not-found:module', 'No such module.');
  const programmeTitles = db
    .select({ title: programmes.title })
    .from(programmeModules)
    .innerJoin(programmes, eq(programmes.id, programmeModules.programmeId))
    .where(eq(programmeModules.moduleId, moduleId))
    .all()
    .map((p) => p.title);
  const lessonRows = db
    .select({
      id: lessons.id,
      key: lessons.key,
      title: lessons.title,
      minutes: lessons.minutes,
      required: lessons.required,
      revision: lessons.revision,
      lecture: lessons.lecture,
      attachments: lessons.attachments,
    })
    .from(lessons)
    .where(eq(lessons.moduleId, moduleId))
    .orderBy(asc(lessons.position), asc(lessons.id))
    .all()
    .map(({ lecture, attachments, ...lesson }) => ({ ...lesson, hasLecture: lecture !== null, attachments: attachments.length }));
  const quiz = db
    .select({ title: quizzes.title, questionCount: count(questions.id) })
    .from(quizzes)
    .leftJoin(questions, eq(questions.quizId, quizzes.id))
    .where(eq(quizzes.moduleId, moduleId))
    .groupBy(quizzes.id)
    .get();
  return { ...row, programmes: programmeTitles, lessons: lessonRows, quiz: quiz ?? null };
}

/** Saves module metadata if the module is still at `revision`; otherwise says who changed it. */
export function updateModuleMeta(moduleId: number, revision: number, input: ModuleMetaInput, actorId: number, now: Date): SaveResult {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ revision: modules.revision, updatedAt: modules.updatedAt })
      .from(modules)
      .where(eq(modules.id, moduleId))
      .get();
    if (!current) throw new AppError('not-found:module', 'No such module.');
    const check = checkRevision(revision, current.revision, lastEdit('module', moduleId, tx));
    if (!check.ok) return { ok: false, changedBy: check.changedBy, changedAt: check.changedAt ?? current.updatedAt };
    const next = current.revision + 1;
    tx.update(modules)
      .set({
        title: input.title,
        summary: input.summary,
        objectives: input.objectives,
        selfEnrol: input.selfEnrol,
        revision: next,
        updatedAt: now,
      })
      .where(eq(modules.id, moduleId))
      .run();
    recordEdit(tx, actorId, 'module', moduleId, { revision: next });
    return { ok: true, revision: String(next) };
  });
}

/** Marks the module as changed (its draft list's "last change"), without touching its metadata revision. */
export function touchModule(tx: SyncDatabase, moduleId: number, now: Date): void {
  tx.update(modules).set({ updatedAt: now }).where(eq(modules.id, moduleId)).run();
}
