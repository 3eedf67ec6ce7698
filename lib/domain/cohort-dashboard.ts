/**
 * The completion dashboard of a cohort, built from plain rows that a handful
 * of set-based queries return for every trainee at once: one standing per
 * (trainee, module) that has any activity (see module-standing.ts).
 *
 * - A cell (trainee × module) uses the module's PUBLISHED version: its lesson
 *   list and whether it has a quiz. Completion and percent come from
 *   `progressFromCounts` (the formula behind `moduleProgress`, fed with the
 *   counts of the version's lessons done); the counted attempt is the
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
 */
import { assessTrainee, type Pace, type RiskReason, type TraineeStatus } from './at-risk';
import { programmeProgress, progressFromCounts, type LessonRef } from './completion';
import type { ModuleStanding } from './module-standing';

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

export interface TraineeRow extends TraineeFacts {
  cells: DashboardCell[];
  modulesComplete: number;
  modulesRequired: number;
  /** Share of the programme done, 0–1. */
  completed: number;
  complete: boolean;
  lastActivityAt: Date | null;
  status: TraineeStatus;
  reasons: RiskReason[];
}

const later = (a: number | null, b: number | null | undefined) => (b == null ? a : a == null || b > a ? b : a);

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

interface ModuleShape {
  lessonsTotal: number;
  requiredTotal: number;
  /** The cell of a trainee who has not touched the module, shared by all of them. */
  untouched: DashboardCell;
}

function moduleShape(module: DashboardModule): ModuleShape {
  const lessonsTotal = module.lessons.length;
  const requiredTotal = module.lessons.filter((l) => l.required).length;
  const untouched = cellFrom(module, lessonsTotal, requiredTotal, undefined);
  return { lessonsTotal, requiredTotal, untouched: Object.freeze(untouched) };
}

/** Latest activity of a standing: a lesson completion, an attempt start or a submission. */
const lastActivity = (standing: ModuleStanding | undefined) => (standing ? later(standing.lastLessonAt, standing.lastAttemptAt) : null);

function cellFrom(module: DashboardModule, lessonsTotal: number, requiredTotal: number, standing: ModuleStanding | undefined): DashboardCell {
  const quiz = module.scoring !== null;
  const score = quiz ? (standing?.countedPercent ?? null) : null;
  const progress = progressFromCounts({
    lessonsTotal,
    requiredTotal,
    lessonsDone: standing?.lessonsDone ?? 0,
    requiredDone: standing?.requiredDone ?? 0,
    quiz: { exists: quiz, passed: quiz && Boolean(standing?.quizPassed), bestPercent: score },
    assignments: { requiredTotal: module.requiredAssignments ?? 0, requiredDone: standing?.assignmentsDone ?? 0 },
  });
  const state: CellState = progress.complete ? 'complete' : lastActivity(standing) !== null ? 'in-progress' : 'not-started';
  const completedAt = progress.complete ? later(standing?.requiredLastAt ?? null, quiz ? standing?.countedAt : null) : null;
  return { moduleId: module.id, state, percent: progress.percent, score, completedAt };
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
      const cell = pair ? cellFrom(mod, shape.lessonsTotal, shape.requiredTotal, pair) : shape.untouched;
      if (pair) lastAt = later(lastAt, lastActivity(pair));
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
