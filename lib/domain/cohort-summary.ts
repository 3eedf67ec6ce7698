/**
 * Figures drawn from a cohort's trainee rows (see cohort-dashboard.ts).
 *
 * - Completion % of the cohort: complete cells of REQUIRED modules over
 *   trainees × required modules, 0–100 (0 for an empty cohort).
 * - Average counted quiz score of a module: the mean of the trainees'
 *   counted percents, among trainees who have one; null when nobody has.
 * - Completions per week: weeks are 7-day blocks of UTC days starting on the
 *   cohort's start day; a module completed before the start counts in the
 *   first week. The series runs from the first week to the week of `now`
 *   (or of the latest completion, if later) and is empty before the start.
 */
import { traineeStatuses, type TraineeStatus } from './at-risk';
import type { DashboardModule, TraineeRow } from './cohort-dashboard';

const DAY_MS = 24 * 60 * 60 * 1000;

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

export interface WeekPoint {
  weekStart: string;
  completed: number;
  cumulative: number;
}

function requiredCompletion(rows: readonly TraineeRow[], modules: readonly DashboardModule[]): number {
  const required = modules.filter((m) => m.required).length;
  if (rows.length === 0 || required === 0) return 0;
  const done = rows.reduce((sum, row) => sum + row.modulesComplete, 0);
  return (100 * done) / (rows.length * required);
}

/** The cohort's headline figures and per-module averages. */
export function summariseCohort(rows: readonly TraineeRow[], modules: readonly DashboardModule[]): CohortSummary {
  const statuses = Object.fromEntries(traineeStatuses.map((s) => [s, 0])) as Record<TraineeStatus, number>;
  const perModule = modules.map((m) => ({ moduleId: m.id, complete: 0, inProgress: 0, scoreSum: 0, scored: 0 }));
  for (const row of rows) {
    statuses[row.status] += 1;
    row.cells.forEach((cell, i) => {
      const entry = perModule[i]!;
      if (cell.state === 'complete') entry.complete += 1;
      else if (cell.state === 'in-progress') entry.inProgress += 1;
      if (cell.score !== null) {
        entry.scoreSum += cell.score;
        entry.scored += 1;
      }
    });
  }
  return {
    trainees: rows.length,
    completionPercent: requiredCompletion(rows, modules),
    programmeCompletions: rows.filter((row) => row.complete).length,
    modules: perModule.map(({ scoreSum, ...entry }) => ({ ...entry, averageScore: entry.scored ? scoreSum / entry.scored : null })),
    statuses,
  };
}

/** Completion per country of the trainees, countries in alphabetical order ('' for not stated, last). */
export function completionByCountry(rows: readonly TraineeRow[], modules: readonly DashboardModule[]): CountrySummary[] {
  const groups = new Map<string, TraineeRow[]>();
  for (const row of rows) {
    const group = groups.get(row.country);
    if (group) group.push(row);
    else groups.set(row.country, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([country, group]) => ({
      country,
      trainees: group.length,
      completionPercent: requiredCompletion(group, modules),
      programmeCompletions: group.filter((row) => row.complete).length,
    }));
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Modules completed per week since the cohort's start, with the running total. */
export function completionsByWeek(rows: readonly TraineeRow[], startsOn: string, now: Date): WeekPoint[] {
  const startDay = Math.floor(Date.parse(`${startsOn}T00:00:00Z`) / DAY_MS);
  const week = (ms: number) => Math.max(0, Math.floor((Math.floor(ms / DAY_MS) - startDay) / 7));
  if (Math.floor(now.getTime() / DAY_MS) < startDay) return [];
  const counts: number[] = [];
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.completedAt === null) continue;
      const w = week(cell.completedAt);
      counts[w] = (counts[w] ?? 0) + 1;
    }
  }
  const weeks = Math.max(week(now.getTime()) + 1, counts.length);
  let cumulative = 0;
  return Array.from({ length: weeks }, (_, w) => {
    const completed = counts[w] ?? 0;
    cumulative += completed;
    return { weekStart: isoDay(startDay + 7 * w), completed, cumulative };
  });
}
