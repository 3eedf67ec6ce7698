import type { AppDatabase } from '@/db/connection';
import { cohortMembers, cohortModuleTallies, cohorts, cohortTraineeTotals, modules, moduleStandings, NO_COMPLETION_DAY, programmeModules } from '@/db/schema';

/**
 * The test oracle for the cohort sums the triggers of migration 0016 keep
 * (`cohort_trainee_totals`, `cohort_module_tallies`): the same sums computed
 * here in plain code from the stored standings, memberships and programmes,
 * so a mistake in a trigger cannot hide behind its own SQL.
 */

const DAY_MS = 86_400_000;

interface Totals {
  cohortId: number;
  userId: number;
  requiredComplete: number;
  requiredPercent: number;
  lastActivityAt: number | null;
}

interface Tally {
  cohortId: number;
  moduleId: number;
  day: number;
  complete: number;
  inProgress: number;
  scoreTenths: number;
  scored: number;
}

const byKey = <T extends { cohortId: number }>(key: (row: T) => number[]) => (a: T, b: T) => {
  const [x, y] = [key(a), key(b)];
  return x.reduce((order, value, i) => order || value - y[i]!, 0);
};
const totalsOrder = byKey<Totals>((r) => [r.cohortId, r.userId]);
const talliesOrder = byKey<Tally>((r) => [r.cohortId, r.moduleId, r.day]);
const counts = (t: Tally) => t.complete !== 0 || t.inProgress !== 0 || t.scoreTenths !== 0 || t.scored !== 0;

/** What the stored sums should hold now: totals for every trainee of a cohort whose programme has a published module; tallies that count something. */
export function cohortSumsFromStandings(db: AppDatabase): { totals: Totals[]; tallies: Tally[] } {
  const standings = db.select().from(moduleStandings).all();
  const published = new Set(db.select().from(modules).all().filter((m) => m.publishedVersionId !== null).map((m) => m.id));
  const programmeOf = new Map(db.select().from(cohorts).all().map((c) => [c.id, c.programmeId]));
  const programmeModuleRows = db.select().from(programmeModules).all();
  const totals: Totals[] = [];
  const tallies = new Map<string, Tally>();
  for (const member of db.select().from(cohortMembers).all()) {
    if (member.role !== 'trainee') continue;
    const held = standings.filter((s) => s.userId === member.userId);
    const inProgramme = programmeModuleRows.filter((pm) => pm.programmeId === programmeOf.get(member.cohortId) && published.has(pm.moduleId));
    if (inProgramme.length > 0) {
      const row: Totals = { cohortId: member.cohortId, userId: member.userId, requiredComplete: 0, requiredPercent: 0, lastActivityAt: null };
      for (const pm of inProgramme) {
        const s = held.find((h) => h.moduleId === pm.moduleId);
        if (!s) continue;
        if (pm.required) {
          row.requiredComplete += s.complete ? 1 : 0;
          row.requiredPercent += s.percent;
        }
        const last = s.lastActivityAt?.getTime() ?? null;
        if (last !== null && (row.lastActivityAt === null || last > row.lastActivityAt)) row.lastActivityAt = last;
      }
      totals.push(row);
    }
    for (const s of held) {
      const day = s.complete && s.completedAt ? Math.trunc(s.completedAt.getTime() / DAY_MS) : NO_COMPLETION_DAY;
      const key = `${member.cohortId}:${s.moduleId}:${day}`;
      const tally = tallies.get(key) ?? { cohortId: member.cohortId, moduleId: s.moduleId, day, complete: 0, inProgress: 0, scoreTenths: 0, scored: 0 };
      tally.complete += s.complete ? 1 : 0;
      tally.inProgress += !s.complete && s.lastActivityAt !== null ? 1 : 0;
      tally.scoreTenths += s.countedPercent === null ? 0 : Math.round(s.countedPercent * 10);
      tally.scored += s.countedPercent === null ? 0 : 1;
      tallies.set(key, tally);
    }
  }
  return { totals: totals.sort(totalsOrder), tallies: [...tallies.values()].filter(counts).sort(talliesOrder) };
}

/** What the stored sums hold, in the oracle's shape (tallies that count nothing left out). */
export function storedCohortSums(db: AppDatabase): { totals: Totals[]; tallies: Tally[] } {
  const totals = db
    .select()
    .from(cohortTraineeTotals)
    .all()
    .map((t) => ({ ...t, lastActivityAt: t.lastActivityAt?.getTime() ?? null }));
  return { totals: totals.sort(totalsOrder), tallies: db.select().from(cohortModuleTallies).all().filter(counts).sort(talliesOrder) };
}
