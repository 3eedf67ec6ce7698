import { describe, expect, it } from 'vitest';
import { cohortPace } from './at-risk';
import { buildTraineeRows, summariseTrainees, summedModules, unitsOf, type DashboardModule } from './cohort-dashboard';
import { standingFromFacts, standingProgress, type AttemptFacts as Attempt, type LessonTotals, type ModuleStanding } from './module-standing';

const modules: DashboardModule[] = [
  { id: 11, slug: 'm1', title: 'Module 1', required: true, scoring: 'best', lessons: [{ key: 'a', required: true }, { key: 'b', required: true }, { key: 'c', required: false }] },
  { id: 12, slug: 'm2', title: 'Module 2', required: true, scoring: 'last', lessons: [{ key: 'x', required: true }] },
  { id: 13, slug: 'm3', title: 'Module 3', required: false, scoring: null, lessons: [{ key: 'y', required: true }] },
];
const pace = cohortPace({ startsOn: '2026-01-01', targetOn: '2026-04-11', timeZone: 'UTC' }, new Date('2026-02-20T12:00:00Z'));
const T = (iso: string) => Date.parse(iso);
const trainee = { id: 1, name: 'Nasrin Karimi', email: 'n@example.org', country: 'Afghanistan' };
type LessonFacts = LessonTotals & { userId: number; moduleId: number };
type AttemptFacts = Attempt & { userId: number; moduleId: number };
const lesson = (moduleId: number, done: number, requiredDone: number, at: string | null, requiredAt: string | null = at): LessonFacts => ({
  userId: 1, moduleId, done, requiredDone, lastAt: at ? T(at) : null, requiredLastAt: requiredAt ? T(requiredAt) : null,
});
let nextId = 1;
const attempt = (moduleId: number, percent: number | null, passed: boolean | null, at: string, status: AttemptFacts['status'] = 'submitted'): AttemptFacts => ({
  userId: 1, moduleId, id: nextId++, status, startedAt: T(at) - 60_000, submittedAt: status === 'open' ? null : T(at), percent, passed,
});

/** The standing rows the database would hold for these facts (module 99 is outside the programme, scored 'best'). */
function standings(lessons: LessonFacts[], attempts: AttemptFacts[]): ModuleStanding[] {
  const pairs = new Set([...lessons, ...attempts].map((f) => `${f.userId}:${f.moduleId}`));
  return [...pairs].flatMap((pair) => {
    const [userId, moduleId] = pair.split(':').map(Number) as [number, number];
    const mine = <F extends { userId: number; moduleId: number }>(f: F) => f.userId === userId && f.moduleId === moduleId;
    const scoring = moduleId === 99 ? 'best' : (modules.find((m) => m.id === moduleId)?.scoring ?? null);
    const standing = standingFromFacts(lessons.find(mine) ?? null, attempts.filter(mine), scoring);
    return standing ? [{ userId, moduleId, ...standing }] : [];
  });
}

