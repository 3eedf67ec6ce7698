/**
 * The completion dashboard of a cohort, built from plain rows that a handful
 * of set-based queries return for every trainee at once: one standing per
 * (trainee, module) that has any activity (see module-standing.ts).
 *
 * - A cell (trainee × module) uses the module's PUBLISHED version: its lesson
 *   list and whether it has a quiz. Completion, percent and completion time
 *   come from `standingProgress` (module-standing.ts: `progressFromCounts`,
 *   the formula behind `moduleProgress`, fed with the counts of the version's
 *   lessons done); the counted attempt is the
 *   standing's (`countedAttempt` under the version's scoring rule), so the
 *   dashboard agrees with what the trainee sees.
 * - Cell state: 'complete' when `moduleProgress` says so; 'in-progress' when
 *   any lesson of the module is done or any attempt was started; otherwise
 *   'not-started'. The score is the counted attempt's percent (or null).
 * - A complete cell's completion time is the later of the last required
 *   lesson's completion and the counted (passing) attempt's submission.
 * - A trainee's `completed` share is the mean of `moduleProgress.percent`
 *   over the programme's required modules (0–1); `complete` follows
 *   `programmeProgress`. Last activity is the latest lesson completion,
 *   attempt start or submission in the programme's modules.
 * - Status and risk reasons come from at-risk.ts.
 * - `summariseTrainees` gives the same figures and status without cells,
 *   from each trainee's stored progress summed in SQL: what a cohort of
 *   thousands shows, while only one page of rows is built cell by cell.
 */
import { assessTrainee, type Pace, type RiskReason, type TraineeStatus } from './at-risk';
import { programmeProgress, type LessonRef } from './completion';
import { standingActivity, standingProgress, type ModuleStanding, type ModuleUnits } from './module-standing';

/** A module of the programme, as its published version defines it. */
export interface DashboardModule {
  id: number;
  slug: string;
  title: string;
  required: boolean;
  lessons: readonly LessonRef[];
  /** The quiz's scoring rule, or null for a module without a quiz. */
  scoring: 'best' | 'last' | null;
  /** How many required assignments the version has (absent: none). */
  requiredAssignments?: number;
}

export interface TraineeFacts {
  id: number;
  name: string;
  email: string;
  country: string;
}

export type CellState = 'not-started' | 'in-progress' | 'complete';

export interface DashboardCell {
  moduleId: number;
  state: CellState;
  percent: number;
  score: number | null;
  /** When the module became complete (Unix ms), if it is and that is known. */
  completedAt: number | null;
}

/** A trainee's overall standing in the programme, without the per-module cells. */
export interface TraineeSummary {
  id: number;
  name: string;
  country: string;
  modulesComplete: number;
  modulesRequired: number;
  /** Share of the programme done, 0–1. */
  completed: number;
  complete: boolean;
  lastActivityAt: Date | null;
  status: TraineeStatus;
  reasons: RiskReason[];
}

export interface TraineeRow extends TraineeFacts, TraineeSummary {
  cells: DashboardCell[];
}

const later = (a: number | null, b: number | null) => (b === null ? a : a === null || b > a ? b : a);

/** Standings by userId × modules + module index; rows of modules outside the list are dropped. */
function collect(modules: readonly DashboardModule[], standings: Iterable<ModuleStanding>) {
  const index = new Map(modules.map((m, i) => [m.id, i]));
  const pairs = new Map<number, ModuleStanding>();
  for (const row of standings) {
    const i = index.get(row.moduleId);
    if (i !== undefined) pairs.set(row.userId * modules.length + i, row);
  }
  return (userId: number, i: number) => pairs.get(userId * modules.length + i);
}

/** What the module's published version asks: the units its standings' progress is measured in. */
export function unitsOf(module: DashboardModule): ModuleUnits {
  return {
    lessonsTotal: module.lessons.length,
    requiredTotal: module.lessons.filter((l) => l.required).length,
    quiz: module.scoring !== null,
    requiredAssignments: module.requiredAssignments ?? 0,
  };
}

/** Whether the module asks for nothing (no required lesson, quiz or assignment): complete for every trainee, standing or not. */
export function completeUntouched(module: DashboardModule): boolean {
  return standingProgress(unitsOf(module), undefined).complete;
}

interface ModuleShape {
  units: ModuleUnits;
  /** The cell of a trainee who has not touched the module, shared by all of them. */
  untouched: DashboardCell;
}

function moduleShape(module: DashboardModule): ModuleShape {
  const units = unitsOf(module);
  return { units, untouched: Object.freeze(cellFrom(module, units, undefined)) };
}

