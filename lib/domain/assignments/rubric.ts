/**
 * Capstone assignments: what an assignment asks for and how its rubric is
 * scored. A rubric is criteria × levels; each level carries points and a
 * descriptor. The grader picks one level per criterion and the points are
 * always computed from those choices, never typed, so a grade can be
 * recomputed from what was chosen.
 */

/** What a trainee hands in: text, files, or both. */
export const submissionKinds = ['text', 'files', 'both'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

export interface RubricLevel {
  title: string;
  points: number;
  descriptor: string;
}

export interface RubricCriterion {
  /** Stable within the assignment: the grade stores the chosen level by criterion key. */
  key: string;
  title: string;
  /** Lowest to highest, as authored. */
  levels: RubricLevel[];
}

/** An assignment as a module item (draft or published; the brief is Markdown in the draft, HTML once published). */
export interface AssignmentSpec {
  key: string;
  title: string;
  summary: string;
  required: boolean;
  /** Percent of the rubric's points needed to pass, 0–100. */
  passMark: number;
  submission: SubmissionKind;
  rubric: RubricCriterion[];
  /** Seed document ids the brief draws on. */
  sources: string[];
}

/** The level index chosen for each criterion, by criterion key. */
export type ChosenLevels = Record<string, number>;

export interface RubricScore {
  points: number;
  maxPoints: number;
  /** 0–100, one decimal. */
  percent: number;
  /** Criteria without a valid chosen level. */
  missing: string[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The most points a rubric can give: the best level of every criterion. */
export function rubricMaxPoints(rubric: readonly RubricCriterion[]): number {
  return round(
    rubric.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0),
    2,
  );
}

/**
 * Scores chosen levels against a rubric: the sum of the chosen levels'
 * points out of the best possible. A criterion with no choice, or a choice
 * that is not one of its levels, is listed in `missing` and scores nothing;
 * choices for unknown criteria are ignored.
 */
export function scoreRubric(rubric: readonly RubricCriterion[], chosen: ChosenLevels): RubricScore {
  let points = 0;
  const missing: string[] = [];
  for (const criterion of rubric) {
    const index = Object.hasOwn(chosen, criterion.key) ? chosen[criterion.key] : undefined;
    const level = index === undefined || !Number.isInteger(index) ? undefined : criterion.levels[index];
    if (!level) missing.push(criterion.key);
    else points += level.points;
  }
  const maxPoints = rubricMaxPoints(rubric);
  points = round(points, 2);
  return { points, maxPoints, percent: maxPoints > 0 ? round((points / maxPoints) * 100, 1) : 0, missing };
}

/** Whether a rubric percent reaches the assignment's pass mark. */
export function meetsPassMark(percent: number, passMark: number): boolean {
  return percent >= passMark;
}
