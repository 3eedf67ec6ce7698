import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { modules, programmeEnrolments, programmeModules, programmes } from '../schema';

export interface ProgrammeSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  modules: { id: number; slug: string; required: boolean; published: boolean }[];
}

function withModules(programme: { id: number; slug: string; title: string; summary: string }): ProgrammeSummary {
  const rows = getDb()
    .select({ id: modules.id, slug: modules.slug, required: programmeModules.required, versionId: modules.publishedVersionId })
    .from(programmeModules)
    .innerJoin(modules, eq(modules.id, programmeModules.moduleId))
    .where(eq(programmeModules.programmeId, programme.id))
    .orderBy(asc(programmeModules.position))
    .all();
  return { ...programme, modules: rows.map(({ versionId, ...m }) => ({ ...m, published: versionId !== null })) };
}

const programmeColumns = { id: programmes.id, slug: programmes.slug, title: programmes.title, summary: programmes.summary };

export function getProgramme(slug: string): ProgrammeSummary | null {
  const programme = getDb().select(programmeColumns).from(programmes).where(eq(programmes.slug, slug)).get();
  return programme ? withModules(programme) : null;
}

/** Programmes the user is enrolled in, with their ordered modules. */
export function listUserProgrammes(userId: number): ProgrammeSummary[] {
  return getDb()
    .select(programmeColumns)
    .from(programmeEnrolments)
    .innerJoin(programmes, eq(programmes.id, programmeEnrolments.programmeId))
    .where(eq(programmeEnrolments.userId, userId))
    .orderBy(asc(programmes.title))
    .all()
    .map(withModules);
}

/** All programmes, for the catalogue. */
export function listProgrammes(): ProgrammeSummary[] {
  return getDb().select(programmeColumns).from(programmes).orderBy(asc(programmes.title)).all().map(withModules);
}
