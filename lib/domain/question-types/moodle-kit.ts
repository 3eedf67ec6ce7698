/** Helpers the question types share when mapping to and from Moodle XML data. */
import type { CombinedFeedback, MoodleAnswer, MultichoiceData } from '@/lib/interchange/moodle-xml/types';
import type { MoodleXmlKit } from './types';

/** Whether two Moodle fractions are the same (Moodle writes them rounded to 7 places). */
export const near = (a: number, b: number) => Math.abs(a - b) < 1e-4;

/** A Moodle fraction as our percentage weight. */
export const percent = (fraction: number) => Number((fraction * 100).toFixed(5));

/** Refuses empty or repeated texts of one list (answers, sides, items). */
export function unique(kit: MoodleXmlKit, texts: string[], label: string): void {
  const seen = new Set<string>();
  for (const text of texts) {
    if (text === '') kit.invalid(`a ${label} is empty`);
    if (seen.has(text)) kit.invalid(`the ${label} "${text}" is listed twice`);
    seen.add(text);
  }
}

/** The combined feedback we do not have, written empty. */
export function noCombinedFeedback(kit: MoodleXmlKit): CombinedFeedback {
  return { correct: kit.text(''), partiallyCorrect: kit.text(''), incorrect: kit.text(''), showNumCorrect: false };
}

/** One choice of a single or multiple choice file question. */
export interface MoodleChoice {
  text: string;
  correct: boolean;
  feedback: string;
  weight?: number;
}

/** Moodle's "tick all right answers" pattern (each right 1/right, each wrong −1/wrong) is our unweighted multiple choice. */
function isUnweighted(fractions: number[]): boolean {
  const right = fractions.filter((fraction) => fraction > 0).length;
  const wrong = fractions.length - right;
  return fractions.every((fraction) => (fraction > 0 ? near(fraction, 1 / right) : near(fraction, wrong === 0 ? 0 : -1 / wrong)));
}

/** A Moodle multiple-choice question's answers as our choices (one-answer or many). */
export function readChoices(data: MultichoiceData, kit: MoodleXmlKit): MoodleChoice[] {
  const fractions = data.answers.map((answer) => answer.fraction);
  const choice = (answer: MoodleAnswer, correct: boolean, weighted: boolean): MoodleChoice => ({
    text: kit.markdown(answer.text),
    correct,
    feedback: kit.markdown(answer.feedback),
    ...(weighted ? { weight: percent(answer.fraction) } : {}),
  });
  if (data.answers.length < 2) kit.invalid('a multiple-choice question needs at least 2 answers');
  let options: MoodleChoice[];
  if (data.single) {
    const full = fractions.filter((fraction) => near(fraction, 1)).length;
    if (full !== 1) kit.invalid(`a one-answer question needs exactly one answer worth 100% (found ${full})`);
    options = data.answers.map((answer) => choice(answer, near(answer.fraction, 1), !near(answer.fraction, 1) && answer.fraction !== 0));
  } else {
    const positive = fractions.filter((fraction) => fraction > 0).reduce((sum, fraction) => sum + fraction, 0);
    // Both Moodle and we add up the chosen answers' fractions (capped at 100%), so the weights carry over as they are.
    if (!near(positive, 1)) kit.warn(`the right answers add up to ${percent(positive)}% (Moodle expects 100%); kept as they are`);
    const plain = isUnweighted(fractions);
    options = data.answers.map((answer) => choice(answer, answer.fraction > 0, !plain && answer.fraction !== 0));
  }
  unique(
    kit,
    options.map((option) => option.text),
    'answer',
  );
  return options;
}

/** Our choices as Moodle multiple-choice data; unweighted multiple choice as each right 1/right, each wrong −1/wrong. */
export function writeChoices(single: boolean, options: MoodleChoice[], kit: MoodleXmlKit): MultichoiceData {
  const right = options.filter((option) => option.correct).length;
  const wrong = options.length - right;
  const weighted = single || options.some((option) => option.weight !== undefined);
  const fraction = (option: MoodleChoice) =>
    weighted ? (single && option.correct ? 1 : (option.weight ?? 0) / 100) : option.correct ? 1 / right : -1 / wrong;
  return {
    type: 'multichoice',
    single,
    shuffleAnswers: true,
    answerNumbering: 'abc',
    showStandardInstruction: null,
    answers: options.map((option) => ({ text: kit.text(option.text), fraction: fraction(option), feedback: kit.text(option.feedback) })),
    combinedFeedback: noCombinedFeedback(kit),
  };
}
