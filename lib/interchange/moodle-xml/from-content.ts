import type { QuizQuestion } from '@/lib/validation/content';
import { fromMarkdown } from './text-format';
import type { CombinedFeedback, MoodleAnswer, MoodleQuestion, MoodleQuestionBase, MoodleText, MoodleTypeData } from './types';

/** One choice of a single or multiple choice question (derived, so it follows the content schema). */
type ChoiceOption = Extract<QuizQuestion, { type: 'single' }>['options'][number];

const empty = (): MoodleText => ({ text: '', format: 'html', files: [] });
const noCombinedFeedback = (): CombinedFeedback => ({
  correct: empty(),
  partiallyCorrect: empty(),
  incorrect: empty(),
  showNumCorrect: false,
});

/** Our unweighted multiple choice in Moodle's terms: each right answer 1/right, each wrong one −1/wrong. */
function fractions(type: 'single' | 'multiple', options: ChoiceOption[]): number[] {
  if (type === 'single' || options.some((option) => option.weight !== undefined)) {
    return options.map((option) => (type === 'single' && option.correct ? 1 : (option.weight ?? 0) / 100));
  }
  const right = options.filter((option) => option.correct).length;
  const wrong = options.length - right;
  return options.map((option) => (option.correct ? 1 / right : -1 / wrong));
}

function typeData(question: QuizQuestion): MoodleTypeData {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const weights = fractions(question.type, question.options);
      const answers: MoodleAnswer[] = question.options.map((option, index) => ({
        text: fromMarkdown(option.text),
        fraction: weights[index] ?? 0,
        feedback: fromMarkdown(option.feedback),
      }));
      return {
        type: 'multichoice',
        single: question.type === 'single',
        shuffleAnswers: true,
        answerNumbering: 'abc',
        showStandardInstruction: null,
        answers,
        combinedFeedback: noCombinedFeedback(),
      };
    }
    case 'truefalse':
      return { type: 'truefalse', correctAnswer: question.answer, feedbackTrue: fromMarkdown(''), feedbackFalse: fromMarkdown('') };
    case 'short':
      return {
        type: 'shortanswer',
        caseSensitive: false,
        // A literal star is written \* so that Moodle does not read it as a wildcard.
        answers: question.accepted.map((accepted) => {
          const { text, weight, feedback } = typeof accepted === 'string' ? { text: accepted, weight: 100, feedback: '' } : accepted;
          return { text: { text: text === '*' ? '*' : text.replaceAll('*', '\\*'), format: 'plain_text', files: [] }, fraction: weight / 100, feedback: fromMarkdown(feedback) };
        }),
      };
    case 'numerical':
      return {
        type: 'numerical',
        answers: question.answers.map((answer) => ({
          text: { text: String(answer.value), format: 'plain_text', files: [] },
          fraction: answer.weight / 100,
          feedback: fromMarkdown(answer.feedback),
          tolerance: answer.tolerance,
        })),
        units: [],
      };
    case 'description':
      return { type: 'description' };
    case 'matching':
      return {
        type: 'matching',
        shuffleAnswers: true,
        subquestions: question.pairs.map((pair) => ({ text: fromMarkdown(pair.left), answer: pair.right })),
        combinedFeedback: noCombinedFeedback(),
      };
    case 'ordering':
      return {
        type: 'ordering',
        items: question.items.map((item) => ({ text: fromMarkdown(item), feedback: fromMarkdown('') })),
        layoutType: 'VERTICAL',
        selectType: 'ALL',
        selectCount: '0',
        // The closest of the plugin's gradings to ours (share of item pairs in the right order).
        gradingType: 'RELATIVE_ALL_PREVIOUS_AND_NEXT',
        showGrading: 'SHOW',
        numberingStyle: 'none',
        combinedFeedback: noCombinedFeedback(),
      };
  }
}

/**
 * Our quiz question as a Moodle question, texts in Moodle's `markdown`
 * format so they come back unchanged; the key becomes the question name.
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
  return { ...base, ...typeData(question) };
}
