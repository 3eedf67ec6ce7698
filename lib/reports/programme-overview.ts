import 'server-only';
import { getDb } from '@/db';
import type { AppDatabase } from '@/db/connection';
import { managedCohortIds } from '@/db/queries/cohort-access';
import { overviewCohorts, type OverviewCohort } from '@/db/queries/programme-overview';
import { cohortCompletionPercent } from '@/lib/domain/cohort-summary';
import { summariseProgramme, type ProgrammeFigures } from '@/lib/domain/programme-overview';
import { loadCohortRows } from './cohort-dashboard';
import { loadProgrammeReport, type ReportQuote } from './programme-report';
import type { ProgrammeYear } from '@/lib/domain/programme-overview';

export interface ProgrammeOverview {
  programmeId: number;
  title: string;
  figures: ProgrammeFigures;
  cohorts: (OverviewCohort & { completionPercent: number })[];
  /** The UNPOG-style report by year, and the quotes managers selected for it. */
  years: ProgrammeYear[];
  quotes: ReportQuote[];
}

/** Every programme with cohorts in view (all for `all`, else those the user manages), with its figures. */
export function loadProgrammeOverview(db: AppDatabase, input: { userId: number; all: boolean; now: Date }): ProgrammeOverview[] {
  const cohortIds = input.all ? [] : managedCohortIds(db, input.userId);
  const cohorts = overviewCohorts(db, { all: input.all, cohortIds, now: input.now });
  const byProgramme = new Map<number, { title: string; parts: { cohort: OverviewCohort; data: ReturnType<typeof loadCohortRows> }[] }>();
  for (const cohort of cohorts) {
    const entry = byProgramme.get(cohort.programmeId) ?? { title: cohort.programmeTitle, parts: [] };
    entry.parts.push({ cohort, data: loadCohortRows(db, cohort, input.now) });
    byProgramme.set(cohort.programmeId, entry);
  }
  return [...byProgramme.entries()].map(([programmeId, { title, parts }]) => ({
    programmeId,
    title,
    figures: summariseProgramme(parts.map((p) => ({ eventsHeld: p.cohort.eventsHeld, rows: p.data.rows }))),
    cohorts: parts.map((p) => ({ ...p.cohort, completionPercent: cohortCompletionPercent(p.data.rows, p.data.modules) })),
    ...loadProgrammeReport(db, parts.map((p) => ({ cohort: p.cohort, rows: p.data.rows }))),
  }));
}

/** The overview from the app's database (what the overview page shows). */
export function programmeOverview(input: { userId: number; all: boolean; now: Date }): ProgrammeOverview[] {
  return loadProgrammeOverview(getDb(), input);
}
