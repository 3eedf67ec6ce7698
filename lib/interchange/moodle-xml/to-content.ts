import { keyBase, uniqueKey } from '@/lib/domain/bank-questions';
import type { QuizQuestion } from '@/lib/validation/content';
import { toMarkdown } from './text-format';
import type { MoodleAnswer, MoodleQuestion, MultichoiceData, SkippedQuestion } from './types';

/** One choice of a single or multiple choice question (derived, so it follows the content schema). */
type ChoiceOption = Extract<QuizQuestion, { type: 'single' }>['options'][number];

/** A Moodle question as one of our quiz questions, or why it cannot be one. */
export type ContentMapping =
  | { ok: true; question: QuizQuestion; warnings: string[] }
  | { ok: false; code: Extract<SkippedQuestion['code'], 'invalid' | 'not-supported-here'>; reason: string };

const near = (a: number, b: number) => Math.abs(a - b) < 1e-4;
const percent = (fraction: number) => Number((fraction * 100).toFixed(5));

class Invalid extends Error {}

function unique(texts: string[], label: string): void {
  const seen = new Set<string>();
  for (const text of texts) {
    if (text === '') throw new Invalid(`a ${label} is empty`);
    if (seen.has(text)) throw new Invalid(`the ${label} "${text}" is listed twice`);
    seen.add(text);
  }
}

/** Moodle's "tick all right answers" pattern (each right 1/right, each wrong −1/wrong) is our unweighted multiple choice. */
function isUnweighted(fractions: number[]): boolean {
  const right = fractions.filter((fraction) => fraction > 0).length;
  const wrong = fractions.length - right;
  return fractions.every((fraction) => (fraction > 0 ? near(fraction, 1 / right) : near(fraction, wrong === 0 ? 0 : -1 / wrong)));
}

function choiceOptions(question: MultichoiceData, warnings: string[]): { type: 'single' | 'multiple'; options: ChoiceOption[] } {
  const fractions = question.answers.map((answer) => answer.fraction);
  const option = (answer: MoodleAnswer, correct: boolean, weighted: boolean): ChoiceOption => ({
    text: toMarkdown(answer.text),
    correct,
    feedback: toMarkdown(answer.feedback),
    ...(weighted ? { weight: percent(answer.fraction) } : {}),
  });
  if (question.answers.length < 2) throw new Invalid('a multiple-choice question needs at least 2 answers');
  let result: { type: 'single' | 'multiple'; options: ChoiceOption[] };
  if (question.single) {
    const full = fractions.filter((fraction) => near(fraction, 1)).length;
    if (full !== 1) throw new Invalid(`a one-answer question needs exactly one answer worth 100% (found ${full})`);
    const options = question.answers.map((answer) =>
      option(answer, near(answer.fraction, 1), !near(answer.fraction, 1) && answer.fraction !== 0),
    );
    result = { type: 'single', options };
  } else {
    const positive = fractions.filter((fraction) => fraction > 0).reduce((sum, fraction) => sum + fraction, 0);
    // Both Moodle and we add up the chosen answers' fractions (capped at 100%), so the weights carry over as they are.
    if (!near(positive, 1)) warnings.push(`the right answers add up to ${percent(positive)}% (Moodle expects 100%); kept as they are`);
    const plain = isUnweighted(fractions);
    result = {
      type: 'multiple',
      options: question.answers.map((answer) => option(answer, answer.fraction > 0, !plain && answer.fraction !== 0)),
    };
  }
  unique(
    result.options.map((choice) => choice.text),
    'answer',
  );
  return result;
}

