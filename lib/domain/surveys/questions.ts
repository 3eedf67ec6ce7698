/**
 * The vocabulary of feedback surveys: question kinds, what a survey is
 * attached to, and what an answer looks like. `db/schema/surveys.ts` stores
 * these shapes; the rules in this folder read them.
 */

export const surveyQuestionKinds = ['rating', 'single', 'multiple', 'text'] as const;
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number];

/** What a survey is about: an event (opens when it ends), a module (offered on completion) or the whole cohort (end of cohort). */
export const surveyTargetKinds = ['event', 'module', 'cohort'] as const;
export type SurveyTargetKind = (typeof surveyTargetKinds)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const MAX_TEXT_ANSWER = 4000;
export const MAX_QUESTIONS = 40;
export const MAX_OPTIONS = 12;

/** One option of a choice question; `key` is what answers store, so renaming a label keeps them. */
export interface SurveyOption {
  key: string;
  label: string;
}

interface QuestionBase {
  /** Stable within the survey ("q1", "q2" …); answers are keyed by it. */
  key: string;
  prompt: string;
  required: boolean;
}

/** 1–5 with words at both ends ("Not at all useful" … "Very useful"). */
export interface RatingQuestion extends QuestionBase {
  kind: 'rating';
  lowLabel: string;
  highLabel: string;
  /** The survey's "overall satisfaction" question: the programme report averages these. */
  overall: boolean;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'single' | 'multiple';
  options: SurveyOption[];
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
}

export type SurveyQuestion = RatingQuestion | ChoiceQuestion | TextQuestion;

/** A stored answer: a rating, one option key, several option keys, or text. */
export type SurveyAnswer = number | string | string[];
export type SurveyAnswers = Record<string, SurveyAnswer>;

/** The status of one trainee's response. */
export const surveyResponseStatuses = ['not-started', 'draft', 'submitted'] as const;
export type SurveyResponseStatus = (typeof surveyResponseStatuses)[number];