describe('buildTraineeRows: cells', () => {
  it.each<[string, LessonFacts[], AttemptFacts[], object[]]>([
    ['nothing done', [], [], [
      { state: 'not-started', percent: 0, score: null, completedAt: null },
      { state: 'not-started', percent: 0, score: null },
      { state: 'not-started', percent: 0, score: null },
    ]],
    ['required lessons and a passed quiz (best of a fail and a pass)', [lesson(11, 2, 2, '2026-02-10T00:00:00Z')],
      [attempt(11, 40, false, '2026-02-11T00:00:00Z'), attempt(11, 80, true, '2026-02-12T00:00:00Z')],
      [{ state: 'complete', percent: 100, score: 80, completedAt: T('2026-02-12T00:00:00Z') }, { state: 'not-started' }, { state: 'not-started' }]],
    ['quiz passed before the last required lesson: completed with that lesson', [lesson(11, 3, 2, '2026-02-15T00:00:00Z', '2026-02-14T00:00:00Z')],
      [attempt(11, 90, true, '2026-02-01T00:00:00Z')],
      [{ state: 'complete', percent: 100, score: 90, completedAt: T('2026-02-14T00:00:00Z') }, { state: 'not-started' }, { state: 'not-started' }]],
    ['scoring "last": a later failed attempt counts', [lesson(12, 1, 1, '2026-02-01T00:00:00Z')],
      [attempt(12, 90, true, '2026-02-02T00:00:00Z'), attempt(12, 50, false, '2026-02-03T00:00:00Z')],
      [{ state: 'not-started' }, { state: 'in-progress', percent: 50, score: 50, completedAt: null }, { state: 'not-started' }]],
    ['one lesson of three and no quiz yet', [lesson(11, 1, 1, '2026-02-01T00:00:00Z')], [],
      [{ state: 'in-progress', percent: 25, score: null }, { state: 'not-started' }, { state: 'not-started' }]],
    ['an open attempt only', [], [attempt(12, null, null, '2026-02-01T00:00:00Z', 'open')],
      [{ state: 'not-started' }, { state: 'in-progress', percent: 0, score: null }, { state: 'not-started' }]],
    ['progress only on lessons no longer in the version', [lesson(11, 0, 0, '2026-02-01T00:00:00Z', null)], [],
      [{ state: 'in-progress', percent: 0 }, { state: 'not-started' }, { state: 'not-started' }]],
    ['a module without a quiz completes with its lessons', [lesson(13, 1, 1, '2026-02-05T00:00:00Z')], [],
      [{ state: 'not-started' }, { state: 'not-started' }, { state: 'complete', percent: 100, completedAt: T('2026-02-05T00:00:00Z') }]],
    ['rows of modules outside the programme are ignored', [lesson(99, 2, 2, '2026-02-05T00:00:00Z')], [attempt(99, 100, true, '2026-02-06T00:00:00Z')],
      [{ state: 'not-started' }, { state: 'not-started' }, { state: 'not-started' }]],
  ])('%s', (_name, lessons, attempts, cells) => {
    const [row] = buildTraineeRows({ modules, trainees: [trainee], standings: standings(lessons, attempts), pace });
    expect(row?.cells).toHaveLength(3);
    cells.forEach((cell, i) => expect(row?.cells[i]).toMatchObject(cell));
  });
});

describe('buildTraineeRows: standing', () => {
  const passM1 = [attempt(11, 80, true, '2026-02-18T00:00:00Z')];
  const passM2 = [attempt(12, 75, true, '2026-02-19T00:00:00Z')];
  it.each<[string, LessonFacts[], AttemptFacts[], object]>([
    ['nothing: never active, 50 days in', [], [], { completed: 0, modulesComplete: 0, modulesRequired: 2, complete: false, lastActivityAt: null, status: 'at-risk', reasons: ['inactive', 'behind-pace'] }],
    ['the first required module done', [lesson(11, 2, 2, '2026-02-17T00:00:00Z')], passM1,
      { completed: 0.5, modulesComplete: 1, complete: false, lastActivityAt: new Date('2026-02-18T00:00:00Z'), status: 'on-track', reasons: [] }],
    ['both required modules done (the optional one is not needed)', [lesson(11, 2, 2, '2026-02-17T00:00:00Z'), lesson(12, 1, 1, '2026-02-17T00:00:00Z')], [...passM1, ...passM2],
      { completed: 1, modulesComplete: 2, complete: true, status: 'complete', lastActivityAt: new Date('2026-02-19T00:00:00Z') }],
    ['the optional module alone does not count', [lesson(13, 1, 1, '2026-02-19T00:00:00Z')], [],
      { completed: 0, modulesComplete: 0, complete: false, status: 'at-risk', reasons: ['behind-pace'] }],
  ])('%s', (_name, lessons, attempts, expected) => {
    const [row] = buildTraineeRows({ modules, trainees: [trainee], standings: standings(lessons, attempts), pace });
    expect(row).toMatchObject(expected);
  });

  it('keeps trainees in the given order and separates their facts', () => {
    const other = { id: 2, name: 'Sione Tupou', email: 's@example.org', country: 'Tonga' };
    const rows = buildTraineeRows({ modules, trainees: [other, trainee], standings: standings([{ ...lesson(11, 1, 1, '2026-02-19T00:00:00Z'), userId: 2 }], []), pace });
    expect(rows.map((r) => [r.id, r.cells[0]?.state])).toEqual([[2, 'in-progress'], [1, 'not-started']]);
  });
});

