/**
 * The balance of a quiz between recall and application questions. Course
 * quizzes are for senior officials: at least half of each quiz's questions
 * must apply what the lessons teach to a described case. The rule applies to
 * a quiz once any of its questions names a skill; then every one must.
 */
import type { QuestionSkill } from './quiz-snapshot';

/** At least this share of a quiz's questions must be `application`. */
export const MIN_APPLICATION_SHARE = 0.5;

export type SkillProblem =
  | { kind: 'missing'; index: number }
  | { kind: 'too-few-application'; application: number; total: number; needed: number };

/** What is wrong with a quiz's skills, in question order; empty when none is named or all is well. */
export function skillProblems(skills: readonly (QuestionSkill | null | undefined)[]): SkillProblem[] {
  if (skills.every((skill) => !skill)) return [];
  const missing: SkillProblem[] = skills.flatMap((skill, index) => (skill ? [] : [{ kind: 'missing' as const, index }]));
  if (missing.length > 0) return missing;
  const application = skills.filter((skill) => skill === 'application').length;
  const needed = Math.ceil(skills.length * MIN_APPLICATION_SHARE);
  return application >= needed ? [] : [{ kind: 'too-few-application', application, total: skills.length, needed }];
}