function cellFrom(module: DashboardModule, units: ModuleUnits, standing: ModuleStanding | undefined): DashboardCell {
  const progress = standingProgress(units, standing);
  const score = units.quiz ? (standing?.countedPercent ?? null) : null;
  const state: CellState = progress.complete ? 'complete' : progress.lastActivityAt !== null ? 'in-progress' : 'not-started';
  return { moduleId: module.id, state, percent: progress.percent, score, completedAt: progress.completedAt };
}

/** Every trainee's row: one cell per module, overall standing, last activity and status. */
export function buildTraineeRows(input: {
  modules: readonly DashboardModule[];
  trainees: Iterable<TraineeFacts>;
  standings: Iterable<ModuleStanding>;
  pace: Pace;
}): TraineeRow[] {
  const { modules, pace } = input;
  const standing = collect(modules, input.standings);
  const shapes = modules.map(moduleShape);
  const required = modules.filter((m) => m.required).length;
  const rows: TraineeRow[] = [];
  for (const trainee of input.trainees) {
    let lastAt: number | null = null;
    let percentSum = 0;
    const cells: DashboardCell[] = new Array(modules.length);
    const progress: { moduleId: number; required: boolean; complete: boolean }[] = new Array(modules.length);
    for (let i = 0; i < modules.length; i++) {
      const mod = modules[i]!;
      const pair = standing(trainee.id, i);
      const shape = shapes[i]!;
      const cell = pair ? cellFrom(mod, shape.units, pair) : shape.untouched;
      if (pair) lastAt = later(lastAt, standingActivity(pair));
      if (mod.required) percentSum += cell.percent;
      cells[i] = cell;
      progress[i] = { moduleId: mod.id, required: mod.required, complete: cell.state === 'complete' };
    }
    const programme = programmeProgress(progress);
    const completed = required === 0 ? 0 : percentSum / (100 * required);
    const lastActivityAt = lastAt === null ? null : new Date(lastAt);
    const { status, reasons } = assessTrainee(pace, { complete: programme.complete, completed, lastActivityAt });
    rows.push({
      id: trainee.id, name: trainee.name, email: trainee.email, country: trainee.country,
      cells, modulesComplete: programme.done, modulesRequired: programme.total, completed, complete: programme.complete, lastActivityAt, status, reasons,
    });
  }
  return rows;
}

/**
 * A trainee's stored standings summed in SQL: over the required modules
 * that `summedModules` lists as counted, how many are complete and the sum
 * of their percents; and the latest activity in any of the programme's modules.
 */
export interface TraineeTotals {
  id: number;
  name: string;
  country: string;
  countedComplete: number;
  countedPercent: number;
  lastActivityAt: number | null;
}

/**
 * Which modules a cohort's summed standings cover: all of the programme's, and
 * the required ones whose progress depends on a standing. A required module
 * that asks for nothing (no required lesson, quiz or assignment) is complete
 * for every trainee, standing or not; it is counted apart (`uncounted`).
 */
export function summedModules(modules: readonly DashboardModule[]) {
  const required = modules.filter((m) => m.required);
  const uncounted = required.filter(completeUntouched).map((m) => m.id);
  return {
    all: modules.map((m) => m.id),
    counted: required.filter((m) => !completeUntouched(m)).map((m) => m.id),
    uncounted,
    alwaysComplete: uncounted.length,
    required: required.length,
  };
}

/** Each trainee's summary from their summed standings: the same figures and status as `buildTraineeRows`, without cells. */
export function summariseTrainees(input: { modules: readonly DashboardModule[]; totals: Iterable<TraineeTotals>; pace: Pace }): TraineeSummary[] {
  const { alwaysComplete, required } = summedModules(input.modules);
  const summaries: TraineeSummary[] = [];
  for (const t of input.totals) {
    const modulesComplete = t.countedComplete + alwaysComplete;
    const completed = required === 0 ? 0 : (t.countedPercent + 100 * alwaysComplete) / (100 * required);
    // As programmeProgress: complete when every required module is, and there is one.
    const complete = required > 0 && modulesComplete === required;
    const lastActivityAt = t.lastActivityAt === null ? null : new Date(t.lastActivityAt);
    const { status, reasons } = assessTrainee(input.pace, { complete, completed, lastActivityAt });
    summaries.push({ id: t.id, name: t.name, country: t.country, modulesComplete, modulesRequired: required, completed, complete, lastActivityAt, status, reasons });
  }
  return summaries;
}
