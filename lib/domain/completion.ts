/**
 * When a module and a programme count as complete.
 *
 * - A module is complete when every required lesson of the trainee's version
 *   is done and, if the module has a quiz, the quiz is passed. Optional
 *   lessons count towards the progress bar but never block completion.
 *   Completed keys of lessons that are no longer in the version are ignored.
 *   A module with nothing required (no required lessons, no quiz) is complete.
 * - The progress percent treats the quiz as one more unit next to the lessons:
 *   floor(100 × (lessons done + quiz passed) / (lessons + quiz)). It is
 *   rounded down so an unfinished module never shows 100, and a complete
 *   module always shows 100 (even with optional lessons unread).
 * - Required assignments count like required lessons: each one accepted
 *   (graded at or above its pass mark) is one more unit done, and the module
 *   is complete only when all of them are. Optional assignments never block.
 * - A programme is complete when all its required modules are complete; one
 *   without required modules is never complete. Optional modules do not count.
 */

/** A lesson of the published version, as far as completion cares. */
export interface LessonRef {
  key: string;
  required: boolean;
}

/** The module's quiz as far as completion cares; `exists: false` for a module without one. */
export interface QuizStanding {
  exists: boolean;
  passed: boolean;
  bestPercent: number | null;
}

/** The module's required assignments and how many the trainee has had accepted. */
export interface AssignmentCounts {
  requiredTotal: number;
  requiredDone: number;
}

const noAssignments: AssignmentCounts = { requiredTotal: 0, requiredDone: 0 };

/** One trainee's standing in one module. */
export interface ModuleProgress {
  lessonsDone: number;
  lessonsTotal: number;
  requiredDone: number;
  requiredTotal: number;
  quizPassed: boolean;
  complete: boolean;
  missing: { lessons: string[]; quiz: boolean };
  percent: number;
}

/** One trainee's standing in a programme's required modules. */
export interface ProgrammeProgress {
  complete: boolean;
  done: number;
  total: number;
}

/** Progress through one module version: lessons in order, completed lesson keys, and the quiz standing. */
export function moduleProgress(input: {
  lessons: readonly LessonRef[];
  completedKeys: Iterable<string>;
  quiz: QuizStanding;
  assignments?: AssignmentCounts;
}): ModuleProgress {
  const completed = new Set(input.completedKeys);
  const required = input.lessons.filter((lesson) => lesson.required);
  const missingLessons = required.filter((lesson) => !completed.has(lesson.key)).map((lesson) => lesson.key);
  const counts = progressFromCounts({
    lessonsTotal: input.lessons.length,
    requiredTotal: required.length,
    lessonsDone: input.lessons.filter((lesson) => completed.has(lesson.key)).length,
    requiredDone: required.length - missingLessons.length,
    quiz: input.quiz,
    assignments: input.assignments,
  });
  return { ...counts, missing: { lessons: missingLessons, quiz: input.quiz.exists && !counts.quizPassed } };
}

/**
 * The same rules from counts of the version's lessons done, for reports that
 * count completed lessons in SQL for thousands of trainees at once.
 */
export function progressFromCounts(input: {
  lessonsTotal: number;
  requiredTotal: number;
  lessonsDone: number;
  requiredDone: number;
  quiz: QuizStanding;
  /** Absent: the version has no required assignment. */
  assignments?: AssignmentCounts;
}): Omit<ModuleProgress, 'missing'> {
  const { lessonsTotal, requiredTotal, lessonsDone, requiredDone } = input;
  const assignments = input.assignments ?? noAssignments;
  const assignmentsDone = Math.min(assignments.requiredDone, assignments.requiredTotal);
  const quizPassed = input.quiz.exists && input.quiz.passed;
  const complete = requiredDone >= requiredTotal && (!input.quiz.exists || quizPassed) && assignmentsDone >= assignments.requiredTotal;
  const units = lessonsTotal + (input.quiz.exists ? 1 : 0) + assignments.requiredTotal;
  const unitsDone = lessonsDone + (quizPassed ? 1 : 0) + assignmentsDone;
  const percent = complete ? 100 : Math.floor((100 * unitsDone) / units);
  return { lessonsDone, lessonsTotal, requiredDone, requiredTotal, quizPassed, complete, percent };
}

/** Progress through a programme: how many of its required modules are complete. */
export function programmeProgress(
  modules: readonly { moduleId: number | string; required: boolean; complete: boolean }[],
): ProgrammeProgress {
  const required = modules.filter((entry) => entry.required);
  const done = required.filter((entry) => entry.complete).length;
  return { complete: required.length > 0 && done === required.length, done, total: required.length };
}

/** The key of the first lesson (in the given order) not yet completed, or null when all are done. */
export function nextLesson(lessons: readonly { key: string }[], completedKeys: Iterable<string>): string | null {
  const completed = new Set(completedKeys);
  return lessons.find((lesson) => !completed.has(lesson.key))?.key ?? null;
}
