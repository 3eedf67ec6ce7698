/**
 * The quiz vocabulary every layer speaks: question types, a published quiz
 * as frozen in a module version, an attempt's status and layout. `db/schema`
 * stores these shapes and imports them from here, never the reverse.
 *
 * This file imports only types (erased at run time), so drizzle-kit can load
 * it from the schema with a relative path.
 */
import type { QuestionType } from './question-types/registry';
import type { ReviewPolicy } from './review-policy';

/** A question type's name: the key of its folder's module in `./question-types/registry` (which lists them). */
export type { QuestionType };

/** Which submitted attempt counts for the module: the best one or the last one. */
export const scoringRules = ['best', 'last'] as const;
export type ScoringRule = (typeof scoringRules)[number];

/**
 * What a question asks of the trainee: to recall a fact or principle, or to
 * apply it to a described case (classify, diagnose, order, choose). Course
 * quizzes name it per question and keep at least half `application`.
 */
export const questionSkills = ['recall', 'application'] as const;
export type QuestionSkill = (typeof questionSkills)[number];

export const attemptStatuses = ['open', 'submitted', 'expired', 'awaiting-grading'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

/**
 * One answer of a question, as stored in a `question_options` row. Options
 * carry every type's answer data: choices with `correct` and an optional
 * GIFT percentage `weight` (may be negative); accepted short answers (with
 * an optional `weight` for partial credit, `*` matching anything); matching
 * pairs as `text` → `match` (an empty `text` is a distractor: a right-hand
 * text no item takes); numerical answers as `text` (the value, or `*` for
 * any other number) with `match` (the tolerance, a decimal) and `weight`;
 * ordering items in their correct order. A description item has none.
 */
export interface OptionData {
  text: string;
  correct: boolean;
  weight: number | null;
  match: string | null;
  feedback: string;
}

/** A question's content with its options in authored position (a draft row, or a file's question). */
export interface QuestionData {
  key: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  points: number;
  /** Named in course files; absent for questions from banks, GIFT or the builder until an author sets it. */
  skill?: QuestionSkill | null;
  options: OptionData[];
}

/** An option frozen in a published version, with the opaque key a trainee's browser sees. */
export interface OptionSnapshot extends OptionData {
  key: string;
}

export interface QuestionSnapshot extends Omit<QuestionData, 'options'> {
  options: OptionSnapshot[];
}

/** The quiz as frozen in a published version: settings plus questions with their answer data. */
export interface QuizSnapshot {
  title: string;
  passMark: number;
  attemptLimit: number | null;
  timeLimitMinutes: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  scoring: ScoringRule;
  /** When the trainee sees the correct answers and the explanations of a submitted attempt. */
  review: ReviewPolicy;
  questions: QuestionSnapshot[];
  /**
   * The quiz's text in other languages, by locale (see ./content-locales).
   * Option keys and the answer key are shared with English, so grading and
   * attempts are the same in every language.
   */
  translations?: Partial<Record<string, QuizTextTranslation>>;
}

/**
 * One question's text in another language. `options` follow the English
 * options' authored order: choice text and feedback ('' keeps none), a
 * matching item's left text and right `match`, an ordering item's text.
 * Short answers have no options here: their translated accepted answers are
 * added to the question's accepted answers (any language counts).
 */
export interface QuestionTextTranslation {
  prompt: string;
  explanation: string;
  options: { text: string; feedback: string; match: string | null }[];
}

/** A quiz's title and question texts (by question key) in one language. */
export interface QuizTextTranslation {
  title: string;
  questions: Record<string, QuestionTextTranslation>;
}

/** A module's own text in one language. */
export interface ModuleTextTranslation {
  title: string;
  summary: string;
  objectives: string[];
}

/** The order an attempt shows: question keys, and option keys per question. */
export interface AttemptLayout {
  questions: string[];
  options: Record<string, string[]>;
}
