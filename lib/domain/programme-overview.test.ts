import { describe, expect, it } from 'vitest';
import type { CellState } from './cohort-dashboard';
import { summariseProgramme } from './programme-overview';

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
