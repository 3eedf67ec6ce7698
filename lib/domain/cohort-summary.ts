/**
 * Figures drawn from a cohort's trainee rows (see cohort-dashboard.ts).
 *
 * - Completion % of the cohort: complete cells of REQUIRED modules over
 *   trainees × required modules, 0–100 (0 for an empty cohort).
 * - The figures take trainee summaries, per-module tallies and completions
 *   per day: SQL sums them for a big cohort (lib/reports/cohort-dashboard.ts);
 *   `moduleTallies` and `completionDays` count them from full rows.
 * - Average counted quiz score of a module: the mean of the trainees'
 *   counted percents, among trainees who have one; null when nobody has.
 * - Completions per week: weeks are 7-day blocks of UTC days starting on the
 *   cohort's start day; a module completed before the start counts in the
 *   first week. The series runs from the first week to the week of `now`
 *   (or of the latest completion, if later) and is empty before the start.
 */
import { traineeStatuses, type TraineeStatus } from './at-risk';
import { completeUntouched, type DashboardModule, type TraineeRow, type TraineeSummary } from './cohort-dashboard';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One module's cells counted over a cohort's trainees who have a standing in it: what SQL sums (or `moduleTallies` counts from rows). */
export interface ModuleTally {
  moduleId: number;
  complete: number;
  inProgress: number;
  /** The counted scores' sum in tenths of a percent (scores have one decimal), so any order of adding gives the same integer. */
  scoreTenths: number;
  scored: number;
}

export interface ModuleSummary {
  moduleId: number;
  complete: number;
  inProgress: number;
  averageScore: number | null;
  scored: number;
}

export interface CohortSummary {
  trainees: number;
  completionPercent: number;
  programmeCompletions: number;
  modules: ModuleSummary[];
  statuses: Record<TraineeStatus, number>;
}

export interface CountrySummary {
  country: string;
  trainees: number;
  completionPercent: number;
  programmeCompletions: number;
}

/** Modules completed on one UTC day (day number since 1970-01-01). */
export interface CompletionDay {
  day: number;
  count: number;
}

export interface WeekPoint {
  weekStart: string;
  completed: number;
  cumulative: number;
}

type Standing = Pick<TraineeSummary, 'modulesComplete' | 'complete'>;

/** Completion % of trainees: complete required modules over trainees × required modules (0 for none). */
export function cohortCompletionPercent(trainees: readonly Standing[], modules: readonly DashboardModule[]): number {
  const required = modules.filter((m) => m.required).length;
  if (trainees.length === 0 || required === 0) return 0;
  const done = trainees.reduce((sum, row) => sum + row.modulesComplete, 0);
  return (100 * done) / (trainees.length * required);
}

/** Each module's tally counted from full rows' cells. */
export function moduleTallies(rows: readonly Pick<TraineeRow, 'cells'>[], modules: readonly DashboardModule[]): ModuleTally[] {
  const tallies = modules.map((m) => ({ moduleId: m.id, complete: 0, inProgress: 0, scoreTenths: 0, scored: 0 }));
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      const entry = tallies[i]!;
      if (cell.state === 'complete') entry.complete += 1;
      else if (cell.state === 'in-progress') entry.inProgress += 1;
      if (cell.score !== null) {
        entry.scoreTenths += Math.round(cell.score * 10);
        entry.scored += 1;
      }
    });
  }
  return tallies;
}

/**
 * The cohort's headline figures and per-module averages. A module that asks
 * for nothing is complete for every trainee, with a standing or without.
 */
export function summariseCohort(trainees: readonly (Standing & Pick<TraineeSummary, 'status'>)[], modules: readonly DashboardModule[], tallies: readonly ModuleTally[]): CohortSummary {
  const statuses = Object.fromEntries(traineeStatuses.map((s) => [s, 0])) as Record<TraineeStatus, number>;
  for (const row of trainees) statuses[row.status] += 1;
  const byModule = new Map(tallies.map((t) => [t.moduleId, t]));
  return {
    trainees: trainees.length,
    completionPercent: cohortCompletionPercent(trainees, modules),
    programmeCompletions: trainees.filter((row) => row.complete).length,
    modules: modules.map((m) => {
      const tally = byModule.get(m.id);
      const always = completeUntouched(m);
      const scored = tally?.scored ?? 0;
      return {
        moduleId: m.id,
        complete: always ? trainees.length : (tally?.complete ?? 0),
        inProgress: always ? 0 : (tally?.inProgress ?? 0),
        averageScore: scored ? tally!.scoreTenths / scored / 10 : null,
        scored,
      };
    }),
    statuses,
  };
}

/** Completion per country of the trainees, countries in alphabetical order ('' for not stated, last). */
export function completionByCountry(trainees: readonly (Standing & Pick<TraineeSummary, 'country'>)[], modules: readonly DashboardModule[]): CountrySummary[] {
  const groups = new Map<string, Standing[]>();
  for (const row of trainees) {
    const group = groups.get(row.country);
    if (group) group.push(row);
    else groups.set(row.country, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([country, group]) => ({
      country,
      trainees: group.length,
      completionPercent: cohortCompletionPercent(group, modules),
      programmeCompletions: group.filter((row) => row.complete).length,
    }));
}

/** The completions of full rows' cells per UTC day. */
export function completionDays(rows: readonly Pick<TraineeRow, 'cells'>[]): CompletionDay[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.completedAt === null) continue;
      const day = Math.floor(cell.completedAt / DAY_MS);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
  }
  return [...counts].map(([day, count]) => ({ day, count }));
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Modules completed per week since the cohort's start, with the running total. */
export function completionsByWeek(days: readonly CompletionDay[], startsOn: string, now: Date): WeekPoint[] {
  const startDay = Math.floor(Date.parse(`${startsOn}T00:00:00Z`) / DAY_MS);
  const week = (day: number) => Math.max(0, Math.floor((day - startDay) / 7));
  if (Math.floor(now.getTime() / DAY_MS) < startDay) return [];
  const counts: number[] = [];
  for (const { day, count } of days) {
    const w = week(day);
    counts[w] = (counts[w] ?? 0) + count;
  }
  const weeks = Math.max(week(Math.floor(now.getTime() / DAY_MS)) + 1, counts.length);
  let cumulative = 0;
  return Array.from({ length: weeks }, (_, w) => {
    const completed = counts[w] ?? 0;
    cumulative += completed;
    return { weekStart: isoDay(startDay + 7 * w), completed, cumulative };
  });
}
