/**
 * The completion dashboard of a cohort, built from plain rows that a handful
 * of set-based queries return for every trainee at once.
 *
 * - A cell (trainee × module) uses the module's PUBLISHED version: its lesson
 *   list and the quiz's scoring rule. Completion and percent come from
 *   `progressFromCounts` (the formula behind `moduleProgress`, fed with the
 *   counts of the version's lessons done); the counted attempt from
 *   `countedAttempt` (among finished attempts, in attempt order), so the
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
import { countedAttempt, type CountableAttempt } from './grading';

/** A module of the programme, as its published version defines it. */
export interface DashboardModule {
  id: number;
  slug: string;
  title: string;
  required: boolean;
  lessons: readonly LessonRef[];
  /** The quiz's scoring rule, or null for a module without a quiz. */
  scoring: 'best' | 'last' | null;
}

export interface TraineeFacts {
  id: number;
  name: string;
  email: string;
  country: string;
}

/** One trainee's completed lessons in one module; times are Unix milliseconds. */
export interface LessonFacts {
  userId: number;
  moduleId: number;
  /** Completed lessons that are lessons of the published version, and how many of those are required. */
  done: number;
  requiredDone: number;
  /** Latest completion among the version's required lessons. */
  requiredLastAt: number | null;
  /** Latest completion of any lesson of the module (activity). */
  lastAt: number | null;
}

/** One attempt at a module's quiz; times are Unix milliseconds; a pair's attempts come in attempt order. */
export interface AttemptFacts {
  userId: number;
  moduleId: number;
  id: number;
  status: 'open' | 'submitted' | 'expired';
  startedAt: number;
  submittedAt: number | null;
  percent: number | null;
  passed: boolean | null;
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

interface PairFacts {
  lessons: LessonFacts | null;
  finished: CountableAttempt[];
  started: boolean;
  lastAt: number | null;
}

const later = (a: number | null, b: number | null | undefined) => (b == null ? a : a == null || b > a ? b : a);

/** Facts per (trainee, module), keyed by userId × modules + module index. */
function collect(modules: readonly DashboardModule[], lessons: Iterable<LessonFacts>, attempts: Iterable<AttemptFacts>) {
  const index = new Map(modules.map((m, i) => [m.id, i]));
  const pairs = new Map<number, PairFacts>();
  const pair = (userId: number, moduleId: number): PairFacts | null => {
    const i = index.get(moduleId);
    if (i === undefined) return null;
    const key = userId * modules.length + i;
    let facts = pairs.get(key);
    if (!facts) pairs.set(key, (facts = { lessons: null, finished: [], started: false, lastAt: null }));
    return facts;
  };
  for (const row of lessons) {
    const facts = pair(row.userId, row.moduleId);
    if (!facts) continue;
    facts.lessons = row;
    facts.lastAt = later(facts.lastAt, row.lastAt);
  }
  for (const row of attempts) {
    const facts = pair(row.userId, row.moduleId);
    if (!facts) continue;
    facts.started = true;
    facts.lastAt = later(later(facts.lastAt, row.startedAt), row.submittedAt);
    if (row.status !== 'open' && row.submittedAt !== null && row.percent !== null) {
      facts.finished.push({ id: row.id, submittedAt: new Date(row.submittedAt), percent: row.percent, passed: Boolean(row.passed) });
    }
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

function cellFrom(module: DashboardModule, lessonsTotal: number, requiredTotal: number, facts: PairFacts | undefined): DashboardCell {
  const counted = module.scoring && facts ? countedAttempt(facts.finished, module.scoring) : null;
  const progress = progressFromCounts({
    lessonsTotal,
    requiredTotal,
    lessonsDone: facts?.lessons?.done ?? 0,
    requiredDone: facts?.lessons?.requiredDone ?? 0,
    quiz: { exists: module.scoring !== null, passed: Boolean(counted?.passed), bestPercent: counted?.percent ?? null },
  });
  const state: CellState = progress.complete ? 'complete' : facts?.lastAt != null ? 'in-progress' : 'not-started';
  const completedAt = progress.complete ? later(facts?.lessons?.requiredLastAt ?? null, counted?.submittedAt.getTime()) : null;
  return { moduleId: module.id, state, percent: progress.percent, score: counted?.percent ?? null, completedAt };
}

/** Every trainee's row: one cell per module, overall standing, last activity and status. */
export function buildTraineeRows(input: {
  modules: readonly DashboardModule[];
  trainees: Iterable<TraineeFacts>;
  lessons: Iterable<LessonFacts>;
  attempts: Iterable<AttemptFacts>;
  pace: Pace;
}): TraineeRow[] {
  const { modules, pace } = input;
  const facts = collect(modules, input.lessons, input.attempts);
  const shapes = modules.map(moduleShape);
  const required = modules.filter((m) => m.required).length;
  const rows: TraineeRow[] = [];
  for (const trainee of input.trainees) {
    let lastAt: number | null = null;
    let percentSum = 0;
    const cells = modules.map((module, i) => {
      const pair = facts(trainee.id, i);
      lastAt = later(lastAt, pair?.lastAt);
      const shape = shapes[i]!;
      const cell = pair ? cellFrom(module, shape.lessonsTotal, shape.requiredTotal, pair) : shape.untouched;
      if (module.required) percentSum += cell.percent;
      return cell;
    });
    const programme = programmeProgress(cells.map((cell, i) => ({ moduleId: cell.moduleId, required: modules[i]!.required, complete: cell.state === 'complete' })));
    const completed = required === 0 ? 0 : percentSum / (100 * required);
    const lastActivityAt = lastAt === null ? null : new Date(lastAt);
    const { status, reasons } = assessTrainee(pace, { complete: programme.complete, completed, lastActivityAt });
    rows.push({ ...trainee, cells, modulesComplete: programme.done, modulesRequired: programme.total, completed, complete: programme.complete, lastActivityAt, status, reasons });
  }
  return rows;
}