function shortAccepted(question: Extract<MoodleQuestion, { type: 'shortanswer' }>, warnings: string[]): string[] {
  const accepted: string[] = [];
  for (const answer of question.answers) {
    // In Moodle "*" is a wildcard and "\*" a literal star.
    if (/(^|[^\\])\*/.test(answer.text.text) && near(answer.fraction, 1))
      warnings.push(`"*" in "${answer.text.text}" is a wildcard in Moodle; here it is not`);
    const text = answer.text.text.replaceAll('\\*', '*');
    if (!near(answer.fraction, 1))
      warnings.push(`the answer "${text}" (worth ${percent(answer.fraction)}%) is not kept: only fully right answers are`);
    else accepted.push(text);
  }
  if (accepted.length === 0) throw new Invalid('no answer is worth 100%');
  unique(accepted, 'accepted answer');
  if (question.caseSensitive) warnings.push('Moodle matched this answer case-sensitively; here case is ignored');
  if (question.answers.some((answer) => near(answer.fraction, 1) && answer.feedback.text !== ''))
    warnings.push('feedback on accepted answers is not kept');
  return accepted;
}

/** The type-specific part of our question. */
function body(question: MoodleQuestion, warnings: string[]): Partial<QuizQuestion> {
  switch (question.type) {
    case 'multichoice':
      return choiceOptions(question, warnings);
    case 'truefalse':
      if (question.feedbackTrue.text !== '' || question.feedbackFalse.text !== '')
        warnings.push('the true/false answer feedback is not kept');
      return { type: 'truefalse', answer: question.correctAnswer };
    case 'shortanswer':
      return { type: 'short', accepted: shortAccepted(question, warnings) };
    case 'matching': {
      const pairs = question.subquestions
        .filter((sub) => sub.text.text !== '')
        .map((sub) => ({ left: toMarkdown(sub.text), right: sub.answer }));
      for (const extra of question.subquestions.filter((sub) => sub.text.text === ''))
        warnings.push(`the extra wrong answer "${extra.answer}" is not kept`);
      if (pairs.length < 2) throw new Invalid('a matching question needs at least 2 pairs');
      unique(
        pairs.map((pair) => pair.left),
        'left side',
      );
      unique(
        pairs.map((pair) => pair.right),
        'right side',
      );
      return { type: 'matching', pairs };
    }
    case 'ordering': {
      const items = question.items.map((item) => toMarkdown(item.text));
      if (items.length < 2) throw new Invalid('an ordering question needs at least 2 items');
      unique(items, 'item');
      if (question.items.some((item) => item.feedback.text !== '')) warnings.push('feedback on single items is not kept');
      if (!['', 'RELATIVE_ALL_PREVIOUS_AND_NEXT'].includes(question.gradingType)) {
        warnings.push(`Moodle graded this with ${question.gradingType}; here the share of item pairs in the right order counts`);
      }
      return { type: 'ordering', items };
    }
    case 'numerical':
    case 'essay':
    case 'description':
      throw new Error('unreachable: filtered out before');
  }
}

const notYet: Record<string, string> = {
  numerical: 'numerical questions are not supported here yet',
  essay: 'essay questions are not supported here yet',
  description: 'description items are not supported here yet',
};

/**
 * Maps a Moodle question to our quiz question shape. Texts become Markdown;
 * what our shape cannot hold (hints, tags, per-answer feedback of some types,
 * partial short answers, matching distractors) is left out with a warning.
 * `explanation` is Moodle's general feedback and may be empty: the content
 * file schema requires one, so a caller that validates must supply or reject.
 * `taken` holds the keys already used; the new key is added to it.
 */
export function toQuizQuestion(question: MoodleQuestion, taken: Set<string>): ContentMapping {
  const reason = notYet[question.type];
  if (reason) return { ok: false, code: 'not-supported-here', reason };
  const warnings: string[] = [];
  try {
    const prompt = toMarkdown(question.questionText);
    if (prompt === '') throw new Invalid('the question text is empty');
    const typed = body(question, warnings);
    const points = question.defaultMark > 0 && question.defaultMark <= 100 ? question.defaultMark : 1;
    if (points !== question.defaultMark) warnings.push(`the mark ${question.defaultMark} is outside 0–100; 1 point is used`);
    if (question.hints.length > 0) warnings.push('hints are not kept');
    const key = uniqueKey(keyBase(question.name), taken);
    const mapped = { key, prompt, explanation: toMarkdown(question.generalFeedback), points, ...typed } as QuizQuestion;
    return { ok: true, question: mapped, warnings };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: 'invalid', reason: error.message };
    throw error;
  }
}
