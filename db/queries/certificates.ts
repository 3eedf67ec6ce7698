import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../index';
import { certificates, enrolments, modules, moduleStandings, moduleVersions, programmeModules, programmes, publishedAssignments, publishedLessons, users } from '../schema';
import type { SyncDatabase } from './module-draft';
import { publishedCache } from './published-cache';

export interface CertificateRow {
  code: string;
  userId: number;
  programmeId: number;
  holderName: string;
  programmeTitle: string;
  issuedAt: Date;
}

const columns = {
  code: certificates.code,
  userId: certificates.userId,
  programmeId: certificates.programmeId,
  holderName: certificates.holderName,
  programmeTitle: certificates.programmeTitle,
  issuedAt: certificates.issuedAt,
};

export function listUserCertificates(userId: number, db: SyncDatabase = getDb()): CertificateRow[] {
  return db.select(columns).from(certificates).where(eq(certificates.userId, userId)).orderBy(asc(certificates.issuedAt)).all();
}

export function findCertificate(code: string): CertificateRow | null {
  return getDb().select(columns).from(certificates).where(eq(certificates.code, code)).get() ?? null;
}

/** Programmes that contain a module, and whether the user already holds each one's certificate. */
export function programmesContaining(tx: SyncDatabase, moduleId: number, userId: number): { id: number; title: string; certified: boolean }[] {
  return tx
    .select({ id: programmes.id, title: programmes.title, code: certificates.code })
    .from(programmeModules)
    .innerJoin(programmes, eq(programmes.id, programmeModules.programmeId))
    .leftJoin(certificates, and(eq(certificates.programmeId, programmes.id), eq(certificates.userId, userId)))
    .where(eq(programmeModules.moduleId, moduleId))
    .all()
    .map(({ code, ...programme }) => ({ ...programme, certified: code !== null }));
}

/**
 * What deciding a programme's completion needs, per module of the programme:
 * whether it is required and published, whether the user is enrolled, and
 * their stored standing there (null when they have none).
 */
export function programmeModuleStandings(tx: SyncDatabase, programmeId: number, userId: number) {
  return tx
    .select({
      moduleId: programmeModules.moduleId,
      required: programmeModules.required,
      versionId: modules.publishedVersionId,
      enrolled: enrolments.id,
      lessonsDone: moduleStandings.lessonsDone,
      requiredDone: moduleStandings.requiredDone,
      attempts: moduleStandings.attempts,
      countedPercent: moduleStandings.countedPercent,
      quizPassed: moduleStandings.quizPassed,
      hasOpenAttempt: moduleStandings.hasOpenAttempt,
      assignmentsDone: moduleStandings.assignmentsDone,
    })
    .from(programmeModules)
    .innerJoin(modules, eq(modules.id, programmeModules.moduleId))
    .leftJoin(enrolments, and(eq(enrolments.moduleId, programmeModules.moduleId), eq(enrolments.userId, userId)))
    .leftJoin(moduleStandings, and(eq(moduleStandings.moduleId, programmeModules.moduleId), eq(moduleStandings.userId, userId)))
    .where(eq(programmeModules.programmeId, programmeId))
    .all()
    .map(({ enrolled, lessonsDone, requiredDone, attempts, countedPercent, quizPassed, hasOpenAttempt, assignmentsDone, ...m }) => ({
      ...m,
      enrolled: enrolled !== null,
      standing:
        lessonsDone === null || requiredDone === null || attempts === null || quizPassed === null || hasOpenAttempt === null
          ? null
          : { lessonsDone, requiredDone, attempts, countedPercent, quizPassed, hasOpenAttempt, assignmentsDone: assignmentsDone ?? 0 },
    }));
}

/** The shape of a published version that completion depends on: its lessons and whether (and how often) its quiz may be taken. */
export type VersionShape = { lessons: { key: string; required: boolean }[]; quiz: { attemptLimit: number | null } | null; assignments: { required: boolean }[] };

// Every progress write checks the certificates of the programmes around it, each needing the shape of every
// module's version: kept once read (published versions never change), so that check costs two queries, not 26.
const shapes = publishedCache<number, VersionShape>();

/** {@link VersionShape} of a published version, or null when there is no such version. */
export function versionShape(tx: SyncDatabase, versionId: number): VersionShape | null {
  const cached = shapes.get(versionId);
  if (cached) return cached;
  // Only two facts of the quiz matter here: reading them in SQL spares parsing the whole snapshot.
  const version = tx
    .select({
      hasQuiz: sql<number>`json_type(${moduleVersions.quiz}) IS 'object'`,
      attemptLimit: sql<number | null>`json_extract(${moduleVersions.quiz}, '$.attemptLimit')`,
    })
    .from(moduleVersions)
    .where(eq(moduleVersions.id, versionId))
    .get();
  if (!version) return null;
  const lessons = tx
    .select({ key: publishedLessons.key, required: publishedLessons.required })
    .from(publishedLessons)
    .where(eq(publishedLessons.versionId, versionId))
    .all();
  const assignments = tx.select({ required: publishedAssignments.required }).from(publishedAssignments).where(eq(publishedAssignments.versionId, versionId)).all();
  const shape = { lessons, quiz: version.hasQuiz ? { attemptLimit: version.attemptLimit } : null, assignments };
  shapes.set(versionId, shape);
  return shape;
}

/** Stores a certificate; the holder's name is copied from their account as it is now. */
export function insertCertificate(tx: SyncDatabase, input: { userId: number; programmeId: number; programmeTitle: string; code: string; now: Date }): void {
  const holder = tx.select({ name: users.name }).from(users).where(eq(users.id, input.userId)).get();
  if (!holder) return;
  tx.insert(certificates)
    .values({ userId: input.userId, programmeId: input.programmeId, code: input.code, holderName: holder.name, programmeTitle: input.programmeTitle, issuedAt: input.now })
    .run();
}
