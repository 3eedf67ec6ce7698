import { keyBase, uniqueKey } from '@/lib/domain/bank-questions';
import { QUESTION_TYPES } from '@/lib/domain/question-types/registry';
import type { MoodleXmlKit } from '@/lib/domain/question-types/types';
import type { QuizQuestion } from '@/lib/validation/content';
import { fromMarkdown, toMarkdown } from './text-format';
import type { MoodleQuestion, SkippedQuestion } from './types';

/** A Moodle question as one of our quiz questions, or why it cannot be one. */
export type ContentMapping =
  | { ok: true; question: QuizQuestion; warnings: string[] }
  | { ok: false; code: Extract<SkippedQuestion['code'], 'invalid' | 'not-supported-here'>; reason: string };

class Invalid extends Error {}

function kit(warnings: string[]): MoodleXmlKit {
  return {
    markdown: toMarkdown,
    text: fromMarkdown,
    warn: (message) => void warnings.push(message),
    invalid: (reason) => {
      throw new Invalid(reason);
    },
  };
}

/** The type-specific fields, read by the first registered type that recognises the data, or null. */
function readTyped(question: MoodleQuestion, tools: MoodleXmlKit): (Partial<QuizQuestion> & { type: QuizQuestion['type'] }) | null {
  for (const type of QUESTION_TYPES) {
    const typed = type.moodleXml.read(question, tools);
    if (typed) return typed as Partial<QuizQuestion> & { type: QuizQuestion['type'] };
  }
  return null;
}

/**
 * Maps a Moodle question to our quiz question shape: the first registered
 * type whose `moodleXml.read` recognises the data reads it. Texts become
 * Markdown; what our shape cannot hold (hints, tags, per-answer feedback of
 * some types, matching distractors …) is left out with a warning.
 * `explanation` is Moodle's general feedback and may be empty: the content
 * file schema requires one for most types, so a caller that validates must
 * supply or reject. `taken` holds the keys already used; the new key is added to it.
 */
export function toQuizQuestion(question: MoodleQuestion, taken: Set<string>): ContentMapping {
  const warnings: string[] = [];
  const tools = kit(warnings);
  try {
    const prompt = toMarkdown(question.questionText);
    if (prompt === '') throw new Invalid('the question text is empty');
    const typed = readTyped(question, tools);
    if (!typed) return { ok: false, code: 'not-supported-here', reason: `${question.type} questions are not supported here` };
    const points = question.defaultMark > 0 && question.defaultMark <= 100 ? question.defaultMark : 1;
    if (typed.points === undefined && points !== question.defaultMark) warnings.push(`the mark ${question.defaultMark} is outside 0–100; 1 point is used`);
    if (question.hints.length > 0) warnings.push('hints are not kept');
    const key = uniqueKey(keyBase(question.name), taken);
    const mapped = { key, prompt, explanation: toMarkdown(question.generalFeedback), points, ...typed } as QuizQuestion;
    return { ok: true, question: mapped, warnings };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: 'invalid', reason: error.message };
    throw error;
  }
}
