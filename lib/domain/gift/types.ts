import type { OptionData, QuestionType } from '../quiz-snapshot';

/** One answer of a question, shaped like a `question_options` row (see {@link OptionData}). */
export type GiftOption = OptionData;

/**
 * A question as a bank imports and exports it. GIFT carries no points (Moodle
 * gives every imported question the default mark); Moodle XML carries its
 * `<defaultgrade>` as `points`.
 */
export interface GiftQuestion {
  /** The `::title::` name, or null when the question has none. */
  title: string | null;
  /** The `$CATEGORY:` path in force for the question, or null before any category line. */
  category: string | null;
  type: QuestionType;
  prompt: string;
  /** The general feedback (`####…`), shown after submission. */
  explanation: string;
  options: GiftOption[];
  /** The question's marks when the file says (Moodle XML); absent for GIFT, which has none. */
  points?: number;
}

/** A question read from GIFT text, with the 1-based line it starts on. */
export interface ParsedQuestion extends GiftQuestion {
  line: number;
}

/** A problem in GIFT text: the 1-based line, what is wrong, and the question's title when it has one. */
export interface GiftError {
  line: number;
  message: string;
  title?: string;
}

export interface GiftParseResult {
  questions: ParsedQuestion[];
  /** The first errors (at most `MAX_ERRORS`). */
  errors: GiftError[];
  /** How many more errors there were, when some were left out. */
  moreErrors?: number;
}
