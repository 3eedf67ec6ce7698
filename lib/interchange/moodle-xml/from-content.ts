import { questionType } from '@/lib/domain/question-types/registry';
import type { MoodleXmlKit } from '@/lib/domain/question-types/types';
import type { QuizQuestion } from '@/lib/validation/content';
import { fromMarkdown, toMarkdown } from './text-format';
import type { MoodleQuestion, MoodleQuestionBase } from './types';

const writeKit: MoodleXmlKit = {
  markdown: toMarkdown,
  text: fromMarkdown,
  // Writing our own questions loses nothing, so there is nothing to warn about or refuse.
  warn: () => undefined,
  invalid: (reason) => {
    throw new Error(`cannot write the question as Moodle XML: ${reason}`);
  },
};

/**
 * Our quiz question as a Moodle question, texts in Moodle's `markdown`
 * format so they come back unchanged; the key becomes the question name.
 * The type's own data comes from its registry module (`moodleXml.write`).
 */
export function fromQuizQuestion(question: QuizQuestion, category: string | null = null): MoodleQuestion {
  const base: MoodleQuestionBase = {
    name: question.key,
    questionText: fromMarkdown(question.prompt),
    generalFeedback: fromMarkdown(question.explanation),
    defaultMark: question.points,
    penalty: 0.3333333,
    hidden: false,
    idNumber: '',
    tags: [],
    hints: [],
    category,
  };
  return { ...base, ...questionType(question.type).moodleXml.write(question, writeKit) };
}