describe('summariseTrainees: what SQL sums agrees with the full rows', () => {
  /** A required module that asks for nothing (an optional lesson, no quiz): complete for everyone. */
  const open: DashboardModule = { id: 14, slug: 'm4', title: 'Module 4', required: true, scoring: null, lessons: [{ key: 'z', required: false }] };
  const withOpen = [...modules, open];

  /** The totals reportTraineeTotals computes in SQL, from stored standings (values + standingProgress). */
  function totals(list: DashboardModule[], rows: ModuleStanding[]) {
    const summed = summedModules(list);
    return [trainee].map((t) => {
      let countedComplete = 0;
      let countedPercent = 0;
      let lastActivityAt: number | null = null;
      for (const s of rows.filter((r) => r.userId === t.id && summed.all.includes(r.moduleId))) {
        const progress = standingProgress(unitsOf(list.find((m) => m.id === s.moduleId)!), s);
        if (summed.counted.includes(s.moduleId)) {
          countedComplete += progress.complete ? 1 : 0;
          countedPercent += progress.percent;
        }
        if (progress.lastActivityAt !== null && (lastActivityAt === null || progress.lastActivityAt > lastActivityAt)) lastActivityAt = progress.lastActivityAt;
      }
      return { id: t.id, name: t.name, country: t.country, countedComplete, countedPercent, lastActivityAt };
    });
  }

  it('lists the modules a sum covers and counts the one that asks for nothing apart', () => {
    expect(summedModules(withOpen)).toEqual({ all: [11, 12, 13, 14], counted: [11, 12], uncounted: [14], alwaysComplete: 1, required: 3 });
  });

  it.each<[string, LessonFacts[], AttemptFacts[]]>([
    ['nothing done', [], []],
    ['one module passed', [lesson(11, 2, 2, '2026-02-17T00:00:00Z')], [attempt(11, 80, true, '2026-02-18T00:00:00Z')]],
    ['part of a module, a failed last attempt', [lesson(11, 1, 1, '2026-02-01T00:00:00Z'), lesson(12, 1, 1, '2026-02-02T00:00:00Z')], [attempt(12, 90, true, '2026-02-03T00:00:00Z'), attempt(12, 40, false, '2026-02-04T00:00:00Z')]],
    ['everything, the optional module too', [lesson(11, 2, 2, '2026-02-17T00:00:00Z'), lesson(12, 1, 1, '2026-02-17T00:00:00Z'), lesson(13, 1, 1, '2026-02-19T00:00:00Z')],
      [attempt(11, 80, true, '2026-02-18T00:00:00Z'), attempt(12, 75, true, '2026-02-19T00:00:00Z')]],
    ['activity outside the programme only', [lesson(99, 2, 2, '2026-02-05T00:00:00Z')], []],
  ])('%s', (_name, lessons, attempts) => {
    for (const list of [modules, withOpen]) {
      const rows = standings(lessons, attempts);
      const [full] = buildTraineeRows({ modules: list, trainees: [trainee], standings: rows, pace });
      const [summary] = summariseTrainees({ modules: list, totals: totals(list, rows), pace });
      const { email: _email, cells: _cells, ...expected } = full!;
      expect(summary).toEqual(expected);
    }
  });
});
