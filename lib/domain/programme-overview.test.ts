import { describe, expect, it } from 'vitest';
import type { CellState } from './cohort-dashboard';
import { summariseProgramme, summariseProgrammeYears } from './programme-overview';

const row = (id: number, country: string, states: CellState[], complete = false) => ({
  id,
  country,
  complete,
  cells: states.map((state, i) => ({ moduleId: i + 1, state, percent: 0, score: null, completedAt: null })),
});

describe('summariseProgramme', () => {
  it.each([
    [
      'no cohorts',
      [],
      { cohorts: 0, eventsHeld: 0, countries: 0, participants: 0, moduleCompletions: 0, programmeCompletions: 0, byCountry: [] },
    ],
    [
      'two cohorts, one trainee in both, one without a country',
      [
        { eventsHeld: 3, rows: [row(1, 'Fiji', ['complete', 'complete'], true), row(2, 'Tonga', ['complete', 'in-progress'])] },
        { eventsHeld: 2, rows: [row(2, 'Tonga', ['complete', 'in-progress']), row(3, '', ['not-started', 'not-started'])] },
      ],
      {
        cohorts: 2,
        eventsHeld: 5,
        countries: 2,
        participants: 3,
        moduleCompletions: 3,
        programmeCompletions: 1,
        byCountry: [
          { country: 'Fiji', participants: 1, moduleCompletions: 2, programmeCompletions: 1 },
          { country: 'Tonga', participants: 1, moduleCompletions: 1, programmeCompletions: 0 },
          { country: '', participants: 1, moduleCompletions: 0, programmeCompletions: 0 },
        ],
      },
    ],
  ])('%s', (_name, cohorts, expected) => {
    expect(summariseProgramme(cohorts)).toEqual(expected);
  });
});

describe('summariseProgrammeYears', () => {
  const done = (id: number, country: string, complete: number) => row(id, country, Array.from({ length: complete }, () => 'complete' as const));

  it('gives one line per year, latest first, with the mean of the overall satisfaction ratings', () => {
    const years = summariseProgrammeYears([
      { year: 2025, eventsHeld: 2, rows: [done(1, 'Fiji', 1)], satisfaction: [4, 5] },
      { year: 2026, eventsHeld: 3, rows: [done(2, 'Tonga', 2), done(3, 'Fiji', 0)], satisfaction: [3] },
      { year: 2026, eventsHeld: 1, rows: [done(2, 'Tonga', 2)], satisfaction: [5] },
    ]);
    expect(years).toEqual([
      { year: 2026, eventsHeld: 4, countries: 2, participants: 2, moduleCompletions: 2, satisfaction: 4, ratings: 2 },
      { year: 2025, eventsHeld: 2, countries: 1, participants: 1, moduleCompletions: 1, satisfaction: 4.5, ratings: 2 },
    ]);
  });

  it('has no satisfaction for a year without ratings', () => {
    expect(summariseProgrammeYears([{ year: 2027, eventsHeld: 0, rows: [], satisfaction: [] }])[0]).toMatchObject({ satisfaction: null, ratings: 0 });
  });
});
