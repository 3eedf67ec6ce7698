/**
 * A programme's figures across its cohorts, in the manner of the UNPOG
 * capacity-development reports: cohorts run, events held, countries
 * represented, participants, and completions.
 *
 * - A trainee in several cohorts of the programme counts once (rows are
 *   merged by user id): participants, countries and completions are people,
 *   not enrolments.
 * - Module completions: complete (trainee, module) pairs over every module of
 *   the programme, optional ones included. Programme completions: trainees
 *   who completed every required module.
 * - Countries: distinct non-empty countries of the participants; per-country
 *   figures list a participant without a country under ''.
 */
import type { TraineeRow } from './cohort-dashboard';

export interface ProgrammeCohortInput {
  eventsHeld: number;
  rows: readonly Pick<TraineeRow, 'id' | 'country' | 'cells' | 'complete'>[];
}

export interface CountryFigures {
  country: string;
  participants: number;
  moduleCompletions: number;
  programmeCompletions: number;
}

export interface ProgrammeFigures {
  cohorts: number;
  eventsHeld: number;
  countries: number;
  participants: number;
  moduleCompletions: number;
  programmeCompletions: number;
  byCountry: CountryFigures[];
}

/** The programme's figures from its cohorts' trainee rows. */
export function summariseProgramme(cohorts: readonly ProgrammeCohortInput[]): ProgrammeFigures {
  const people = new Map<number, ProgrammeCohortInput['rows'][number]>();
  for (const cohort of cohorts) for (const row of cohort.rows) people.set(row.id, row);
  const byCountry = new Map<string, CountryFigures>();
  let moduleCompletions = 0;
  let programmeCompletions = 0;
  for (const row of people.values()) {
    const modules = row.cells.filter((cell) => cell.state === 'complete').length;
    const entry = byCountry.get(row.country) ?? { country: row.country, participants: 0, moduleCompletions: 0, programmeCompletions: 0 };
    entry.participants += 1;
    entry.moduleCompletions += modules;
    entry.programmeCompletions += row.complete ? 1 : 0;
    byCountry.set(row.country, entry);
    moduleCompletions += modules;
    programmeCompletions += row.complete ? 1 : 0;
  }
  return {
    cohorts: cohorts.length,
    eventsHeld: cohorts.reduce((sum, c) => sum + c.eventsHeld, 0),
    countries: [...byCountry.keys()].filter((c) => c !== '').length,
    participants: people.size,
    moduleCompletions,
    programmeCompletions,
    byCountry: [...byCountry.values()].sort((a, b) => (a.country === '' ? 1 : b.country === '' ? -1 : a.country.localeCompare(b.country, 'en'))),
  };
}

/** One cohort for the report by year: the year it starts, its figures' inputs, and its overall satisfaction ratings (1–5). */
export interface ProgrammeYearInput extends ProgrammeCohortInput {
  year: number;
  satisfaction: readonly number[];
}

/** The UNPOG-style line of one programme year. */
export interface ProgrammeYear {
  year: number;
  eventsHeld: number;
  countries: number;
  participants: number;
  moduleCompletions: number;
  /** Mean of every overall-satisfaction rating given in the year's cohorts; null without ratings. */
  satisfaction: number | null;
  ratings: number;
}

/**
 * The programme by year, latest first. A cohort counts in the year it starts;
 * within a year people count once, as in summariseProgramme.
 */
export function summariseProgrammeYears(cohorts: readonly ProgrammeYearInput[]): ProgrammeYear[] {
  const byYear = new Map<number, ProgrammeYearInput[]>();
  for (const cohort of cohorts) byYear.set(cohort.year, [...(byYear.get(cohort.year) ?? []), cohort]);
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, group]) => {
      const figures = summariseProgramme(group);
      const ratings = group.flatMap((c) => c.satisfaction);
      return {
        year,
        eventsHeld: figures.eventsHeld,
        countries: figures.countries,
        participants: figures.participants,
        moduleCompletions: figures.moduleCompletions,
        satisfaction: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
        ratings: ratings.length,
      };
    });
}
