/**
 * Checking a trainee's answers. A draft (saved as they go) may leave
 * questions blank but may not hold impossible values; a submission must
 * also answer every required question. Each problem names its question, so
 * the form can say which one and why.
 */
import { MAX_TEXT_ANSWER, RATING_MAX, RATING_MIN, type ChoiceQuestion, type RatingQuestion, type SurveyAnswer, type SurveyAnswers, type SurveyQuestion, type TextQuestion } from './questions';

export type AnswerProblem = 'required' | 'rating-range' | 'not-a-rating' | 'unknown-option' | 'one-option-only' | 'not-text' | 'too-long';

export interface AnswerIssue {
  /** The question's key, or '' for an answer to a question the survey does not have. */
  questionKey: string;
  problem: AnswerProblem | 'unknown-question';
}

export type ResponseCheck = { ok: true; answers: SurveyAnswers } | { ok: false; issues: AnswerIssue[] };

type Parsed = { ok: true; value: SurveyAnswer | null } | { ok: false; problem: AnswerProblem };

/** Empty input (absent, '', blank text, []) counts as "not answered", never as an answer. */
function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);
}

type QuestionOf<K> = K extends 'rating' ? RatingQuestion : K extends 'text' ? TextQuestion : ChoiceQuestion;

/** How each kind reads its raw answer; one entry per kind, so a new kind cannot be forgotten. */
const parsers: { [K in SurveyQuestion['kind']]: (question: QuestionOf<K>, raw: unknown) => Parsed } = {
  rating: (_question, raw) => {
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, problem: 'not-a-rating' };
    if (value < RATING_MIN || value > RATING_MAX) return { ok: false, problem: 'rating-range' };
    return { ok: true, value };
  },
  single: (question, raw) => {
    const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
    if (Array.isArray(value)) return { ok: false, problem: 'one-option-only' };
    if (typeof value !== 'string' || !question.options.some((o) => o.key === value)) return { ok: false, problem: 'unknown-option' };
    return { ok: true, value };
  },
  multiple: (question, raw) => {
    const values = Array.isArray(raw) ? raw : [raw];
    if (!values.every((v): v is string => typeof v === 'string' && question.options.some((o) => o.key === v))) return { ok: false, problem: 'unknown-option' };
    // Kept in the survey's option order, once each, so equal choices store equal answers.
    return { ok: true, value: question.options.map((o) => o.key).filter((key) => values.includes(key)) };
  },
  text: (_question, raw) => {
    if (typeof raw !== 'string') return { ok: false, problem: 'not-text' };
    const value = raw.trim();
    if (value.length > MAX_TEXT_ANSWER) return { ok: false, problem: 'too-long' };
    return { ok: true, value };
  },
};

function parseAnswer(question: SurveyQuestion, raw: unknown): Parsed {
  if (isBlank(raw)) return { ok: true, value: null };
  return (parsers[question.kind] as (q: SurveyQuestion, r: unknown) => Parsed)(question, raw);
}

/**
 * The answers as they will be stored, or every problem found. `submit`
 * requires the required questions; a draft does not. Answers to questions
 * the survey does not have are refused rather than dropped silently.
 */
export function checkResponse(questions: readonly SurveyQuestion[], raw: Record<string, unknown>, mode: 'draft' | 'submit'): ResponseCheck {
  const issues: AnswerIssue[] = [];
  const answers: SurveyAnswers = {};
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(raw)) if (!known.has(key)) issues.push({ questionKey: '', problem: 'unknown-question' });
  for (const question of questions) {
    const parsed = parseAnswer(question, raw[question.key]);
    if (!parsed.ok) issues.push({ questionKey: question.key, problem: parsed.problem });
    else if (parsed.value !== null) answers[question.key] = parsed.value;
    else if (mode === 'submit' && question.required) issues.push({ questionKey: question.key, problem: 'required' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
