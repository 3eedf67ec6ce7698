import { describe, expect, it } from 'vitest';
import type { TraineeStatus } from './at-risk';
import type { CellState, DashboardModule, TraineeRow } from './cohort-dashboard';
import { completionByCountry, completionDays, completionsByWeek, moduleTallies, summariseCohort } from './cohort-summary';

const lessons = [{ key: 'l', required: true }];
const modules: DashboardModule[] = [
  { id: 1, slug: 'a', title: 'A', required: true, scoring: 'best', lessons },
  { id: 2, slug: 'b', title: 'B', required: true, scoring: 'best', lessons },
  { id: 3, slug: 'c', title: 'C', required: false, scoring: null, lessons },
];
const DAY = 86_400_000;
const start = Date.parse('2026-01-01T00:00:00Z');

function row(id: number, country: string, status: TraineeStatus, cells: [CellState, number | null, number | null][]): TraineeRow {
  const built = cells.map(([state, score, day], i) => ({ moduleId: i + 1, state, percent: state === 'complete' ? 100 : 0, score, completedAt: day === null ? null : start + day * DAY }));
  const modulesComplete = built.filter((c, i) => c.state === 'complete' && modules[i]?.required).length;
  return { id, name: `T${id}`, email: '', country, cells: built, modulesComplete, modulesRequired: 2, completed: modulesComplete / 2, complete: modulesComplete === 2, lastActivityAt: null, status, reasons: [] };
}

const rows = [
  row(1, 'Fiji', 'complete', [['complete', 90, 3], ['complete', 70, 10], ['complete', null, 12]]),
  row(2, 'Fiji', 'on-track', [['complete', 80, 8], ['in-progress', 40, null], ['not-started', null, null]]),
  row(3, 'Tonga', 'at-risk', [['in-progress', null, null], ['not-started', null, null], ['not-started', null, null]]),
  row(4, '', 'not-started', [['not-started', null, null], ['not-started', null, null], ['not-started', null, null]]),
];

describe('summariseCohort', () => {
  it.each<[string, TraineeRow[], object]>([
    ['an empty cohort', [], { trainees: 0, completionPercent: 0, programmeCompletions: 0, statuses: { complete: 0, 'on-track': 0, 'at-risk': 0, 'not-started': 0 } }],
    ['four trainees: 3 of 8 required cells complete', rows, { trainees: 4, completionPercent: 37.5, programmeCompletions: 1, statuses: { complete: 1, 'on-track': 1, 'at-risk': 1, 'not-started': 1 } }],
  ])('%s', (_name, input, expected) => {
    expect(summariseCohort(input, modules, moduleTallies(input, modules))).toMatchObject(expected);
  });

  it('averages counted scores among trainees who have one', () => {
    expect(summariseCohort(rows, modules, moduleTallies(rows, modules)).modules).toEqual([
      { moduleId: 1, complete: 2, inProgress: 1, averageScore: 85, scored: 2 },
      { moduleId: 2, complete: 1, inProgress: 1, averageScore: 55, scored: 2 },
      { moduleId: 3, complete: 1, inProgress: 0, averageScore: null, scored: 0 },
    ]);
  });

  it('counts a module that asks for nothing as complete for every trainee, tallied or not', () => {
    const empty: DashboardModule = { id: 4, slug: 'd', title: 'D', required: false, scoring: null, lessons: [{ key: 'o', required: false }] };
    expect(summariseCohort(rows, [...modules, empty], [{ moduleId: 4, complete: 1, inProgress: 0, scoreTenths: 0, scored: 0 }]).modules.at(-1)).toEqual({
      moduleId: 4, complete: 4, inProgress: 0, averageScore: null, scored: 0,
    });
  });

  it('sums scores of one decimal exactly, in whatever order they come', () => {
    const scored = [66.7, 33.3, 0.1, 12.3].map((score, i) => row(10 + i, 'Fiji', 'on-track', [['in-progress', score, null]]));
    const forward = summariseCohort(scored, modules, moduleTallies(scored, modules)).modules[0]!.averageScore;
    const backward = summariseCohort(scored, modules, moduleTallies([...scored].reverse(), modules)).modules[0]!.averageScore;
    expect(forward).toBe(backward);
    expect(forward).toBeCloseTo(28.1, 10);
  });

  it('takes tallies as SQL sums them: a module nobody touched has none', () => {
    expect(summariseCohort(rows, modules, []).modules[0]).toEqual({ moduleId: 1, complete: 0, inProgress: 0, averageScore: null, scored: 0 });
  });
});

describe('completionByCountry', () => {
  it('groups by country, alphabetically, not stated last', () => {
    expect(completionByCountry(rows, modules)).toEqual([
      { country: 'Fiji', trainees: 2, completionPercent: 75, programmeCompletions: 1 },
      { country: 'Tonga', trainees: 1, completionPercent: 0, programmeCompletions: 0 },
      { country: '', trainees: 1, completionPercent: 0, programmeCompletions: 0 },
    ]);
  });
});

describe('completionsByWeek', () => {
  it.each<[string, TraineeRow[], string, object[]]>([
    ['before the start', rows, '2025-12-20T00:00:00Z', []],
    ['nothing completed, second week', [rows[3]!], '2026-01-09T00:00:00Z', [
      { weekStart: '2026-01-01', completed: 0, cumulative: 0 },
      { weekStart: '2026-01-08', completed: 0, cumulative: 0 },
    ]],
    ['completions on days 3, 8, 10 and 12, now in week 3', rows, '2026-01-16T00:00:00Z', [
      { weekStart: '2026-01-01', completed: 1, cumulative: 1 },
      { weekStart: '2026-01-08', completed: 3, cumulative: 4 },
      { weekStart: '2026-01-15', completed: 0, cumulative: 4 },
    ]],
    ['a completion before the start counts in the first week', [row(5, 'Fiji', 'on-track', [['complete', 90, -3]])], '2026-01-02T00:00:00Z', [
      { weekStart: '2026-01-01', completed: 1, cumulative: 1 },
    ]],
  ])('%s', (_name, input, now, expected) => {
    expect(completionsByWeek(completionDays(input), '2026-01-01', new Date(now))).toEqual(expected);
  });
});
