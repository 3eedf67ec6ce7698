import { getDb } from '@/db/index';
import { getModuleVersion } from '@/db/queries/published';
import { assignmentSubmissions, enrolments, lessonProgress, modules, moduleStandings, programmeModules, publishedAssignments, publishedLessons, quizAttempts } from '@/db/schema';
import { programmeProgress, progressFromCounts } from '@/lib/domain/completion';
import { standingFromFacts, standingProgress, type AssignmentFacts, type AttemptFacts, type LessonTotals } from '@/lib/domain/module-standing';

/**
 * The test oracle for stored standings: everything recomputed from the raw
 * tables in plain code, without the queries the commands use, so a mistake
 * in those queries cannot hide behind itself.
 */

/** Every standing, recomputed from the raw tables without the queries the commands use. */
export function recomputeFromRawTables() {
  const db = getDb();
  const versions = new Map(db.select({ id: modules.id, versionId: modules.publishedVersionId }).from(modules).all().map((m) => [m.id, m.versionId]));
  const lessons = db.select().from(publishedLessons).all();
  const keyed = new Map<string, LessonTotals>();
  for (const p of db.select().from(lessonProgress).all()) {
    const key = `${p.userId}:${p.moduleId}`;
    const totals = keyed.get(key) ?? { done: 0, requiredDone: 0, requiredLastAt: null, lastAt: null };
    const lesson = lessons.find((l) => l.versionId === versions.get(p.moduleId) && l.key === p.lessonKey);
    const at = p.completedAt.getTime();
    totals.lastAt = Math.max(totals.lastAt ?? at, at);
    if (lesson) totals.done += 1;
    if (lesson?.required) {
      totals.requiredDone += 1;
      totals.requiredLastAt = Math.max(totals.requiredLastAt ?? at, at);
    }
    keyed.set(key, totals);
  }
  const attempts = new Map<string, AttemptFacts[]>();
  for (const a of db.select().from(quizAttempts).all().sort((x, y) => x.attemptNo - y.attemptNo)) {
    const key = `${a.userId}:${a.moduleId}`;
    attempts.set(key, [
      ...(attempts.get(key) ?? []),
      { id: a.id, status: a.status, startedAt: a.startedAt.getTime(), submittedAt: a.submittedAt?.getTime() ?? null, percent: a.percent, passed: a.passed },
    ]);
  }
  const assignments = latestAssignments(versions);
  const requiredAssignments = (versionId: number) => db.select().from(publishedAssignments).all().filter((a) => a.versionId === versionId && a.required).length;
  const rows = [];
  for (const key of new Set([...keyed.keys(), ...attempts.keys(), ...assignments.keys()])) {
    const [userId, moduleId] = key.split(':').map(Number) as [number, number];
    const versionId = versions.get(moduleId);
    const version = versionId ? getModuleVersion(versionId) : null;
    const scoring = version?.quiz?.scoring ?? null;
    const standing = standingFromFacts(keyed.get(key) ?? null, attempts.get(key) ?? [], scoring, assignments.get(key) ?? []);
    if (!standing) continue;
    const units =
      version && versionId
        ? {
            lessonsTotal: version.lessons.length,
            requiredTotal: version.lessons.filter((l) => l.required).length,
            quiz: version.quiz !== null,
            requiredAssignments: requiredAssignments(versionId),
          }
        : null;
    rows.push({ userId, moduleId, ...standing, ...standingProgress(units, standing) });
  }
  return rows.sort((x, y) => x.userId - y.userId || x.moduleId - y.moduleId);
}

/** The latest submission version of each assignment per `user:module`, with whether the published version requires it. */
function latestAssignments(versions: ReadonlyMap<number, number | null>): Map<string, AssignmentFacts[]> {
  const db = getDb();
  const published = db.select().from(publishedAssignments).all();
  const latest = new Map<string, typeof assignmentSubmissions.$inferSelect>();
  for (const s of db.select().from(assignmentSubmissions).all()) {
    const id = `${s.userId}:${s.moduleId}:${s.assignmentKey}`;
    const seen = latest.get(id);
    if (!seen || seen.versionNo < s.versionNo) latest.set(id, s);
  }
  const byPair = new Map<string, AssignmentFacts[]>();
  for (const s of latest.values()) {
    const key = `${s.userId}:${s.moduleId}`;
    const item = published.find((p) => p.versionId === versions.get(s.moduleId) && p.key === s.assignmentKey);
    byPair.set(key, [...(byPair.get(key) ?? []), { key: s.assignmentKey, status: s.status, required: item ? item.required : null }]);
  }
  return byPair;
}

/** Every stored standing, times as Unix ms, in the oracle's order. */
export function storedStandings() {
  const ms = (d: Date | null) => d?.getTime() ?? null;
  return getDb()
    .select()
    .from(moduleStandings)
    .all()
    .map((s) => ({
      ...s,
      requiredLastAt: ms(s.requiredLastAt),
      lastLessonAt: ms(s.lastLessonAt),
      countedAt: ms(s.countedAt),
      lastAttemptAt: ms(s.lastAttemptAt),
      completedAt: ms(s.completedAt),
      lastActivityAt: ms(s.lastActivityAt),
    }))
    .sort((x, y) => x.userId - y.userId || x.moduleId - y.moduleId);
}

/** (trainee, programme) pairs complete by the recomputed standings: every required module enrolled in and complete. */
export function completeProgrammes(standings: ReturnType<typeof recomputeFromRawTables>, trainees: readonly number[]): { userId: number; programmeId: number }[] {
  const db = getDb();
  const versions = new Map(db.select({ id: modules.id, versionId: modules.publishedVersionId }).from(modules).all().map((m) => [m.id, m.versionId]));
  const members = db.select().from(programmeModules).all();
  const enrolled = db.select().from(enrolments).all();
  const programmeIds = [...new Set(members.map((m) => m.programmeId))];
  return trainees.flatMap((userId) =>
    programmeIds.flatMap((programmeId) => {
      const progress = members
        .filter((m) => m.programmeId === programmeId)
        .map((m) => {
          const versionId = versions.get(m.moduleId);
          const version = versionId ? getModuleVersion(versionId) : null;
          const s = standings.find((row) => row.userId === userId && row.moduleId === m.moduleId);
          const complete =
            version !== null &&
            enrolled.some((e) => e.userId === userId && e.moduleId === m.moduleId) &&
            progressFromCounts({
              lessonsTotal: version.lessons.length,
              requiredTotal: version.lessons.filter((l) => l.required).length,
              lessonsDone: s?.lessonsDone ?? 0,
              requiredDone: s?.requiredDone ?? 0,
              quiz: { exists: version.quiz !== null, passed: Boolean(s?.quizPassed), bestPercent: s?.countedPercent ?? null },
              assignments: {
                requiredTotal: db.select().from(publishedAssignments).all().filter((a) => a.versionId === versionId && a.required).length,
                requiredDone: s?.assignmentsDone ?? 0,
              },
            }).complete;
          return { moduleId: m.moduleId, required: m.required, complete };
        });
      return programmeProgress(progress).complete ? [{ userId, programmeId }] : [];
    }),
  );
}
